"""The installation's audit key: an HMAC-SHA256 key kept outside the database (issue 12 D).

The hash chain alone proves nothing against someone who holds the database file: they can change a
vote, recompute every hash and re-chain the log. So every audit entry also carries
``mac = HMAC-SHA256(key, "uitslag-audit-v2:" || hash)`` (RFC 2104), with a 256-bit key that lives in a
file of its own — by default beside the database, ``<database>.auditkey``, mode 0600 — and never in the
database or its backups. Whoever verifies with the key detects a re-chained log at the first rewritten
entry. The key belongs to the installation: a restore keeps using it, and moving an installation
means moving the key with it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from kieskring.errors import Problem, UserError
from kieskring.storage.files import write_atomic

KEY_BYTES = 32
SUFFIX = ".auditkey"
_MAC_CONTEXT = b"uitslag-audit-v2:"
_ID_CONTEXT = b"uitslag-audit-key-id:"


def default_key_path(db_path: Path) -> Path:
    """Where the key of the database at ``db_path`` lives unless told otherwise."""
    return db_path.with_name(db_path.name + SUFFIX)


def _key_error(code: str, path: Path, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en, file=str(path)),))


def missing_key(path: Path, db_path: Path | None = None) -> UserError:
    """The installation's key is not where it should be."""
    of = f" van {db_path}" if db_path else ""
    of_en = f" of {db_path}" if db_path else ""
    return _key_error(
        "STORAGE.AUDIT_KEY_MISSING",
        path,
        f"auditsleutel{of} niet gevonden: {path}; zet het sleutelbestand van deze installatie "
        "terug (een nieuwe sleutel maken kan niet: de auditlog is met de oude ondertekend)",
        f"audit key{of_en} not found: {path}; put this installation's key file back (a new key "
        "cannot be made: the audit log was signed with the old one)",
    )


def read_key(path: Path, db_path: Path | None = None) -> bytes:
    """The key in ``path`` (64 hex digits on one line); a coded problem when absent or malformed."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise missing_key(path, db_path) from None
    except (OSError, UnicodeDecodeError) as err:
        raise _key_error(
            "STORAGE.AUDIT_KEY_UNREADABLE",
            path,
            f"auditsleutel niet te lezen: {err}",
            f"audit key cannot be read: {err}",
        ) from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise _key_error(
            "STORAGE.AUDIT_KEY_INVALID",
            path,
            f"dit is geen auditsleutel (verwacht {2 * KEY_BYTES} hexadecimale tekens)",
            f"this is not an audit key (expected {2 * KEY_BYTES} hexadecimal digits)",
        )
    return key


def create_key(path: Path) -> bytes:
    """A new random key written to ``path`` (mode 0600, atomically, never over an existing file);
    when another process created it first, that key is returned."""
    key = secrets.token_bytes(KEY_BYTES)
    try:
        write_atomic(
            path,
            (key.hex() + "\n").encode("ascii"),
            code="STORAGE.AUDIT_KEY_WRITE",
            mode=0o600,
            exclusive=True,
        )
    except FileExistsError:
        return read_key(path)
    return key


def installation_key(path: Path, db_path: Path, *, may_create: bool) -> bytes:
    """The key at ``path``; created there when absent and ``may_create`` (a new or a v1 database)."""
    if path.exists() or not may_create:
        return read_key(path, db_path)
    return create_key(path)


def entry_mac(key: bytes, entry_hash: str) -> str:
    """The MAC of one audit entry: HMAC-SHA256 over its chain hash (which covers all before it)."""
    return hmac.new(key, _MAC_CONTEXT + entry_hash.encode("ascii"), hashlib.sha256).hexdigest()


def mac_matches(key: bytes, entry_hash: str, mac: str) -> bool:
    """Whether ``mac`` is the MAC of ``entry_hash`` under ``key`` (constant-time comparison)."""
    return hmac.compare_digest(entry_mac(key, entry_hash), mac)


def key_id(key: bytes) -> str:
    """A short public name of the key (recorded when MACs start), to tell "wrong key" from tampering."""
    return hashlib.sha256(_ID_CONTEXT + key).hexdigest()[:16]
