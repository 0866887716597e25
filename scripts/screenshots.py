"""Screenshots of the app for docs/screenshots/: each one the whole window at exactly 1366×768 (the
usual municipal laptop, app.md §1), with an open dialog drawn over its window where it opens.

    python scripts/screenshots.py [--out DIR]   # every screenshot of the current screens
    python scripts/screenshots.py --only followup   # only the follow-up screens

For screens built elsewhere (the phase-2 pages, the design-system gallery) the two functions are
:func:`compose` (the window and its dialogs as one 1366×768 image) and :func:`screenshot` (that image
saved as ``docs/screenshots/<name>.png``); both run offscreen. The data is a synthetic municipality
(600 stations, 3 lists) typed through the application services; the screens are the real widgets.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
"""The screen: device pixels, as the municipal laptop has them."""
NAME = re.compile(r"[0-9]{0,2}-?[a-z0-9]+(?:-[a-z0-9]+)+")
"""A name that says what it shows: lowercase words joined by hyphens, optionally numbered."""
TITLE_BAR = 28
"""Height of the title strip drawn above a dialog (the offscreen platform draws no decorations)."""

from argon2 import PasswordHasher  # noqa: E402
from argon2.low_level import Type  # noqa: E402
from PySide6.QtCore import QPoint, QRect, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from fixtures.app_states import ORDER, Mix, seed  # noqa: E402
from fixtures.app_states import PASSWORD as SEED_PASSWORD  # noqa: E402
from gui import theme  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.pages.admin import AdminHome, AdminScreens  # noqa: E402
from gui.pages.admin.backups import describe  # noqa: E402
from gui.pages.admin.steps import CandidatesStep, DefinitionStep, KeyStep, StationsStep  # noqa: E402
from gui.pages.admin.users import HandedOutDialog  # noqa: E402
from gui.pages.admin.wizard import FingerprintsStep  # noqa: E402
from gui.pages.coordinator import CoordinatorPage as DashboardPage  # noqa: E402
from gui.pages.coordinator import CoordinatorScreens  # noqa: E402
from gui.pages.coordinator.detail import ReasonDialog, release_words  # noqa: E402
from gui.pages.coordinator.outputs import OutputsDialog  # noqa: E402
from gui.widgets import ConfirmDialog, Page, Shell  # noqa: E402
from kieskring.app.api import AppApi, open_local  # noqa: E402
from kieskring.app.api.admin import FileData  # noqa: E402
from kieskring.app.entry import DataEntry  # noqa: E402
from kieskring.app.setup import Counting, ElectionSetup, ListSetup, StationSetup  # noqa: E402
from kieskring.app.users import Role, User  # noqa: E402

PASSWORD = "schermafdruk wachtwoord"
KEY_PASSPHRASE = "sleutel van de GSB 2029"
SETUP = ElectionSetup(
    election_id="GR2029_Voorbeeld",
    name="Gemeenteraad Voorbeeld 2029",
    counting=Counting.CSO,
    voter_passes=False,
    lists=(
        ListSetup(1, "Dorpsbelang", 12),
        ListSetup(2, "Groen Vooruit", 8),
        ListSetup(3, "Samen", 5),
    ),
    stations=tuple(StationSetup(n, f"Stembureau {n}", 1500) for n in range(1, 601)),
)


def settle() -> None:
    """Let Qt lay out and paint what changed."""
    for _ in range(3):
        QApplication.processEvents()


def logical(window: QWidget, size: tuple[int, int]) -> tuple[int, int]:
    """``size`` in device pixels as the window's logical pixels (1093×614 at 125 % scaling)."""
    ratio = window.devicePixelRatioF()
    return round(size[0] / ratio), round(size[1] / ratio)


def dialogs_of(window: QWidget) -> list[QWidget]:
    """The visible windows that belong to ``window`` (dialogs, message boxes, popups), oldest first."""
    found = []
    for top in QApplication.topLevelWidgets():
        if top is window or not top.isVisible():
            continue
        parent = top.parentWidget()
        while parent is not None and parent is not window:
            parent = parent.parentWidget()
        if parent is window:
            found.append(top)
    return found


