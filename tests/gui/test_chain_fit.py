"""Every HSB/CSB page fits 1366×768, 125 % scaling and 1920×1080 (docs/app.md §2 principle 1): the
receiving overview with a unit whose paper and file differ beside the table, the result step by step
(it scrolls up and down inside itself), the result waiting for a lot, the outputs' fingerprints, the
typist's list of units, and the dialogs (file import with its fingerprint, the lot)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui import theme
from gui.pages.chain import ChainScreens, ChainTypistHome, ReceivingPage, ResultPage
from gui.pages.chain.lot import LotDialog
from gui.pages.chain.outputs import SavedChainOutputs
from gui.pages.chain.receive_file import ReceiveFileDialog
from gui.widgets import Page
from kieskring.app.api import AppApi, open_local
from kieskring.app.api.chain_views import UnitResolution
from kieskring.app.setup import Body
from tests.chain_app.support import (
    KEY_PASSPHRASE,
    PASSWORD,
    Clock,
    cheap_hasher,
    given,
    set_up_body,
    type_paper,
    typed_groups,
    wmw_definition,
)
from tests.chain_app.test_csb_lots import receive_everything
from tests.chain_app.test_csb_wmw import WMW, wmw_paper
from tests.gui import fit
from tests.gui.screens_support import log_in, private_settings, settle

pytestmark = pytest.mark.gui
SIZES = (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD)
KEEP: list[QWidget] = []


@pytest.fixture(autouse=True)
def themed(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    theme.apply(qapp)
    private_settings(tmp_path)
    yield
    for window in KEEP:
        window.close()
    KEEP.clear()


@pytest.fixture
def api(tmp_path: Path) -> Iterator[AppApi]:
    clock = Clock(dt.datetime(2022, 3, 18, 10, 0, tzinfo=dt.UTC))
    found = open_local(
        tmp_path / "csb.sqlite", workstation="csb", hasher=cheap_hasher(), clock=clock
    )
    yield found
    found.close()


def fits(window: QWidget, page: Page) -> None:
    assert page.primary is not None
    settle()
    for size in SIZES:
        fit.assert_fits(window, primary=page.primary, size=size)


def test_the_csb_pages_fit(api: AppApi, wmw_dir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    definition = given(wmw_definition(tmp_path, wmw_dir))
    lists = given(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    set_up_body(api, definition, [lists], Body.CSB)
    telling = given(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    api.login("carla", PASSWORD)
    api.import_unit_file(telling, None, typed_groups(telling))
    api.logout()
    paper = wmw_paper(wmw_dir)
    api.login("anna", PASSWORD)
    type_paper(api, WMW, {**paper, "totals": {**paper["totals"], "Z": 16203}})
    api.finish_unit_entry(WMW)
    shell, home = log_in(api, "anna", PASSWORD)
    KEEP.append(shell)
    assert isinstance(home, ChainTypistHome)
    fits(shell, home)
    api.logout()

    shell, receiving = log_in(api, "carla", PASSWORD)
    KEEP.append(shell)
    assert isinstance(receiving, ReceivingPage)
    qtbot.mouseClick(receiving.tiles["in"], Qt.MouseButton.LeftButton)  # only the units in
    assert not receiving.model.rows and receiving.tiles["in"].isChecked()
    qtbot.mouseClick(receiving.tiles["in"], Qt.MouseButton.LeftButton)  # again: every unit
    assert [u.number for u in receiving.model.rows] == [WMW]
    qtbot.mouseClick(receiving.tiles["different"], Qt.MouseButton.LeftButton)
    assert [u.number for u in receiving.model.rows] == [WMW]
    assert receiving.show_unit(WMW)
    fits(shell, receiving)
    dialog = ReceiveFileDialog(receiving, api)
    KEEP.append(dialog)
    dialog.file.set_path(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    assert dialog.preview is not None
    dialog.show()
    settle()
    assert dialog.height() <= fit.LAPTOP[1] - 60 and dialog.width() <= fit.LAPTOP[0]

    api.resolve_unit(WMW, UnitResolution.RETYPE, "")
    api.logout()
    api.login("anna", PASSWORD)
    api.open_unit_entry(WMW)
    api.save_unit_section(WMW, "totals", paper["totals"], acknowledged=False)
    api.finish_unit_entry(WMW)
    api.logout()
    shell, receiving = log_in(api, "carla", PASSWORD)
    KEEP.append(shell)
    assert isinstance(receiving, ReceivingPage) and isinstance(receiving.screens, ChainScreens)
    screens = receiving.screens
    screens.show_result()
    fits(shell, screens.result)
    request = replace(api.chain_output_defaults(), passphrase=KEY_PASSPHRASE)
    screens.outputs.show_outputs(SavedChainOutputs(api.chain_outputs(request), tmp_path / "uit"))
    shell.show_page(screens.outputs)
    fits(shell, screens.outputs)


def test_the_result_waiting_for_a_lot_fits(api: AppApi, tmp_path: Path) -> None:
    from kieskring.cli import main as uitslag

    ties = tmp_path / "ties"
    command = ["fixtures", "generate", "tiny", "--seed", "1", "--ties", "--out", str(ties)]
    assert uitslag(command) == 0
    receive_everything(api, ties)
    api.logout()
    shell, receiving = log_in(api, "carla", PASSWORD)
    KEEP.append(shell)
    assert isinstance(receiving, ReceivingPage) and isinstance(receiving.screens, ChainScreens)
    receiving.screens.show_result()
    page = receiving.screens.result
    assert isinstance(page, ResultPage) and page.lot_banner.isVisible()
    fits(shell, page)
    question = api.lot_question()
    assert question is not None
    dialog = LotDialog(page, api, question)
    KEEP.append(dialog)
    dialog.show()
    settle()
    assert dialog.height() <= fit.LAPTOP[1] - 60 and dialog.width() <= fit.LAPTOP[0]
