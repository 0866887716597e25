"""The lot through the screens (issue 16): a generated election with ties (``uitslag fixtures generate
tiny --ties``) at a CSB. The result page says the calculation waits for a lot and names what was
asked; the coordinator chooses the outcome drawn in the room in the lot dialog (the core's options);
a typist, with another account, chooses it again from the typist's home; the lot is recorded and the
calculation runs on to the next lot. Withdrawing the lots asks for a reason and the first lot is
asked again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.pages.chain import ChainTypistHome, ReceivingPage, ResultPage
from gui.pages.chain.common import TextDialog
from gui.pages.chain.lot import LotDialog
from gui.pages.start import LoginPage
from kieskring.app.api import AppApi, open_local
from tests.chain_app.support import PASSWORD, Clock, cheap_hasher
from tests.chain_app.test_csb_lots import receive_everything
from tests.gui.screens_support import private_settings
from tests.gui.world import focused, key, settle, type_text

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def ties(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kieskring.cli import main as uitslag

    folder = tmp_path_factory.mktemp("ties")
    command = ["fixtures", "generate", "tiny", "--seed", "1", "--ties", "--out", str(folder)]
    assert uitslag(command) == 0
    return folder


@pytest.fixture
def api(tmp_path: Path, ties: Path) -> Iterator[AppApi]:
    private_settings(tmp_path)
    clock = Clock(dt.datetime(2029, 3, 23, 10, 0, tzinfo=dt.UTC))
    found = open_local(
        tmp_path / "csb.sqlite", workstation="csb", hasher=cheap_hasher(), clock=clock
    )
    receive_everything(found, ties)
    found.logout()
    yield found
    found.close()


@pytest.fixture
def window(qtbot: QtBot, api: AppApi) -> Iterator[MainWindow]:
    shown = MainWindow(api)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    settle()
    yield shown
    shown.idle.stop()


def log_in(window: MainWindow, username: str) -> object:
    page = window.page()
    assert isinstance(page, LoginPage)
    type_text(username, page.username)
    key(Qt.Key.Key_Return)
    type_text(PASSWORD, page.password)
    key(Qt.Key.Key_Return)
    return window.page()


def result_page(window: MainWindow, qtbot: QtBot) -> ResultPage:
    receiving = log_in(window, "carla")
    assert isinstance(receiving, ReceivingPage)
    qtbot.mouseClick(receiving.result_button, Qt.MouseButton.LeftButton)
    page = window.page()
    assert isinstance(page, ResultPage)
    settle()
    return page


def choose(option: int, seen: list[list[str]]) -> Callable[[QDialog], int]:
    """Answer the lot dialog by keyboard: the focus is on the first option; Down to ``option``,
    Space, then the record button."""

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, LotDialog)
        dialog.show()
        seen.append([b.text() for b in dialog.options.buttons()])
        assert not dialog.record_button.isEnabled()  # nothing chosen yet
        assert focused() is dialog.options.button(0)
        for _ in range(option - 1):
            key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Space)
        assert dialog.options.checkedId() == option - 1
        dialog.record_button.click()
        return dialog.result()

    return answer


def test_a_lot_is_typed_by_two_people_through_the_screens(window: MainWindow, qtbot: QtBot) -> None:
    page = result_page(window, qtbot)
    assert page.lot_banner.isVisible()
    assert "loting 1" in page.lot_text.text() and "Kieswet P 8" in page.lot_text.text()
    assert not page.outputs_button.isEnabled() and page.outputs_button.toolTip()
    seen: list[list[str]] = []
    page.run_dialog = choose(2, seen)
    qtbot.mouseClick(page.lot_button, Qt.MouseButton.LeftButton)
    assert seen[0][0].startswith("Lijst 1: ") and seen[0][1].startswith("Lijst 2: ")
    assert "tweede persoon" in page.message.text()
    assert "Carla" in page.lot_text.text()  # who typed, never what
    assert "Lijst 2" not in page.lot_text.text()
    window.logout()

    home = log_in(window, "anna")
    assert isinstance(home, ChainTypistHome)
    assert home.lot_button.isVisible() and "loting 1" in home.lot_text.text()
    home.run_dialog = choose(2, seen)
    qtbot.mouseClick(home.lot_button, Qt.MouseButton.LeftButton)
    assert "vastgelegd" in home.message.text()
    assert "loting 2" in home.lot_text.text()  # the calculation ran on to the next lot
    window.logout()

    page = result_page(window, qtbot)
    assert "loting 2" in page.lot_text.text() and "Kieswet P 15" in page.lot_text.text()
    lots = page.body.findChild(QDialog)  # no dialog left behind in the page
    assert lots is None
    texts = "\n".join(w.text() for w in page.body.findChildren(type(page.lot_text)))
    assert "Loting 1 (Kieswet P 8" in texts and "Anna Invoerder" in texts

    def withdraw(dialog: QDialog) -> int:
        assert isinstance(dialog, TextDialog)
        dialog.show()
        assert not dialog.confirm_button.isEnabled()  # a reason is required
        type_text("De invoer is veranderd.", dialog.field)
        dialog.confirm_button.click()
        return dialog.result()

    page.run_dialog = withdraw
    button = next(
        b
        for b in page.body.findChildren(type(page.lot_button))
        if b.objectName() == "withdraw_lots"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "ingetrokken" in page.message.text()
    assert "loting 1" in page.lot_text.text()
