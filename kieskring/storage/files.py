"""Atomic output files: a finished file or none at all, also on a full disk (issue 12 E).

Every output the app writes (the 510b, the Na 31-2, a backup and its checksum, the audit key) goes
through :func:`atomic_target`: the bytes are written to a hidden temporary file in the *same* folder,
flushed to the device (``fsync``), and only then renamed over the final name (``rename`` within one
file system is atomic on POSIX), after which the folder itself is flushed so the new name survives a
power cut. On any failure — ``ENOSPC``, ``EFBIG``, an I/O error, SQLite's "disk is full" — the
temporary file (and any journal SQLite made beside it) is removed and a coded :class:`UserError`
names the file; the final name is untouched.
"""

from __future__ import annotations

import errno
import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kieskring.errors import Problem, UserError

FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})
"""``errno`` values that mean "no room": a full disk or stick, a file-size limit, a quota."""

SQLITE_FULL = 13
SQLITE_IOERR = 10
SQLITE_CANTOPEN = 14
_SQLITE_DISK_ERRORS = frozenset({SQLITE_FULL, SQLITE_IOERR, SQLITE_CANTOPEN})
_SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


def is_disk_error(err: BaseException) -> bool:
    """Whether ``err`` is the device failing (full, I/O error), not a defect or bad input."""
    if isinstance(err, OSError):
        return True
    if isinstance(err, sqlite3.Error):
        code = getattr(err, "sqlite_errorcode", None)
        if code is not None:
            return (int(code) & 0xFF) in _SQLITE_DISK_ERRORS
        text = str(err).lower()
        return "disk" in text or "full" in text or "i/o" in text
    return False


def _is_full(err: BaseException) -> bool:
    if isinstance(err, OSError):
        return err.errno in FULL_ERRNOS
    code = getattr(err, "sqlite_errorcode", None)
    return (code is not None and int(code) & 0xFF == SQLITE_FULL) or "full" in str(err).lower()


def write_error(code: str, path: Path | str, err: BaseException) -> UserError:
    """A coded problem for a failed write of ``path``: Dutch and English, naming the file.

    SQLite reports a failed write as "disk I/O error" without the reason, so that message says both
    possibilities (a faulty or a full disk)."""
    name = Path(path).name
    if _is_full(err):
        nl = f"kan {name} niet schrijven: schijf vol (of bestand te groot); er is niets half geschreven"
        en = f"cannot write {name}: disk full (or file too large); nothing was left half-written"
    elif isinstance(err, sqlite3.Error):
        nl = (
            f"kan {name} niet schrijven: schrijffout op de schijf of schijf vol ({err}); er is "
            "niets half geschreven"
        )
        en = f"cannot write {name}: disk error or disk full ({err}); nothing was left half-written"
    else:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        nl = f"kan {name} niet schrijven ({reason}); er is niets half geschreven"
        en = f"cannot write {name} ({reason}); nothing was left half-written"
    return UserError((Problem(code, nl, en, file=str(path)),))


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder's entries) to the device."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for suffix in ("", *_SQLITE_SIDECARS):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")


@contextmanager
def atomic_target(path: Path, *, code: str, exclusive: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` for the caller to fill; on success it becomes ``path``.

    ``exclusive``: never replace an existing ``path`` (``FileExistsError`` is raised unchanged, the
    temporary file removed). Failures of the device become ``UserError(code)`` naming ``path``."""
    temp = _temporary(path)
    try:
        yield temp
        fsync_path(temp)
        if exclusive:
            os.link(temp, path)
            temp.unlink()
        else:
            os.replace(temp, path)
        fsync_path(path.parent)
    except FileExistsError:
        _remove(temp)
        raise
    except BaseException as err:
        _remove(temp)
        if is_disk_error(err):
            raise write_error(code, path, err) from err
        raise


def _write_file(temp: Path, data: bytes, mode: int) -> None:
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def write_atomic(
    path: Path, data: bytes, *, code: str, mode: int = 0o666, exclusive: bool = False
) -> None:
    """Write ``data`` to ``path`` atomically (``mode`` before the umask; 0o600 for secrets)."""
    with atomic_target(path, code=code, exclusive=exclusive) as temp:
        _write_file(temp, data, mode)


def write_all_atomic(items: Sequence[tuple[Path, bytes]], *, code: str) -> None:
    """Write several files that belong together (the 510b and its PV): all of them, or none.

    Every file is written and flushed under a temporary name first; only when all are on the device
    are they renamed. Should a rename still fail, the files renamed before it that did not exist
    before are removed again (one that existed already keeps its new, complete content)."""
    temps: list[Path] = []
    try:
        for path, data in items:
            temps.append(_temporary(path))
            _write_file(temps[-1], data, 0o666)
            fsync_path(temps[-1])
    except BaseException as err:
        for temp in temps:
            _remove(temp)
        failed = items[len(temps) - 1][0] if temps else items[0][0]
        if is_disk_error(err):
            raise write_error(code, failed, err) from err
        raise
    _rename_all(items, temps, code)


def _rename_all(items: Sequence[tuple[Path, bytes]], temps: list[Path], code: str) -> None:
    created: list[Path] = []
    current = items[0][0]
    try:
        for (path, _), temp in zip(items, temps, strict=True):
            current, existed = path, path.exists()
            os.replace(temp, path)
            if not existed:
                created.append(path)
        for folder in sorted({path.parent for path, _ in items}):
            current = folder
            fsync_path(folder)
    except OSError as err:
        for temp in temps:
            _remove(temp)
        for done in created:
            done.unlink(missing_ok=True)
        raise write_error(code, current, err) from err
