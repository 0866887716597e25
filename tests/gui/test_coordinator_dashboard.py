"""The coordinator's dashboard with 600 stations (docs/app.md §3.4): it fits 1366×768, 125 % and
1920×1080 with the table full and a station open beside it; the tiles filter the table (click and
Enter), "alles behalve definitief" and the search work; every action comes from the services, the
disabled ones with their reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fixtures.app_states import station_name
from gui import theme
from gui.pages.coordinator import CoordinatorPage
from gui.widgets import Shell
from gui.widgets.tables import STATE_ROLE
from kieskring.app.api import AppApi, EntryState
from tests.gui import fit

from .screens_support import (
    Mix,
    copy_installation,
    installation,
    log_in,
    open_api,
    private_settings,
    settle,
)

pytestmark = pytest.mark.gui
MIX = Mix(definitive=5, warned=1, different=2, errors=2, waiting=3, second_busy=1, first_busy=2)
"""Stations 1–5 definitive, 6 with a warning, 7–8 different, 9–10 with errors, 11–13 waiting for
the second entry, 14 second entry busy, 15–16 first entry busy, the rest not entered."""


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return installation(tmp_path_factory.mktemp("gsb"), MIX)


@pytest.fixture
def api(database: Path, tmp_path: Path, qapp: QApplication) -> Iterator[AppApi]:
    theme.apply(qapp)
    private_settings(tmp_path)
    found = open_api(copy_installation(database, tmp_path))
    yield found
    found.close()


@pytest.fixture
def screen(api: AppApi, qtbot: QtBot) -> tuple[Shell, CoordinatorPage]:
    shell, page = log_in(api, "carla")
    qtbot.addWidget(shell)
    assert isinstance(page, CoordinatorPage)
    return shell, page


def shown_states(page: CoordinatorPage) -> set[str]:
    model = page.model
    return {model.index(r, 2).data(STATE_ROLE) for r in range(model.rowCount())}


@pytest.mark.parametrize("size", [fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD], ids=str)
def test_the_dashboard_with_600_stations_fits(
    screen: tuple[Shell, CoordinatorPage], size: tuple[int, int]
) -> None:
    shell, page = screen
    assert page.model.rowCount() == 600
    fit.assert_fits(shell, primary=page.primary, size=size)
    assert page.show_station(7)  # a difference open beside the table
    settle()
    assert page.detail.detail is not None and page.detail.detail.differing > 0
    fit.assert_fits(shell, primary=page.primary, size=size)
    assert page.show_station(6)  # a definitive station with a warning to explain
    settle()
    assert page.detail.explanation_box.isVisible()
    fit.assert_fits(shell, primary=page.primary, size=size)
    assert page.show_station(14)  # a second entry held open: it can be released
    settle()
    assert "release" in page.detail.buttons()
    fit.assert_fits(shell, primary=page.primary, size=size)


def test_progress_tiles_and_session_come_from_the_services(
    screen: tuple[Shell, CoordinatorPage],
) -> None:
    _, page = screen
    counts = {state: page.tiles[state].count() for state in EntryState}
    assert counts[EntryState.DEFINITIVE] == 6 and counts[EntryState.ENTRIES_DIFFERENT] == 2
    assert counts[EntryState.EMPTY] == 600 - 16
    assert page.progress.text.text() == "Definitief: 6 van 600 stembureaus (1%)"
    assert page.session_badge.text().endswith("Invoer loopt")
    assert not page.finish_button.isEnabled()
    assert "6 van 600" in page.finish_button.toolTip()  # why not, from the services
    assert page.pause_button.isEnabled() and not page.resume_button.isEnabled()
    assert page.resume_button.toolTip() == "De invoer loopt al."


def test_tiles_filter_by_click_and_by_enter(
    screen: tuple[Shell, CoordinatorPage], qtbot: QtBot
) -> None:
    _, page = screen
    tile = page.tiles[EntryState.ENTRIES_DIFFERENT]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert [r.number for r in page.model.rows] == [7, 8] and tile.isChecked()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # again: everything
    assert page.model.rowCount() == 600 and not tile.isChecked()
    errors = page.tiles[EntryState.FIRST_ENTRY_HAS_ERRORS]
    errors.setFocus()
    qtbot.keyClick(errors, Qt.Key.Key_Return)
    assert shown_states(page) == {"first_entry_has_errors"}
    assert page.count.text() == "2 van 600"


def test_not_definitive_and_search(screen: tuple[Shell, CoordinatorPage], qtbot: QtBot) -> None:
    _, page = screen
    page.show_filter.setCurrentIndex(page.show_filter.findData("not_definitive"))
    assert page.model.rowCount() == 600 - 6 and "definitive" not in shown_states(page)
    page.show_filter.setCurrentIndex(0)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "12")
    numbers = [r.number for r in page.model.rows]
    wanted = [n for n in range(1, 601) if str(n).startswith("12") or "12" in station_name(n)]
    assert numbers == wanted and {12, 120, 129} <= set(numbers) and 6 in numbers  # "…straat 12"
    page.search.clear()
    qtbot.keyClicks(page.search, "regenboog")
    assert page.model.rows and all("Regenboog" in r.name for r in page.model.rows)
    assert len(page.model.rows) == 60  # every tenth station, as named by the fixture


def test_enter_in_the_search_chooses_the_station(
    screen: tuple[Shell, CoordinatorPage], qtbot: QtBot
) -> None:
    _, page = screen
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, "12")  # station 6 is shown first ("…straat 12")
    assert page.model.rows[0].number == 6 and page.detail.detail is None
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    assert page.detail.detail is not None and page.detail.detail.number == 12
    page.search.clear()
    qtbot.keyClicks(page.search, "regenboog")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # no number: the first station shown
    chosen = page.chosen_row()
    assert chosen is not None and chosen.number == page.model.rows[0].number
    assert page.detail.detail is not None and page.detail.detail.number == chosen.number


def test_the_table_reads_at_600_rows(screen: tuple[Shell, CoordinatorPage]) -> None:
    shell, page = screen
    fit.assert_fits(shell, primary=page.primary)
    model = page.model
    wanted = {
        "Nr.": "7",
        "Status": "Verschil",
        "1e invoer": "Anna de Vries",
        "2e invoer": "Bram Jansen",
    }
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = model.row_of(7)
    assert row is not None
    for header, text in wanted.items():
        assert model.index(row, headers.index(header)).data() == text
    status = model.index(row, headers.index("Status"))
    assert status.data(STATE_ROLE) == "entries_different"  # drawn as a badge: tint, ● and words
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "Verschil tussen invoer"
    long_name = model.row_of(6)
    assert long_name is not None
    name = model.index(long_name, headers.index("Stembureau"))
    assert name.data(Qt.ItemDataRole.ToolTipRole) == name.data()  # the full name on hover
    errors = model.index(model.row_of(9) or 0, headers.index("F / W"))
    assert errors.data() == "2 / 0"
    assert page.table.horizontalScrollBar().maximum() == 0


def test_the_page_refreshes_itself(
    screen: tuple[Shell, CoordinatorPage], api: AppApi, database: Path, tmp_path: Path
) -> None:
    _, page = screen
    assert page.timer.isActive() and page.timer.interval() <= 10_000
    other = open_api(tmp_path / "gsb.sqlite")  # a typist elsewhere starts station 100
    try:
        other.login("anna", "schermafdruk wachtwoord")
        other.open_entry(100)
    finally:
        other.close()
    page.timer.timeout.emit()
    assert page.tiles[EntryState.FIRST_ENTRY_IN_PROGRESS].count() == 3
