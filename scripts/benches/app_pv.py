"""The desktop app and the PVs at size: the typist's list page of 50 candidates opened and tabbed
through (the new entry form; floor: as many plain line edits), validating a keystroke, the overview of
600 stations (targets 300 ms, 30 ms, 500 ms);
600 blank per-station forms with 30 × 50 (target 60 s, 500 MB; Abacus: minutes and ~1 GB) and a
TK-sized P 22-1."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher
from argon2.low_level import Type

from benches.common import Figure, median_time, peak_rss_mib
from kieskring.app.setup import Counting, ElectionSetup, ListSetup, StationSetup, save_setup
from kieskring.app.users import Role, Users

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "bench wachtwoord 123"
SETUP = ElectionSetup(
    election_id="GR2029_Groot",
    name="Gemeenteraad Groot 2029",
    counting=Counting.CSO,
    voter_passes=False,
    lists=tuple(ListSetup(n, f"Lijst {n}", 50) for n in range(1, 31)),
    stations=tuple(StationSetup(n, f"Stembureau {n}", 1500) for n in range(1, 601)),
)


def _installation() -> Path:
    """A database with the 30 × 50 election, an administrator, typist anna and coordinator carla."""
    from kieskring.storage import Store

    path = Path(tempfile.mkdtemp()) / "gsb.sqlite"
    with Store(path) as store:
        users = Users(store, PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID))
        admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
        users.create_user(admin, "anna", "Anna", Role.INVOERDER, PASSWORD)
        users.create_user(admin, "carla", "Carla", Role.COORDINATOR, PASSWORD)
        save_setup(store, users, admin, SETUP)
    return path


def list_page(repeats: int, path: Path) -> Figure:
    """The typist's list page of 50 candidates (the new entry form, through the interface object):
    build it and Tab through its 51 fields, each key processed by Qt; the floor is the same number of
    plain line edits built and tabbed through in the same run."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    from gui import theme
    from gui.main_window import MainWindow
    from gui.pages.start import LoginPage
    from gui.pages.typist.entry import EntryPage
    from gui.pages.typist.home import HomePage
    from kieskring.app.api import open_local

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    theme.apply(app)
    api = open_local(path, hasher=PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID))
    window = MainWindow(api)
    window.resize(1366, 768)
    window.show()
    login = window.page()
    assert isinstance(login, LoginPage)
    login.username.setText("anna")
    login.password.setText(PASSWORD)
    login.log_in()
    home = window.page()
    assert isinstance(home, HomePage)
    home.start_station(1)
    page = window.page()
    assert isinstance(page, EntryPage)
    window.activateWindow()
    app.processEvents()

    def tab_through(host: QWidget, count: int) -> None:
        for _ in range(count):
            widget = host.focusWidget()
            assert widget is not None
            QTest.keyClick(widget, Qt.Key.Key_Tab)

    def open_and_tab() -> None:
        page.show_section("list_1")
        app.processEvents()
        assert page.form is not None and len(page.form.order) == 51
        tab_through(window, 50)
        assert window.focusWidget() is page.form.total

    floor_window = QWidget()
    floor_window.resize(1366, 768)
    floor_window.show()

    def floor() -> None:
        holder = QWidget(floor_window)
        layout = QVBoxLayout(holder)
        edits = [QLineEdit() for _ in range(51)]
        for edit in edits:
            layout.addWidget(edit)
        holder.show()
        edits[0].setFocus()
        app.processEvents()
        tab_through(floor_window, 50)
        assert floor_window.focusWidget() is edits[-1]
        holder.deleteLater()

    ours = median_time(open_and_tab, repeats=repeats)
    peer = median_time(floor, repeats=repeats)
    window.close()
    floor_window.close()
    api.close()
    return Figure(
        "app",
        "typist: open a list page of 50 candidates and Tab through its 51 fields",
        ours,
        peer,
        "floor: 51 plain line edits",
        note="target < 300 ms",
    )


