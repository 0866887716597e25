"""Screenshots of the start, the typist's pages and the projector (docs/app.md §3.1, §3.3, §3.5), each the
whole window at exactly 1366×768 (:func:`screenshots.screenshot`), made by ``scripts/screenshots.py``.

The municipality is invented (Berkelstad: 40 stations, four lists with names); part of it is typed
through the services first, so the progress, the projector and the typist's unfinished entry show real
states. The screens are the real window and pages, driven like a typist would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshots import PASSWORD, hasher, screenshot

from gui.main_window import MainWindow
from gui.pages.projector import ProjectorWindow
from gui.pages.start import ChangePasswordPage, IdleWatch, LoginPage
from gui.pages.typist.entry import EntryPage
from gui.pages.typist.home import HomePage
from kieskring.app.api import AppApi, open_local
from kieskring.app.entry import DataEntry
from kieskring.app.setup import Counting, ElectionSetup, ListSetup, StationSetup, save_setup
from kieskring.app.users import Role, User, Users
from kieskring.storage import Store

NAMES = {
    1: ("Dorpsbelang Berkelstad", (
        "Peters, H.J. (Erik)", "Wassink, N. (Nicole)", "van der Heijden-Jansen, M.A.C. (Marie-Christine)",
        "Bos, F. (Fenna)", "de Vries, A.B.", "Hendriks, P. (Piet)", "Kuipers, L.M.", "Smits, J. (Joost)",
        "van Dijk, R.", "Mulder, E.W. (Els)", "de Boer, T.", "Visser, K.C. (Karin)", "Jacobs, W.",
        "van den Berg, S. (Sanne)", "Dekker, G.",
    )),
    2: ("Groen Vooruit", (
        "Willems, C. (Carla)", "Bakker, M.", "Verhoeven, D.J. (Dirk)", "Meijer, I.", "Janssen, B.",
        "Postma, Y.", "Koster, H.", "Brouwer, T.L.",
    )),
    3: ("Samen voor Berkelstad", (
        "Kok, A.", "Schouten, R.J.", "van Leeuwen, P.", "Prins, M. (Mila)", "Vos, D.",
    )),
    4: ("Lokaal Liberaal", ("Huisman, J.", "van Vliet, E.", "Peeters, S.")),
}  # fmt: skip
PLACES = ("Gemeentehuis", "Dorpshuis De Hucht", "Kulturhus d'n Dulper", "Sporthal De Wetering",
          "Basisschool De Regenboog", "Bibliotheek", "Zorgcentrum Avondrood", "Brandweerkazerne",
          "Gymzaal Julianastraat", "Kerkgebouw De Ark")  # fmt: skip
VILLAGES = ("Berkelstad", "Beneden-Berkel", "Hoogwoud", "Maasdijk")
SETUP = ElectionSetup(
    election_id="GR2029_Berkelstad",
    name="Gemeenteraad Berkelstad 2029",
    counting=Counting.CSO,
    voter_passes=False,
    lists=tuple(ListSetup(n, name, len(people), people) for n, (name, people) in NAMES.items()),
    stations=tuple(
        StationSetup(n, f"{PLACES[(n - 1) % 10]}, {VILLAGES[(n - 1) // 10]}", 1500)
        for n in range(1, 41)
    ),
    municipality_id="9999",
    municipality_name="Berkelstad",
)


def paper(station: int) -> dict[str, dict[str, int | None]]:
    """A consistent count for ``station`` (the numbers vary a little per station)."""
    lists: dict[str, dict[str, int | None]] = {}
    totals = {}
    for item in SETUP.lists:
        votes = {f"L{item.number}.{p}": (station * 7 + p * 13 + item.number * 5) % 40 + (50 if p == 1 else 0)
                 for p in range(1, item.candidates + 1)}  # fmt: skip
        totals[item.number] = sum(votes.values())
        lists[f"list_{item.number}"] = {**votes, f"L{item.number}.total": totals[item.number]}
    counted = sum(totals.values())
    return {
        "extra_investigation": {"inv.other_reason.no": 1, "inv.recounted.no": 1},
        "station_differences": {"sbdiff.unexplained.no": 1, "sbdiff.per_list.no": 1},
        "voters_votes": {
            "A": counted + 5, "B": 3, "D": counted + 8, **{f"E.{n}": t for n, t in totals.items()},
            "E": counted, "F": 3, "G": 5, "H": counted + 8,
        },
        "differences": {"cmp.equal": 1},
        **lists,
    }  # fmt: skip


def type_entry(entry: DataEntry, typist: User, station: int, *, finish: bool = True) -> None:
    """One entry of ``station`` through the services."""
    entry.open(typist, station)
    for section, values in paper(station).items():
        entry.save_section(typist, station, section, values, acknowledged=True)
    if finish:
        entry.finalise(typist, station)


def installation(path: Path) -> None:
    """The election, the accounts and part of the evening: 14 stations definitive, 6 waiting for the
    2nd entry, one with a difference, one being typed, Anna's unfinished entry of station 3."""
    with Store(path) as store:
        users = Users(store, hasher())
        admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
        save_setup(store, users, admin, SETUP)
        made = {
            name: users.create_user(admin, name, full, role, PASSWORD)
            for name, full, role in (
                ("anna", "Anna de Vries", Role.INVOERDER),
                ("bram", "Bram Bos", Role.INVOERDER),
                ("dirk", "Dirk Verhoeven", Role.INVOERDER),
                ("carla", "Carla Willems", Role.COORDINATOR),
            )
        }
        entry = DataEntry(store, users)
        bram, dirk = users.login("bram", PASSWORD), users.login("dirk", PASSWORD)
        for station in range(20, 41):
            type_entry(entry, bram, station)
            if station <= 33:
                type_entry(entry, dirk, station)
        entry.open(dirk, 34)
        entry.save_section(dirk, 34, "extra_investigation", paper(34)["extra_investigation"])
        users.reset_password(admin, made["dirk"].id, TEMPORARY)
        anna = users.login("anna", PASSWORD)
        entry.open(anna, 3)
        for section in ("extra_investigation", "station_differences"):
            entry.save_section(anna, 3, section, paper(3)[section], acknowledged=True)


