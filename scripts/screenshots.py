"""Screenshots of the app for docs/screenshots/: each one the whole window at exactly 1366×768 (the
usual municipal laptop, app.md §1), with an open dialog drawn over its window where it opens.

    python scripts/screenshots.py [--out DIR]   # every screenshot of the current screens

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
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
"""The screen: device pixels, as the municipal laptop has them."""
NAME = re.compile(r"[0-9]{0,2}-?[a-z0-9]+(?:-[a-z0-9]+)+")
"""A name that says what it shows: lowercase words joined by hyphens, optionally numbered."""
TITLE_BAR = 28
"""Height of the title strip drawn above a dialog (the offscreen platform draws no decorations)."""

from argon2 import PasswordHasher  # noqa: E402
from argon2.low_level import Type  # noqa: E402
from PySide6.QtCore import QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from gui import theme  # noqa: E402
from gui.context import AppContext  # noqa: E402
from gui.coordinator_page import CoordinatorPage  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.projector import ProjectorView  # noqa: E402
from kieskring.app.backup import make_backup  # noqa: E402
from kieskring.app.entry import DataEntry  # noqa: E402
from kieskring.app.setup import Counting, ElectionSetup, ListSetup, StationSetup, save_setup  # noqa: E402
from kieskring.app.users import Role, User  # noqa: E402

PASSWORD = "schermafdruk wachtwoord"
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


def send_back_choice(window: MainWindow, context: AppContext, out: Path) -> None:
    """Station 1 typed differently by Anna and Bram: the coordinator picks who corrects it."""
    anna, bram = (context.users.login(n, PASSWORD) for n in ("anna", "bram"))
    type_station(context.entry, anna, 1, 60)
    type_station(context.entry, bram, 1, 66)
    context.user = context.users.login("carla", PASSWORD)
    window.after_login()
    page = window.page
    assert isinstance(page, CoordinatorPage)
    page.station.setText("1")
    page.show_differences()
    page.send_to.setCurrentIndex(1)
    shot(window, "6-verschillen-terugsturen", out)


def restore_dialog(window: MainWindow, context: AppContext, folder: Path, out: Path) -> None:
    """The administrator picked a backup: what it holds and the warning, before restoring."""
    report = make_backup(context.store, context.users, context.current(), folder)
    window.logout()
    context.user = context.users.login("beheer", PASSWORD)
    window.after_login()
    window.choose_backup_file = lambda: report.path  # type: ignore[method-assign]
    window.ask_restore()
    assert window.restore_dialog is not None
    shot(window, "7-back-up-terugzetten", out)
    window.restore_dialog.reject()


def current_screens(folder: Path, out: Path) -> None:
    """The screens of the app as it is now, typed through the services, into ``out``."""
    context = AppContext.open(
        folder / "gsb.sqlite", PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID)
    )
    window = MainWindow(context)
    shot(window, "1-eerste-start", out)
    admin = context.users.create_administrator("beheer", "Beheerder", PASSWORD)
    for name, role in (
        ("anna", Role.INVOERDER),
        ("bram", Role.INVOERDER),
        ("carla", Role.COORDINATOR),
    ):
        context.users.create_user(admin, name, name.title(), role, PASSWORD)
    context.user = admin
    window.after_login()
    shot(window, "2-inrichten", out)
    save_setup(context.store, context.users, admin, SETUP)
    window.logout()
    context.user = context.users.login("anna", PASSWORD)
    window.after_login()
    page = window.page
    page.number.setText("7")  # type: ignore[union-attr]
    page.open_station()  # type: ignore[union-attr]
    shot(window, "3-invoer", out)
    window.logout()
    context.user = context.users.login("carla", PASSWORD)
    window.after_login()
    shot(window, "4-overzicht-600-stembureaus", out)
    projector = ProjectorView(context)
    shot(projector, "5-projectie", out)
    projector.close()
    window.logout()
    send_back_choice(window, context, out)
    restore_dialog(window, context, folder, out)
    window.close()
    context.store.close()


def main(argv: list[str] | None = None) -> int:
    """``screenshots.py [--out DIR]`` (default: docs/screenshots)."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    theme.apply(app)
    with tempfile.TemporaryDirectory() as folder:
        current_screens(Path(folder), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