def app_figures(repeats: int) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from kieskring.app.entry import DataEntry
    from kieskring.storage import Store

    app = QApplication.instance() or QApplication([])
    del app
    path = _installation()
    figures = [list_page(repeats, path)]
    store = Store(path)
    users = Users(store, PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID))
    anna = users.login("anna", PASSWORD)
    entry = DataEntry(store, users)
    entry.open(anna, 2)
    values = {f"L1.{p}": 3 for p in range(1, 51)} | {"L1.total": 150}
    keystroke = median_time(
        lambda: entry.check_section(anna, 2, "list_1", values), repeats=repeats, inner=5
    )
    figures += [
        Figure(
            "app",
            "validate a keystroke (check a 50-candidate section)",
            keystroke,
            note="target < 30 ms",
        ),
    ]
    store.close()
    return figures


def coordinator_dashboard(repeats: int, typed: int) -> list[Figure]:
    """The coordinator's dashboard with 600 stations, ``typed`` of them in mixed states (typed through
    the services): one automatic refresh — the dashboard and the station table through the
    interface object (JSON both ways, as on a LAN), the tiles, the progress and the 600-row model —
    and the two calls alone (issue 13: target < 200 ms)."""
    from PySide6.QtWidgets import QApplication

    from fixtures.app_states import Mix, seed
    from gui import theme
    from gui.pages import PAGES
    from gui.pages.coordinator import CoordinatorPage
    from gui.widgets import Shell
    from kieskring.app.api import open_local
    from kieskring.app.api.coordinator import StationQuery

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    theme.apply(app)
    hasher = PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID)
    part = typed // 10
    mix = Mix(
        definitive=4 * part, warned=part, different=part, errors=part, waiting=2 * part,
        first_busy=typed - 9 * part,
    )  # fmt: skip
    path = Path(tempfile.mkdtemp()) / "gsb.sqlite"
    seed(path, mix, hasher)
    api = open_local(path, hasher=hasher)
    session = api.login("carla", "schermafdruk wachtwoord").session
    shell = Shell()
    page = PAGES[session.role](api, shell)
    shell.show_page(page)
    shell.resize(1366, 768)
    shell.show()
    app.processEvents()
    assert isinstance(page, CoordinatorPage)

    def once() -> None:
        page.refresh()
        app.processEvents()

    calls = median_time(
        lambda: (api.dashboard(), api.stations(StationQuery())), repeats=repeats, inner=3
    )
    figures = [
        Figure(
            "app",
            f"coordinator dashboard + table, 600 stations ({typed} typed): one refresh",
            median_time(once, repeats=repeats, inner=3),
            note="target < 200 ms; through the interface object, table model and tiles",
        ),
        Figure(
            "app",
            "  of which the two calls (dashboard, stations) through the interface",
            calls,
            note="JSON both ways, as on a LAN",
        ),
    ]
    shell.close()
    api.close()
    return figures


def blank_forms(count: int) -> Figure:
    from kieskring.protocols import data as d
    from kieskring.protocols import samples
    from kieskring.protocols.batch import render_blank_forms

    lists = samples.party_lists(30, 50)
    info = samples.info("Na 31-2 Bijlage 1", fingerprint="")
    forms = [
        d.BlankFormData(info, d.Station(n, f"Stembureau {n}"), lists, with_candidates=True)
        for n in range(1, count + 1)
    ]
    start = time.perf_counter()
    render_blank_forms("na31-2-bijlage1", forms, Path(tempfile.mkdtemp()))
    seconds = time.perf_counter() - start
    return Figure(
        "pv",
        f"{count} blank forms Na 31-2 Bijlage 1, 30 lists × 50 candidates ({os.cpu_count()} processes)",
        seconds,
        note=f"target 600 in < 60 s; peak RSS of this process {peak_rss_mib():.0f} MiB",
    )


