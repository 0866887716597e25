"""West Maas en Waal 2022 as a centraal stembureau through the screens (issue 16): the coordinator
imports the Kiesraad's real 510b with a file dialog and types the two blanked fingerprint groups from
the paper (a mistyped group is refused first); the typist types the Na 31-2 totals from the paper with
one key slipped; the coordinator sees paper and file side by side with the difference marked and
sends it back; the typist retypes only that field; the result is shown step by step; the outputs are
written into a folder chosen with a dialog — the 520 byte for byte the Kiesraad's, given its
creation time, as in tests/chain_app/test_csb_wmw.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableView
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.pages.chain import ChainScreens, ChainTypistHome, ReceivingPage, ResultPage
from gui.pages.chain.common import TextDialog
from gui.pages.chain.outputs import ChainOutputsDialog, ChainOutputsPage
from gui.pages.chain.receive_file import ReceiveFileDialog
from gui.pages.start import LoginPage
from gui.pages.typist.entry import REVIEW, EntryPage
from gui.pages.typist.finished import FinishedPage
from kieskring.app.api import AppApi, open_local
from kieskring.app.api.vocabulary import UnitStatus
from kieskring.app.setup import Body
from kieskring.eml.fingerprint import fingerprint
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from tests.chain_app.support import (
    KEY_PASSPHRASE,
    PASSWORD,
    Clock,
    cheap_hasher,
    given,
    paper_of,
    set_up_body,
    type_paper,
    typed_groups,
    wmw_definition,
)
from tests.chain_app.test_csb_wmw import CREATED, WMW, wmw_paper
from tests.gui.screens_support import log_in as screens_log_in
from tests.gui.screens_support import private_settings
from tests.gui.world import focused, key, settle, shift_enter, type_section, type_text

pytestmark = pytest.mark.gui
TELLING = "Telling_GR2022_WestMaasenWaal.eml.xml"


@pytest.fixture
def api(tmp_path: Path, wmw_dir: Path) -> Iterator[AppApi]:
    private_settings(tmp_path)
    clock = Clock(dt.datetime(2022, 3, 18, 10, 0, tzinfo=dt.UTC))
    found = open_local(
        tmp_path / "csb.sqlite", workstation="csb-1", hasher=cheap_hasher(), clock=clock
    )
    definition = given(wmw_definition(tmp_path, wmw_dir))
    lists = given(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    set_up_body(found, definition, [lists], Body.CSB)
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
    """Username, Enter, password, Enter: the role's first page."""
    page = window.page()
    assert isinstance(page, LoginPage)
    type_text(username, page.username)
    key(Qt.Key.Key_Return)
    type_text(PASSWORD, page.password)
    key(Qt.Key.Key_Return)
    return window.page()


def import_file(page: ReceivingPage, qtbot: QtBot, path: Path, groups: tuple[str, str]) -> str:
    """Open "Bestand inlezen…", choose ``path`` in the file dialog, type a wrong fingerprint first
    (refused), then ``groups``; returns the refusal shown."""
    refused: list[str] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ReceiveFileDialog)
        dialog.show()
        dialog.file.chooser = lambda *_: str(path)
        qtbot.mouseClick(dialog.file.browse, Qt.MouseButton.LeftButton)
        settle()
        assert dialog.preview is not None and dialog.preview.code == "0668"
        assert "West Maas en Waal" in dialog.summary.text()
        assert not dialog.import_button.isEnabled()
        first, second = dialog.check.fields
        assert focused() is first
        type_text("0000", first)
        type_text("0000", second)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.imported is None and dialog.message.isVisible()
        refused.append(dialog.message.text())
        for field, group in zip(dialog.check.fields, groups, strict=True):
            field.setFocus()
            key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text(group.upper(), field)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    page.run_dialog = fill
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    return refused[0]


def type_unit(
    window: MainWindow, home: ChainTypistHome, paper: dict[str, dict[str, int | None]]
) -> None:
    """Start the unit chosen on the typist's home and type every section of its paper."""
    assert home.start_button.isEnabled()
    home.table.setFocus()
    key(Qt.Key.Key_Return)
    entry = window.page()
    assert isinstance(entry, EntryPage), (home.message.text(), focused().objectName())
    while entry.current != REVIEW:
        section = entry.current
        assert section is not None
        type_section(entry, paper[section])
        if entry.current == section:  # findings: acknowledge what the box asks for
            key(Qt.Key.Key_Space)
            shift_enter()
        assert entry.current != section, entry.alert.text()
    shift_enter()
    assert isinstance(window.page(), FinishedPage), entry.alert.text()
    key(Qt.Key.Key_Return)