def place(window: QWidget, dialog: QWidget) -> QPoint:
    """Where ``dialog`` shows over ``window`` (in the window's logical pixels): a dialog centred, as
    Qt places it over its parent on a real screen (the offscreen screen is 800×800, so Qt's own
    placement is off); a popup (a menu, a list) where it is."""
    if not isinstance(dialog, QDialog):
        return dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    return QPoint(
        max((window.width() - dialog.width()) // 2, 0),
        max((window.height() - dialog.height() + TITLE_BAR) // 2, TITLE_BAR),
    )


def draw_dialog(painter: QPainter, window: QWidget, dialog: QWidget) -> None:
    """``dialog`` with a plain title strip and a frame, where it shows over ``window``."""
    at = place(window, dialog)
    frame = QRect(
        at.x() - 1, at.y() - TITLE_BAR, dialog.width() + 2, dialog.height() + TITLE_BAR + 1
    )
    painter.fillRect(frame.adjusted(4, 4, 4, 4), QColor(0, 0, 0, 60))  # shadow
    painter.fillRect(frame, QColor(theme.palette.COLOURS["raised"]))
    painter.setPen(QPen(QColor(theme.palette.COLOURS["line"])))
    painter.drawRect(frame.adjusted(0, 0, -1, -1))
    painter.setPen(QPen(QColor(theme.palette.COLOURS["ink"])))
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    strip = QRect(frame.x() + 10, frame.y(), frame.width() - 20, TITLE_BAR)
    painter.drawText(
        strip, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, dialog.windowTitle()
    )
    painter.drawPixmap(at, dialog.grab())


def compose(window: QWidget, size: tuple[int, int] = SIZE, *, strict: bool = True) -> QImage:
    """The whole ``window`` at exactly ``size`` device pixels, its open dialogs drawn over it.

    ``strict``: a window that cannot be made that small is an error (ValueError); otherwise it is
    drawn at its smallest size and cut to ``size``, as the screen would cut it off."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply(app)
    wanted = logical(window, size)
    window.resize(*wanted)
    window.show()
    settle()
    if (window.width(), window.height()) != wanted:
        if strict:
            raise ValueError(
                f"{window.objectName() or type(window).__name__} does not fit {wanted[0]}×{wanted[1]}: "
                f"it needs at least {window.minimumSizeHint().width()}×{window.minimumSizeHint().height()}"
            )
        print(
            f"  does not fit: {window.width()}×{window.height()} shown cut to {size[0]}×{size[1]}"
        )
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(window.devicePixelRatioF())
    image.fill(QColor(theme.palette.COLOURS["canvas"]))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, window.grab())
    for dialog in dialogs_of(window):
        draw_dialog(painter, window, dialog)
    painter.end()
    return image


def screenshot(
    window: QWidget,
    name: str,
    *,
    size: tuple[int, int] = SIZE,
    out: Path = OUT,
    strict: bool = True,
) -> Path:
    """:func:`compose` ``window`` and save it as ``out/<name>.png`` (``name``: words with hyphens,
    e.g. ``typist-home`` or ``3-typist-findings-highlighted``)."""
    if not NAME.fullmatch(name):
        raise ValueError(f"{name!r}: a screenshot's name says what it shows, e.g. 'typist-home'")
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.png"
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    if not compose(window, size, strict=strict).save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def shot(window: QWidget, name: str, out: Path) -> None:
    """A screenshot of a page from before the redesign (which may not fit yet: cut, not refused)."""
    screenshot(window, name, out=out, strict=False)


def paper(first_candidate: int) -> dict[str, dict[str, int | None]]:
    """A consistent count for one station; list 1's first candidate gets ``first_candidate``."""
    votes = {1: first_candidate, 2: 40, 3: 25}
    lists: dict[str, dict[str, int | None]] = {
        f"list_{n}": {f"L{n}.1": v, f"L{n}.2": 0, f"L{n}.total": v} for n, v in votes.items()
    }
    counted = sum(votes.values())
    return {
        "extra_investigation": {"inv.other_reason.no": 1, "inv.recounted.no": 1},
        "station_differences": {"sbdiff.unexplained.no": 1, "sbdiff.per_list.no": 1},
        "voters_votes": {
            "A": counted + 3, "D": counted + 3, **{f"E.{n}": v for n, v in votes.items()},
            "E": counted, "F": 1, "G": 2, "H": counted + 3,
        },
        "differences": {"cmp.equal": 1},
        **lists,
    }  # fmt: skip


def type_station(entry: DataEntry, typist: User, station: int, first_candidate: int) -> None:
    """One entry of ``station`` through the services (warnings acknowledged), finalised."""
    entry.open(typist, station)
    for section, values in paper(first_candidate).items():
        entry.save_section(typist, station, section, values, acknowledged=True)
    entry.finalise(typist, station)


def hasher() -> PasswordHasher:
    """Argon2id with tiny costs: the screenshots make many accounts."""
    return PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID)


def start_and_typist_screens(folder: Path, out: Path) -> None:
    """The start, the typist's pages and the projector (issue 13, 13A)."""
    from screens_typist import typist_screens

    typist_screens(folder, out)


def shown_for(api: AppApi, username: str, password: str) -> tuple[Shell, Page]:
    """Log ``username`` in through the real main window and show their role's first page (the
    header as the app shows it)."""
    window = MainWindow(api)
    window.resize(*SIZE)
    window.show()
    window.logged_in(api.login(username, password), password)
    settle()
    page = window.page()
    assert isinstance(page, Page)
    return window, page


SCREEN_MIX = Mix(
    definitive=180, warned=4, different=9, errors=25, waiting=55, second_busy=20, first_busy=40
)
"""600 stations in mixed states, as on the evening (333 of them typed through the services)."""


def coordinator_dashboard(folder: Path, out: Path, hasher: PasswordHasher) -> None:
    """The dashboard with 600 stations; a station with a difference beside the table."""
    path = folder / "gsb-600.sqlite"
    seed(path, SCREEN_MIX, hasher)
    api = open_local(path, hasher=hasher)
    shell, page = shown_for(api, "carla", SEED_PASSWORD)
    assert isinstance(page, DashboardPage)
    page.show_filter.setCurrentIndex(page.show_filter.findData("not_definitive"))
    page.table.setFocus()
    screenshot(shell, "coordinator-dashboard-600", out=out)
    different = SCREEN_MIX.definitive + SCREEN_MIX.warned + 1
    page.show_station(different)
    settle()
    screenshot(shell, "coordinator-verschil", out=out)
    page.show_station(different + SCREEN_MIX.different)
    settle()
    screenshot(shell, "coordinator-fouten", out=out)
    page.show_station(SCREEN_MIX.definitive + 1)
    settle()
    page.detail.explanation.setPlainText("Veel blanco stemmen: een oproep van een actiegroep.")
    screenshot(shell, "coordinator-toelichting", out=out)
    release_dialog(shell, page, out)
    shell.close()
    api.close()


def release_dialog(shell: Shell, page: DashboardPage, out: Path) -> None:
    """A first entry held open by a typist whose laptop froze: releasing it asks for the reason."""
    before = ORDER[: ORDER.index("first_busy")]
    page.show_station(sum(getattr(SCREEN_MIX, state) for state in before) + 1)
    settle()
    detail = page.detail.detail
    assert detail is not None
    action = next(a for a in detail.actions if a.key == "release")
    dialog = ReasonDialog(shell, "", release_words(page.detail.station_text(), action.label.nl))
    dialog.reason.setPlainText("Laptop van tafel 3 is vastgelopen; Anna gaat verder op tafel 5.")
    dialog.open()
    screenshot(shell, "coordinator-vrijgeven", out=out)
    dialog.reject()


def election_files(folder: Path) -> dict[str, Path]:
    """The generated ``tiny`` election (110a, 230b, 110b, 510b) in ``folder``."""
    from kieskring.cli import main as uitslag

    assert uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--out", str(folder)]) == 0
    prefixes = ("Verkiezingsdefinitie", "Kandidatenlijsten", "Stembureaus", "Telling")
    return {prefix: next(folder.glob(f"{prefix}_*.eml.xml")) for prefix in prefixes}


def typed_groups(path: Path) -> tuple[str, str]:
    """The two blanked groups as the clerk types them from the paper."""
    from kieskring.eml.fingerprint import blanked_groups, fingerprint, groups

    digest = fingerprint(path.read_bytes())
    first, second = blanked_groups(digest)
    return groups(digest)[first].upper(), groups(digest)[second].upper()


def administrator_screens(folder: Path, out: Path, hasher: PasswordHasher) -> AppApi:
    """The set-up wizard (fingerprint step with one group typed, the stations to check), the users
    (some from a CSV) and the backups with the restore question; returns the interface."""
    files = election_files(folder / "tiny")
    api = open_local(folder / "gsb-tiny.sqlite", hasher=hasher)
    api.create_administrator("beheer", "Beheerder", SEED_PASSWORD, SEED_PASSWORD)
    shell, home = shown_for(api, "beheer", SEED_PASSWORD)
    assert isinstance(home, AdminHome) and isinstance(home.screens, AdminScreens)
    screenshot(shell, "beheer-start", out=out)
    screens = home.screens
    screens.open_setup()
    wizard = screens.wizard
    assert wizard is not None
    wizard.step(DefinitionStep, "definition").file.set_path(files["Verkiezingsdefinitie"])
    settle()
    screenshot(shell, "inrichten-verkiezingsdefinitie", out=out)
    wizard.forward()
    wizard.step(CandidatesStep, "candidates").file.set_path(files["Kandidatenlijsten"])
    wizard.forward()
    checks = wizard.step(FingerprintsStep, "fingerprints")
    first, second = typed_groups(files["Verkiezingsdefinitie"])
    checks.definition.fields[0].setText(first)
    checks.definition.fields[1].setFocus()
    screenshot(shell, "inrichten-vingerafdruk", out=out)
    checks.definition.fields[1].setText(second)
    for field, group in zip(
        checks.candidates.fields, typed_groups(files["Kandidatenlijsten"]), strict=True
    ):
        field.setText(group)
    wizard.forward()
    wizard.step(StationsStep, "stations").file.set_path(files["Stembureaus"])
    settle()
    screenshot(shell, "inrichten-stembureaus", out=out)
    for _ in range(3):  # counting, check and save
        wizard.forward()
    key = wizard.step(KeyStep, "key")
    key.passphrase.setText(KEY_PASSPHRASE)
    key.again.setText(KEY_PASSPHRASE)
    wizard.forward()
    screenshot(shell, "inrichten-ondertekensleutel", out=out)
    wizard.forward()
    for username, name, role in (
        ("anna", "Anna de Vries", Role.INVOERDER),
        ("bram", "Bram Jansen", Role.INVOERDER),
        ("carla", "Carla Peters", Role.COORDINATOR),
    ):
        api.add_user(username, name, role, SEED_PASSWORD, SEED_PASSWORD)
    csv = folder / "invoerders.csv"
    csv.write_text(
        "gebruikersnaam;naam;rol\nerik;Erik de Vries;invoerder\nfenna;Fenna Bos;invoerder\n"
        "gijs;Gijs van Dam;invoerder\n",
        encoding="utf-8",
    )
    made = api.import_users(FileData(csv.name, csv.read_bytes()))
    screens.open_users()
    screens.users._select("fenna")
    screenshot(shell, "beheer-gebruikers", out=out)
    dialog = HandedOutDialog(screens.users, made)
    dialog.open()
    screenshot(shell, "beheer-tijdelijke-wachtwoorden", out=out)
    dialog.reject()
    screens.open_backups()
    screens.backups.make()
    info = api.inspect_backup(screens.backups.model.rows[0].name)
    question = ConfirmDialog(screens.backups, "Back-up terugzetten?", describe(info), "Terugzetten")
    question.open()
    screenshot(shell, "beheer-back-up-terugzetten", out=out)
    question.reject()
    shell.close()  # the main window ends the session
    return api


def coordinator_outputs(api: AppApi, folder: Path, out: Path) -> None:
    """The tiny election typed twice, the session finished, the outputs dialog and the fingerprints."""
    from kieskring.app.api import SessionState
    from kieskring.app.import_eml import DefinitionFiles, paper_from_counts, setup_from_definition
    from kieskring.eml.read_510 import read_510

    tiny = folder / "tiny"
    setup = setup_from_definition(
        DefinitionFiles(
            *(
                next(tiny.glob(f"{p}_*"))
                for p in ("Verkiezingsdefinitie", "Kandidatenlijsten", "Stembureaus")
            )
        )
    )
    count = read_510(next(tiny.glob("Telling_*")))
    for typist in ("anna", "bram"):
        api.login(typist, SEED_PASSWORD)
        for unit in count.units:
            station = int(unit.id.rsplit("SB", 1)[1])
            api.open_entry(station)
            paper = paper_from_counts(setup, unit.counts)
            paper["voters_votes"]["A"] = (paper["voters_votes"]["D"] or 0) - (
                paper["voters_votes"]["B"] or 0
            )
            for section, values in paper.items():
                api.save_section(station, section, values, acknowledged=True)
            api.finish_entry(station)
        api.logout()
    shell, page = shown_for(api, "carla", SEED_PASSWORD)
    assert isinstance(page, DashboardPage) and isinstance(page.screens, CoordinatorScreens)
    api.set_session_state(SessionState.COMPLETED)
    page.refresh()
    screens = page.screens
    usb = folder / "USB-stick" / "GSB-uitvoer"

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, OutputsDialog)
        dialog.folder.set_path(usb)
        dialog.passphrase.setText(KEY_PASSPHRASE)
        dialog.open()
        screenshot(shell, "coordinator-uitvoer-maken", out=out)
        dialog.make()
        return dialog.result()

    screens.run_dialog = fill
    screens.open_outputs()
    screenshot(shell, "coordinator-uitvoer", out=out)
    shell.close()


