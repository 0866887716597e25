"""The coordinator chooses to whom the differing fields go back; the names of both typists are shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.coordinator_page import CoordinatorPage
from gui.entry_page import EntryPage
from gui.main_window import MainWindow
from kieskring.app.setup import save_setup
from kieskring.app.states import EntryState
from kieskring.app.users import Role
from tests.app.support import PASSWORD, SETUP, cheap_hasher, good_paper, type_paper

pytestmark = pytest.mark.gui


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def log_in(qtbot: QtBot, window: MainWindow, username: str) -> QWidget:
    window.logout()
    window.login.username.setText(username)
    window.login.password.setText(PASSWORD)
    click(qtbot, window.login.submit)
    assert window.page is not None, window.login.message.text()
    return window.page


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """Station 1 typed by Anna and (differently, in list 1) by Bram."""
    context = AppContext.open(tmp_path / "gsb.sqlite", cheap_hasher())
    users = context.users
    admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
    save_setup(context.store, users, admin, SETUP)
    users.create_user(admin, "coord", "Coördinator", Role.COORDINATOR, PASSWORD)
    anna = users.create_user(admin, "anna", "Anna de Vries", Role.INVOERDER, PASSWORD)
    bram = users.create_user(admin, "bram", "Bram Jansen", Role.INVOERDER, PASSWORD)
    type_paper(context.entry, anna, 1, good_paper())
    context.entry.finalise(anna, 1)
    type_paper(context.entry, bram, 1, good_paper({"L1.1": 31, "L1.2": 19}))
    context.entry.finalise(bram, 1)
    main = MainWindow(context)
    qtbot.addWidget(main)
    return main


def test_send_back_to_the_second_typist_by_name(qtbot: QtBot, window: MainWindow) -> None:
    page = log_in(qtbot, window, "coord")
    assert isinstance(page, CoordinatorPage)
    page.station.setText("1")
    click(qtbot, page.buttons["send_back"])  # no choice yet: nothing happens
    assert "Toon eerst de verschillen" in page.message.text()
    assert window.context.entry.status(1).state is EntryState.ENTRIES_DIFFERENT

    click(qtbot, page.buttons["show"])
    choices = [page.send_to.itemText(i) for i in range(page.send_to.count())]
    assert choices == ["1e invoer: Anna de Vries (anna)", "2e invoer: Bram Jansen (bram)"]
    header = page.differences.horizontalHeaderItem(2)
    assert header is not None and "Bram Jansen" in header.text()
    page.send_to.setCurrentIndex(1)
    first_before = window.context.entry.entries(1)[1]
    click(qtbot, page.buttons["send_back"])
    assert "Teruggestuurd naar Bram Jansen" in page.message.text(), page.message.text()
    assert window.context.entry.status(1).state is EntryState.SECOND_ENTRY_CORRECTION
    assert window.context.entry.entries(1)[1] == first_before

    typist = log_in(qtbot, window, "anna")
    assert isinstance(typist, EntryPage)
    typist.number.setText("1")
    click(qtbot, typist.open_button)
    assert "FOUT ENTRY.HELD_BY_OTHER" in typist.message.text()
    typist = log_in(qtbot, window, "bram")
    assert isinstance(typist, EntryPage)
    typist.number.setText("1")
    click(qtbot, typist.open_button)
    assert typist.sections[typist.section_index].key == "list_1"
    assert typist.inputs["L1.1"].text() == "" and typist.inputs["L1.3"].text() == "10"


def test_a_choice_for_another_station_is_not_used(qtbot: QtBot, window: MainWindow) -> None:
    page = log_in(qtbot, window, "coord")
    assert isinstance(page, CoordinatorPage)
    page.station.setText("1")
    click(qtbot, page.buttons["show"])
    page.station.setText("2")
    click(qtbot, page.buttons["send_back"])
    assert "Toon eerst de verschillen" in page.message.text()
    assert window.context.entry.status(1).state is EntryState.ENTRIES_DIFFERENT