def test_wmw_as_csb_through_the_screens(
    window: MainWindow, api: AppApi, qtbot: QtBot, wmw_dir: Path, tmp_path: Path
) -> None:
    receiving = log_in(window, "carla")
    assert isinstance(receiving, ReceivingPage)
    assert receiving.model.rows[0].code == "0668"
    assert receiving.tiles["missing"].count_label.text() == "1"
    assert not receiving.result_button.isEnabled()
    telling = wmw_dir / TELLING
    refusal = import_file(receiving, qtbot, telling, typed_groups(telling.read_bytes()))
    assert "EML.30" in refusal
    assert receiving.model.rows[0].file is not None
    assert receiving.panel.fingerprint.text().startswith("D6BE D099")  # docs/chain.md §4
    window.logout()

    paper = wmw_paper(wmw_dir)
    slip = {**paper, "totals": {**paper["totals"], "Z": 16203}}  # the paper says 16,202
    home = log_in(window, "anna")
    assert isinstance(home, ChainTypistHome)
    type_unit(window, home, slip)
    window.logout()

    receiving = log_in(window, "carla")
    assert isinstance(receiving, ReceivingPage)
    assert receiving.tiles["different"].count_label.text() == "1"
    assert receiving.show_unit(WMW)
    panel = receiving.panel
    shown = [(r.label.nl, r.first, r.second) for r in panel.model.rows]
    assert shown == [("Z Kiesgerechtigden", 16203, 16202)]  # only the differing field, marked ≠
    assert panel.compare.model().index(0, 3).data() == "≠"
    buttons = panel.buttons()
    assert not buttons["reopen"].isEnabled() and buttons["reopen"].toolTip()
    qtbot.mouseClick(buttons["retype"], Qt.MouseButton.LeftButton)
    assert "Gedaan" in panel.message.text()
    window.logout()

    home = log_in(window, "anna")
    assert isinstance(home, ChainTypistHome)
    home.table.setFocus()
    key(Qt.Key.Key_Return)
    entry = window.page()
    assert isinstance(entry, EntryPage) and entry.current == "totals"
    assert entry.form is not None
    editable = [
        k for k, w in entry.form.inputs.items() if w.isEnabled() and not w.property("readOnly")
    ]
    assert "Z" in editable
    entry.form.inputs["Z"].setFocus()
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("16202")
    shift_enter()
    while entry.current != REVIEW:
        shift_enter()
    shift_enter()
    finished = window.page()
    assert isinstance(finished, FinishedPage)
    assert "gelijk" in finished.message.text()
    key(Qt.Key.Key_Return)
    window.logout()

    receiving = log_in(window, "carla")
    assert isinstance(receiving, ReceivingPage)
    assert receiving.tiles["in"].count_label.text() == "1" and receiving.result_button.isEnabled()
    qtbot.mouseClick(receiving.result_button, Qt.MouseButton.LeftButton)
    result = window.page()
    assert isinstance(result, ResultPage) and result.result is not None
    assert not result.lot_banner.isVisible()
    settle()
    texts = [w.text() for w in result.body.findChildren(QLabel) if w.isVisible()]
    assert "9.350 stemmen gedeeld door 17 zetels = 550" in texts
    residual = result.body.findChild(QTableView, "residual_seats")
    assert residual is not None and residual.model().rowCount() == 4
    last = [residual.model().index(3, column).data() for column in range(4)]
    assert last == ["4", "3 — F.D. Dreumel", "grootste overschot", "272"]
    seats = result.body.findChild(QTableView, "seats")
    assert seats is not None and seats.model().rowCount() == 8
    assert sum(r.full_seats + r.residual_seats for r in result.result.lists) == 17
    screens = receiving.screens
    assert isinstance(screens, ChainScreens)
    folder = tmp_path / "USB-stick"

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ChainOutputsDialog)
        dialog.show()
        dialog.created.setDateTime(QDateTime(CREATED))
        assert focused() is dialog.passphrase
        type_text(KEY_PASSPHRASE, dialog.passphrase)
        dialog.folder.chooser = lambda *_: str(folder)
        qtbot.mouseClick(dialog.folder.browse, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    screens.run_dialog = fill
    qtbot.mouseClick(result.outputs_button, Qt.MouseButton.LeftButton)
    done = window.page()
    assert isinstance(done, ChainOutputsPage), result.message.text()
    official = wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    assert (folder / official.name).read_bytes() == official.read_bytes()
    assert (folder / f"{official.name}.sig").exists()
    assert (folder / "P22-2_GR2022_WestMaasenWaal.pdf").exists()
    shown_prints = {
        w.text() for w in done.findChildren(QLabel) if w.property("kind") == "fingerprint"
    }
    digest = fingerprint(official.read_bytes()).upper()
    assert " ".join(digest[i : i + 4] for i in range(0, 64, 4)) in shown_prints


def test_the_paper_leads_a_file_is_refused_with_a_reason(
    window: MainWindow, api: AppApi, qtbot: QtBot, wmw_dir: Path
) -> None:
    telling = given(wmw_dir / TELLING)
    api.login("carla", PASSWORD)
    api.import_unit_file(telling, None, typed_groups(telling))
    api.logout()
    paper = wmw_paper(wmw_dir)
    api.login("anna", PASSWORD)
    type_paper(api, WMW, {**paper, "totals": {**paper["totals"], "Z": 16203}})
    api.finish_unit_entry(WMW)
    api.logout()
    receiving = log_in(window, "carla")
    assert isinstance(receiving, ReceivingPage) and receiving.show_unit(WMW)
    panel = receiving.panel
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, TextDialog)
        dialog.show()
        asked.append(dialog.windowTitle())
        assert not dialog.confirm_button.isEnabled()  # the reason is required
        assert focused() is dialog.field
        type_text("Het papier zegt 16.203 kiesgerechtigden; het bestand niet.", dialog.field)
        dialog.confirm_button.click()
        return dialog.result()

    panel.run_dialog = answer
    qtbot.mouseClick(panel.buttons()["refuse_file"], Qt.MouseButton.LeftButton)
    assert asked == ["Papier klopt: weiger het bestand"]
    assert panel.detail is not None and panel.detail.unit.status is UnitStatus.REFUSED
    assert "geweigerd" in panel.badge.text()
    assert "geweigerd" in receiving.model.rows[0].label.nl


