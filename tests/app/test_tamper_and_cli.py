"""Tampering with a vote behind the app's back is reported by ``uitslag audit verify`` (issue 5)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kieskring.app.entry import DataEntry
from kieskring.app.users import User
from kieskring.cli import main
from kieskring.storage import Store, verify_audit
from kieskring.storage.database import row_hash

from .support import good_paper, type_paper


@pytest.fixture
def definitive(entry: DataEntry, store: Store, typist1: User, typist2: User) -> Path:
    for typist in (typist1, typist2):
        type_paper(entry, typist, 1, good_paper())
        entry.finalise(typist, 1)
    return store.path


def raw(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_intact_database_verifies(definitive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", str(definitive)]) == 0
    assert "in orde" in capsys.readouterr().out


def test_changed_vote_is_reported(definitive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw(definitive, """UPDATE results SET values_json = json_set(values_json, '$."L1.1"', 300)""")
    assert main(["audit", "verify", str(definitive)]) == 1
    out = capsys.readouterr().out
    assert "AUDIT.ROW_ALTERED" in out
    assert "results:1" in out


def test_changed_vote_with_recomputed_row_hash_is_reported(definitive: Path) -> None:
    conn = sqlite3.connect(definitive)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM entries WHERE station = 1 AND slot = 2").fetchone())
    row["values_json"] = row["values_json"].replace('"L1.1":30', '"L1.1":31')
    digest = row_hash("entries", row)
    conn.execute(
        "UPDATE entries SET values_json = ?, row_hash = ? WHERE station = 1 AND slot = 2",
        (row["values_json"], digest),
    )
    conn.commit()
    conn.close()
    problems = verify_audit(definitive)
    assert [(p.code, p.place) for p in problems] == [("AUDIT.ROW_MISMATCH", "entries:1:2")]


def test_deleted_log_row_is_reported(definitive: Path) -> None:
    conn = sqlite3.connect(definitive)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 10")
    conn.commit()
    conn.close()
    assert {"AUDIT.GAP", "AUDIT.CHAIN_BROKEN"} <= {p.code for p in verify_audit(definitive)}


def test_state_forged_to_definitive_is_reported(
    entry: DataEntry, store: Store, typist1: User
) -> None:
    type_paper(entry, typist1, 2, good_paper())
    raw(store.path, "UPDATE station_status SET state = 'definitive' WHERE station = 2")
    assert [p.code for p in verify_audit(store.path)] == ["AUDIT.ROW_ALTERED"]


def test_cli_never_shows_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00" * 4096)
    for target in (junk, tmp_path / "absent.sqlite", tmp_path):
        proc = subprocess.run(
            [sys.executable, "-m", "kieskring.cli", "audit", "verify", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 1
        assert "Traceback" not in proc.stdout + proc.stderr
        assert len((proc.stdout + proc.stderr).strip().splitlines()) >= 1
