"""Regenerate the screenshots of every screen into docs/screenshots/ (offscreen, no display).

Uses a synthetic municipality (600 stations, 3 lists) so the status overview shows its size; the
data is typed through the application services, the screens are the real widgets.
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
from gui.main_window import MainWindow  # noqa: E402
from gui.projector import ProjectorView  # noqa: E402
from kieskring.app.setup import Counting, ElectionSetup, ListSetup, StationSetup, save_setup  # noqa: E402
from kieskring.app.users import Role  # noqa: E402

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
    context.store.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
