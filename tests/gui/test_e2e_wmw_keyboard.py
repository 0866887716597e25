"""West Maas en Waal 2022 from end to end through the real window, keyboard only (issue 13): the
administrator's set-up from a 110a (none was published: tests/app writes it), the real 230b and the
real 510b (the stations) is done through the services;
then in one :class:`~gui.main_window.MainWindow` at 1366×768 two typists type all 21 stations from
the real counts, with every key sent to the widget that has the focus:

- Anna plants an error (a list total one higher than its candidates): she sees it in the findings box,
  ticks "gecontroleerd" with Space, saves and finishes; the coordinator sends it back; she corrects
  the list total and finishes; Bram's second entry makes the station definitive;
- Bram plants a difference (two candidates' votes swapped, the totals still right): the coordinator
  keeps the first entry and sends only the differing fields to Bram, who re-types just those;
- the coordinator finishes the session — the plausibility signals of the real counts first, each
  marked "in orde" with a reason — and makes the outputs (the folder pasted, Ctrl+V); the 510b
  written is read back with the project's EML reader and its totals — per list, per candidate, per
  station and for the municipality — equal the Kiesraad's own 510b.

The coordinator reaches a station by its number (Ctrl+F, the number, Enter) and its actions by Tab.

Skipped with the reason when ../shared (the real files) is absent."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui import theme
from gui.main_window import MainWindow
from gui.pages.coordinator import CoordinatorPage
from gui.pages.coordinator.outputs import OutputsDialog, OutputsPage
from gui.pages.coordinator.signals import SignalsPage
from gui.pages.start import LoginPage
from gui.pages.typist.entry import REVIEW, EntryPage
from gui.pages.typist.finished import FinishedPage
from gui.pages.typist.home import HomePage
from gui.widgets import ConfirmDialog
from gui.widgets.tables import selected_row
from kieskring.app.api import AppApi, EntryState, open_local
from kieskring.app.api.admin import FileData, SetupRequest
from kieskring.app.import_eml import DefinitionFiles, paper_from_counts, setup_from_definition
from kieskring.app.setup import Counting
from kieskring.app.users import Role
from kieskring.eml.arithmetic import flat_fields
from kieskring.eml.read_510 import read_510
from tests.app.support import PASSWORD, Paper, cheap_hasher
from tests.app.test_api import KEY_PASSPHRASE, typed_groups
from tests.app.test_setup_definitions import WMW_LISTS, WMW_TELLING, wmw_definition

from .screens_support import private_settings
from .world import focused, key, press_in, shift_enter, tab_to, type_section, type_text, when_modal

pytestmark = pytest.mark.gui

ERROR_STATION = 3
DIFFERENCE_STATION = 7


def set_up(api: AppApi, definition: Path, wmw_dir: Path) -> None:
    """The administrator's part, through the services: the election from the 110a, the real 230b
    (fingerprints typed from paper) and the stations from the real 510b; the signing key; the
    accounts."""
    api.create_administrator("beheer", "Beheerder", PASSWORD, PASSWORD)
    api.login("beheer", PASSWORD)
    files = [
        FileData(path.name, path.read_bytes())
        for path in (definition, wmw_dir / WMW_LISTS, wmw_dir / WMW_TELLING)
    ]
    code = api.inspect_definition(files[0]).municipalities[0].code
    request = SetupRequest(
        files[0], files[1], files[2], "", code, Counting.CSO,
        typed_groups(files[0]), typed_groups(files[1]),
    )  # fmt: skip
    assert api.save_setup(request).stations == 21
    api.create_signing_key(KEY_PASSPHRASE, KEY_PASSPHRASE)
    for name, full, role in (
        ("anna", "Anna de Vries", Role.INVOERDER),
        ("bram", "Bram Bos", Role.INVOERDER),
        ("carla", "Carla Peters", Role.COORDINATOR),
    ):
        api.add_user(name, full, role, PASSWORD, PASSWORD)
    api.logout()


def papers(definition: Path, wmw_dir: Path) -> dict[int, Paper]:
    """Every station's paper as the Kiesraad's 510b counted it."""
    setup = setup_from_definition(
        DefinitionFiles(definition, wmw_dir / WMW_LISTS, wmw_dir / WMW_TELLING)
    )
    count = read_510(wmw_dir / WMW_TELLING)
    return {int(u.id.rsplit("SB", 1)[1]): paper_from_counts(setup, u.counts) for u in count.units}


@pytest.fixture
def world(
    tmp_path: Path, wmw_dir: Path, qapp: QApplication
) -> Iterator[tuple[AppApi, dict[int, Paper]]]:
    theme.apply(qapp)
    private_settings(tmp_path)
    definition = wmw_definition(tmp_path, wmw_dir)
    api = open_local(tmp_path / "gsb.sqlite", workstation="tafel-1", hasher=cheap_hasher())
    set_up(api, definition, wmw_dir)
    yield api, papers(definition, wmw_dir)
    api.close()


# -- keyboard steps ---------------------------------------------------------------------------------


def log_in(window: MainWindow, username: str) -> None:
    """User name, Enter, password, Enter."""
    page = window.page()
    assert isinstance(page, LoginPage)
    type_text(username, page.username)
    key(Qt.Key.Key_Return)
    type_text(PASSWORD, page.password)
    key(Qt.Key.Key_Return)
    assert not isinstance(window.page(), LoginPage), page.notice.text()


def log_out(window: MainWindow) -> None:
    """Ctrl+L."""
    key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.page(), LoginPage)


def open_station(window: MainWindow, station: int) -> EntryPage:
    """The number, Enter (the name appears), Enter (start or resume)."""
    home = window.page()
    assert isinstance(home, HomePage)
    type_text(str(station), home.number)
    key(Qt.Key.Key_Return)
    assert home.lookup is not None and home.lookup.can_start, home.why.text()
    key(Qt.Key.Key_Return)
    entry = window.page()
    assert isinstance(entry, EntryPage), (home.why.text(), home.notice.text())
    return entry


def save_acknowledging(entry: EntryPage, paper: Paper) -> tuple[str, ...]:
    """Type the section on screen from ``paper`` and save it; when the findings box asks, tick
    "gecontroleerd" (Space, the focus is on it) and save again. Returns the codes shown."""
    section = entry.current
    assert section is not None and section != REVIEW
    type_section(entry, paper[section])
    if entry.current != section:
        return ()
    box = entry.findings_box
    assert box.isVisible(), entry.alert.text()
    codes = tuple(f.code for f in box.findings)
    assert box.notice.isVisible() == box.has_errors()  # "Deze invoer gaat naar de coördinator."
    assert focused() is box.acknowledge
    key(Qt.Key.Key_Space)
    shift_enter()
    assert entry.current != section, entry.alert.text()
    return codes


def finish(window: MainWindow, entry: EntryPage) -> FinishedPage:
    """On "Controleren en afronden": Shift+Enter finishes; the next page says what happens next."""
    assert entry.current == REVIEW and focused() is entry.save_button, entry.alert.text()
    shift_enter()
    done = window.page()
    assert isinstance(done, FinishedPage), entry.alert.text()
    return done


def type_station(window: MainWindow, station: int, paper: Paper) -> tuple[FinishedPage, set[str]]:
    """Open ``station``, type every section still to type, finish; back home with Enter."""
    entry = open_station(window, station)
    codes: set[str] = set()
    while entry.current != REVIEW:
        codes.update(save_acknowledging(entry, paper))
    done = finish(window, entry)
    key(Qt.Key.Key_Return)
    assert isinstance(window.page(), HomePage)
    return done, codes


def choose_station(page: CoordinatorPage, station: int) -> None:
    """Ctrl+F, the number, Enter: the station with that number is chosen, its detail beside the
    table, the focus in the table."""
    key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(str(station), page.search)
    key(Qt.Key.Key_Return)
    assert focused() is page.table
    assert page.detail.detail is not None and page.detail.detail.number == station


def press_action(page: CoordinatorPage, action: str) -> None:
    """Tab from the table to the detail's action button and press Space."""
    tab_to(f"action_{action}")
    key(Qt.Key.Key_Space)


