"""A full disk or an I/O error during a confirmed save, a backup or the export (issue 12 E).

Each case runs in a child process whose ``RLIMIT_FSIZE`` is lowered after everything is opened, so a
write past the limit fails with EFBIG exactly as on a full stick or disk (no root, no tmpfs needed).
Expected: a coded Dutch/English problem naming the file, no ``.part`` or half-written file, and the
database as it was (same audit head, still verified with the installation key).
"""

from __future__ import annotations

import errno
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kieskring.app.entry import DataEntry
from kieskring.app.users import User, Users
from kieskring.errors import UserError
from kieskring.storage import Store, audit_report
from kieskring.storage.files import write_all_atomic, write_atomic

from .support import all_definitive, prepare_outputs

WORKER = Path(__file__).with_name("fsize_worker.py")
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not hasattr(resource, "RLIMIT_FSIZE") or sys.platform != "linux",
    reason="needs RLIMIT_FSIZE and SIGXFSZ (Linux)",
)


def state(db: Path) -> tuple[tuple[int, str], int]:
    conn = sqlite3.connect(db)
    head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    conn.close()
    return (int(head[0]), str(head[1])), int(entries)


def run_worker(db: Path, mode: str, limit: int, out: Path, *extra: Path) -> list[list[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, str(WORKER), str(db), mode, str(limit), str(out), *map(str, extra)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    problems = [line.split("\t") for line in proc.stdout.splitlines() if line.startswith("PROBLEM")]
    assert problems, proc.stdout
    return problems


@pytest.fixture
def ready(
    entry: DataEntry,
    store: Store,
    users: Users,
    admin: User,
    typist1: User,
    typist2: User,
    coordinator: User,
) -> Path:
    all_definitive(entry, typist1, typist2)
    prepare_outputs(store, users, admin, coordinator, store.path.parent / "sleutel")
    store.close()
    return store.path


def assert_unchanged(db: Path, before: tuple[tuple[int, str], int]) -> None:
    assert state(db) == before
    key = bytes.fromhex(db.with_name(db.name + ".auditkey").read_text(encoding="ascii"))
    report = audit_report(db, key=key)
    assert report.problems == () and report.complete


def test_full_disk_during_a_confirmed_save(
    entry: DataEntry, store: Store, typist1: User, coordinator: User
) -> None:
    db = store.path
    store.close()
    problems = run_worker(db, "save", 1024, db.parent)
    code, file, nl, en = problems[0][1:]
    assert (code, file) == ("STORAGE.WRITE", str(db))
    assert "schijf" in nl and "disk" in en
    conn = sqlite3.connect(db)
    sections = conn.execute("SELECT sections_json FROM entries WHERE station = 2").fetchall()
    last = conn.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    conn.close()
    assert sections and all("voters_votes" not in row[0] for row in sections)
    assert last == "entry.open"  # the worker's last confirmed action before the disk filled up
    assert_unchanged(db, state(db))
    assert [p.name for p in db.parent.iterdir() if p.name.endswith(".part")] == []


def test_full_stick_during_a_backup(ready: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    before = state(ready)
    problems = run_worker(ready, "backup", ready.stat().st_size // 2, usb)
    code, file, nl, en = problems[0][1:]
    assert code == "BACKUP.WRITE" and file.startswith(str(usb / ready.stem))
    assert "vol" in nl and "full" in en
    assert list(usb.iterdir()) == []
    after = state(ready)
    assert after[1] == before[1] and after[0][0] == before[0][0] + 1  # only the coordinator's login
    assert_unchanged(ready, after)


@pytest.mark.parametrize("limit", [1, 12_000])  # 12 000: the 510b (~7 KB) fits, the PV (~47 KB) not
def test_full_disk_during_the_export(ready: Path, tmp_path: Path, limit: int) -> None:
    out = tmp_path / "uitvoer"
    out.mkdir()
    problems = run_worker(ready, "export", limit, out, ready.parent / "sleutel")
    assert problems[0][1] == "EXPORT.WRITE" and problems[0][2].startswith(str(out))
    assert list(out.iterdir()) == []
    assert_unchanged(ready, state(ready))


def test_atomic_write_keeps_the_old_file_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "uit.pdf"
    target.write_bytes(b"oud")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(UserError) as err:
        write_atomic(target, b"nieuw", code="EXPORT.WRITE")
    problem = err.value.problems[0]
    assert (problem.code, problem.file) == ("EXPORT.WRITE", str(target))
    assert "schijf vol" in problem.message_nl and "disk full" in problem.message_en
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit.pdf"]
    assert target.read_bytes() == b"oud"


def test_atomic_write_of_several_files_is_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.replace
    calls: list[str] = []

    def second_fails(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(UserError) as err:
        write_all_atomic(
            [(tmp_path / "a.xml", b"a"), (tmp_path / "b.pdf", b"b")], code="EXPORT.WRITE"
        )
    assert err.value.problems[0].file == str(tmp_path / "b.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    monkeypatch.undo()
    write_all_atomic([(tmp_path / "a.xml", b"a"), (tmp_path / "b.pdf", b"b")], code="EXPORT.WRITE")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xml", "b.pdf"]
    assert oct((tmp_path / "a.xml").stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