def test_a_note_on_the_findings_of_a_kieskring(
    qtbot: QtBot, tk2021_dir: Path, tmp_path: Path
) -> None:
    """TK2021's O 3 totals carry no A and no D (real errata, docs/chain.md §3): F.201 on paper and
    file alike. The CSB cannot change them; it notes what it does about them, and can change the
    note."""
    private_settings(tmp_path)
    clock = Clock(dt.datetime(2021, 3, 23, 19, 0, tzinfo=dt.UTC))
    api = open_local(tmp_path / "tk.sqlite", workstation="csb", hasher=cheap_hasher(), clock=clock)
    lists = sorted(tk2021_dir.glob("Kandidatenlijsten_TK2021_*.eml.xml"))
    definition = given(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml")
    set_up_body(api, definition, [given(p) for p in lists], Body.CSB)
    path = tk2021_dir / "Telling_TK2021_kieskring_Amsterdam.eml.xml"
    api.login("carla", PASSWORD)
    unit = api.import_unit_file(given(path), None, typed_groups(given(path))).number
    api.logout()
    own = next(read_230b(p) for p in lists if read_230b(p).contest_id == str(unit))
    api.login("anna", PASSWORD)
    parties = [(x.number, len(x.candidates)) for x in own.lists]
    type_paper(api, unit, paper_of(read_510(path).total, parties, True))
    api.finish_unit_entry(unit)
    api.logout()
    shell, receiving = screens_log_in(api, "carla", PASSWORD)
    qtbot.addWidget(shell)
    assert isinstance(receiving, ReceivingPage) and receiving.show_unit(unit)
    panel = receiving.panel
    assert not panel.note.isVisible() and panel.buttons()["note"].isEnabled()
    typed: list[str] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, TextDialog)
        dialog.show()
        assert focused() is dialog.field
        assert dialog.confirm_button.isEnabled()  # a note may also be emptied
        type_text("A en D staan niet op het O 3 van 2021; de stemmen kloppen.", dialog.field)
        typed.append(dialog.windowTitle())
        dialog.confirm_button.click()
        return dialog.result()

    panel.run_dialog = answer
    qtbot.mouseClick(panel.buttons()["note"], Qt.MouseButton.LeftButton)
    assert typed and "A en D staan niet op het O 3" in panel.note.text()
    row = receiving.model.rows[receiving.model.row_of(unit) or 0]
    assert row.noted.startswith("A en D") and row.errors
    api.close()
