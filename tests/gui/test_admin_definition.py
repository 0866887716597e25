"""The administrator's set-up screen with a 110a: both fingerprint challenges, choosing the
municipality of a province-wide definition, stations from a 110b or typed by hand, coded problems
for a 230b of another election, and an accessible name on every control."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gui.admin_page import AdminPage
from gui.context import AppContext
from kieskring.app.form import form_layout
from kieskring.app.import_eml import fingerprint_challenge
from kieskring.app.setup import Counting
from kieskring.eml.read_110a import read_110a
from tests.app.support import PASSWORD, cheap_hasher
from tests.app.test_setup_definitions import definition, write_lists, write_stations

pytestmark = pytest.mark.gui


def page(qtbot: QtBot, tmp_path: Path) -> AdminPage:
    context = AppContext.open(tmp_path / "gsb.sqlite", cheap_hasher())
    context.user = context.users.create_administrator("beheer", "Beheerder", PASSWORD)
    admin = AdminPage(context)
    qtbot.addWidget(admin)
    return admin


def type_groups(admin: AdminPage) -> None:
    for path, edits in (
        (Path(admin.definition.text()), (admin.definition_group_a, admin.definition_group_b)),
        (Path(admin.candidates.text()), (admin.group_a, admin.group_b)),
    ):
        shown, (left, right) = fingerprint_challenge(path)  # what the paper shows
        edits[0].setText(shown.split()[left])
        edits[1].setText(shown.split()[right])


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_ps_definition_choose_municipality_and_install(qtbot: QtBot, tmp_path: Path) -> None:
    path = definition("PS2023_Drenthe")
    election = read_110a(path)
    assen = election.municipality("0106")
    assert assen is not None
    admin = page(qtbot, tmp_path)
    admin.definition.setText(str(path))
    admin.candidates.setText(str(write_lists(tmp_path, election, "geen")))
    admin.counts.setText(str(write_stations(tmp_path, election, assen, 5)))
    click(qtbot, admin.show_fp)
    assert admin.definition_fingerprint.text().count("____") == 2
    assert admin.fingerprint.text().count("____") == 2
    assert admin.municipality.count() == 1 + len(election.municipalities)
    type_groups(admin)
    click(qtbot, admin.install)
    assert "SETUP.MUNICIPALITY" in admin.setup_message.text(), admin.setup_message.text()
    admin.municipality.setCurrentIndex(admin.municipality.findData("0106"))
    click(qtbot, admin.install)
    assert "Ingericht" in admin.setup_message.text(), admin.setup_message.text()
    assert "(Assen)" in admin.setup_message.text() and "5 stembureaus" in admin.setup_message.text()
    assert admin.context.entry.setup.voter_passes
    assert admin.context.entry.setup.counting is Counting.CSO


def test_decentral_counting_chosen_at_set_up_changes_the_form(qtbot: QtBot, tmp_path: Path) -> None:
    path = definition("GR2026_Stadskanaal")
    election = read_110a(path)
    admin = page(qtbot, tmp_path)
    admin.definition.setText(str(path))
    admin.candidates.setText(str(write_lists(tmp_path, election, "geen")))
    admin.typed_stations.setPlainText("1;Gemeentehuis;1500")
    admin.counting.setCurrentIndex(admin.counting.findData(Counting.DSO))
    type_groups(admin)
    click(qtbot, admin.install)
    assert "Ingericht" in admin.setup_message.text(), admin.setup_message.text()
    assert admin.context.entry.setup.counting is Counting.DSO
    assert admin.context.entry.layout == form_layout(admin.context.entry.setup)
    cso = form_layout(replace(admin.context.entry.setup, counting=Counting.CSO))
    assert admin.context.entry.layout.sections != cso.sections


def test_stations_typed_by_hand_and_wrong_groups(qtbot: QtBot, tmp_path: Path) -> None:
    path = definition("GR2026_Stadskanaal")
    election = read_110a(path)
    admin = page(qtbot, tmp_path)
    admin.definition.setText(str(path))
    admin.candidates.setText(str(write_lists(tmp_path, election, "geen")))
    admin.typed_stations.setPlainText("1;Gemeentehuis;1500\n2;Sporthal")
    click(qtbot, admin.show_fp)
    assert admin.municipality.count() == 1  # one municipality: chosen already
    click(qtbot, admin.install)
    assert "EML.30" in admin.setup_message.text(), admin.setup_message.text()
    type_groups(admin)
    click(qtbot, admin.install)
    assert "2 stembureaus" in admin.setup_message.text(), admin.setup_message.text()


def test_230b_of_another_election_is_a_coded_message(
    qtbot: QtBot, tmp_path: Path, wmw_dir: Path
) -> None:
    admin = page(qtbot, tmp_path)
    admin.definition.setText(str(definition("GR2026_Stadskanaal")))
    admin.candidates.setText(str(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"))
    admin.counts.setText(str(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"))
    click(qtbot, admin.show_fp)
    type_groups(admin)
    click(qtbot, admin.install)
    assert "EML.112" in admin.setup_message.text(), admin.setup_message.text()
    admin.candidates.setText(str(tmp_path / "ontbreekt.eml.xml"))
    click(qtbot, admin.show_fp)
    assert "EML.007" in admin.setup_message.text()


def test_every_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    admin = page(qtbot, tmp_path)
    controls = [
        *admin.findChildren(QLineEdit),
        *admin.findChildren(QPushButton),
        *admin.findChildren(QComboBox),
        *admin.findChildren(QPlainTextEdit),
    ]
    assert len(controls) > 15
    assert all(widget.accessibleName() for widget in controls)
