"""Screenshots of the HSB's and CSB's screens (issue 16), made by :mod:`screenshots` (``--only
chain``): the receiving overview of the Tweede Kamer 2021 at the CSB with the kieskringen in mixed
states (the Kiesraad's 510c files, the O 3 totals typed through the interface, one key slipped), a
file's fingerprint check, West Maas en Waal 2022's allocation step by step, and a lot to type
(a generated election with ties). Everything is typed through the interface object."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gui.main_window import MainWindow  # noqa: E402
from gui.pages.chain import ChainScreens, ReceivingPage  # noqa: E402
from gui.pages.chain.lot import LotDialog  # noqa: E402
from gui.pages.chain.receive_file import ReceiveFileDialog  # noqa: E402
from gui.widgets import Page  # noqa: E402
from kieskring.app.api import AppApi, open_local  # noqa: E402
from kieskring.app.setup import Body  # noqa: E402
from kieskring.eml.read_230b import read_230b  # noqa: E402
from kieskring.eml.read_510 import read_510  # noqa: E402
from tests.chain_app.support import (  # noqa: E402
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
from tests.chain_app.test_csb_lots import receive_everything  # noqa: E402
from tests.chain_app.test_csb_wmw import wmw_paper  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
SIZE = (1366, 768)
IMPORTED = 15
"""Kieskringen whose 510c is in (of 20)."""
TYPED = 9
"""Kieskringen whose O 3 is typed too (the ninth with one key slipped)."""


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shown_for(api: AppApi, username: str) -> tuple[MainWindow, Page]:
    """The real main window, logged in as ``username``."""
    window = MainWindow(api)
    window.resize(*SIZE)
    window.show()
    window.logged_in(api.login(username, PASSWORD), PASSWORD)
    settle()
    page = window.page()
    assert isinstance(page, Page)
    return window, page


def tk2021_csb(folder: Path) -> tuple[AppApi, int]:
    """TK2021 at the CSB: 15 kieskringen' files in, 9 O 3's typed, the ninth with a slip; returns the
    interface and the unit that differs."""
    tk = DATA / "TK2021"
    api = open_local(
        folder / "csb-tk.sqlite",
        workstation="kiesraad",
        hasher=cheap_hasher(),
        clock=Clock(dt.datetime(2021, 3, 23, 19, 0, tzinfo=dt.UTC)),
    )
    lists = sorted(tk.glob("Kandidatenlijsten_TK2021_*.eml.xml"))
    definition = given(tk / "Verkiezingsdefinitie_TK2021.eml.xml")
    set_up_body(api, definition, [given(p) for p in lists], Body.CSB)
    files = sorted(tk.glob("Telling_TK2021_kieskring_*.eml.xml"))[:IMPORTED]
    api.login("carla", PASSWORD)
    units = {}
    for path in files:
        data = given(path)
        units[api.import_unit_file(data, None, typed_groups(data)).number] = path
    api.logout()
    by_contest = {read_230b(p).contest_id: read_230b(p) for p in lists}
    api.login("anna", PASSWORD)
    different = 0
    for number, path in sorted(units.items())[:TYPED]:
        own = by_contest[str(number)]
        paper = paper_of(
            read_510(path).total, [(x.number, len(x.candidates)) for x in own.lists], True
        )
        different = number
        if len([n for n in units if n <= number]) == TYPED:
            first = paper["list_1"]
            paper["list_1"] = {**first, "L1.2": (first["L1.2"] or 0) + 10}
        type_paper(api, number, paper)
        api.finish_unit_entry(number)
    api.logout()
    return api, different


def receiving_screens(folder: Path, out: Path) -> None:
    """The overview with a difference beside it; the file dialog with its fingerprint."""
    from screenshots import screenshot

    api, different = tk2021_csb(folder)
    window, page = shown_for(api, "carla")
    assert isinstance(page, ReceivingPage)
    page.show_unit(different)
    settle()
    screenshot(window, "csb-ontvangst-overzicht", out=out)
    path = sorted((DATA / "TK2021").glob("Telling_TK2021_kieskring_*.eml.xml"))[IMPORTED]

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ReceiveFileDialog)
        dialog.open()
        dialog.file.set_path(path)
        settle()
        first = dialog.check.first_field()
        assert first is not None
        first.setText(typed_groups(given(path))[0].upper())
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.check.fields[1].setFocus(Qt.FocusReason.OtherFocusReason)
        settle()
        screenshot(window, "csb-vingerafdruk-bestand", out=out)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    page.run_dialog = fill
    page.receive_file()
    window.close()
    api.close()


def result_screens(folder: Path, out: Path) -> None:
    """West Maas en Waal's allocation step by step."""
    from screenshots import screenshot

    wmw = DATA / "GR2022_WestMaasenWaal"
    api = open_local(
        folder / "csb-wmw.sqlite",
        workstation="csb",
        hasher=cheap_hasher(),
        clock=Clock(dt.datetime(2022, 3, 18, 10, 0, tzinfo=dt.UTC)),
    )
    lists = given(wmw / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    set_up_body(api, given(wmw_definition(folder, wmw)), [lists], Body.CSB)
    telling = given(wmw / "Telling_GR2022_WestMaasenWaal.eml.xml")
    api.login("carla", PASSWORD)
    api.import_unit_file(telling, None, typed_groups(telling))
    api.logout()
    api.login("anna", PASSWORD)
    type_paper(api, 668, wmw_paper(wmw))
    api.finish_unit_entry(668)
    api.logout()
    window, page = shown_for(api, "carla")
    assert isinstance(page, ReceivingPage) and isinstance(page.screens, ChainScreens)
    page.screens.show_result()
    settle()
    screenshot(window, "csb-toewijzing-stappen", out=out)
    window.close()
    api.close()


def lot_screens(folder: Path, out: Path) -> None:
    """The lot dialog over the result waiting for it."""
    from screenshots import screenshot

    from kieskring.cli import main as uitslag

    ties = folder / "ties"
    command = ["fixtures", "generate", "tiny", "--seed", "1", "--ties", "--out", str(ties)]
    assert uitslag(command) == 0
    api = open_local(
        folder / "csb-ties.sqlite",
        workstation="csb",
        hasher=cheap_hasher(),
        clock=Clock(dt.datetime(2029, 3, 23, 10, 0, tzinfo=dt.UTC)),
    )
    receive_everything(api, ties)
    api.logout()
    window, page = shown_for(api, "carla")
    assert isinstance(page, ReceivingPage) and isinstance(page.screens, ChainScreens)
    page.screens.show_result()
    result = page.screens.result

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, LotDialog)
        dialog.open()
        button = dialog.options.button(1)
        assert button is not None
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        settle()
        screenshot(window, "csb-loting", out=out)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    result.run_dialog = fill
    result.type_lot()
    window.close()
    api.close()


def chain_screens(folder: Path, out: Path) -> None:
    """Every HSB/CSB screenshot into ``out`` (they show the real TK2021 and West Maas en Waal files:
    skipped, saying so, when ../shared is absent)."""
    if not DATA.is_dir():
        print(f"HSB/CSB-schermen overgeslagen: {DATA} ontbreekt", file=sys.stderr)
        return
    for name, make in (
        ("receiving", receiving_screens),
        ("result", result_screens),
        ("lot", lot_screens),
    ):
        (folder / name).mkdir()
        make(folder / name, out)
