"""Start the desktop app on an installation database."""

from __future__ import annotations

import sys
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

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


def run(database: Path) -> int:
    """Open ``database``, show the main window and run until it is closed."""
    app = application()
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
    return run(parser.parse_args().database)
