"""The calls several workstations in one room need (issue 14; docs/app.md §4): releasing a stale claim,
and backup and restore from a client — the backup is made on the serving laptop (beside its database)
and can be downloaded as bytes; a backup file can be uploaded there and restored.

Backups live in the folder ``<database>.backups`` beside the database (:func:`backup_folder`),
each with its ``.sha256``; the services of :mod:`kieskring.app.backup` write, check and restore them
with their role checks (coordinator and administrator back up; only the administrator restores). A
restore ends every session.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kieskring.app import backup
from kieskring.app.blob import Blob
from kieskring.app.users import Action, Role
from kieskring.errors import Problem, UserError
from kieskring.storage import Store
from kieskring.storage.backup import file_sha256

from .dispatch import Call, endpoint
from .present import state_view
from .views import StateView

if TYPE_CHECKING:
    from .backend import Backend

COORDINATOR = Role.COORDINATOR
BACKUP_ROLES = (Role.COORDINATOR, Role.BEHEERDER)
ADMIN = Role.BEHEERDER


@dataclass(frozen=True)
class BackupListing:
    """A verified backup on the serving laptop."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupFile:
    """A backup's bytes, to keep on another machine (a USB stick); ``sha256`` goes in the ``.sha256``
    file beside it."""

    name: str
    content: Blob
    sha256: str


@dataclass(frozen=True)
class BackupInfo:
    """What the administrator is shown before restoring: the checks passed, and how far it goes."""

    name: str
    sha256: str
    audit_entries: int
    audit_hash: str
    last_change: str


@dataclass(frozen=True)
class RestoreDone:
    """After a restore: what is now the database; every session has ended."""

    name: str
    audit_entries: int
    sessions_ended: int


def backup_folder(database: Path) -> Path:
    """Where the serving laptop keeps its backups: ``<database>.backups`` beside the database."""
    return database.with_name(database.name + ".backups")


def _problem(code: str, nl: str, en: str, name: str = "") -> UserError:
    return UserError((Problem(code, nl, en, file=name),))


class LanApi(Protocol):
    """Calls for working in one room with several workstations."""

    def release_entry(self, station: int, reason: str) -> StateView:
        """Release a stale claim: the unfinished entry is discarded (with the reason in the log)."""
        ...

    def make_backup(self) -> BackupListing:
        """A verified backup on the serving laptop."""
        ...

    def backups(self) -> tuple[BackupListing, ...]:
        """The backups on the serving laptop, newest first."""
        ...

    def download_backup(self, name: str) -> BackupFile:
        """A backup's bytes, to keep elsewhere."""
        ...

    def upload_backup(self, upload: BackupFile) -> BackupListing:
        """Put a backup kept elsewhere on the serving laptop (checked), to restore it."""
        ...

    def inspect_backup(self, name: str) -> BackupInfo:
        """Check a backup and show what restoring it means, without changing anything."""
        ...

    def restore_backup(self, name: str) -> RestoreDone:
        """Replace the database by a checked backup; every session ends (log in again)."""
        ...


class LanArea:
    """The serving side of :class:`LanApi`."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    @property
    def _folder(self) -> Path:
        return backup_folder(self.backend.path)

    def _path(self, name: str) -> Path:
        """A backup in the folder by its plain name (no path can be smuggled in)."""
        if Path(name).name != name or not name.endswith(".sqlite") or name.startswith("."):
            raise _problem(
                "BACKUP.NAME", "ongeldige naam van een back-up", "invalid backup name", name[:80]
            )
        path = self._folder / name
        if not path.is_file():
            raise _problem("BACKUP.MISSING", "deze back-up bestaat niet", "no such backup", name)
        return path

    @endpoint(COORDINATOR)
    def release_entry(self, call: Call, station: int, reason: str) -> StateView:
        """Release a stale claim: the unfinished entry is discarded (with the reason in the log)."""
        return state_view(self.backend.entry.release(call.user, station, reason).state)

    @endpoint(*BACKUP_ROLES)
    def make_backup(self, call: Call) -> BackupListing:
        """A verified backup on the serving laptop."""
        self._folder.mkdir(exist_ok=True)
        made = backup.make_backup(self.backend.store, self.backend.users, call.user, self._folder)
        return BackupListing(made.path.name, made.path.stat().st_size, made.sha256)

    @endpoint(*BACKUP_ROLES, refresh=True)
    def backups(self, call: Call) -> tuple[BackupListing, ...]:
        """The backups on the serving laptop, newest first."""
        self.backend.users.require(call.user, Action.BACKUP)
        if not self._folder.is_dir():
            return ()
        found = []
        for path in sorted(self._folder.glob("*.sqlite"), reverse=True):
            sidecar = path.with_name(path.name + ".sha256")
            stated = sidecar.read_text(encoding="utf-8").split()[:1] if sidecar.is_file() else []
            found.append(BackupListing(path.name, path.stat().st_size, stated[0] if stated else ""))
        return tuple(found)

    @endpoint(*BACKUP_ROLES)
    def download_backup(self, call: Call, name: str) -> BackupFile:
        """A backup's bytes, to keep elsewhere."""
        self.backend.users.require(call.user, Action.BACKUP)
        path = self._path(name)
        return BackupFile(name, path.read_bytes(), file_sha256(path))

    @endpoint(ADMIN)
    def upload_backup(self, call: Call, upload: BackupFile) -> BackupListing:
        """Put a backup kept elsewhere on the serving laptop (checked), to restore it."""
        self.backend.users.require(call.user, Action.RESTORE)
        name = Path(upload.name).name
        if hashlib.sha256(upload.content).hexdigest() != upload.sha256.strip().lower():
            raise _problem(
                "BACKUP.CHECKSUM",
                "controlegetal (SHA-256) van de back-up klopt niet",
                "backup checksum (SHA-256) does not match",
                name,
            )
        self._folder.mkdir(exist_ok=True)
        target = self._folder / (name if name.endswith(".sqlite") else f"{name}.sqlite")
        if target.is_file() and file_sha256(target) != upload.sha256.strip().lower():
            raise _problem(
                "BACKUP.EXISTS",
                "er staat al een andere back-up met deze naam op de server",
                "another backup with this name is already on the server",
                target.name,
            )
        part = target.with_name(f".{target.name}.part")
        part.write_bytes(upload.content)
        os.replace(part, target)
        target.with_name(target.name + ".sha256").write_text(
            f"{upload.sha256.strip().lower()}  {target.name}\n", encoding="utf-8"
        )
        self.inspect_backup(call, target.name)
        return BackupListing(target.name, len(upload.content), upload.sha256.strip().lower())

    @endpoint(ADMIN)
    def inspect_backup(self, call: Call, name: str) -> BackupInfo:
        """Check a backup and show what restoring it means, without changing anything."""
        found = backup.check_backup(self.backend.users, call.user, self._path(name))
        return BackupInfo(
            name, found.sha256, found.audit_entries, found.audit_hash, found.last_change
        )

    @endpoint(ADMIN)
    def restore_backup(self, call: Call, name: str) -> RestoreDone:
        """Replace the database by a checked backup; every session ends (log in again)."""
        backend = self.backend
        try:
            store = backup.restore_backup(backend.store, backend.users, call.user, self._path(name))
        except BaseException:
            if not backend.store.is_open():  # failed after closing: serve the database again
                backend.use(Store(backend.path, clock=backend.clock))
            raise
        backend.use(store)
        ended = backend.sessions.end_all("restore", call.user.id)
        seq = store.query("SELECT max(seq) AS n FROM audit_log")[0]["n"]
        return RestoreDone(name, int(seq or 0), ended)