def coordinator_and_administrator(folder: Path, out: Path) -> None:
    """The coordinator's and the administrator's screens (issue 13), through the interface."""
    hasher = PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    api = administrator_screens(folder, out, hasher)
    coordinator_outputs(api, folder, out)
    api.close()
    coordinator_dashboard(folder, out, hasher)


def follow_up(folder: Path, out: Path) -> None:
    """The follow-up sittings, investigations, signals and a correction (issue 15)."""
    from screens_followup import followup_screens

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    followup_screens(folder, out, hasher())


def current_screens(folder: Path, out: Path, only: str | None = None) -> None:
    """Every screen of the app as it is now, typed through the interface, into ``out``."""
    if only in (None, "typist"):
        (folder / "typist").mkdir()
        start_and_typist_screens(folder / "typist", out)
    if only in (None, "coordinator-admin"):
        (folder / "coordinator").mkdir()
        coordinator_and_administrator(folder / "coordinator", out)
    if only in (None, "followup"):
        (folder / "followup").mkdir()
        follow_up(folder / "followup", out)
    if only in (None, "lan"):
        from screens_lan import lan_screens

        (folder / "lan").mkdir()
        lan_screens(folder / "lan", out)
    if only in (None, "chain"):
        from screens_chain import chain_screens

        (folder / "chain").mkdir()
        chain_screens(folder / "chain", out)


def main(argv: list[str] | None = None) -> int:
    """``screenshots.py [--out DIR] [--only typist|coordinator-admin|followup|lan|chain]`` (default:
    docs/screenshots)."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    parser.add_argument(
        "--only",
        choices=("typist", "coordinator-admin", "followup", "lan", "chain"),
        help="only the start, typist and projector screens, only the coordinator's and "
        "administrator's screens, only the follow-up screens (sittings, investigations, "
        "signals, a correction), only a workstation's of a serving laptop, or only the HSB's "
        "and CSB's screens",
    )
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    theme.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        current_screens(Path(folder), args.out, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
