"""Start the desktop app on an installation database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gui.context import AppContext
from gui.main_window import MainWindow


def run(database: Path) -> int:
    """Open ``database`` (created when missing) and show the main window."""
    app = QApplication.instance() or QApplication(sys.argv)
    context = AppContext.open(database)
    window = MainWindow(context)
    window.resize(1100, 800)
    window.show()
    code = app.exec()
    context.store.close()
    return int(code)


def main() -> int:
    """``uitslag-app DB`` / ``python -m gui DB``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="uitslag-app", description="Uitslag: invoer processen-verbaal"
    )
    parser.add_argument("database", type=Path, help="installatiebestand (SQLite), wordt gemaakt")
    return run(parser.parse_args().database)
