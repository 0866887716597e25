"""The stations before data entry (docs/app.md §3.2): added, changed and removed through the table's
dialog, each change saved at once; once data entry has started every change is refused and the
buttons say why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from fixtures.app_states import PASSWORD, Mix
from gui import theme
from gui.pages.admin import AdminHome, AdminScreens
from gui.pages.admin.stations import StationDialog
from gui.widgets import Shell
from kieskring.app.api import AppApi
from tests.gui import fit

from .screens_support import copy_installation, installation, log_in, open_api, private_settings

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return installation(tmp_path_factory.mktemp("gsb"), Mix(), stations=12)


@pytest.fixture
def path(database: Path, tmp_path: Path, qapp: QApplication) -> Path:
    theme.apply(qapp)
    private_settings(tmp_path)
    return copy_installation(database, tmp_path)


@pytest.fixture
def api(path: Path) -> Iterator[AppApi]:
    found = open_api(path)
    yield found
    found.close()


@pytest.fixture
def screens(api: AppApi, qtbot: QtBot) -> tuple[Shell, AdminScreens]:
    shell, page = log_in(api, "beheer")
    qtbot.addWidget(shell)
    assert isinstance(page, AdminHome) and isinstance(page.screens, AdminScreens)
    page.screens.open_stations()
    return shell, page.screens


def typing(qtbot: QtBot, number: str, name: str, voters: str):  # type: ignore[no-untyped-def]
    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, StationDialog)
        for field, text in ((dialog.number, number), (dialog.name, name), (dialog.voters, voters)):
            field.selectAll()
            field.del_()
            qtbot.keyClicks(field, text)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    return fill


def test_add_change_and_remove_before_data_entry(
    screens: tuple[Shell, AdminScreens], api: AppApi, qtbot: QtBot
) -> None:
    shell, found = screens
    page = found.stations
    assert page.model.rowCount() == 12
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=page.primary, size=size)
    page.run_dialog = typing(qtbot, "13", "Buurthuis De Linde", "840")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [(s.number, s.name, s.eligible_voters) for s in api.station_list().stations][-1] == (
        13,
        "Buurthuis De Linde",
        840,
    )
    page.run_dialog = typing(qtbot, "13", "Buurthuis De Linde (zaal 2)", "")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert api.station_list().stations[-1].name == "Buurthuis De Linde (zaal 2)"
    assert api.station_list().stations[-1].eligible_voters is None
    page.run_dialog = typing(qtbot, "1", "Dubbel", "")  # number 1 exists already
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "SETUP.STATIONS" in page.message.text() and len(api.station_list().stations) == 13
    answers = [False, True]
    page.ask = lambda parent, title, question, confirm_text: answers.pop(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # "Annuleren"
    assert len(api.station_list().stations) == 13
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(api.station_list().stations) == 12 and "verwijderd" in page.message.text()


def test_refused_once_data_entry_started(screens: tuple[Shell, AdminScreens], path: Path) -> None:
    _, found = screens
    typist = open_api(path)
    try:
        typist.login("anna", PASSWORD)
        typist.open_entry(3)
    finally:
        typist.close()
    page = found.stations
    page.refresh()
    for button in (page.add_button, page.edit_button, page.remove_button):
        assert not button.isEnabled() and "begonnen" in button.toolTip()
    assert "begonnen" in page.message.text()
    found.show_home()
    assert "begonnen" in found.home.status["stations"].text()
    assert not found.home.buttons["setup"].isEnabled()


def test_a_wrong_typed_station_is_not_saved(
    screens: tuple[Shell, AdminScreens], qtbot: QtBot
) -> None:
    _, found = screens
    page = found.stations
    dialog = StationDialog(None, "Stembureau toevoegen", None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.number, "12a")  # digits only
    assert dialog.number.text() == "12"
    assert dialog.station() is not None and dialog.station().name == ""  # type: ignore[union-attr]
    before = page.model.rowCount()
    page.run_dialog = typing(qtbot, "20", " ", "")  # a name left empty
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "SETUP.STATION_NAME" in page.message.text() and page.model.rowCount() == before
