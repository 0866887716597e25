"""Kill-safety at the HSB (issue 16, "as at the GSB"): SIGKILL the process that receives files and
types PVs, mid-way, and reopen. Every file and every section the child reported as confirmed is in the
database, ``PRAGMA integrity_check`` says ok and the audit log verifies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kieskring.app.api import open_local
from kieskring.app.setup import Body
from kieskring.cli import main as uitslag
from kieskring.storage import Store, verify_audit

from .support import cheap_hasher, given, set_up_body

WORKER = Path(__file__).with_name("kill_worker.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ps2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ps2")
    assert uitslag(["fixtures", "generate", "ps2", "--seed", "4", "--out", str(folder)]) == 0
    return folder


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("after", [2, 9])
def test_sigkill_while_receiving_loses_nothing_confirmed(
    ps2: Path, tmp_path: Path, after: int
) -> None:
    path = tmp_path / "hsb.sqlite"
    api = open_local(path, workstation="tafel", hasher=cheap_hasher())
    definition = given(next(ps2.glob("Verkiezingsdefinitie_*")))
    set_up_body(
        api, definition, [given(next(ps2.glob("Kandidatenlijsten_*_1.eml.xml")))], Body.HSB, "1"
    )
    api.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(ps2)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    confirmed: list[list[str]] = []
    for line in child.stdout:
        confirmed.append(line.split())
        if len(confirmed) >= after:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    confirmed += [line.split() for line in child.stdout.read().splitlines()]
    with Store(path) as reopened:
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        files = {int(r["unit"]) for r in reopened.query("SELECT unit FROM chain_files")}
        sections = {
            (int(r["station"]), s)
            for r in reopened.query("SELECT station, sections_json FROM entries WHERE slot = 1")
            for s in json.loads(r["sections_json"])
        }
    for kind, unit, *rest in confirmed:
        if kind == "FILE":
            assert int(unit) in files
        else:
            assert (int(unit), rest[0]) in sections
    assert verify_audit(path) == []
