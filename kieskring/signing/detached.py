"""Detached signatures for EML files: ``FILE.sig`` beside ``FILE`` (see protocols.md).

The ``.sig`` file is UTF-8 text, one ``key: value`` per line, then the signer's certificate as PEM::

    UITSLAG-HANDTEKENING 1
    algoritme: rsa-pkcs1v15-sha256
    bestand: Telling_GR2026_Voorbeeld.eml.xml
    bestand-sha256: <64 hex>
    certificaat-sha256: <64 hex>
    handtekening: <base64 of the RSA PKCS#1 v1.5 SHA-256 signature over the file's exact bytes>
    -----BEGIN CERTIFICATE-----
    ...

The signature covers the file bytes exactly as written (our EML is canonical, chain.md §4), so the
SHA-256 in the ``.sig`` equals the fingerprint printed on the PV. Deterministic: same file and key
give the same ``.sig``.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from kieskring.signing.installation import Installation

MAGIC = "UITSLAG-HANDTEKENING 1"
ALGORITHM = "rsa-pkcs1v15-sha256"


@dataclass(frozen=True)
class DetachedSignature:
    """A parsed ``.sig`` file."""

    algorithm: str
    file_name: str
    file_sha256: str
    certificate_sha256: str
    signature: bytes
    certificate: x509.Certificate


def sign_bytes(content: bytes, file_name: str, inst: Installation) -> bytes:
    """The ``.sig`` file content for ``content`` (named ``file_name``) signed by ``inst``."""
    signature = inst.key.sign(content, padding.PKCS1v15(), hashes.SHA256())
    lines = [
        MAGIC,
        f"algoritme: {ALGORITHM}",
        f"bestand: {file_name}",
        f"bestand-sha256: {hashlib.sha256(content).hexdigest()}",
        f"certificaat-sha256: {inst.fingerprint}",
        f"handtekening: {base64.b64encode(signature).decode('ascii')}",
    ]
    pem = inst.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return ("\n".join(lines) + "\n" + pem).encode("utf-8")


def parse(sig: bytes) -> DetachedSignature:
    """Parse a ``.sig`` file; ``ValueError`` naming what is wrong."""
    text = sig.decode("utf-8")
    head, sep, pem = text.partition("-----BEGIN CERTIFICATE-----")
    lines = head.strip().splitlines()
    if not sep or not lines or lines[0].strip() != MAGIC:
        raise ValueError("geen Uitslag-handtekeningbestand")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        key, colon, value = line.partition(":")
        if not colon:
            raise ValueError(f"regel zonder ':': {line!r}")
        fields[key.strip()] = value.strip()
    needed = ("algoritme", "bestand", "bestand-sha256", "certificaat-sha256", "handtekening")
    missing = [k for k in needed if k not in fields]
    if missing:
        raise ValueError(f"ontbrekende regel(s): {', '.join(missing)}")
    cert = x509.load_pem_x509_certificate((sep + pem).encode("ascii"))
    return DetachedSignature(
        algorithm=fields["algoritme"],
        file_name=fields["bestand"],
        file_sha256=fields["bestand-sha256"],
        certificate_sha256=fields["certificaat-sha256"],
        signature=base64.b64decode(fields["handtekening"], validate=True),
        certificate=cert,
    )
