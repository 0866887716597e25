"""Kill-safety (issue 5, "What it must show"): SIGKILL the entering process mid-way and reopen.

Every section the child reported as confirmed must be in the database, ``PRAGMA integrity_check`` must
say ok, and the audit chain must verify.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kieskring.app.entry import DataEntry
from kieskring.app.setup import StationSetup, save_setup
from kieskring.app.users import Role, User, Users
from kieskring.storage import Store, verify_audit

from .support import PASSWORD, SETUP

WORKER = Path(__file__).with_name("kill_worker.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("after", [7, 23, 40])
def test_sigkill_mid_entry_loses_nothing_confirmed(
    store: Store, users: Users, admin: User, after: int
) -> None:
    stations = tuple(StationSetup(n, f"Stembureau {n}", 1000) for n in range(1, 41))
    save_setup(store, users, admin, replace(SETUP, stations=stations))
    for name in ("anna", "bram"):
        users.create_user(admin, name, name.title(), Role.INVOERDER, PASSWORD)
    path = store.path
    store.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    confirmed: list[tuple[int, int, str]] = []
    for line in child.stdout:
        if line.startswith("CONFIRMED"):
            _, station, slot, section = line.split()
            confirmed.append((int(station), int(slot), section))
        if len(confirmed) >= after:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    confirmed.extend(_rest(child.stdout))
    _check_after_kill(path, users, confirmed)


def _rest(stdout: object) -> list[tuple[int, int, str]]:
    """Lines the child managed to print before it died (also confirmed)."""
    rest = stdout.read() if hasattr(stdout, "read") else ""
    out = []
    for line in str(rest).splitlines():
        if line.startswith("CONFIRMED"):
            _, station, slot, section = line.split()
            out.append((int(station), int(slot), section))
    return out


def _check_after_kill(path: Path, users: Users, confirmed: list[tuple[int, int, str]]) -> None:
    with Store(path) as reopened:
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        saved = {
            (row["station"], row["slot"]): set(json.loads(row["sections_json"]))
            for row in reopened.query("SELECT station, slot, sections_json FROM entries")
        }
        for station, slot, section in confirmed:
            assert section in saved.get((station, slot), set()), (station, slot, section)
        entry = DataEntry(reopened, Users(reopened, users.hasher))
        for station, _, _ in confirmed:
            assert entry.status(station).state.value != "empty"
    assert verify_audit(path) == []