TEMPORARY = "tijdelijk-8K2M-Q7XZ"
"""Dirk's password after the administrator reset it (he must choose his own at the next login)."""


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def first_run(folder: Path, out: Path) -> None:
    """The very first start: create the administrator (password twice, the rules shown)."""
    api = open_local(folder / "leeg.sqlite", hasher=hasher())
    window = MainWindow(api)
    page = window.page()
    assert page is not None
    QTest.keyClicks(page.first_focus, "beheer")
    screenshot(window, "eerste-start-beheerder", out=out)
    window.close()
    api.close()


def log_in(window: MainWindow, username: str, password: str = PASSWORD) -> None:
    page = window.page()
    assert isinstance(page, LoginPage)
    page.username.setText(username)
    page.password.setText(password)
    page.log_in()
    settle()


def typist(window: MainWindow, out: Path) -> None:
    """Home, a list page with names, the findings box, check and finish, stopping, finishing."""
    log_in(window, "anna")
    home = window.page()
    assert isinstance(home, HomePage)
    home.number.setFocus()
    QTest.keyClicks(home.number, "12")
    home.look_up()
    settle()
    screenshot(window, "invoerder-start", out=out)
    home.enter()
    settle()
    entry = window.page()
    assert isinstance(entry, EntryPage)
    sheet = paper(12)
    for section in ("extra_investigation", "station_differences"):
        fill(entry, sheet[section])
        entry.save_section()
    voters = dict(sheet["voters_votes"])
    counted = voters["E"] or 0
    voters["B"] = 30  # A + B is not D (F.201), as typed from a smudged paper
    voters["F"] = 40  # many blank ballots (W.201, 3 % of H or more)
    voters["H"] = voters["D"] = counted + 40 + (voters["G"] or 0)
    voters["A"] = (voters["D"] or 0) - 3
    fill(entry, voters)
    entry.save_section()
    settle()
    screenshot(window, "invoer-fout-gemarkeerd", out=out)
    entry.findings_box.acknowledge.setChecked(True)
    entry.save_section()
    fill(entry, sheet["differences"])
    entry.save_section()
    page = dict(sheet["list_1"])
    for position in range(9, 16):
        page.pop(f"L1.{position}")
    page.pop("L1.total")
    fill(entry, page)
    total = entry.form.input_for("L1.7") if entry.form else None
    if total is not None:
        total.setFocus()
    settle()
    screenshot(window, "invoer-lijst-kandidaten", out=out)
    fill(entry, sheet["list_1"])
    entry.save_section()
    for section in ("list_2", "list_3", "list_4"):
        fill(entry, sheet[section])
        entry.save_section()
    settle()
    screenshot(window, "invoer-controleren-afronden", out=out)
    entry.finish()
    settle()
    screenshot(window, "invoer-afgerond", out=out)


