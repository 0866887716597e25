"""Regenerate the screenshots of every screen into docs/screenshots/ (offscreen, no display).

Uses a synthetic municipality (600 stations, 3 lists) so the status overview shows its size; the
data is typed through the application services, the screens are the real widgets. Also the
coordinator's choice to whom differing fields go back, and the administrator's restore dialog.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

from argon2 import PasswordHasher  # noqa: E402
from argon2.low_level import Type  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

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


def shot(widget: QWidget, name: str, size: tuple[int, int] = (1100, 800)) -> None:
    widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"docs/screenshots/{name}.png")


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


def send_back_choice(window: MainWindow, context: AppContext) -> None:
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
    shot(window, "6-verschillen-terugsturen")


def restore_dialog(window: MainWindow, context: AppContext, folder: Path) -> None:
    """The administrator picked a backup: what it holds and the warning, before restoring."""
    report = make_backup(context.store, context.users, context.current(), folder)
    window.logout()
    context.user = context.users.login("beheer", PASSWORD)
    window.after_login()
    window.choose_backup_file = lambda: report.path  # type: ignore[method-assign]
    window.ask_restore()
    assert window.restore_dialog is not None
    shot(window.restore_dialog, "7-back-up-terugzetten", (720, 320))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    context = AppContext.open(
        folder / "gsb.sqlite", PasswordHasher(time_cost=1, memory_cost=64, type=Type.ID)
    )
    window = MainWindow(context)
    shot(window, "1-eerste-start")
    admin = context.users.create_administrator("beheer", "Beheerder", PASSWORD)
    for name, role in (
        ("anna", Role.INVOERDER),
        ("bram", Role.INVOERDER),
        ("carla", Role.COORDINATOR),
    ):
        context.users.create_user(admin, name, name.title(), role, PASSWORD)
    context.user = admin
    window.after_login()
    shot(window, "2-inrichten")
    save_setup(context.store, context.users, admin, SETUP)
    window.logout()
    context.user = context.users.login("anna", PASSWORD)
    window.after_login()
    page = window.page
    page.number.setText("7")  # type: ignore[union-attr]
    page.open_station()  # type: ignore[union-attr]
    shot(window, "3-invoer")
    window.logout()
    context.user = context.users.login("carla", PASSWORD)
    window.after_login()
    shot(window, "4-overzicht-600-stembureaus")
    projector = ProjectorView(context)
    shot(projector, "5-projectie", (1280, 720))
    window.logout()
    send_back_choice(window, context)
    restore_dialog(window, context, folder)
    context.store.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
