"""Backup and restore as the app offers them, with the role check (issue 5, "In-app backup").

The administrator and the coordinator may back up (e.g. to a USB stick during the evening); only the
administrator may restore, which replaces the whole installation database. A backup is checked
(:func:`check_backup`: its SHA-256 beside it, ``PRAGMA integrity_check``, the audit chain and its MACs
under this installation's audit key) before the app asks for confirmation, and again before anything
is replaced. The restored database's log records the head of the database it replaced (issue 12 D).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kieskring.app.setup import ElectionSetup
from kieskring.app.states import EntryState
from kieskring.app.users import Action, User, Users
from kieskring.errors import UserError
from kieskring.storage import BackupReport, Store, backup_to, restore_from, verify_backup
from kieskring.storage.audit import audit_head
from kieskring.storage.backup import file_sha256
from kieskring.storage.database import connect


@dataclass(frozen=True)
class BackupCheck:
    """A backup that passed every check, and what the administrator is shown before restoring it."""

    path: Path
    sha256: str
    audit_entries: int
    audit_hash: str
    last_change: str
    """When the last action in the backup was confirmed (ISO 8601, UTC)."""


@dataclass(frozen=True)
class BackupContents:
    """What a (checked) backup holds, in numbers the administrator recognises: the election, its
    stations and how many were definitive, the accounts."""

    election: str
    stations: int
    definitive: int
    accounts: int


def backup_contents(backup: Path) -> BackupContents:
    """Read what ``backup`` holds (read-only; check it first with :func:`check_backup`)."""
    conn = connect(backup, read_only=True)
    try:
        row = conn.execute("SELECT setup_json FROM election WHERE id = 1").fetchone()
        setup = ElectionSetup.from_json(str(row[0])) if row else None
        definitive = conn.execute(
            "SELECT count(*) FROM station_status WHERE state = ?", (EntryState.DEFINITIVE.value,)
        ).fetchone()[0]
        accounts = conn.execute("SELECT count(*) FROM users").fetchone()[0]
    finally:
        conn.close()
    return BackupContents(
        setup.name if setup else "",
        len(setup.stations) if setup else 0,
        int(definitive),
        int(accounts),
    )


def make_backup(store: Store, users: Users, user: User, folder: Path) -> BackupReport:
    """Write a verified backup of the open database into ``folder``."""
    current = users.require(user, Action.BACKUP)
    return backup_to(store, folder, user_id=current.id)


def check_backup(users: Users, user: User, backup: Path) -> BackupCheck:
    """Check ``backup`` without touching the open database (administrator only); problems raise."""
    users.require(user, Action.RESTORE)
    problems = verify_backup(backup, key=users.store.audit_key)
    if problems:
        raise UserError(tuple(problems))
    seq, head = audit_head(backup)
    conn = connect(backup, read_only=True)
    try:
        row = conn.execute("SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return BackupCheck(backup, file_sha256(backup), seq, head, str(row[0]) if row else "")


def restore_backup(store: Store, users: Users, user: User, backup: Path) -> Store:
    """Replace the database by a verified backup; closes ``store`` and returns the reopened one.

    The role and the backup are checked first, so a refused or damaged backup leaves ``store`` open and
    unchanged. The restore itself is logged in the restored database's audit chain."""
    current = users.require(user, Action.RESTORE)
    check_backup(users, current, backup)
    path, clock, key = store.path, store.clock, store.audit_key_path
    store.close()
    restore_from(backup, path, user_id=current.id, audit_key=key)
    return Store(path, clock=clock, audit_key=key)
