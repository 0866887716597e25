"""The HSB through the screens (issue 16): a generated province, the hoofdstembureau of kieskring 1.
Once every municipality is in, "Optellen en uitvoer" shows the sum's provenance — no seats: only the
CSB determines the result — and the outputs dialog writes the kieskring's 510c with its signature and
the O 3 into the chosen folder. The page fits 1366×768."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableView
from pytestqt.qtbot import QtBot

from gui.pages.chain import ChainScreens, ReceivingPage, ResultPage
from gui.pages.chain.outputs import ChainOutputsDialog, ChainOutputsPage
from kieskring.app.api import AppApi
from kieskring.app.setup import Body
from kieskring.eml.read_510 import read_510
from tests.chain_app.support import KEY_PASSPHRASE, PASSWORD, given, set_up_body
from tests.chain_app.test_hsb_to_csb import lists_file, open_api, receive_and_type
from tests.gui import fit
from tests.gui.screens_support import log_in, private_settings, settle
from tests.gui.world import focused, type_text

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def ps2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kieskring.cli import main as uitslag

    folder = tmp_path_factory.mktemp("ps2")
    assert uitslag(["fixtures", "generate", "ps2", "--seed", "2", "--out", str(folder)]) == 0
    return folder


@pytest.fixture
def hsb(tmp_path: Path, ps2: Path) -> Iterator[AppApi]:
    private_settings(tmp_path)
    api = open_api(tmp_path / "hsb.sqlite")
    definition = given(next(ps2.glob("Verkiezingsdefinitie_*")))
    set_up_body(api, definition, [given(lists_file(ps2, 1))], Body.HSB, kieskring="1")
    kieskring_1 = read_510(ps2 / "Telling_PS2029_Noordland_kieskring_1.eml.xml")
    names = [u.name for u in kieskring_1.units]
    files = [(ps2 / f"Telling_PS2029_Noordland_{name}.eml.xml", None) for name in names]
    receive_and_type(api, files, ps2, 1)
    yield api
    api.close()


def test_the_hsb_adds_up_and_writes_its_outputs(hsb: AppApi, qtbot: QtBot, tmp_path: Path) -> None:
    shell, receiving = log_in(hsb, "carla", PASSWORD)
    qtbot.addWidget(shell)
    assert isinstance(receiving, ReceivingPage) and isinstance(receiving.screens, ChainScreens)
    assert receiving.result_button.property("plainText") == "Optellen en uitvoer"
    assert receiving.result_button.isEnabled()
    units = len(receiving.model.rows)
    qtbot.mouseClick(receiving.result_button, Qt.MouseButton.LeftButton)
    page = shell.page()
    assert isinstance(page, ResultPage)
    settle()
    assert page.title.full_text() == "Optellen en uitvoer van de kieskring"
    assert not page.message.isVisible() and not page.lot_banner.isVisible()
    sources = page.body.findChild(QTableView, "sources")
    assert sources is not None and sources.model().rowCount() == units
    assert page.body.findChild(QTableView, "seats") is None  # no seats at an HSB
    assert page.primary is not None
    for size in (fit.LAPTOP, fit.LAPTOP_125):
        fit.assert_fits(shell, primary=page.primary, size=size)
    folder = tmp_path / "hsb-uit"

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ChainOutputsDialog)
        dialog.show()
        assert focused() is dialog.passphrase
        type_text(KEY_PASSPHRASE, dialog.passphrase)
        dialog.folder.set_path(folder)
        dialog.make_button.click()
        return dialog.result()

    receiving.screens.run_dialog = fill
    qtbot.mouseClick(page.outputs_button, Qt.MouseButton.LeftButton)
    assert isinstance(shell.page(), ChainOutputsPage), page.message.text()
    names = {p.name for p in folder.iterdir()}
    assert "Telling_PS2029_Noordland_kieskring_Kieskring_1.eml.xml" in names
    assert "Telling_PS2029_Noordland_kieskring_Kieskring_1.eml.xml.sig" in names
    assert "O3_PS2029_Noordland_kieskring_Kieskring_1.pdf" in names
