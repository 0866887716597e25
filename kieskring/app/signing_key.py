"""The installation's signing key, made by the administrator at set-up (docs/app.md §3.2): an RSA key
and self-signed certificate in a folder beside the database, the key encrypted with a passphrase that
the coordinator types again to sign the outputs. The certificate's fingerprint is shown on screen to be
noted on paper, so the next stage can tell the signed files are this GSB's (docs/chain.md §4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography.x509.oid import NameOID

from kieskring.app.users import Action, User, Users
from kieskring.eml.fingerprint import grouped
from kieskring.errors import Problem, UserError
from kieskring.signing.installation import (
    CERT_FILE,
    Installation,
    certificate_fingerprint,
    create_installation,
    load_certificate,
    load_installation,
)
from kieskring.storage import Store


@dataclass(frozen=True)
class KeyInfo:
    """The certificate's fingerprint (16 × 4 hex, as noted on paper) and its holder's name."""

    fingerprint: str
    name: str


def key_folder(database: Path) -> Path:
    """Where an installation database keeps its signing key: ``<database>.sleutel`` beside it."""
    return database.with_name(database.name + ".sleutel")


def key_info(folder: Path) -> KeyInfo | None:
    """The key in ``folder``, if one was made."""
    if not (folder / CERT_FILE).is_file():
        return None
    cert = load_certificate(folder / CERT_FILE)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    name = str(names[0].value) if names else ""
    return KeyInfo(grouped(certificate_fingerprint(cert), upper=True), name)


def create_key(
    store: Store, users: Users, by: User, folder: Path, name: str, passphrase: str, now: dt.datetime
) -> KeyInfo:
    """Make the key (once; SIGN.001 when it exists) and log its fingerprint in the audit log."""
    current = users.require(by, Action.CONFIGURE_ELECTION)
    if len(passphrase) < 12:
        raise UserError(
            (
                Problem(
                    "SIGN.PASSPHRASE",
                    "het wachtwoord van de sleutel moet minstens 12 tekens hebben",
                    "the key's passphrase must have at least 12 characters",
                ),
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    made = create_installation(folder, name, passphrase.encode("utf-8"), now)
    digest = grouped(made.fingerprint, upper=True)
    with store.confirm("installation.key", current.id, {"certificate": made.fingerprint}):
        pass
    return KeyInfo(digest, name)


def load_key(folder: Path, passphrase: str) -> Installation:
    """The key for signing; a wrong passphrase is SIGN.004, no key SIGN.NO_KEY."""
    if key_info(folder) is None:
        raise UserError(
            (
                Problem(
                    "SIGN.NO_KEY",
                    "er is nog geen ondertekensleutel; de beheerder maakt die bij het inrichten",
                    "there is no signing key yet; the administrator makes it at set-up",
                ),
            )
        )
    return load_installation(folder, passphrase.encode("utf-8"))
