"""Done-when of issue 14's client side: one room, real data. ``uitslag serve`` runs in a subprocess on
127.0.0.1 (a free port, TLS) with West Maas en Waal 2022 set up from its real 230b (and a 110a made for
it) with the stations of the real 510b; two desktop apps in client mode (``tests/gui/lan_driver.py``,
offscreen, each with its own settings folder) pin the server by typing two groups of its fingerprint,
log in as two typists and type the Kiesraad's published counts of all 21 stations in parallel — Anna
from the first station on, Ben the last six first and then Anna's, so that his second entries are
finished while she is still typing first entries (checked in the audit log). Then a third
workstation, the coordinator (through the interface object), notes the one signal, finishes the
session and makes the outputs: the 510b's totals equal the Kiesraad's real 510b."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from kieskring.app.api import connect_server
from kieskring.app.entry import SessionState
from kieskring.app.import_eml import Paper
from kieskring.app.outputs import save_files
from kieskring.domain.counts import Count, VoteCounts
from kieskring.eml.read_510 import read_510
from kieskring.server.process import ServerProcess, pinned
from kieskring.storage import Store, verify_audit
from tests.app.support import PASSWORD
from tests.followup.support import KEY_PASSPHRASE, TELLING, set_up_wmw, wmw_papers

pytestmark = [pytest.mark.gui, pytest.mark.shared, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 1200.0


def totals(counts: VoteCounts) -> tuple[object, ...]:
    """What the 510b's totals say: cast, counted, blank, invalid, every list and candidate."""
    lists = tuple(
        (x.number, x.votes, tuple(c.votes for c in x.candidates))
        for x in sorted(counts.lists, key=lambda x: x.number)
    )
    return counts.cast, counts.total_counted, counts.blank, counts.invalid, lists


def per_station(count: Count) -> dict[str, tuple[object, ...]]:
    return {u.id.rsplit("::", 1)[-1]: totals(u.counts)[1:] for u in count.units}


def start_typist(
    folder: Path, server: ServerProcess, name: str, order: list[int], papers: Mapping[int, Paper]
) -> Path:
    """The job of one workstation (the papers are the Kiesraad's published counts)."""
    job = {
        "url": server.url,
        "fingerprint": server.fingerprint,  # what the serving laptop's screen shows
        "settings": str(folder / f"werkplek-{name}"),
        "username": name,
        "password": PASSWORD,
        "order": order,
        "papers": {str(n): paper for n, paper in papers.items()},
    }
    path = folder / f"{name}.json"
    path.write_text(json.dumps(job), encoding="utf-8")
    return path


def run_clients(jobs: list[Path]) -> list[tuple[int, str, str]]:
    """Both apps at once; their exit codes and output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "tests.gui.lan_driver"]
    running = [
        subprocess.Popen(
            [*command, str(job)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for job in jobs
    ]
    results = []
    for process in running:
        try:
            out, err = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        results.append((process.returncode, out, err))
    return results


def test_two_typists_on_two_workstations_and_a_coordinator_on_a_third(
    tmp_path: Path, wmw_dir: Path
) -> None:
    database = tmp_path / "gsb.sqlite"
    server = ServerProcess(database, "--allow-network")
    try:
        admin = connect_server(server.url, pinned(server), "werkplek-beheer", allow_network=True)
        set_up_wmw(admin, wmw_dir)
        admin.close()
        papers = wmw_papers(wmw_dir)
        stations = sorted(papers)
        assert len(stations) == 21
        later = stations[15:] + stations[:15]  # Ben starts with the last six, then follows Anna
        jobs = [
            start_typist(tmp_path, server, "anna", stations, papers),
            start_typist(tmp_path, server, "ben", later, papers),
        ]
        for code, out, err in run_clients(jobs):
            assert code == 0, out[-2000:] + err[-4000:]
            lines = out.splitlines()
            assert lines[:2] == ["PINNED", "LOGGED_IN"] and lines[-1] == "DONE", out[-2000:]
            finished = [int(x.split()[1]) for x in lines if x.startswith("FINALISED")]
            assert sorted(finished) == stations
        eml = coordinator_finishes(server, tmp_path / "uitvoer")
    finally:
        server.stop()
    ours, real = read_510(eml), read_510(wmw_dir / TELLING)
    assert totals(ours.total) == totals(real.total)
    assert per_station(ours) == per_station(real)
    assert verify_audit(database) == []
    assert_interleaved(database)


def assert_interleaved(database: Path) -> None:
    """Each typist finished first and second entries, and second entries were finished while first
    entries were still being typed (the audit log's order of ``entry.finalise``)."""
    with Store(database) as store:
        rows = store.query(
            "SELECT a.payload, u.username FROM audit_log a JOIN users u ON u.id = a.user_id "
            "WHERE a.action = 'entry.finalise' ORDER BY a.seq"
        )
    seen: set[int] = set()
    order: list[tuple[str, int]] = []  # (typist, 1 or 2)
    for row in rows:
        station = int(json.loads(row["payload"])["details"]["station"])
        order.append((row["username"], 2 if station in seen else 1))
        seen.add(station)
    assert len(order) == 42
    slots = [slot for _, slot in order]
    assert slots.index(2) < len(slots) - 1 - slots[::-1].index(1), slots
    for name in ("anna", "ben"):
        assert {slot for who, slot in order if who == name} == {1, 2}, (name, order)


def coordinator_finishes(server: ServerProcess, out: Path) -> Path:
    """The coordinator's workstation: everything definitive, the signal noted, the session finished,
    the signed outputs saved; the 510b's path."""
    api = connect_server(server.url, pinned(server), "werkplek-coordinator", allow_network=True)
    api.login("carla", PASSWORD)
    board = api.dashboard()
    assert board.progress.percent == 100, board.progress
    for signal in api.signals().signals:
        api.note_signal(signal.key, "Papier nagekeken; de aantallen kloppen met het papier.")
    api.set_session_state(SessionState.COMPLETED)
    outputs = api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    saved = save_files(out, outputs.files)
    api.logout()
    api.close()
    return next(p for p in saved if p.name.endswith(".eml.xml"))
