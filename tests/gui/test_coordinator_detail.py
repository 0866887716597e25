"""A station beside the table (docs/app.md §3.4): both entries by field label with the differences
marked; a difference resolved by sending only the differing fields to the typist the button names
(who re-types them, and the station becomes definitive); an error sent back; a discard confirmed
with "Annuleren" as default; a reopen with a reason (logged); the explanation of a warning saved; an
entry a typist holds open released with a reason (logged), by keyboard."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fixtures.app_states import PASSWORD, paper
from gui import theme
from gui.pages.coordinator import CoordinatorPage
from gui.pages.coordinator.detail import ReasonDialog
from gui.widgets import ConfirmDialog
from kieskring.app.api import AppApi, EntryState

from .screens_support import copy_installation, installation, log_in, open_api, private_settings
from .test_coordinator_dashboard import MIX
from .world import key as press
from .world import press_in, tab_to, when_modal

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return installation(tmp_path_factory.mktemp("gsb"), MIX, stations=40)


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
def page(api: AppApi, qtbot: QtBot) -> CoordinatorPage:
    shell, found = log_in(api, "carla")
    qtbot.addWidget(shell)
    assert isinstance(found, CoordinatorPage)
    return found


def state_of(page: CoordinatorPage, station: int) -> EntryState:
    row = page.model.row_of(station)
    if row is None:
        page.search.clear()
        page.show_filter.setCurrentIndex(0)
        row = page.model.row_of(station)
    assert row is not None
    return page.model.rows[row].state.key


def flat(values: dict[str, dict[str, int | None]]) -> dict[str, int | None]:
    return {key: value for section in values.values() for key, value in section.items()}


def test_a_difference_goes_to_the_typist_the_button_names(
    page: CoordinatorPage, path: Path, qtbot: QtBot
) -> None:
    assert page.show_station(7)
    detail = page.detail
    first, second = flat(paper(107)), flat(paper(113))  # what the fixture had Anna and Bram type
    differing = {key for key in first if first[key] != second[key]}
    shown = {m.row.key: m for m in detail.model.rows}
    assert set(shown) == differing and detail.only_differences.isChecked()
    for key, marked in shown.items():
        assert (marked.row.first, marked.row.second) == (first[key], second[key])
        assert marked.mark == "differs"
        label = detail.model.index(detail.model.row_of(key) or 0, 0).data()
        assert label and label != key  # by the paper's label, not the bare code
    assert (
        detail.model.index(detail.model.row_of("L1.1") or 0, 0).data() == "Lijst 1 · 1 Peters, H.J."
    )
    qtbot.mouseClick(detail.only_differences, Qt.MouseButton.LeftButton)
    assert detail.model.rowCount() > len(differing)  # every field, the differing ones marked
    buttons = detail.buttons()
    send = buttons["send_back_second"]
    assert "Bram Jansen" in send.text() and "Anna de Vries" in buttons["send_back_first"].text()
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert state_of(page, 7) is EntryState.SECOND_ENTRY_CORRECTION
    assert detail.badge.text().endswith("2e invoer wordt gecorrigeerd")

    bram = open_api(path)  # Bram, at another table, re-types only what differed
    try:
        bram.login("bram", PASSWORD)
        opened = bram.open_entry(7)
        assert set(opened.to_retype) == differing
        for section, values in paper(107).items():
            again = {k: v for k, v in values.items() if k in differing}
            if again:
                assert bram.save_section(7, section, again, acknowledged=True).saved
        assert bram.finish_entry(7).state.key is EntryState.DEFINITIVE
    finally:
        bram.close()
    page.refresh()
    assert state_of(page, 7) is EntryState.DEFINITIVE
    assert page.tiles[EntryState.DEFINITIVE].count() == 7


def test_an_error_is_sent_back_to_its_typist(page: CoordinatorPage, qtbot: QtBot) -> None:
    assert page.show_station(9)
    detail = page.detail
    findings = [
        w.accessibleName()
        for w in detail.findChildren(QWidget)
        if w.property("kind") == "finding-line"
    ]
    assert any("F.402" in text and "Lijsttotaal" in text for text in findings)
    marked = {m.row.key: m.mark for m in detail.model.rows}
    assert marked.get("L1.total") == "error" and detail.compare.isColumnHidden(2)
    send = detail.buttons()["errors_send_back"]
    assert send.text() == "Terugsturen naar Anna de Vries"
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert state_of(page, 9) is EntryState.FIRST_ENTRY_IN_PROGRESS


def test_a_discard_asks_first_with_annuleren_as_default(
    page: CoordinatorPage, qtbot: QtBot
) -> None:
    asked: list[ConfirmDialog] = []

    def answer(yes: bool):  # type: ignore[no-untyped-def]
        def ask(parent: QWidget, title: str, question: str, confirm_text: str) -> bool:
            dialog = ConfirmDialog(parent, title, question, confirm_text)
            asked.append(dialog)
            assert dialog.cancel_button.isDefault() and dialog.cancel_button.text() == "Annuleren"
            assert "Stembureau 10" in question
            return yes

        return ask

    assert page.show_station(10)
    page.detail.ask = answer(False)
    qtbot.mouseClick(page.detail.buttons()["errors_discard"], Qt.MouseButton.LeftButton)
    assert asked and state_of(page, 10) is EntryState.FIRST_ENTRY_HAS_ERRORS
    page.detail.ask = answer(True)
    qtbot.mouseClick(page.detail.buttons()["errors_discard"], Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and state_of(page, 10) is EntryState.EMPTY


def test_reopen_asks_a_reason_and_logs_it(page: CoordinatorPage, path: Path, qtbot: QtBot) -> None:
    assert page.show_station(1)
    reasons: list[str | None] = [None, "Verkeerd papier ingevoerd"]
    page.detail.ask_reason = lambda parent, station: reasons.pop(0)
    reopen = page.detail.buttons()["reopen"]
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)  # no reason given: nothing happens
    assert state_of(page, 1) is EntryState.DEFINITIVE
    qtbot.mouseClick(page.detail.buttons()["reopen"], Qt.MouseButton.LeftButton)
    assert state_of(page, 1) is EntryState.EMPTY
    conn = sqlite3.connect(path)
    payloads = [
        r[0] for r in conn.execute("SELECT payload FROM audit_log WHERE action = 'entry.reopen'")
    ]
    conn.close()
    assert any("Verkeerd papier ingevoerd" in p for p in payloads)


def test_the_reason_dialog_needs_a_reason(qtbot: QtBot) -> None:
    dialog = ReasonDialog(None, "Stembureau 1 — Gemeentehuis")
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.isDefault() and not dialog.confirm_button.isEnabled()
    assert dialog.confirm_button.toolTip() == "Schrijf eerst de reden op."
    qtbot.keyClicks(dialog.reason, "  ")
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Telling opnieuw gedaan")
    assert dialog.confirm_button.isEnabled() and dialog.text() == "Telling opnieuw gedaan"


def test_the_explanation_of_a_warning_is_saved(
    page: CoordinatorPage, api: AppApi, qtbot: QtBot
) -> None:
    assert page.show_station(6)
    detail = page.detail
    assert detail.explanation_box.isVisible()
    lines = [
        w.accessibleName()
        for w in detail.explanation_box.findChildren(QWidget)
        if w.property("kind") == "finding-line"
    ]
    assert any("W.201" in line for line in lines)
    detail.explanation.setFocus()
    qtbot.keyClicks(detail.explanation, "Veel blanco: een actie van een partij.")
    qtbot.keyClick(detail.explanation, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(  # a button's shortcut clicks it a moment later
        lambda: api.station_detail(6).explanation == "Veel blanco: een actie van een partij."
    )
    assert "opgeslagen" in detail.message.text()


def test_every_unavailable_action_says_why(page: CoordinatorPage) -> None:
    for station in (1, 6, 7, 9, 12, 15, 30):
        assert page.show_station(station)
        for button in page.detail.buttons().values():
            assert button.isEnabled() or button.toolTip()
    assert page.show_station(30)  # not entered yet: nothing to decide
    assert page.detail.buttons() == {}


def test_an_open_entry_is_released_with_a_reason_by_keyboard(
    page: CoordinatorPage, path: Path, qtbot: QtBot
) -> None:
    assert page.show_station(15)  # Anna's first entry, open (her laptop crashed)
    release = page.detail.buttons()["release"]
    assert release.text() == "Invoer van Anna de Vries vrijgeven…" and release.isEnabled()
    assert page.show_station(14)  # Bram's second entry, open
    assert page.detail.buttons()["release"].text() == "Invoer van Bram Jansen vrijgeven…"
    assert page.show_station(1)  # definitive: nothing to release
    assert "release" not in page.detail.buttons()
    assert page.show_station(15)

    def reach_release() -> None:
        press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # to the table, then Tab on
        tab_to("action_release")

    reach_release()
    titles = when_modal(lambda dialog: press_in(dialog, Qt.Key.Key_Escape))
    press(Qt.Key.Key_Space)
    assert titles == ["Invoer van Anna de Vries vrijgeven"]
    assert state_of(page, 15) is EntryState.FIRST_ENTRY_IN_PROGRESS  # cancelled

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog) and dialog.cancel_button.isDefault()
        assert dialog.focusWidget() is dialog.reason
        QTest.keyClicks(dialog.reason, "Laptop van Anna vastgelopen")
        press_in(dialog, Qt.Key.Key_Tab)  # to "Annuleren"
        press_in(dialog, Qt.Key.Key_Tab)  # to "Vrijgeven"
        assert dialog.focusWidget() is dialog.confirm_button
        press_in(dialog, Qt.Key.Key_Space)

    reach_release()
    titles = when_modal(give_reason)
    press(Qt.Key.Key_Space)
    assert titles == ["Invoer van Anna de Vries vrijgeven"]
    assert state_of(page, 15) is EntryState.EMPTY
    assert "release" not in page.detail.buttons()
    assert "vrijgeven" in page.detail.message.text()
    conn = sqlite3.connect(path)
    payloads = [
        r[0] for r in conn.execute("SELECT payload FROM audit_log WHERE action = 'entry.release'")
    ]
    conn.close()
    assert any("Laptop van Anna vastgelopen" in p for p in payloads)
