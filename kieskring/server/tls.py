"""The serving laptop's TLS identity (issue 14: TLS always).

A key pair and a self-signed certificate of its own, kept in the folder ``<database>.tls`` beside
the installation database (:func:`tls_folder`): ``server.key`` (readable by its owner only) and
``server.crt``. ``uitslag serve`` creates them on its first start and prints the certificate's
fingerprint at every start; the clients pin that fingerprint (:mod:`kieskring.app.api.pinning`).

Why not the installation's signing key (:mod:`kieskring.signing.installation`)? That key signs the
processen-verbaal and is protected by a passphrase; a server must restart unattended after a crash,
and a key that answers TLS handshakes from every machine in the room should not be the one whose
signatures the chain trusts. The TLS key only proves "this is the laptop whose fingerprint you typed"
for one evening; deleting the folder makes a new one (the clients then pin again).
"""

from __future__ import annotations

import datetime as dt
import os
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kieskring.errors import Problem, UserError
from kieskring.signing.installation import certificate_fingerprint

KEY_FILE = "server.key"
CERT_FILE = "server.crt"


@dataclass(frozen=True)
class ServerIdentity:
    """Where the key and certificate are, and the certificate's fingerprint (SHA-256, hex)."""

    key: Path
    certificate: Path
    fingerprint: str


def tls_folder(database: Path) -> Path:
    """The default place of the serving laptop's TLS key: ``<database>.tls`` beside it (as the
    signing key's ``<database>.sleutel``)."""
    return database.with_name(database.name + ".tls")


def _create(folder: Path, name: str, now: dt.datetime) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name[:64] or "Uitslag-server"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Uitslag-server"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(folder / KEY_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    (folder / CERT_FILE).write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def ensure_identity(folder: Path, name: str, now: dt.datetime | None = None) -> ServerIdentity:
    """The identity in ``folder``, created when the folder holds none yet."""
    key, cert = folder / KEY_FILE, folder / CERT_FILE
    if not key.exists() and not cert.exists():
        _create(folder, name, now or dt.datetime.now(dt.UTC))
    try:
        loaded = x509.load_pem_x509_certificate(cert.read_bytes())
    except (OSError, ValueError) as err:
        raise UserError(
            (
                Problem(
                    "NET.TLS_FILES",
                    "het certificaat van de server ontbreekt of is beschadigd; verwijder de map "
                    "om een nieuw te maken (de werkplekken leggen dan opnieuw vast)",
                    "the server's certificate is missing or damaged; remove the folder to make a "
                    "new one (the workstations then pin again)",
                    file=str(cert),
                ),
            )
        ) from err
    return ServerIdentity(key, cert, certificate_fingerprint(loaded))


def server_context(identity: ServerIdentity) -> ssl.SSLContext:
    """TLS 1.2 or newer with this identity."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(identity.certificate, identity.key)
    except (OSError, ssl.SSLError) as err:
        raise UserError(
            (
                Problem(
                    "NET.TLS_FILES",
                    f"sleutel en certificaat van de server passen niet ({err})",
                    f"the server's key and certificate do not fit ({err})",
                    file=str(identity.key),
                ),
            )
        ) from err
    return context
