"""An installation's key pair and self-signed certificate, stored in its installation folder.

Files in the folder: ``installatie.key`` (PKCS#8 PEM, encrypted with the passphrase),
``installatie.crt`` (X.509 PEM, exportable: hand it to the next level and the verifier) and
``installatie.json`` (name and certificate fingerprint). The key is RSA 3072, used with PKCS#1 v1.5
signatures so that signing is deterministic (PSS and ECDSA draw random numbers).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from kieskring.errors import Problem, UserError

KEY_FILE = "installatie.key"
CERT_FILE = "installatie.crt"
INFO_FILE = "installatie.json"


@dataclass(frozen=True)
class Installation:
    """A loaded installation: its name, private key and certificate."""

    name: str
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate (DER), lower-case hex: printed on every PV."""
        return certificate_fingerprint(self.certificate)


def certificate_fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 over the DER encoding of ``cert``, lower-case hex."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def _problem(code: str, nl: str, en: str, file: Path | str = "") -> UserError:
    return UserError((Problem(code, nl, en, file=str(file)),))


def create_installation(
    folder: Path, name: str, passphrase: bytes, valid_from: datetime
) -> Installation:
    """Generate a key pair and a self-signed certificate (10 years) and store them in ``folder``.

    Refuses (``SIGN.001``) to overwrite an existing installation: a new key would orphan every PV
    already signed with the old one.
    """
    if (folder / KEY_FILE).exists():
        raise _problem(
            "SIGN.001",
            "deze map bevat al een installatiesleutel; kies een lege map",
            "this folder already holds an installation key; choose an empty folder",
            folder / KEY_FILE,
        )
    if not passphrase:
        raise _problem(
            "SIGN.002", "het wachtwoord mag niet leeg zijn", "the passphrase must not be empty"
        )
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Uitslag-installatie"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from)
        .not_valid_after(valid_from + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, True, False, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    (folder / KEY_FILE).write_bytes(pem)
    (folder / CERT_FILE).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    installation = Installation(name, key, cert)
    info = {"name": name, "certificate_sha256": installation.fingerprint}
    (folder / INFO_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return installation


def load_certificate(path: Path) -> x509.Certificate:
    """Read a PEM (or DER) certificate; ``SIGN.003`` when it is missing or not a certificate."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise _problem(
            "SIGN.003",
            f"certificaat niet te lezen ({err.strerror})",
            "cannot read certificate",
            path,
        ) from None
    try:
        if b"-----BEGIN" in raw:
            return x509.load_pem_x509_certificate(raw)
        return x509.load_der_x509_certificate(raw)
    except ValueError:
        raise _problem(
            "SIGN.003", "geen geldig certificaat", "not a valid certificate", path
        ) from None


def load_installation(folder: Path, passphrase: bytes) -> Installation:
    """Load the installation in ``folder``; a wrong passphrase is ``SIGN.004``."""
    key_path = folder / KEY_FILE
    if not key_path.exists():
        raise _problem(
            "SIGN.005",
            "geen installatie gevonden; maak er een met 'uitslag sign init'",
            "no installation found; create one with 'uitslag sign init'",
            folder,
        )
    try:
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=passphrase)
    except (ValueError, TypeError):
        raise _problem(
            "SIGN.004",
            "wachtwoord onjuist of sleutel beschadigd",
            "wrong passphrase or damaged key",
            key_path,
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise _problem("SIGN.004", "sleutel is geen RSA-sleutel", "key is not an RSA key", key_path)
    cert = load_certificate(folder / CERT_FILE)
    name = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    return Installation(str(name), key, cert)
