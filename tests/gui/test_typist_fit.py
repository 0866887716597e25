"""Every typist page and every start page fits 1366×768, 1366×768 at 125 % (1093×614 logical) and
1920×1080 with its primary action visible (docs/app.md §2.1, issue 13): the start pages with
a refusal shown, the home page with unfinished entries and a refusal, each kind of section (questions,
counts with three findings, the differences, a list of 50 candidates with long names and a finding),
check and finish with findings, and the page after finishing. The 125 % case also runs once under a
real ``QT_SCALE_FACTOR=1.25`` in a child process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.pages.start import ChangePasswordPage, FirstRunPage, LoginPage, NoScreenPage
from gui.pages.typist.entry import REVIEW, EntryPage
from gui.pages.typist.home import HomePage
from gui.widgets.page import Page
from kieskring.app.api import AppApi, open_local
from kieskring.app.entry import DataEntry
from kieskring.app.users import Users
from kieskring.storage import Store
from tests.app.support import PASSWORD, cheap_hasher, good_paper, type_paper
from tests.gui import fit
from tests.gui.world import BIG, installation, serve, settle

pytestmark = pytest.mark.gui
SIZES = [fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD]
IDS = ["1366x768", "125pct", "1920x1080"]


@pytest.fixture
def world(tmp_path: Path) -> Path:
    installation(tmp_path / "gsb.sqlite")
    store = Store(tmp_path / "gsb.sqlite")
    users = Users(store, cheap_hasher())
    entry = DataEntry(store, users)
    anna = users.login("anna", PASSWORD)
    for station in (2, 3):  # two unfinished entries of Anna's, one sent back
        entry.open(anna, station)
        entry.save_section(
            anna, station, "extra_investigation", good_paper()["extra_investigation"]
        )
    store.close()
    return tmp_path / "gsb.sqlite"


@pytest.fixture
def api(world: Path) -> Iterator[AppApi]:
    served = serve(world)
    yield served
    served.close()


@pytest.fixture
def window(qtbot: QtBot, api: AppApi) -> Iterator[MainWindow]:
    shown = MainWindow(api)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.idle.stop()


def page_of(window: MainWindow) -> Page:
    page = window.page()
    assert page is not None and page.primary is not None
    return page


def fits(window: MainWindow, size: tuple[int, int]) -> None:
    page = page_of(window)
    assert page.primary is not None
    fit.assert_fits(window, primary=page.primary, size=size)


def log_in(window: MainWindow, username: str) -> None:
    page = window.page()
    assert isinstance(page, LoginPage)
    page.username.setText(username)
    page.password.setText(PASSWORD)
    page.log_in()
    settle()


def entry_page(window: MainWindow, station: int = 1) -> EntryPage:
    home = window.page()
    assert isinstance(home, HomePage)
    home.start_station(station)
    settle()
    page = window.page()
    assert isinstance(page, EntryPage)
    return page


def fill_and_save(page: EntryPage, values: dict[str, int | None]) -> None:
    assert page.form is not None
    for key, widget in page.form.inputs.items():
        widget.set_value(values.get(key))
    page.save_section()
    settle()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_start_pages_fit(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, size: tuple[int, int]
) -> None:
    login = window.page()
    assert isinstance(login, LoginPage)
    login.username.setText("anna")
    login.password.setText("fout")
    login.log_in()
    assert login.notice.isVisible()
    fits(window, size)
    first = open_local(tmp_path / "leeg.sqlite", hasher=cheap_hasher())
    new = MainWindow(first)
    qtbot.addWidget(new)
    new.show()
    page = new.page()
    assert isinstance(page, FirstRunPage)
    page.create_account()  # empty: refused, the problem shown
    assert page.notice.isVisible()
    fits(new, size)
    new.close()
    first.close()
    window.pages = {}
    log_in(window, "carla")
    assert isinstance(window.page(), NoScreenPage)
    fits(window, size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_password_page_fits(window: MainWindow, size: tuple[int, int]) -> None:
    log_in(window, "anna")
    window.open_role_page = lambda: None  # type: ignore[method-assign]
    window._show_only(
        ChangePasswordPage(window.guarded, PASSWORD, "Minstens 12 tekens.", lambda: None)
    )
    page = window.page()
    assert isinstance(page, ChangePasswordPage)
    page.save()  # empty: refused, the problem shown
    assert page.notice.isVisible()
    fits(window, size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_home_page_fits(window: MainWindow, size: tuple[int, int]) -> None:
    log_in(window, "anna")
    home = window.page()
    assert isinstance(home, HomePage)
    assert len(home.resume_buttons) == 2
    home.number.setText("99")
    home.look_up()
    assert home.why.isVisible()
    home.notice.show_info("Je invoer van stembureau 3 is bewaard. Je kunt later verder.")
    fits(window, size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_each_kind_of_section_fits(window: MainWindow, size: tuple[int, int]) -> None:
    log_in(window, "anna")
    page = entry_page(window)
    paper = good_paper()
    fits(window, size)  # questions
    fill_and_save(page, paper["extra_investigation"])
    fill_and_save(page, paper["station_differences"])
    fill_and_save(page, dict(paper["voters_votes"], B=9, F=20, G=9))  # F.201, F.203, W.201, W.202
    assert len(page.findings_box.findings) == 4
    fits(window, size)
    page.findings_box.acknowledge.setChecked(True)
    page.save_section()
    fits(window, size)  # the differences
    fill_and_save(page, paper["differences"])
    fits(window, size)  # a list page
    page.choose(REVIEW)
    settle()
    fits(window, size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_a_list_of_50_candidates_with_a_finding_fits(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    installation(tmp_path / "groot.sqlite", BIG)
    api = serve(tmp_path / "groot.sqlite")
    window = MainWindow(api)
    qtbot.addWidget(window)
    log_in(window, "anna")
    page = entry_page(window)
    page.choose("list_1")
    settle()
    assert page.form is not None and len(page.form.order) == 51
    values: dict[str, int | None] = {f"L1.{n}": n for n in range(1, 51)}
    values["L1.total"] = 1200  # not the sum: F.402 (and F.403)
    fill_and_save(page, values)
    assert [f.code for f in page.findings_box.findings] == ["F.402", "F.403"]
    fits(window, size)
    window.close()
    api.close()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_page_after_finishing_fits(
    world: Path, window: MainWindow, size: tuple[int, int]
) -> None:
    log_in(window, "anna")
    store = Store(world)
    users = Users(store, cheap_hasher())
    type_paper(DataEntry(store, users), users.login("anna", PASSWORD), 1, good_paper())
    store.close()
    page = entry_page(window)
    assert page.current == REVIEW
    page.finish()
    settle()
    fits(window, size)


@pytest.mark.slow
def test_the_list_page_fits_under_a_real_scale_factor() -> None:
    fit.run_scaled(f"{__file__}::test_a_list_of_50_candidates_with_a_finding_fits[1366x768]")
