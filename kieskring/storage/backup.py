"""Backup of the installation database to a chosen folder (e.g. a USB stick), verified after writing; restore.

Issue 5: "In-app backup to a chosen folder, verified after writing; restore." The copy is made with
SQLite's online backup API (consistent even while the app runs), switched to a single-file journal,
flushed to the device, and then read back: its SHA-256 must equal the one written beside it, and
``PRAGMA integrity_check`` and :func:`verify_audit` must pass on the copy itself.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kieskring.errors import Problem, UserError
from kieskring.storage.audit import audit_head, verify_audit
from kieskring.storage.database import Store, connect, storage_error

CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupReport:
    """A written and verified backup: the file, its SHA-256 and the audit head it contains."""

    path: Path
    sha256: str
    audit_seq: int
    audit_hash: str


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Online backup into ``target``, then a rollback journal so the copy is one self-contained file."""
    dest = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        dest.close()
    _fsync(target)


def verify_backup(path: Path) -> list[Problem]:
    """Problems with a backup file: checksum beside it, integrity and the audit chain (empty: good)."""
    sidecar = _sidecar(path)
    if not path.is_file() or not sidecar.is_file():
        return [
            Problem(
                "BACKUP.MISSING",
                "back-up of controlebestand (.sha256) ontbreekt",
                "backup or its checksum file (.sha256) is missing",
                file=str(path),
            )
        ]
    stated = sidecar.read_text(encoding="utf-8").split()[0] if sidecar.stat().st_size else ""
    if file_sha256(path) != stated:
        return [
            Problem(
                "BACKUP.CHECKSUM",
                "controlegetal (SHA-256) van de back-up klopt niet",
                "backup checksum (SHA-256) does not match",
                file=str(path),
            )
        ]
    return verify_audit(path)


def backup_to(store: Store, folder: Path, *, user_id: int | None = None) -> BackupReport:
    """Write a verified backup of ``store`` into ``folder``; the backup is logged in the audit chain."""
    if not folder.is_dir():
        raise storage_error(
            "BACKUP.FOLDER",
            "map voor de back-up bestaat niet",
            "backup folder does not exist",
            folder,
        )
    stamp = store.clock().strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{store.path.stem}-{stamp}.sqlite"
    part = final.with_name(final.name + ".part")
    try:
        _copy(store.conn, part)
        os.replace(part, final)
        digest = file_sha256(final)
        _sidecar(final).write_text(f"{digest}  {final.name}\n", encoding="utf-8")
        _fsync(_sidecar(final))
    except OSError as err:
        part.unlink(missing_ok=True)
        raise storage_error(
            "BACKUP.WRITE",
            f"back-up schrijven mislukt: {err}",
            f"writing the backup failed: {err}",
            final,
        ) from err
    problems = verify_backup(final)
    if problems:
        raise UserError(tuple(problems))
    seq, head = audit_head(final)
    with store.confirm("backup.create", user_id, {"file": final.name, "sha256": digest}):
        pass
    return BackupReport(final, digest, seq, head)


def restore_from(backup: Path, db_path: Path, *, user_id: int | None = None) -> None:
    """Replace the database at ``db_path`` by a verified backup (close every open Store on it first)."""
    problems = verify_backup(backup)
    if problems:
        raise UserError(tuple(problems))
    source = connect(backup, read_only=True)
    target = connect(db_path)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        source.close()
        target.close()
    with (
        Store(db_path) as store,
        store.confirm(
            "backup.restore", user_id, {"file": backup.name, "sha256": file_sha256(backup)}
        ),
    ):
        pass
    problems = verify_audit(db_path)
    if problems:
        raise UserError(tuple(problems))