def coordinator_sends_back(
    window: MainWindow, station: int, action: str, after: EntryState
) -> None:
    """Carla logs in, chooses ``station`` and presses ``action`` (no confirmation: it is undone by
    typing); the table shows the state ``after``; she logs out."""
    log_in(window, "carla")
    page = window.page()
    assert isinstance(page, CoordinatorPage)
    choose_station(page, station)
    press_action(page, action)
    assert "Gedaan" in page.detail.message.text(), page.detail.message.text()
    chosen = page.chosen_row()
    assert chosen is not None and chosen.number == station and chosen.state.key is after
    log_out(window)


def agree(dialog: QWidget) -> None:
    """A question with "Annuleren" as the default: Tab to the confirming button, Space."""
    assert isinstance(dialog, ConfirmDialog) and dialog.cancel_button.isDefault()
    press_in(dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.confirm_button
    press_in(dialog, Qt.Key.Key_Space)


def deal_with_signals(page: SignalsPage) -> int:
    """Every signal still open: Ctrl+T to the table, ↓ to it, Tab to "Waarom is dit in orde?", the
    reason, Tab to "Is in orde — opslaan", Space. Returns how many there were."""
    dealt = 0
    while (todo := [i for i, s in enumerate(page.model.rows) if not s.handled]) and dealt < 50:
        key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        assert focused() is page.table
        while (selected_row(page.table) or 0) < todo[0]:
            key(Qt.Key.Key_Down)
        assert selected_row(page.table) == todo[0]
        tab_to(page.detail.note.objectName())
        type_text("Nagekeken op het papier: de getallen kloppen.")
        key(Qt.Key.Key_Tab)
        assert focused() is page.detail.note_button
        key(Qt.Key.Key_Space)
        assert page.model.rows[todo[0]].handled, page.message.text()
        dealt += 1
    assert page.view is not None and page.view.open == 0
    return dealt


def finish_session(window: MainWindow, api: AppApi) -> tuple[CoordinatorPage, int]:
    """Carla finishes the session: Tab to "Zitting afronden…", Space. With signals still open (the
    services say how many) the signals page comes first: she deals with each and finishes there.
    The question is answered by keyboard; back on the dashboard "Uitvoer maken…" is the primary
    action. Returns the page and the number of signals."""
    log_in(window, "carla")
    page = window.page()
    assert isinstance(page, CoordinatorPage)
    assert page.board is not None and page.board.progress.definitive == 21
    open_signals = api.signals().open  # the test's own look: is a question or the signals next?
    tab_to("finish")
    if open_signals:
        key(Qt.Key.Key_Space)
        signals = window.page()
        assert isinstance(signals, SignalsPage)
        assert deal_with_signals(signals) == open_signals
        tab_to("signals_finish")
    asked = when_modal(agree)
    key(Qt.Key.Key_Space)
    assert asked == ["Zitting afronden"], asked
    assert window.page() is page and page.finish_button.property("action") == "outputs"
    return page, open_signals


def make_outputs(window: MainWindow, page: CoordinatorPage, folder: Path) -> OutputsPage:
    """ "Uitvoer maken…" (Space, the focus stays on the button): the passphrase (the focus is there),
    Tab to the folder field, paste the folder (Ctrl+V; paths are pasted, never typed), Enter makes
    and saves the files."""
    QApplication.clipboard().setText(str(folder))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OutputsDialog)
        assert dialog.focusWidget() is dialog.passphrase
        QTest.keyClicks(dialog.passphrase, KEY_PASSPHRASE)
        press_in(dialog, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.folder.field, dialog.focusWidget().objectName()
        press_in(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        press_in(dialog, Qt.Key.Key_Return)

    tab_to("finish")
    made = when_modal(fill)
    key(Qt.Key.Key_Space)
    assert made == ["Uitvoer maken"], made
    outputs = window.page()
    assert isinstance(outputs, OutputsPage), type(outputs)
    return outputs


# -- the evening ------------------------------------------------------------------------------------


def swapped(paper: Paper) -> tuple[Paper, str, str]:
    """``paper`` with the votes of two candidates of one list swapped (totals unchanged): the keys."""
    for section, values in paper.items():
        if not section.startswith("list_"):
            continue
        keys = [k for k in values if not k.endswith(".total")]
        for first, second in pairwise(keys):
            if values[first] != values[second]:
                changed = {**values, first: values[second], second: values[first]}
                return {**paper, section: changed}, first, second
    raise AssertionError("no two candidates with different votes")


def with_wrong_total(paper: Paper) -> Paper:
    """``paper`` with list 1's total one higher than its candidates' votes (F.402 and more)."""
    page = dict(paper["list_1"])
    page["L1.total"] = (page["L1.total"] or 0) + 1
    return {**paper, "list_1": page}


def test_west_maas_en_waal_typed_twice_by_keyboard(
    world: tuple[AppApi, dict[int, Paper]], wmw_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    api, wanted = world
    assert len(wanted) == 21
    window = MainWindow(api)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)

    log_in(window, "anna")
    for station, paper in wanted.items():
        planted = with_wrong_total(paper) if station == ERROR_STATION else paper
        done, codes = type_station(window, station, planted)
        if station == ERROR_STATION:
            assert any(c.startswith("F.") for c in codes), codes  # seen in the findings box
            assert done.finished.state.key is EntryState.FIRST_ENTRY_HAS_ERRORS
        else:
            assert done.finished.state.key is EntryState.FIRST_ENTRY_FINALISED, station
    log_out(window)

    coordinator_sends_back(
        window, ERROR_STATION, "errors_send_back", EntryState.FIRST_ENTRY_IN_PROGRESS
    )
    log_in(window, "anna")
    entry = open_station(window, ERROR_STATION)
    assert entry.current == "list_1"  # the section with the error comes first
    while entry.current != REVIEW:
        assert not save_acknowledging(entry, wanted[ERROR_STATION])  # corrected: nothing found
    assert finish(window, entry).finished.state.key is EntryState.FIRST_ENTRY_FINALISED
    key(Qt.Key.Key_Return)
    log_out(window)

    log_in(window, "bram")
    different, one, other = swapped(wanted[DIFFERENCE_STATION])
    for station, paper in wanted.items():
        planted = different if station == DIFFERENCE_STATION else paper
        done, _ = type_station(window, station, planted)
        expected = (
            EntryState.ENTRIES_DIFFERENT if station == DIFFERENCE_STATION else EntryState.DEFINITIVE
        )
        assert done.finished.state.key is expected, station
    log_out(window)

    coordinator_sends_back(
        window, DIFFERENCE_STATION, "send_back_second", EntryState.SECOND_ENTRY_CORRECTION
    )
    log_in(window, "bram")
    entry = open_station(window, DIFFERENCE_STATION)
    assert entry.pending == {one, other}  # only the differing fields are to be typed again
    while entry.current != REVIEW:
        save_acknowledging(entry, wanted[DIFFERENCE_STATION])
    assert finish(window, entry).finished.state.key is EntryState.DEFINITIVE
    key(Qt.Key.Key_Return)
    log_out(window)

    page, signals = finish_session(window, api)
    assert signals > 0  # the real counts give some: each was dealt with by keyboard
    usb = tmp_path / "usb"
    make_outputs(window, page, usb)
    compare_with_the_kiesraad(usb, wmw_dir)


def compare_with_the_kiesraad(folder: Path, wmw_dir: Path) -> None:
    """The 510b written equals the Kiesraad's: the municipality's and every station's totals, per
    list and per candidate."""
    ours = read_510(next(folder.glob("*.eml.xml")))
    real = read_510(wmw_dir / WMW_TELLING)

    def counted(fields: dict[str, int]) -> dict[str, int]:
        return {
            k: v
            for k, v in fields.items()
            if k.startswith("lijst")
            or k in ("TotalCounted", "blanco", "ongeldig", "toegelaten kiezers")
        }

    assert counted(flat_fields(ours.total)) == counted(flat_fields(real.total))
    by_station = {u.id.rsplit("SB", 1)[1]: u for u in ours.units}
    assert len(by_station) == len(real.units) == 21
    for unit in real.units:
        mine = by_station[unit.id.rsplit("SB", 1)[1]]
        assert counted(flat_fields(mine.counts)) == counted(flat_fields(unit.counts)), unit.id
