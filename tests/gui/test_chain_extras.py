"""The result page's other duties at the CSB (issue 16), through the screens: a deceased candidate
recorded (list and position typed in a dialog) is passed over and named on the page, and removed
again after a confirmation; an investigation request for a GSB is recorded, written as JSON and a PDF
into a folder, and removed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gui.pages.chain import ChainScreens, ReceivingPage, ResultPage
from gui.pages.chain.deceased import DeceasedDialog
from gui.pages.chain.requests import RequestsDialog
from kieskring.app.api import AppApi, open_local
from kieskring.app.setup import Body
from tests.chain_app.support import (
    PASSWORD,
    Clock,
    cheap_hasher,
    given,
    set_up_body,
    type_paper,
    typed_groups,
    wmw_definition,
)
from tests.chain_app.test_csb_wmw import WMW, wmw_paper
from tests.gui.screens_support import log_in, private_settings, settle
from tests.gui.world import focused, key, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def api(tmp_path: Path, wmw_dir: Path) -> Iterator[AppApi]:
    private_settings(tmp_path)
    clock = Clock(dt.datetime(2022, 3, 18, 10, 0, tzinfo=dt.UTC))
    found = open_local(
        tmp_path / "csb.sqlite", workstation="csb", hasher=cheap_hasher(), clock=clock
    )
    lists = given(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    set_up_body(found, given(wmw_definition(tmp_path, wmw_dir)), [lists], Body.CSB)
    telling = given(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    found.login("carla", PASSWORD)
    found.import_unit_file(telling, None, typed_groups(telling))
    found.logout()
    found.login("anna", PASSWORD)
    type_paper(found, WMW, wmw_paper(wmw_dir))
    found.finish_unit_entry(WMW)
    found.logout()
    yield found
    found.close()


def result_page(api: AppApi, qtbot: QtBot) -> tuple[QWidget, ResultPage, ChainScreens]:
    shell, receiving = log_in(api, "carla", PASSWORD)
    qtbot.addWidget(shell)
    assert isinstance(receiving, ReceivingPage) and isinstance(receiving.screens, ChainScreens)
    qtbot.mouseClick(receiving.result_button, Qt.MouseButton.LeftButton)
    page = receiving.screens.result
    settle()
    return shell, page, receiving.screens


def elected_text(page: ResultPage) -> str:
    return "\n".join(w.text() for w in page.body.findChildren(QLabel) if w.isVisible())


def button(page: ResultPage, name: str) -> QPushButton:
    found = page.body.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_a_deceased_candidate_is_passed_over(api: AppApi, qtbot: QtBot) -> None:
    _, page, _ = result_page(api, qtbot)
    assert "Reuvers, R.A.N. (Rob)" in elected_text(page)

    def record(dialog: QDialog) -> int:
        assert isinstance(dialog, DeceasedDialog)
        dialog.show()
        assert focused() in (dialog.list_number, dialog.list_number.lineEdit())
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("1")
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("1")
        dialog.record_button.click()
        return dialog.result()

    page.run_dialog = record
    qtbot.mouseClick(button(page, "add_deceased"), Qt.MouseButton.LeftButton)
    assert "Reuvers" in page.message.text()
    settle()
    text = elected_text(page)
    assert "Lijst 1, kandidaat 1: Reuvers" in text
    assert "met voorkeurstemmen (Kieswet P 15): Reuvers" not in text  # passed over (P 19a)
    remove = next(
        b
        for b in page.body.findChildren(QPushButton)
        if b.objectName().startswith("remove_deceased")
    )
    asked: list[str] = []
    page.ask = lambda parent, title, question, confirm: asked.append(question) or True
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert asked and "Reuvers" in asked[0]
    settle()
    assert "Er is geen overleden kandidaat vastgelegd." in elected_text(page)


def test_an_investigation_request_for_a_gsb(api: AppApi, qtbot: QtBot, tmp_path: Path) -> None:
    _, page, screens = result_page(api, qtbot)
    folder = tmp_path / "verzoeken"
    shown: list[int] = []

    def work(dialog: QDialog) -> int:
        assert isinstance(dialog, RequestsDialog)
        dialog.show()
        assert focused() is dialog.municipality
        type_text("0668", dialog.municipality)
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("3")
        dialog.reason.setFocus()
        type_text("Veel ongeldige stemmen in stembureau 3.", dialog.reason)
        dialog.assignment.setFocus()
        type_text("Tel de ongeldige stemmen opnieuw.", dialog.assignment)
        dialog.add_button.click()
        shown.append(dialog.model.rowCount())
        assert dialog.model.rows[0].station == 3
        dialog.folder.set_path(folder)
        dialog.export_button.click()
        assert "Opgeslagen" in dialog.message.text(), dialog.message.text()
        assert not dialog.remove_button.isEnabled()  # nothing chosen
        dialog.table.selectRow(0)
        dialog.remove_button.click()
        shown.append(dialog.model.rowCount())
        dialog.close_button.click()
        return dialog.result()

    screens.run_dialog = work
    qtbot.mouseClick(page.requests_button, Qt.MouseButton.LeftButton)
    assert shown == [1, 0]
    names = sorted(p.suffix for p in folder.iterdir())
    assert names == [".json", ".pdf"]
