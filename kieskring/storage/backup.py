"""Backup of the installation database to a chosen folder (e.g. a USB stick), verified after writing; restore.

Issue 5: "In-app backup to a chosen folder, verified after writing; restore." The copy is made with
SQLite's online backup API (consistent even while the app runs), switched to a single-file journal,
flushed to the device, and then read back: its SHA-256 must equal the one written beside it, and
``PRAGMA integrity_check`` and the audit chain — with its MACs, under the installation's key — must
pass on the copy itself.

A backup holds the database only, never the audit key (issue 12 D): the key belongs to the installation,
so a restore verifies the backup with the key of the installation it is restored into — a backup whose
log was re-chained on the stick, or one from another installation, is refused. A restore records the
head (entry number and hash) of the database it replaced. Every file is written atomically
(:mod:`kieskring.storage.files`): a full stick leaves no half backup behind (issue 12 E).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kieskring.errors import Problem, UserError
from kieskring.storage.audit import audit_head, audit_report
from kieskring.storage.auditkey import default_key_path, read_key
from kieskring.storage.database import Store, connect, storage_error, utc_now
from kieskring.storage.files import atomic_target, fsync_path, write_atomic

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


def _checksum_problems(path: Path) -> list[Problem]:
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
    return []


def verify_backup(path: Path, *, key: bytes | None = None) -> list[Problem]:
    """Problems with a backup file: checksum beside it, integrity and the audit chain (empty: good).

    With ``key`` (the installation's) the MACs are checked too, and a backup whose log is not bound
    to that key (no MACs: made before schema version 2) is refused (``BACKUP.UNPROVEN``)."""
    return _checksum_problems(path) or _audit_problems(path, key)


def _audit_problems(path: Path, key: bytes | None) -> list[Problem]:
    report = audit_report(path, key=key)
    if key is not None and not report.problems and not report.complete:
        return [
            Problem(
                "BACKUP.UNPROVEN",
                "de auditlog van deze back-up heeft geen MAC's (van vóór schemaversie 2): niet te "
                "bewijzen dat hij niet is herschreven",
                "this backup's audit log has no MACs (from before schema version 2): it cannot be "
                "shown not to have been rewritten",
                file=str(path),
            )
        ]
    return list(report.problems)


def backup_to(store: Store, folder: Path, *, user_id: int | None = None) -> BackupReport:
    """Write a verified backup of ``store`` into ``folder``; the backup is logged in the audit chain.

    A full stick or an I/O error: ``BACKUP.WRITE`` naming the file, nothing left in ``folder`` and the
    database unchanged."""
    if not folder.is_dir():
        raise storage_error(
            "BACKUP.FOLDER",
            "map voor de back-up bestaat niet",
            "backup folder does not exist",
            folder,
        )
    stamp = store.clock().strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{store.path.stem}-{stamp}.sqlite"
    with atomic_target(final, code="BACKUP.WRITE") as part:
        _copy(store.conn, part)
    digest = file_sha256(final)
    try:
        write_atomic(_sidecar(final), f"{digest}  {final.name}\n".encode(), code="BACKUP.WRITE")
    except BaseException:
        final.unlink(missing_ok=True)
        fsync_path(folder)
        raise
    problems = verify_backup(final, key=store.audit_key)
    if problems:
        raise UserError(tuple(problems))
    seq, head = audit_head(final)
    with store.confirm("backup.create", user_id, {"file": final.name, "sha256": digest}):
        pass
    return BackupReport(final, digest, seq, head)


def _replaced(db_path: Path) -> dict[str, Any]:
    """The head of the database a restore replaces, as recorded in the restored log."""
    if not db_path.exists():
        return {"seq": None, "hash": None, "reason": "geen database"}
    try:
        seq, digest = audit_head(db_path)
    except (sqlite3.Error, UserError):
        return {"seq": None, "hash": None, "reason": "onleesbaar"}
    return {"seq": seq, "hash": digest}


def _set_aside(db_path: Path, stamp: str) -> str:
    """Move an unreadable database (and its WAL files) out of the way; it is kept, never deleted."""
    aside = db_path.with_name(f"{db_path.name}.onleesbaar-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(db_path) + suffix)
        if source.exists():
            source.rename(Path(str(aside) + suffix))
    return aside.name


def restore_from(
    backup: Path, db_path: Path, *, user_id: int | None = None, audit_key: Path | None = None
) -> None:
    """Replace the database at ``db_path`` by a verified backup (close every open Store on it first).

    The backup is verified with the installation's key (``audit_key``, default beside ``db_path``);
    without that key nothing is restored. The restored log records the head of the database it
    replaced (or why there was none); an unreadable database is set aside, not overwritten."""
    key_path = audit_key or default_key_path(db_path)
    problems = _checksum_problems(backup)
    key = b"" if problems else read_key(key_path, db_path)
    problems = problems or _audit_problems(backup, key)
    if problems:
        raise UserError(tuple(problems))
    replaced = _replaced(db_path)
    details: dict[str, Any] = {"file": backup.name, "sha256": file_sha256(backup)}
    details["replaced"] = replaced
    if replaced.get("reason") == "onleesbaar":
        details["set_aside"] = _set_aside(db_path, utc_now().strftime("%Y%m%dT%H%M%SZ"))
    source = connect(backup, read_only=True)
    target = connect(db_path)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        source.close()
        target.close()
    with (
        Store(db_path, audit_key=key_path) as store,
        store.confirm("backup.restore", user_id, details),
    ):
        pass
    report = audit_report(db_path, key=key)
    if report.problems:
        raise UserError(report.problems)
