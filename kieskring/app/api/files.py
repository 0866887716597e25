"""Files on this workstation (client side): what the screens read from a chosen file and write into a
chosen folder. The serving side never sees a path of another machine: a chosen file travels as bytes
(:class:`~kieskring.app.api.admin.FileData`, :class:`~kieskring.app.api.admin.BackupFile`), and output
files come back as bytes that are written here (docs/app.md §3.2, §3.4, §4).

Every failure is a :class:`~kieskring.errors.UserError` naming the file, never an ``OSError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kieskring.app.outputs import OutputFile, save_files
from kieskring.errors import Problem, UserError
from kieskring.storage.files import write_all_atomic

from .admin import BackupFile, FileData

MAX_CHOSEN_BYTES = 512 * 1024 * 1024
"""A chosen file larger than this is refused before it is read (an election file is far smaller; a
backup of a large municipality is some tens of MB)."""


def _unreadable(path: Path, reason: str) -> UserError:
    return UserError(
        (
            Problem(
                "FILE.READ",
                f"dit bestand kan niet worden gelezen: {reason}",
                f"this file cannot be read: {reason}",
                str(path),
            ),
        )
    )


def _read(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise _unreadable(path, "het is geen bestand / not a file")
        if path.stat().st_size > MAX_CHOSEN_BYTES:
            raise _unreadable(path, "te groot / too large")
        return path.read_bytes()
    except OSError as err:
        raise _unreadable(path, err.strerror or type(err).__name__) from None


def read_chosen(path: Path) -> FileData:
    """A file chosen on this workstation (a 110a, 230b, 110b, a CSV of accounts), as bytes."""
    return FileData(path.name, _read(path))


def read_backup(path: Path) -> BackupFile:
    """A backup on a USB stick with the SHA-256 of its ``.sha256`` file (BACKUP.MISSING without it)."""
    sidecar = path.with_name(path.name + ".sha256")
    if not sidecar.is_file():
        raise UserError(
            (
                Problem(
                    "BACKUP.MISSING",
                    "het controlebestand (.sha256) naast de back-up ontbreekt",
                    "the checksum file (.sha256) beside the backup is missing",
                    str(sidecar),
                ),
            )
        )
    stated = _read(sidecar).decode("utf-8", "replace").split()[:1]
    return BackupFile(path.name, _read(path), stated[0] if stated else "")


def save_backup(folder: Path, copy: BackupFile) -> Path:
    """Write a backup and its ``.sha256`` into ``folder`` (a USB stick), both or neither."""
    target = folder / Path(copy.name).name
    sidecar = folder / f"{target.name}.sha256"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_all_atomic(
            [(target, copy.content), (sidecar, f"{copy.sha256}  {target.name}\n".encode())],
            code="BACKUP.WRITE",
        )
    except OSError as err:
        raise UserError(
            (
                Problem(
                    "BACKUP.WRITE",
                    f"kan niet schrijven in {folder}: {err.strerror}",
                    f"cannot write to {folder}: {err.strerror}",
                    str(folder),
                ),
            )
        ) from None
    return target


def save_outputs(folder: Path, files: Iterable[OutputFile]) -> tuple[Path, ...]:
    """Write the outputs into ``folder`` on this workstation, each file atomically (EXPORT.WRITE)."""
    return save_files(folder, files)
