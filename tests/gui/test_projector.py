"""The projector (docs/app.md §3.5): full screen, a tile per state with the dashboard's counts and the
session's state, no names and no vote numbers, refreshing by itself without keeping the session alive,
Esc and F11 to leave, and fitting 1366×768, 125 % and 1920×1080."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from gui.pages import projector as module
from gui.pages.projector import ProjectorWindow, open_projector
from kieskring.app.api import AppApi
from kieskring.app.api.sessions import IDLE_LIMIT
from kieskring.app.entry import DataEntry
from kieskring.app.states import EntryState
from kieskring.app.users import Users
from kieskring.storage import Store
from tests.app.support import PASSWORD, cheap_hasher, good_paper, type_paper
from tests.gui import fit
from tests.gui.world import USERS, Clock, installation, serve, settle

pytestmark = pytest.mark.gui
VOTES = {"L1.1": 4711, "L1.2": 2023, "L1.3": 866, "L1.total": 7600}
"""Vote numbers no count of stations can be (the projector must never show them)."""


def paper() -> dict[str, dict[str, int | None]]:
    voters = {"A": 7635, "B": 5, "D": 7640, "E.1": 7600, "E.2": 40, "E": 7640, "F": 0, "G": 0,
              "H": 7640}  # fmt: skip
    return good_paper({**VOTES, **voters})


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    installation(tmp_path / "gsb.sqlite")
    store = Store(tmp_path / "gsb.sqlite")
    users = Users(store, cheap_hasher())
    entry = DataEntry(store, users)
    anna, bram = users.login("anna", PASSWORD), users.login("bram", PASSWORD)
    type_paper(entry, anna, 1, paper())
    entry.finalise(anna, 1)
    type_paper(entry, bram, 1, paper())
    entry.finalise(bram, 1)  # definitive
    type_paper(entry, anna, 2, paper())
    entry.finalise(anna, 2)  # waiting for the 2nd entry
    store.close()
    return tmp_path / "gsb.sqlite"


@pytest.fixture
def api(path: Path, clock: Clock) -> Iterator[AppApi]:
    served = serve(path, clock)
    served.login("carla", PASSWORD)
    yield served
    served.close()


@pytest.fixture
def projector(qtbot: QtBot, api: AppApi) -> Iterator[ProjectorWindow]:
    window = ProjectorWindow(api)
    qtbot.addWidget(window)
    window.show()
    settle()
    yield window
    window.close()


def texts(window: QWidget) -> list[str]:
    found = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    found += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    found += [w.accessibleName() for w in window.findChildren(QWidget) if w.isVisible()]
    found += [w.toolTip() for w in window.findChildren(QWidget)]
    return found


def test_counts_per_state_without_names_or_votes(projector: ProjectorWindow, api: AppApi) -> None:
    board = api.dashboard()
    assert {key: tile.count() for key, tile in projector.tiles.items()} == {
        t.state.key.value: t.count for t in board.tiles
    }
    assert projector.tiles[EntryState.DEFINITIVE.value].count() == 1
    assert projector.tiles[EntryState.FIRST_ENTRY_FINALISED.value].count() == 1
    assert projector.tiles[EntryState.EMPTY.value].count() == 1
    assert projector.progress.text.text() == "Definitief: 1 van 3 stembureaus (33%)"
    assert projector.session.text().endswith("Invoer loopt")
    assert projector.title.full_text() == "Voortgang van de invoer — Testdorp"
    words = " ".join(texts(projector))
    for _, fullname, _ in USERS:
        assert fullname not in words and fullname.split()[0] not in words
    numbers = {int(n) for n in re.findall(r"\d+", words.replace(":", " "))}
    assert not numbers & set(VOTES.values()) and not numbers & {7635, 7640}


def test_it_refreshes_by_itself(
    qtbot: QtBot, api: AppApi, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "REFRESH_MS", 50)
    window = ProjectorWindow(api)
    qtbot.addWidget(window)
    window.show()
    assert window.tiles[EntryState.EMPTY.value].count() == 1
    store = Store(path)
    users = Users(store, cheap_hasher())
    DataEntry(store, users).open(users.login("bram", PASSWORD), 3)
    store.close()
    qtbot.waitUntil(lambda: window.tiles[EntryState.EMPTY.value].count() == 0, timeout=3000)
    assert window.tiles[EntryState.FIRST_ENTRY_IN_PROGRESS.value].count() == 1
    window.close()


def test_refreshing_does_not_keep_the_session_alive(
    projector: ProjectorWindow, clock: Clock
) -> None:
    clock.now += IDLE_LIMIT / 2
    projector.refresh()
    assert not projector.notice.isVisible()
    clock.now += IDLE_LIMIT / 2 + IDLE_LIMIT / 10  # the refreshes did not count as activity
    projector.refresh()
    assert projector.notice.isVisible()
    assert "SESSION.EXPIRED" in projector.notice.text()
    assert projector.tiles[EntryState.DEFINITIVE.value].count() == 1  # the last counts stay


@pytest.mark.parametrize("keys", [Qt.Key.Key_Escape, Qt.Key.Key_F11])
def test_esc_and_f11_leave(qtbot: QtBot, api: AppApi, keys: Qt.Key) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    window = open_projector(api, owner)
    assert window.isFullScreen() and window.isWindow() and window.parent() is owner
    settle()
    QTest.keyClick(window, keys)
    settle()
    assert not window.isVisible()


@pytest.mark.parametrize("size", [fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD], ids=str)
def test_the_projector_fits(projector: ProjectorWindow, size: tuple[int, int]) -> None:
    fit.assert_fits(projector, primary=projector.progress, size=size)
    expected = "medium" if size == fit.LAPTOP_125 else "large"
    assert projector.scale == expected
    for tile in projector.tiles.values():
        assert tile.count_label.property("scale") == expected
