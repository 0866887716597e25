"""Start the desktop app on an installation database."""

from __future__ import annotations

import sys
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.context import AppContext
from gui.main_window import MainWindow


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of this process (created on first use)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv if argv is not None else sys.argv)


def start(database: Path, hasher: PasswordHasher | None = None) -> MainWindow:
    """Open ``database`` (created when missing) and show the main window, as ``uitslag-app`` does."""
    application()
    window = MainWindow(AppContext.open(database, hasher))
    window.resize(1100, 800)
    window.show()
    window.activateWindow()
    return window


def run(database: Path, lang: str | None = None) -> int:
    """Open ``database``, show the main window in ``lang`` (default: the system's language when
    there is a translation for it, else Dutch) and run until it is closed."""
    app = application()
    chosen = i18n.choose(lang)
    if not i18n.install(chosen):
        print(
            f"uitslag-app: geen vertaling voor '{chosen}'; de app blijft Nederlands",
            file=sys.stderr,
        )
    window = start(database)
    code = app.exec()
    window.context.store.close()
    return int(code)


def main() -> int:
    """``uitslag-app DB`` / ``python -m gui DB``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="uitslag-app", description="Uitslag: invoer processen-verbaal"
    )
    parser.add_argument("database", type=Path, help="installatiebestand (SQLite), wordt gemaakt")
    parser.add_argument(
        "--lang",
        help=f"taal van de schermen: {', '.join(i18n.available())} (standaard: systeemtaal)",
    )
    args = parser.parse_args()
    return run(args.database, args.lang)
