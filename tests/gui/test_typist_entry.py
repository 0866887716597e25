"""The typist's screens driven by the keyboard only (docs/app.md §3.3): a whole station with a planted
error and a warning that are acknowledged, back to an earlier section, a changed value checked again,
check and finish, stopping for now both ways, a second entry that never shows the first, the fields
sent back as the only ones to type, and the home page's refusals and pause."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.pages.start import LoginPage
from gui.pages.typist.entry import REVIEW, EntryPage
from gui.pages.typist.finished import FinishedPage
from gui.pages.typist.form import TickBox
from gui.pages.typist.home import HomePage
from gui.widgets.labels import ElidedLabel
from gui.widgets.numbers import NumberField
from kieskring.app.api import AppApi
from kieskring.app.entry import DataEntry, SessionState
from kieskring.app.states import EntryState
from kieskring.app.users import Users
from kieskring.storage import Store
from tests.app.support import PASSWORD, cheap_hasher, good_paper, type_paper
from tests.gui.world import (
    BIG,
    focused,
    installation,
    key,
    press_in,
    serve,
    settle,
    shift_enter,
    type_section,
    type_text,
    when_modal,
)

pytestmark = pytest.mark.gui
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def path(tmp_path: Path) -> Path:
    installation(tmp_path / "gsb.sqlite")
    return tmp_path / "gsb.sqlite"


@pytest.fixture
def api(path: Path) -> Iterator[AppApi]:
    served = serve(path)
    yield served
    served.close()


@pytest.fixture
def window(qtbot: QtBot, api: AppApi) -> Iterator[MainWindow]:
    shown = MainWindow(api)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    shown.activateWindow()  # the keys go to this window, not one an earlier test left active
    settle()
    yield shown
    shown.idle.stop()


def services(path: Path) -> tuple[Store, DataEntry, Users]:
    store = Store(path)
    users = Users(store, cheap_hasher())
    return store, DataEntry(store, users), users


def log_in(window: MainWindow, username: str) -> HomePage:
    page = window.page()
    assert isinstance(page, LoginPage)
    type_text(username, page.username)
    key(Qt.Key.Key_Return)
    type_text(PASSWORD, page.password)
    key(Qt.Key.Key_Return)
    home = window.page()
    assert isinstance(home, HomePage), page.notice.text()
    return home


def open_station(window: MainWindow, number: int) -> EntryPage:
    """Type the number, Enter (the name appears), Enter (start)."""
    home = window.page()
    assert isinstance(home, HomePage)
    assert focused() is home.number
    type_text(str(number), home.number)
    key(Qt.Key.Key_Return)
    assert home.station_name.full_text().startswith(f"Stembureau {number} — ")
    key(Qt.Key.Key_Return)
    entry = window.page()
    assert isinstance(entry, EntryPage), home.why.text() + home.notice.text()
    return entry


def stored(path: Path, station: int, slot: int = 1) -> dict[str, int | None]:
    store, entry, _ = services(path)
    try:
        return dict(entry.entries(station)[slot].values)
    finally:
        store.close()


def state(path: Path, station: int) -> EntryState:
    store, entry, _ = services(path)
    try:
        return entry.status(station).state
    finally:
        store.close()


def marks(entry: EntryPage) -> dict[str, str]:
    assert entry.form is not None
    return {k: w.finding() for k, w in entry.form.inputs.items() if w.finding()}


def test_a_whole_station_by_keyboard_with_an_error_and_a_warning(
    window: MainWindow, path: Path
) -> None:
    log_in(window, "anna")
    entry = open_station(window, 1)
    paper = good_paper()
    planted = dict(paper["voters_votes"])
    planted["B"] = 9  # A + B ≠ D: F.201, an error (the paper may really say so)
    planted["F"], planted["E"], planted["E.1"] = 20, 82, 42  # many blank ballots: W.201
    paper["list_1"] = {"L1.1": 15, "L1.2": 17, "L1.3": 10, "L1.total": 42}
    assert entry.current == "extra_investigation"
    type_section(entry, paper["extra_investigation"])
    type_section(entry, paper["station_differences"])
    assert entry.current == "voters_votes"
    type_section(entry, planted)
    assert entry.current == "voters_votes", "not saved before the findings are acknowledged"
    box = entry.findings_box
    assert box.isVisible()
    assert [f.code for f in box.findings] == ["F.201", "W.201"]
    assert "A + B + C is niet gelijk aan D" in box.findings[0].text
    assert box.notice.isVisible()  # "Deze invoer gaat naar de coördinator."
    assert marks(entry) == {"A": "error", "B": "error", "D": "error", "F": "warning"}
    assert focused() is box.acknowledge
    key(Qt.Key.Key_Space)
    shift_enter()
    assert entry.current == "differences"
    assert entry.coordinator_note.isVisible()
    assert "coördinator" in entry.coordinator_note.text()
    assert entry.section_list.section_state("voters_votes") == "error"
    for section in ("differences", "list_1", "list_2"):
        type_section(entry, paper[section])
    assert entry.current == REVIEW
    assert entry.save_button.isEnabled() and focused() is entry.save_button
    summary = entry.panel.currentWidget().summary.text()
    assert "naar de coördinator" in summary
    shift_enter()
    done = window.page()
    assert isinstance(done, FinishedPage)
    assert done.message.text() == "Klaar. Er staan fouten in; de coördinator bekijkt deze invoer."
    assert not done.findChildren(NumberField)  # the values are no longer on screen
    key(Qt.Key.Key_Return)
    home = window.page()
    assert isinstance(home, HomePage) and focused() is home.number
    values = stored(path, 1)
    expected = {k: v for section in paper.values() for k, v in section.items()}
    expected.update(planted)
    for field, value in expected.items():
        assert (values.get(field) or 0) == (value or 0), field
    assert state(path, 1) is EntryState.FIRST_ENTRY_HAS_ERRORS


def test_a_warning_alone_is_acknowledged_and_a_changed_value_is_checked_again(
    window: MainWindow, path: Path
) -> None:
    log_in(window, "anna")
    entry = open_station(window, 2)
    paper = good_paper({"F": 20, "E": 82, "E.1": 42})  # W.201 only
    type_section(entry, paper["extra_investigation"])
    type_section(entry, paper["station_differences"])
    type_section(entry, paper["voters_votes"])
    assert [f.code for f in entry.findings_box.findings] == ["W.201"]
    assert not entry.findings_box.notice.isVisible()  # a warning does not go to the coordinator
    key(Qt.Key.Key_Space)  # checked with the paper
    key(Qt.Key.Key_Tab)
    changed = dict(paper["voters_votes"], G=2)  # then a value changes: E + F + G ≠ H
    type_section(entry, changed)
    assert entry.current == "voters_votes"
    assert [f.code for f in entry.findings_box.findings] == ["F.203", "W.201"]
    assert not entry.findings_box.acknowledged()
    key(Qt.Key.Key_Tab)
    type_section(entry, paper["voters_votes"])
    assert [f.code for f in entry.findings_box.findings] == ["W.201"]
    key(Qt.Key.Key_Space)
    shift_enter()
    assert entry.current == "differences"
    assert stored(path, 2)["G"] == paper["voters_votes"]["G"]


def test_back_to_an_earlier_section_shows_what_was_saved(window: MainWindow, path: Path) -> None:
    log_in(window, "anna")
    entry = open_station(window, 1)
    paper = good_paper()
    for section in ("extra_investigation", "station_differences", "voters_votes"):
        type_section(entry, paper[section])
    assert entry.current == "differences"
    type_section(entry, {"cmp.equal": 1, "I": 7}, save=False)  # typed, not saved
    key(Qt.Key.Key_Left, ALT)
    assert entry.current == "voters_votes"
    assert entry.form is not None
    shown = {k: w.value() for k, w in entry.form.inputs.items()}
    assert shown == {k: paper["voters_votes"].get(k) for k in shown}
    key(Qt.Key.Key_Left, ALT)
    key(Qt.Key.Key_Left, ALT)
    assert entry.current == "extra_investigation"
    assert not entry.previous_button.isEnabled()
    assert entry.previous_button.toolTip() == "Dit is de eerste sectie."
    ticks = entry.form.inputs
    assert ticks["inv.other_reason.no"].value() == 1 and ticks["inv.recounted.yes"].value() is None
    key(Qt.Key.Key_F6)  # to the section list, down to "Verschil …", Enter
    assert focused() is entry.section_list
    for _ in range(3):
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    assert entry.current == "differences"
    assert entry.form.inputs["I"].value() == 7, "what was typed and not saved is still there"
    assert not entry.section_list.rows["list_2"][0].flags() & Qt.ItemFlag.ItemIsEnabled
    assert "I" not in stored(path, 1)


def test_check_and_finish_says_what_is_missing(window: MainWindow) -> None:
    log_in(window, "anna")
    entry = open_station(window, 1)
    paper = good_paper()
    type_section(entry, paper["extra_investigation"])
    entry.choose(REVIEW)
    settle()
    assert entry.current == REVIEW
    assert not entry.save_button.isEnabled()
    assert entry.save_button.toolTip().startswith("Nog niet opgeslagen: Verschillen met")
    review = entry.panel.currentWidget()
    states = {key: badge.state for key, badge in review.badges.items()}
    assert states["extra_investigation"] == "done" and states["list_2"] == "not_started"


def test_stop_for_now_keep_for_later(window: MainWindow, path: Path) -> None:
    home = log_in(window, "anna")
    entry = open_station(window, 3)
    paper = good_paper()
    type_section(entry, paper["extra_investigation"])
    asked = when_modal(lambda d: press_in(d, Qt.Key.Key_Return))  # Enter: Annuleren (default)
    key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Stoppen met deze invoer?"] and window.page() is entry

    def keep(dialog: QWidget) -> None:
        press_in(dialog, Qt.Key.Key_Tab)  # Annuleren → Bewaren en stoppen
        press_in(dialog, Qt.Key.Key_Return)

    when_modal(keep)
    key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.page() is home
    assert "bewaard" in home.notice.text()
    assert 3 in home.resume_buttons
    assert state(path, 3) is EntryState.FIRST_ENTRY_IN_PROGRESS
    home.resume_buttons[3].click()
    settle()
    again = window.page()
    assert isinstance(again, EntryPage) and again.current == "station_differences"


def test_stop_for_now_discard(window: MainWindow, path: Path) -> None:
    home = log_in(window, "anna")
    entry = open_station(window, 3)
    type_section(entry, good_paper()["extra_investigation"])

    def discard(dialog: QWidget) -> None:
        press_in(dialog, Qt.Key.Key_Backtab)  # Annuleren → Weggooien…
        press_in(dialog, Qt.Key.Key_Return)

    def confirm(dialog: QWidget) -> None:
        assert dialog.focusWidget() is getattr(dialog, "cancel_button", None)  # Annuleren first
        press_in(dialog, Qt.Key.Key_Tab)
        press_in(dialog, Qt.Key.Key_Return)

    asked = when_modal(discard, confirm)
    key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Stoppen met deze invoer?", "Invoer weggooien?"]
    assert window.page() is home
    assert "weggegooid" in home.notice.text()
    assert state(path, 3) is EntryState.EMPTY
    assert 3 not in home.resume_buttons


def test_a_second_entry_never_shows_the_first(window: MainWindow, path: Path) -> None:
    store, service, users = services(path)
    type_paper(service, users.login("anna", PASSWORD), 1, good_paper())
    service.finalise(users.login("anna", PASSWORD), 1)
    store.close()
    log_in(window, "bram")
    entry = open_station(window, 1)
    assert entry.badge.text().endswith("2e invoer")
    assert entry.form is not None
    assert all(w.value() is None for w in entry.form.inputs.values())
    paper = good_paper({"L1.1": 31, "L1.2": 19})
    for section in ("extra_investigation", "station_differences", "voters_votes", "differences"):
        type_section(entry, paper[section])
    type_section(entry, paper["list_1"])
    codes = [f.code for f in entry.findings_box.findings]
    assert codes == ["W.001", "W.001"]
    words = " ".join(f.text + f.check for f in entry.findings_box.findings)
    assert "Verschilt van de eerste invoer" in words
    assert "30" not in words and "20" not in words  # the first entry's values stay hidden
    assert entry.form.inputs["L1.1"].value() == 31
    key(Qt.Key.Key_Space)
    shift_enter()
    type_section(entry, paper["list_2"])
    shift_enter()
    done = window.page()
    assert isinstance(done, FinishedPage)
    assert "verschillen" in done.message.text()
    assert state(path, 1) is EntryState.ENTRIES_DIFFERENT


def test_the_fields_sent_back_are_the_only_ones_to_type(window: MainWindow, path: Path) -> None:
    store, service, users = services(path)
    anna, bram = users.login("anna", PASSWORD), users.login("bram", PASSWORD)
    type_paper(service, anna, 1, good_paper())
    service.finalise(anna, 1)
    type_paper(service, bram, 1, good_paper({"L1.1": 31, "L1.2": 19}))
    service.finalise(bram, 1)
    service.send_back_differences(users.login("carla", PASSWORD), 1, 2)
    store.close()
    home = log_in(window, "bram")
    assert 1 in home.resume_buttons
    home.resume_buttons[1].click()
    settle()
    entry = window.page()
    assert isinstance(entry, EntryPage)
    assert entry.current == "list_1"
    assert entry.section_list.section_state("list_1") == "to_retype"
    form = entry.form
    assert form is not None
    assert [w.objectName() for w in form.order] == [
        form.inputs["L1.1"].objectName(),
        form.inputs["L1.2"].objectName(),
    ]
    assert form.inputs["L1.1"].value() is None  # emptied: nothing of either entry shown
    locked = form.inputs["L1.3"]
    assert isinstance(locked, NumberField) and locked.isReadOnly()
    assert locked.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert form.inputs["L1.1"].finding() == "warning"  # marked
    assert "W.002" in [f.code for f in entry.findings_box.findings]
    assert focused() is form.inputs["L1.1"]
    type_text("30")
    key(Qt.Key.Key_Return)
    type_text("20")
    shift_enter()
    assert entry.current == REVIEW  # list_2 has nothing to type again: on to check and finish
    assert focused() is entry.save_button
    shift_enter()
    done = window.page()
    assert isinstance(done, FinishedPage)
    assert "definitief" in done.message.text()
    assert state(path, 1) is EntryState.DEFINITIVE


def test_the_home_page_says_why_a_station_cannot_be_started(window: MainWindow, path: Path) -> None:
    home = log_in(window, "anna")
    type_text("99", home.number)
    key(Qt.Key.Key_Return)
    assert "ENTRY.UNKNOWN_STATION" in home.why.text() and "bestaat niet" in home.why.text()
    assert not home.start_button.isEnabled()
    key(Qt.Key.Key_Return)
    assert window.page() is home
    store, service, users = services(path)
    type_paper(service, users.login("anna", PASSWORD), 1, good_paper())
    service.finalise(users.login("anna", PASSWORD), 1)
    home.number.clear()
    type_text("1", home.number)
    key(Qt.Key.Key_Return)
    assert home.station_name.full_text() == "Stembureau 1 — Gemeentehuis"
    assert "Jij hebt de 1e invoer gedaan" in home.why.text()
    assert not home.start_button.isEnabled()
    assert home.start_button.toolTip().startswith("Jij hebt de 1e invoer gedaan")
    service.set_session_state(users.login("carla", PASSWORD), SessionState.PAUSED)
    store.close()
    home.number.clear()
    type_text("2", home.number)
    key(Qt.Key.Key_Return)
    home.refresh()
    assert home.paused.isVisible() and "Invoer gepauzeerd" in home.paused.text()
    assert home.session_badge.text().endswith("Invoer gepauzeerd")
    assert not home.start_button.isEnabled()
    key(Qt.Key.Key_Return)
    assert window.page() is home


def test_the_progress_on_the_home_page(window: MainWindow, path: Path) -> None:
    store, service, users = services(path)
    anna, bram = users.login("anna", PASSWORD), users.login("bram", PASSWORD)
    for typist in (anna, bram):
        type_paper(service, typist, 2, good_paper())
        service.finalise(typist, 2)
    store.close()
    home = log_in(window, "anna")
    assert home.progress.text.text() == ("Voortgang gemeente: 1 van 3 stembureaus definitief (33%)")
    assert (home.progress.bar.value(), home.progress.bar.maximum()) == (1, 3)


def test_a_question_is_two_ticks_and_enter_moves_on(window: MainWindow) -> None:
    log_in(window, "anna")
    entry = open_station(window, 1)
    assert entry.form is not None
    ticks = entry.form.order
    assert all(isinstance(t, TickBox) for t in ticks) and len(ticks) == 4
    assert [t.text() for t in ticks] == ["ja", "nee", "ja", "nee"]
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return)
    assert focused() is ticks[1]
    key(Qt.Key.Key_Space)  # both ticked: the paper allows it, the catalogue says F.102
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Up)
    assert focused() is ticks[1]
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Space)
    shift_enter()
    assert [f.code for f in entry.findings_box.findings] == ["F.102"]
    assert ticks[0].finding() == "error" and ticks[1].finding() == "error"


def test_a_list_page_of_50_names_follows_the_keys(qtbot: QtBot, tmp_path: Path) -> None:
    installation(tmp_path / "groot.sqlite", BIG)
    api = serve(tmp_path / "groot.sqlite")
    window = MainWindow(api)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    log_in(window, "anna")
    entry = open_station(window, 1)
    entry.choose("list_1")
    settle()
    form = entry.form
    assert form is not None and form.total is not None and form.sum is not None
    names = [label.text() for label in form.body.findChildren(QLabel)]
    assert (
        "Kandidaat-Achternaam50, V.W.X. (Voornaam50)"
        in " ".join(w.full_text() for w in form.body.findChildren(ElidedLabel))
        and "Nr." in names
    )
    viewport = form.scroller.viewport()
    for position in range(1, 41):  # Enter down the list: the field with the focus stays in view
        field = focused()
        assert field is form.inputs[f"L1.{position}"]
        type_text("2")
        top = field.mapTo(viewport, field.rect().topLeft()).y()
        assert top >= 0 and top + field.height() <= viewport.height(), position
        key(Qt.Key.Key_Return)
    assert form.sum.text() == "80"
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # Shift+↓: to the list total
    assert focused() is form.total
    type_text("80")
    shift_enter()
    codes = [f.code for f in entry.findings_box.findings]
    assert codes == ["F.403"]  # the total agrees with the names, not with E.1 (not typed yet)
    window.close()
    api.close()
