"""The follow-up screens (issue 15) on the real West Maas en Waal 2022 count, typed through the one
interface object (:mod:`fixtures.followup_states`): the coordinator reaches Zittingen from the
dashboard, starts a follow-up sitting after a question, records and concludes investigations,
saves the corrigendum form through the file dialog, deals with a signal and finishes; a typist
types a correction with the previous numbers beside the fields, only the changed ones. Every page
fits 1366×768."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fixtures.app_states import PASSWORD
from fixtures.followup_states import (
    CORRECTED_STATION,
    KEY_PASSPHRASE,
    OPEN_STATION,
    SIGNAL,
    first_sitting_typed,
    second_sitting,
)
from gui import theme
from gui.pages.coordinator import CoordinatorPage, CoordinatorScreens
from gui.pages.coordinator.followup_dialogs import ConcludeDialog, InvestigationDialog
from gui.pages.typist.entry import EntryPage
from gui.pages.typist.home import HomePage
from gui.widgets import NumberField, Shell
from kieskring.app.api import AppApi, EntryState, SessionState
from kieskring.app.api.followup_views import Conclusion
from kieskring.app.sitting_store import Origin
from tests.gui import fit
from tests.gui.screens_support import copy_installation, log_in, open_api, private_settings
from tests.gui.world import focused, key, shift_enter, type_text

pytestmark = [pytest.mark.gui, pytest.mark.shared]
KEEP: list[QWidget] = []


@pytest.fixture(autouse=True)
def themed(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    theme.apply(qapp)
    private_settings(tmp_path / "settings")
    yield
    for window in KEEP:
        window.close()
    KEEP.clear()


def built(folder: Path, wmw: Path, stage: str) -> Path:
    path = folder / "gsb.sqlite"
    api = open_api(path)
    (first_sitting_typed if stage == "first" else second_sitting)(api, wmw, PASSWORD)
    api.close()
    return path


@pytest.fixture(scope="module")
def first_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import shared_path

    return built(
        tmp_path_factory.mktemp("first"), shared_path("data", "GR2022_WestMaasenWaal"), "first"
    )


@pytest.fixture(scope="module")
def second_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import shared_path

    return built(
        tmp_path_factory.mktemp("second"), shared_path("data", "GR2022_WestMaasenWaal"), "second"
    )


def api_on(database: Path, folder: Path) -> AppApi:
    target = folder / "db"
    target.mkdir()
    return open_api(copy_installation(database, target))


def coordinator(api: AppApi) -> tuple[Shell, CoordinatorScreens]:
    shell, page = log_in(api, "carla")
    KEEP.append(shell)
    assert isinstance(page, CoordinatorPage) and isinstance(page.screens, CoordinatorScreens)
    return shell, page.screens


def test_the_dashboard_opens_the_sittings_and_a_new_sitting_starts_after_a_question(
    first_db: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    api = api_on(first_db, tmp_path)
    shell, screens = coordinator(api)
    button = screens.dashboard.sittings_button
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert shell.page() is screens.sittings
    page = screens.sittings
    assert page.sitting_model.rows[0].number == 1 and len(page.sitting_model.rows) == 1
    assert not page.start_button.isEnabled()
    assert page.start_button.toolTip() == "Rond zitting 1 eerst af en maak de uitvoer."
    assert page.output_model.rows == ()
    api.set_session_state(SessionState.COMPLETED)
    from dataclasses import replace

    api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    page.refresh()
    assert [f.kind for f in page.output_model.rows] == ["510b", "510b.sig", "na31-2", "csv"]
    assert all(len(f.fingerprint) > 60 for f in page.output_model.rows)
    asked: list[str] = []

    def refuse(parent: QWidget, title: str, question: str, confirm: str) -> bool:
        asked.append(question)
        return False

    page.ask = refuse
    page.start_sitting()
    assert "Zitting 1 wordt gesloten" in asked[0] and api.sittings().current == 1
    page.ask = lambda parent, title, question, confirm: True
    page.start_sitting()
    assert api.sittings().current == 2
    assert [s.number for s in page.sitting_model.rows] == [1, 2]
    assert page.sitting_model.rows[0].closed_at is not None
    fit.assert_fits(shell, primary=page.primary)


def test_history_of_a_station_by_keyboard(second_db: Path, tmp_path: Path) -> None:
    api = api_on(second_db, tmp_path)
    shell, screens = coordinator(api)
    screens.open_sittings()
    page = screens.sittings
    assert [(s.number, s.current) for s in page.sitting_model.rows] == [(1, False), (2, True)]
    page.station.setFocus()
    type_text(str(CORRECTED_STATION), page.station)
    key(Qt.Key.Key_Return)
    assert page.history_table is not None
    model = page.history_table.model()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Zitting 1"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Zitting 2"
    assert "Zitting 2: nog niet ingevoerd" in page.history_summary.text()
    assert "Ongeldige stemmen lijken voor lijst 2 bedoeld" in page.history_summary.text()
    fit.assert_fits(shell, primary=page.primary)
    for size in (fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=page.primary, size=size)


def test_an_investigation_recorded_concluded_and_its_form_saved(
    second_db: Path, tmp_path: Path
) -> None:
    api = api_on(second_db, tmp_path)
    shell, screens = coordinator(api)
    screens.open_sittings()
    screens.sittings.investigations_button.click()
    page = screens.investigations
    assert shell.page() is page
    assert [r.station for r in page.model.rows] == [OPEN_STATION, CORRECTED_STATION]
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=page.primary, size=size)

    def record(dialog: QDialog) -> int:
        assert isinstance(dialog, InvestigationDialog)
        assert not dialog.save_button.isEnabled()  # no station, no reason yet
        dialog.show()
        dialog.number.setFocus()
        QTest.keyClicks(dialog.number, "7")
        dialog.origin_buttons[Origin.GSB].setChecked(True)
        QTest.keyClicks(dialog.reason, "Opkomst ongewoon laag")
        assert dialog.save_button.isEnabled()
        return QDialog.DialogCode.Accepted

    page.run_dialog = record
    page.open_button.click()
    row = page.model.rows[page.model.row_of(7) or 0]
    assert row.station == 7 and row.origin is Origin.GSB and row.reason == "Opkomst ongewoon laag"
    assert page.detail.item is not None and page.detail.item.station == 7

    def conclude(dialog: QDialog) -> int:
        assert isinstance(dialog, ConcludeDialog) and not dialog.new_results
        QTest.keyClicks(dialog.findings, "Nageteld: klopt")
        return QDialog.DialogCode.Accepted

    page.run_dialog = conclude
    assert page.detail.buttons["conclude_without"].isEnabled()
    page.detail.buttons["conclude_without"].click()
    done = next(i for i in api.investigations() if i.station == 7)
    assert done.findings == "Nageteld: klopt" and done.new_results is False
    assert not page.detail.buttons["conclude_with"].isEnabled()
    assert page.detail.buttons["conclude_with"].toolTip() == "Dit onderzoek is al afgerond."
    chosen: list[str] = []

    def choose(parent: QWidget, caption: str, start: str, filter_: str) -> str:
        chosen.append(start)
        return str(tmp_path / "formulier.pdf")

    page.choose_file = choose
    page.detail.buttons["corrigendum_form"].click()
    assert chosen == ["Na14-2-Bijlage1_SB7_zitting2.pdf"]
    assert (tmp_path / "formulier.pdf").read_bytes().startswith(b"%PDF")
    assert "formulier.pdf" in page.message.text()


def test_a_missing_station_is_added(second_db: Path, tmp_path: Path) -> None:
    api = api_on(second_db, tmp_path)
    _shell, screens = coordinator(api)
    screens.open_investigations()
    page = screens.investigations

    def add(dialog: QDialog) -> int:
        assert isinstance(dialog, InvestigationDialog) and dialog.add
        QTest.keyClicks(dialog.number, "99")
        QTest.keyClicks(dialog.name, "Stembureau Zorgcentrum")
        QTest.keyClicks(dialog.voters, "120")
        QTest.keyClicks(dialog.reason, "Ontbrak in de telling")
        return QDialog.DialogCode.Accepted

    page.run_dialog = add
    page.add_button.click()
    added = next(i for i in api.investigations() if i.station == 99)
    assert added.added and added.name == "Stembureau Zorgcentrum"
    assert added.entry_state.key is EntryState.EMPTY
    assert page.detail.item is not None and page.detail.item.station == 99
    assert not page.detail.buttons["conclude_without"].isEnabled()


def test_signals_before_finishing(first_db: Path, tmp_path: Path) -> None:
    api = api_on(first_db, tmp_path)
    shell, screens = coordinator(api)
    screens.dashboard.ask = lambda parent, title, question, confirm: True
    screens.dashboard.finish_button.click()  # a signal is still open: it is shown first
    page = screens.signals
    assert shell.page() is page and "Handel eerst de signalen af" in page.message.text()
    assert api.dashboard().session.key is SessionState.DATA_ENTRY
    assert [s.key for s in page.model.rows] == [SIGNAL]
    row = page.model.rows[0]
    assert row.station == 10 and "Hanzehuys" in row.station_name
    assert "lijken verwisseld" in page.detail.text.text()
    assert [f.label.nl for f in page.detail.model.rows][:2] == [
        "Aantal hier",
        "Verwacht naar de andere stembureaus",
    ]
    assert page.detail.badge.text().endswith("nog afhandelen")
    assert page.local.isVisibleTo(page) and "5 lokale lijsten" in page.local.text()
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=page.primary, size=size)
    page.detail.note.setFocus()
    type_text("Papier nagekeken", page.detail.note)
    key(Qt.Key.Key_Tab)
    assert focused() is page.detail.note_button
    key(Qt.Key.Key_Space)
    assert api.signals().open == 0
    assert page.model.rows[0].note == "Papier nagekeken"
    assert page.detail.badge.text().endswith("is in orde (toelichting)")
    assert page.finish_button.isEnabled()
    page.ask = lambda parent, title, question, confirm: True
    page.finish_button.click()
    assert api.dashboard().session.key is SessionState.COMPLETED
    assert shell.page() is screens.dashboard
    assert screens.dashboard.finish_button.property("action") == "outputs"


def test_a_signal_opens_an_investigation(first_db: Path, tmp_path: Path) -> None:
    api = api_on(first_db, tmp_path)
    _shell, screens = coordinator(api)
    screens.open_signals()

    def record(dialog: QDialog) -> int:
        assert isinstance(dialog, InvestigationDialog) and dialog.fixed == 10
        assert dialog.origin() is Origin.GSB
        QTest.keyClicks(dialog.reason, "Stemmen Van Lent lijken verwisseld")
        return QDialog.DialogCode.Accepted

    screens.run_dialog = record
    screens.signals.detail.investigate_button.click()
    found = api.investigations()
    assert [(i.station, i.signal) for i in found] == [(10, SIGNAL)]
    assert screens.signals.model.rows[0].investigated
    assert not screens.signals.detail.investigate_button.isEnabled()


def test_a_correction_shows_the_previous_numbers_and_only_changes_are_typed(
    second_db: Path, tmp_path: Path
) -> None:
    api = api_on(second_db, tmp_path)
    shell, home = log_in(api, "anna")
    KEEP.append(shell)
    assert isinstance(home, HomePage)
    home.start_station(CORRECTED_STATION)
    page = shell.page()
    assert isinstance(page, EntryPage)
    assert page.title.full_text().startswith("Correctie in zitting 2: stembureau 5")
    form = page.form
    assert form is not None and form.section.key == "voters_votes"
    assert form.previous_labels["G"].text() == "eerder 3"
    field = form.inputs["G"]
    assert isinstance(field, NumberField)
    assert field.placeholderText() == "3" and field.value() is None
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=page.primary, size=size)
    assert focused() is form.order[0]
    for _ in range(form.order.index(field)):
        key(Qt.Key.Key_Return)
    assert focused() is field
    type_text("0", field)
    shift_enter()
    if page.findings_box.isVisibleTo(page):  # G alone changed: the totals no longer agree
        assert focused() is page.findings_box.acknowledge
        key(Qt.Key.Key_Space)
        shift_enter()
    saved = api.open_entry(CORRECTED_STATION)
    assert saved.values == {"G": 0}  # only the changed number; empty fields keep their previous one
    assert page.current != "voters_votes"


def corrected_by_both(api: AppApi) -> dict[str, int]:
    """Both typists type the correction of station 5 through the interface: three invalid ballots
    valid for list 2 (only the changed numbers); returns the new numbers."""
    new: dict[str, int] = {}
    for typist in ("anna", "bram"):
        api.login(typist, PASSWORD)
        previous = api.open_entry(CORRECTED_STATION).previous
        assert previous is not None
        new = {
            "G": 0,
            "E": previous["E"] + previous["G"],
            "E.2": previous["E.2"] + previous["G"],
            "L2.1": previous["L2.1"] + previous["G"],
        }
        changed = {
            "voters_votes": {"G": new["G"], "E": new["E"], "E.2": new["E.2"]},
            "list_2": {"L2.1": new["L2.1"], "L2.total": new["E.2"]},
        }
        for section in api.station_form(CORRECTED_STATION):
            saved = api.save_section(
                CORRECTED_STATION, section.key, changed.get(section.key, {}), acknowledged=True
            )
            assert saved.saved, section.key
        api.finish_entry(CORRECTED_STATION)
        api.logout()
    return new


def test_the_follow_up_outputs_and_the_changed_numbers(second_db: Path, tmp_path: Path) -> None:
    from gui.pages.coordinator.outputs import OutputsDialog

    api = api_on(second_db, tmp_path)
    new = corrected_by_both(api)
    shell, screens = coordinator(api)
    api.conclude_investigation(Conclusion(OPEN_STATION, "Nageteld: klopt", False))
    api.set_session_state(SessionState.COMPLETED)
    usb = tmp_path / "usb"
    intro: list[str] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, OutputsDialog)
        intro.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.folder.set_path(usb)
        dialog.passphrase.setText(KEY_PASSPHRASE)
        dialog.make()
        return dialog.result()

    screens.run_dialog = fill
    screens.dashboard.refresh()
    screens.dashboard.finish_button.click()
    assert any("P 2a" in text and "Na 14-2" in text for text in intro)
    assert shell.page() is screens.outputs
    shown = {
        label.text() for label in screens.outputs.findChildren(QLabel)
        if label.property("kind") == "fingerprint"
    }  # fmt: skip
    screens.open_sittings()
    page = screens.sittings
    assert page.sitting_model.rows[1].outputs_made
    kinds = [f.kind for f in page.output_model.rows]
    assert kinds == ["510b", "510b.sig", "p2a", "na14-2", "csv"]
    assert {f.fingerprint for f in page.output_model.rows} <= shown
    assert sorted(p.name for p in usb.iterdir()) == sorted(f.name for f in page.output_model.rows)
    page.station.setText(str(CORRECTED_STATION))
    page.show_history()
    assert page.history_table is not None
    model = page.history_table.model()
    changed = {
        model.index(row, 0).data(): model.index(row, 3).data()
        for row in range(model.rowCount())
        if model.index(row, 3).data()
    }
    assert set(changed.values()) == {"≠"}
    assert len(changed) == 5 and any(label.startswith("G ") for label in changed)
    g_row = next(
        r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith("G ")
    )
    assert model.index(g_row, 2).data() == str(new["G"])
    fit.assert_fits(shell, primary=page.primary)
