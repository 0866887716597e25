"""The desktop app driven like a user, offscreen: the real West Maas en Waal 2022 counts typed twice
into every one of the 21 stations, one planted error and one planted difference resolved by the
coordinator, and the GSB's 510b equal to the Kiesraad's totals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gui.admin_page import AdminPage
from gui.context import AppContext
from gui.coordinator_page import CoordinatorPage
from gui.entry_page import EntryPage
from gui.main_window import MainWindow
from gui.projector import ProjectorView
from kieskring.app.import_eml import Paper, fingerprint_challenge, paper_from_counts
from kieskring.app.states import EntryState
from kieskring.eml.arithmetic import flat_fields
from kieskring.eml.fingerprint import fingerprint, grouped
from kieskring.eml.read_510 import read_510
from tests.app.support import PASSWORD, cheap_hasher

pytestmark = pytest.mark.gui
TELLING = "Telling_GR2022_WestMaasenWaal.eml.xml"
LISTS = "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def login(qtbot: QtBot, window: MainWindow, username: str) -> QWidget:
    window.logout()
    window.login.username.setText(username)
    window.login.password.setText(PASSWORD)
    click(qtbot, window.login.submit)
    assert window.page is not None, window.login.message.text()
    return window.page


def set_up(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    page = window.login
    page.username.setText("beheer")
    page.fullname.setText("Beheerder")
    page.password.setText(PASSWORD)
    click(qtbot, page.submit)
    admin = window.page
    assert isinstance(admin, AdminPage)
    admin.candidates.setText(str(folder / LISTS))
    admin.counts.setText(str(folder / TELLING))
    click(qtbot, admin.show_fp)
    assert admin.fingerprint.text().count("____") == 2
    shown, (left, right) = fingerprint_challenge(folder / LISTS)  # what the paper shows
    admin.group_a.setText(shown.split()[left])
    admin.group_b.setText(shown.split()[right])
    click(qtbot, admin.install)
    assert "21 stembureaus" in admin.setup_message.text(), admin.setup_message.text()
    for username, role in (("typist1", 0), ("typist2", 0), ("coord", 1)):
        admin.new_username.setText(username)
        admin.new_fullname.setText(username.title())
        admin.new_role.setCurrentIndex(role)
        admin.new_password.setText(PASSWORD)
        click(qtbot, admin.add_user)
        assert "Aangemaakt" in admin.user_message.text(), admin.user_message.text()


def type_station(qtbot: QtBot, page: EntryPage, number: int, paper: Paper) -> None:
    """Open the station and type every section from the paper, as a typist does."""
    page.number.setText(str(number))
    click(qtbot, page.open_button)
    assert page.station_name.text().startswith(f"Stembureau {number}:")
    page.section_index = 0
    page.show_section()
    for _ in page.sections:
        section = page.sections[page.section_index]
        for key, edit in page.inputs.items():
            value = paper[section.key].get(key)
            edit.setText("" if not value else str(value))
        before = page.section_index
        click(qtbot, page.save_button)
        if "Niet opgeslagen" in page.message.text():  # a warning: checked against the paper
            page.checked.setChecked(True)
            click(qtbot, page.save_button)
        if page.section_index == before:  # the last section was saved (or a problem is shown)
            assert section.key == page.sections[-1].key, (section.key, page.message.text())
            break
    click(qtbot, page.finalise_button)
    assert "Afgerond" in page.message.text(), page.message.text()


def test_wmw_entered_twice_resolved_and_exported(
    qtbot: QtBot, wmw_dir: Path, tmp_path: Path
) -> None:
    context = AppContext.open(tmp_path / "gsb.sqlite", cheap_hasher())
    window = MainWindow(context)
    qtbot.addWidget(window)
    set_up(qtbot, window, wmw_dir)
    setup = context.entry.setup
    real = read_510(wmw_dir / TELLING)
    papers = {int(u.id.rsplit("SB", 1)[1]): paper_from_counts(setup, u.counts) for u in real.units}
    wrong = {
        **papers[1],
        "list_1": {**papers[1]["list_1"], "L1.total": (papers[1]["list_1"]["L1.total"] or 0) + 1},
    }
    page = login(qtbot, window, "typist1")
    assert isinstance(page, EntryPage)
    for number, paper in papers.items():
        type_station(qtbot, page, number, wrong if number == 1 else paper)
    assert context.entry.status(1).state is EntryState.FIRST_ENTRY_HAS_ERRORS

    coordinator = login(qtbot, window, "coord")
    assert isinstance(coordinator, CoordinatorPage)
    coordinator.station.setText("1")
    click(qtbot, coordinator.buttons["errors_back"])
    page = login(qtbot, window, "typist1")
    assert isinstance(page, EntryPage)
    type_station(qtbot, page, 1, papers[1])

    different = dict(papers[2])
    votes = dict(different["list_2"])
    donor = next(k for k, v in votes.items() if k not in ("L2.1", "L2.total") and (v or 0) > 0)
    votes["L2.1"], votes[donor] = (votes["L2.1"] or 0) + 1, (votes[donor] or 0) - 1
    different["list_2"] = votes
    page = login(qtbot, window, "typist2")
    assert isinstance(page, EntryPage)
    for number, paper in papers.items():
        type_station(qtbot, page, number, different if number == 2 else paper)
    assert context.entry.status(2).state is EntryState.ENTRIES_DIFFERENT

    coordinator = login(qtbot, window, "coord")
    assert isinstance(coordinator, CoordinatorPage)
    coordinator.station.setText("2")
    click(qtbot, coordinator.buttons["show"])
    assert coordinator.differences.rowCount() == 2
    click(qtbot, coordinator.buttons["keep_first"])
    assert context.entry.status(2).state is EntryState.FIRST_ENTRY_FINALISED
    page = login(qtbot, window, "typist2")  # four eyes: the kept entry is typed again
    assert isinstance(page, EntryPage)
    type_station(qtbot, page, 2, papers[2])
    coordinator = login(qtbot, window, "coord")
    assert isinstance(coordinator, CoordinatorPage)
    assert "21 / 21" in coordinator.progress.text()
    coordinator.station.setText("3")
    coordinator.note.setText("Een kiezer nam zijn stembiljet mee.")
    click(qtbot, coordinator.more["explain"])
    assert "Toelichting opgeslagen" in coordinator.message.text(), coordinator.message.text()
    assert context.entry.explanation(3) == "Een kiezer nam zijn stembiljet mee."
    (tmp_path / "usb").mkdir()
    coordinator.backup_folder.setText(str(tmp_path / "usb"))
    click(qtbot, coordinator.more["backup"])
    assert "Back-up gemaakt" in coordinator.message.text(), coordinator.message.text()
    click(qtbot, coordinator.finish)
    coordinator.candidates.setText(str(wmw_dir / LISTS))
    coordinator.export_path.setText(str(tmp_path / "uit"))
    coordinator.place.setText("Beneden-Leeuwen")
    coordinator.pv_date.setText("17 maart 2022")
    click(qtbot, coordinator.export)
    assert "proces-verbaal geschreven" in coordinator.message.text(), coordinator.message.text()
    written = tmp_path / "uit" / "Telling_GR2022_WestMaasenWaal_WestMaasenWaal.eml.xml"
    pv_text = " ".join(
        page.extract_text()
        for page in PdfReader(tmp_path / "uit" / "Na31-2_GR2022_WestMaasenWaal.pdf").pages
    )
    assert grouped(fingerprint(written.read_bytes()), upper=True) in pv_text
    assert grouped(fingerprint(written.read_bytes()), upper=True) in coordinator.message.text()
    assert "Een kiezer nam zijn stembiljet mee." in pv_text, "the coordinator's explanation"

    ours, theirs = (
        flat_fields(read_510(written).total),
        flat_fields(real.total),
    )
    for key in theirs:
        if key.startswith("lijst") or key in (
            "TotalCounted",
            "blanco",
            "ongeldig",
            "toegelaten kiezers",
        ):
            assert ours[key] == theirs[key], key

    projector = ProjectorView(context)
    qtbot.addWidget(projector)
    assert projector.progress.text().startswith("21 / 21")
