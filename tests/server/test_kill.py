"""Kill tests (issue 14): the server killed during a burst of saves loses nothing a client saw
confirmed, applies no retry twice, and its audit log verifies; a workstation killed mid-section leaves
its entry held, and the typist resumes on another workstation."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kieskring.app.api.http_transport import RetryPolicy
from kieskring.cli import main as uitslag
from kieskring.server.typist import Job, Tally, Typist

from .conftest import Room

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
PATIENT = RetryPolicy(total_seconds=60.0, first_delay=0.05, max_delay=0.5, timeout=30.0)
WORKER = Path(__file__).with_name("client_worker.py")
REPO = Path(__file__).resolve().parents[2]


class Recording(Typist):
    """A typist that notes every save it saw confirmed."""

    confirmed: list[tuple[int, str]]

    def save(self, station: int, key: str, values: dict[str, int | None]) -> None:
        super().save(station, key, values)
        self.confirmed.append((station, key))


def saved_sections(database: Path) -> set[tuple[int, str]]:
    """What the database holds: (station, section) of every saved section (read only)."""
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT station, sections_json FROM entries WHERE slot = 1").fetchall()
    finally:
        conn.close()
    return {(station, key) for station, sections in rows for key in json.loads(sections)}


def count(database: Path, action: str) -> int:
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(
            conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", (action,)).fetchone()[0]
        )
    finally:
        conn.close()


@pytest.mark.parametrize("after", [3, 10])
def test_sigkill_the_server_mid_burst_loses_nothing_confirmed(room: Room, after: int) -> None:
    api = room.login("werkplek-1", "invoerder01", PATIENT)
    papers = {str(n): room.papers[n] for n in (1, 2, 3)}
    job = Job(
        room.server.url, room.pin, "werkplek-1", "invoerder01", "", (1, 2, 3), (), papers, {}, 0, ""
    )
    typist = Recording(api, job, Tally())
    typist.confirmed = []
    failed: list[BaseException] = []

    def burst() -> None:
        try:
            typist.run()
        except BaseException as err:  # reported below
            failed.append(err)

    worker = threading.Thread(target=burst)
    worker.start()
    deadline = time.monotonic() + 60
    while len(typist.confirmed) < after and time.monotonic() < deadline and worker.is_alive():
        time.sleep(0.005)
    room.server.kill()
    seen = list(typist.confirmed)
    assert len(seen) >= after
    assert set(seen) <= saved_sections(room.database)  # before any restart: all on disk
    time.sleep(0.5)  # the client retries against a dead server meanwhile
    room.restart()
    worker.join(timeout=120)
    assert not worker.is_alive() and not failed, failed
    assert typist.tally.finished == [1, 2, 3]
    assert set(typist.confirmed) <= saved_sections(room.database)
    assert count(room.database, "entry.save_section") == typist.tally.saves  # none twice
    assert count(room.database, "entry.finalise") == 3
    room.server.stop()
    assert uitslag(["audit", "verify", str(room.database)]) == 0


def test_sigkill_a_workstation_mid_section_and_resume_elsewhere(room: Room, tmp_path: Path) -> None:
    paper_file = tmp_path / "paper.json"
    paper_file.write_text(json.dumps(room.papers[1]), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    password = room.passwords["invoerder01"]
    command = [sys.executable, str(WORKER), room.server.url, room.pin, password, str(paper_file)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    confirmed = []
    for line in child.stdout:
        confirmed.append(line.split()[1])
        if len(confirmed) == 3:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    ben = room.login("werkplek-2", "invoerder02")
    assert ben.open_entry(2).slot == 1
    assert ben.find_station(1).can_start is False  # the claim stays with Anna
    anna = room.login("werkplek-5", "invoerder01")  # another workstation
    home = anna.typist_home()
    assert [u.station for u in home.unfinished] == [1]
    assert anna.find_station(1).action.nl == "Verder met je invoer"
    opened = anna.open_entry(1)
    done = {s.key for s in opened.sections if s.status.value != "not_started"}
    assert set(confirmed) <= done
    for key, values in room.papers[1].items():
        if key not in done:
            assert anna.save_section(1, key, values, True).saved
    assert anna.finish_entry(1).state.key.value == "first_entry_finalised"