def fill(entry: EntryPage, values: dict[str, int | None]) -> None:
    """Put ``values`` into the section on screen (as typed)."""
    assert entry.form is not None
    for key, widget in entry.form.inputs.items():
        widget.set_value(values.get(key))
    settle()


def stop_dialog(window: MainWindow, out: Path) -> None:
    """Stopping for now: keep for later or throw away (Annuleren is the default)."""
    home = window.page()
    assert isinstance(home, HomePage)
    home.start_station(3)
    settle()
    entry = window.page()
    assert isinstance(entry, EntryPage)
    from gui.pages.typist.stop import StopDialog

    dialog = StopDialog(entry, "stembureau 3", "")
    dialog.open()
    settle()
    screenshot(window, "invoer-stoppen", out=out)
    dialog.reject()


def idle_warning(window: MainWindow, out: Path) -> None:
    """Five minutes before an idle session ends."""
    watch: IdleWatch = window.idle
    watch.last_activity -= watch.warning_after + 1
    watch.check()
    settle()
    screenshot(window, "sessie-bijna-verlopen", out=out)
    watch.go_on()


def projector(api: AppApi, out: Path, size: tuple[int, int] | None = None) -> None:
    """What the room sees: progress and a tile per state (no names, no votes)."""
    api.login("carla", PASSWORD)
    window = ProjectorWindow(api)
    if size is None:
        screenshot(window, "projectie-voortgang", out=out)
    else:
        screenshot(window, "projectie-voortgang-klein", out=out, size=size)
    window.close()


def typist_screens(folder: Path, out: Path) -> None:
    """Every screenshot of the start, the typist and the projector into ``out``."""
    first_run(folder, out)
    path = folder / "gsb.sqlite"
    installation(path)
    api = open_local(path, workstation="tafel-3", hasher=hasher())
    window = MainWindow(api)
    page = window.page()
    assert isinstance(page, LoginPage)
    QTest.keyClicks(page.username, "anna")
    page.password.setFocus(Qt.FocusReason.OtherFocusReason)
    screenshot(window, "start-inloggen", out=out)
    log_in(window, "dirk", TEMPORARY)  # after a reset: his own password first
    password = window.page()
    assert isinstance(password, ChangePasswordPage)
    QTest.keyClicks(password.password, "nieuw wachtwoord van Dirk")
    screenshot(window, "eigen-wachtwoord-kiezen", out=out)
    window.logout()
    typist(window, out)
    entry = window.page()
    if entry is not None and entry.primary is not None:
        entry.primary.click()
    settle()
    stop_dialog(window, out)
    idle_warning(window, out)
    window.close()
    viewer = open_local(path, workstation="projector", hasher=hasher())
    projector(viewer, out)
    viewer.close()
    api.close()