def tk_p22_1() -> Figure | None:
    shared = Path(os.environ.get("UITSLAG_SHARED", ROOT.parent / "shared")) / "data" / "TK2021"
    if not shared.is_dir():
        return None
    from kieskring.eml.read_230b import read_230b
    from kieskring.eml.read_510 import read_510
    from kieskring.protocols.render_result import render_p22_1
    from kieskring.result.national_input import national_election
    from seat_allocation.multi.allocate import allocate_national
    from seat_allocation.rules import Category, Rules

    lists = [read_230b(p) for p in sorted(shared.glob("Kandidatenlijsten_TK2021_*.eml.xml"))]
    count = read_510(shared / "Totaaltelling_TK2021.eml.xml")
    allocation = allocate_national(
        national_election(count, lists, 150, Rules.for_category(Category.TK), "510d")
    )
    seconds = median_time(
        lambda: render_p22_1(allocation, lists, "0" * 64, "", "2021-03-29", "Den Haag"), repeats=1
    )
    return Figure("pv", "P 22-1 of TK2021 (150 seats, 37 lists, Bijlage 1)", seconds)


def gsb_evening(repeats: int, size: str = "amsterdam") -> Figure:
    """The GSB's end of the evening at Amsterdam size (600 stations, 30 lists × 50): the totals of
    the definitive results, the 510b (written and fingerprinted) and the Na 31-2. The 600 results
    are stored directly in one transaction (typing them is measured above), read from a generated
    510b so the numbers are realistic."""
    from fixtures.generate.chain import generate
    from kieskring.app.entry import DataEntry
    from kieskring.app.import_eml import count_510b, paper_from_counts, setup_from_eml
    from kieskring.app.totals import gsb_totals
    from kieskring.eml.fingerprint import written_fingerprint
    from kieskring.eml.read_230b import read_230b
    from kieskring.eml.read_510 import read_510
    from kieskring.eml.write_510 import write_510
    from kieskring.protocols import data as d
    from kieskring.protocols.from_app import gsb_report
    from kieskring.protocols.na31_2 import render
    from kieskring.storage import Store

    folder = Path(tempfile.mkdtemp())
    files = generate(size, 1, folder)
    lists_path = next(p for p in files if p.name.startswith("Kandidatenlijsten_"))
    count_path = next(p for p in files if p.name.startswith("Telling_"))
    setup = setup_from_eml(lists_path, count_path)
    count, lists = read_510(count_path), read_230b(lists_path)
    store = Store(folder / "gsb.sqlite")
    users = Users(store, PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID))
    admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
    coordinator = users.create_user(admin, "carla", "Carla", Role.COORDINATOR, PASSWORD)
    save_setup(store, users, admin, setup)
    layout = DataEntry(store, users).layout
    with store.confirm("bench.results", admin.id) as tx:
        for unit, station in zip(count.units, setup.stations, strict=True):
            paper = paper_from_counts(setup, unit.counts)
            values = layout.normalise({k: v for page in paper.values() for k, v in page.items()})
            tx.put("results", {"station": station.number, "values_json": json.dumps(values),
                               "warnings_json": "[]", "decided": "bench"})  # fmt: skip

    def evening() -> None:
        totals = gsb_totals(store, users, coordinator)
        eml = write_510(count_510b(totals, count.identity, count.authority), count.created)
        info = d.DocumentInfo("Na 31-2", "2024", lists.identity.name, lists.identity.id,
                              "Gemeentelijk stembureau", "19 maart 2029", "Berkelstad",
                              fingerprint=written_fingerprint(eml))  # fmt: skip
        render(gsb_report(totals, lists, info))

    seconds = median_time(evening, repeats=repeats)
    store.close()
    return Figure(
        "app",
        f"{size}: GSB totals of {len(setup.stations)} stations + 510b (written, fingerprint) + Na 31-2",
        seconds,
        note="target < 10 s" if size == "amsterdam" else "amsterdam size: full bench",
    )


def run(quick: bool) -> list[Figure]:
    figures = app_figures(3 if quick else 7)
    figures += coordinator_dashboard(3 if quick else 7, 60 if quick else 200)
    figures.append(gsb_evening(1, "wmw") if quick else gsb_evening(3))
    figures.append(blank_forms(30 if quick else 600))
    p22 = tk_p22_1()
    return [*figures, *([p22] if p22 else [])]
