"""Kill-safety of the real app process (issue 5, "What it must show"), on the redesigned screens (issue
13): the desktop app runs in a child process (:mod:`tests.gui.app_driver`), a typist types stations with
the keyboard through the home page and the entry form, and the test SIGKILLs the process mid-typing
after N confirmed sections. Then the database is opened again, by the services and by a second run of
the real app: every confirmed section is there with its values, the app resumes at the first section
that was not confirmed (at check and finish when all were), ``uitslag audit verify DB`` passes and
``PRAGMA integrity_check`` says ok.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from kieskring.app.entry import DataEntry
from kieskring.app.setup import save_setup
from kieskring.app.states import EntryState
from kieskring.app.users import Role, Users
from kieskring.cli import main as cli
from kieskring.storage import Store
from tests.app.support import PASSWORD, SETUP, cheap_hasher
from tests.gui.app_driver import STATIONS, paper

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]
REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
DRIVER = [sys.executable, "-m", "tests.gui.app_driver"]
Line = tuple[str, int, str]


def _parse(lines: Iterable[str]) -> list[Line]:
    out = []
    for line in lines:
        what, station, *rest = line.split()
        out.append((what, int(station), rest[0] if rest else ""))
    return out


def _installation(path: Path) -> None:
    with Store(path) as store:
        users = Users(store, cheap_hasher())
        admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
        save_setup(store, users, admin, SETUP)
        users.create_user(admin, "anna", "Anna", Role.INVOERDER, PASSWORD)


def _kill_after(path: Path, after: int) -> list[Line]:
    """Run the app, SIGKILL it once ``after`` sections were confirmed; every line it printed."""
    child = subprocess.Popen(
        [*DRIVER, str(path)], stdout=subprocess.PIPE, text=True, env=ENV, cwd=REPO
    )
    assert child.stdout is not None
    lines: list[str] = []
    for line in child.stdout:
        lines.append(line)
        if sum(x.startswith("CONFIRMED") for x in lines) >= after:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, "the app finished before it was killed"
    lines.extend(child.stdout.read().splitlines())
    return _parse(lines)


def _check_database(path: Path, confirmed: list[Line], capsys: pytest.CaptureFixture[str]) -> None:
    """Integrity, the audit chain (by the command line) and every confirmed section's values."""
    with Store(path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        entry = DataEntry(store, Users(store, cheap_hasher()))
        for _, station, section in confirmed:
            stored = entry.entries(station)[1]
            assert section in stored.sections, (station, section)
            for field, value in paper(station)[section].items():
                assert (stored.values.get(field) or 0) == (value or 0), (station, field)
    assert cli(["audit", "verify", str(path)]) == 0  # `uitslag audit verify DB`
    assert "in orde" in capsys.readouterr().out


def _expected_resume(path: Path) -> dict[int, str]:
    """Per station, what the second run must show first, from what the database holds: ``REFUSED``
    for a finalised entry, else the first section not saved (``review`` when all are saved)."""
    with Store(path) as store:
        entry = DataEntry(store, Users(store, cheap_hasher()))
        keys = [s.key for s in entry.layout.sections]
        expected = {}
        for station in STATIONS:
            match entry.status(station).state:
                case EntryState.FIRST_ENTRY_FINALISED:
                    expected[station] = "REFUSED"
                case EntryState.FIRST_ENTRY_IN_PROGRESS:
                    saved = entry.entries(station)[1].sections
                    expected[station] = next((k for k in keys if k not in saved), "review")
                case EntryState.EMPTY:
                    expected[station] = keys[0]
                case other:
                    raise AssertionError(f"station {station}: unexpected state {other}")
    return expected


@pytest.mark.parametrize("after", [2, 6, 9, 16])
def test_sigkill_of_the_app_mid_typing_loses_no_confirmed_section(
    tmp_path: Path, after: int, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gsb.sqlite"
    _installation(path)
    first = _kill_after(path, after)
    confirmed = [line for line in first if line[0] == "CONFIRMED"]
    assert len(confirmed) >= after
    _check_database(path, confirmed, capsys)

    expected = _expected_resume(path)
    unconfirmed = [s for s in STATIONS if ("FINALISED", s, "") not in first]
    assert any(expected[s] != "REFUSED" for s in unconfirmed)  # killed mid-entry: work remains
    second = subprocess.run(
        [*DRIVER, str(path)],
        check=False,
        capture_output=True,
        text=True,
        env=ENV,
        cwd=REPO,
        timeout=120,
    )
    assert second.returncode == 0, second.stderr
    again = _parse(second.stdout.splitlines())
    shown = {n: ("REFUSED" if w == "REFUSED" else s) for w, n, s in again if w in ("AT", "REFUSED")}
    for station in STATIONS:
        assert shown[station] == expected[station], (station, shown, expected)
    _check_database(path, confirmed + [line for line in again if line[0] == "CONFIRMED"], capsys)
    with Store(path) as store:
        entry = DataEntry(store, Users(store, cheap_hasher()))
        for station in STATIONS:
            assert entry.status(station).state is EntryState.FIRST_ENTRY_FINALISED
