"""Start the desktop app on an installation database (``uitslag-app DB``), or as a workstation of a
serving laptop in the same room (``uitslag-app --server https://HOST:PORT``, :mod:`gui.client`).

The look is applied once to the QApplication (:func:`gui.theme.apply`). A database that cannot be
opened — a file that is not an Uitslag database, a folder, a missing folder or one the user may not
write in — gives a clear message in Dutch and English (on stderr, and in a message box when there is a
screen) and exit code 1, never a traceback (issue 12)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import PySide6
from argon2 import PasswordHasher
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from gui import i18n, theme
from gui.client import ServerClient
from gui.main_window import MainWindow
from kieskring.app.api import AppApi, open_local
from kieskring.app.api.vocabulary import Problem, UserError

WINDOW = (1366, 768)
"""The window's size at start (the usual municipal laptop), within the screen."""
HEADLINE = "Uitslag kan niet starten / Uitslag cannot start"
WHAT_TO_DO = (
    "Kies het installatiebestand (.sqlite) van deze verkiezing, in een map waarin je mag "
    "schrijven; een nieuwe bestandsnaam maakt een nieuwe installatie.",
    "Choose the installation file (.sqlite) of this election, in a folder you may write in; a new "
    "file name creates a new installation.",
)
SERVER_WHAT_TO_DO = (
    "Controleer het adres (https://ADRES:POORT, zoals het scherm van de server het toont), de "
    "kabel van deze werkplek en of de server aan staat.",
    "Check the address (https://ADDRESS:PORT, as the server's screen shows it), this workstation's "
    "cable and whether the server is running.",
)
NO_SCREEN = ("offscreen", "minimal")
"""Qt platforms without a screen: the message goes to stderr only."""


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of this process (created on first use), with the app's look."""
    existing = QCoreApplication.instance()
    arguments = argv if argv is not None else sys.argv
    app = existing if isinstance(existing, QApplication) else QApplication(arguments)
    theme.apply(app)
    return app


def _problem(code: str, nl: str, en: str, path: Path) -> UserError:
    return UserError((Problem(code, nl, en, file=str(path)),))


def check_place(database: Path) -> None:
    """Refuse (UserError) a path where no installation database can be opened or created: a folder,
    a missing folder, a folder or a file the user may not write (SQLite writes its journal beside
    the database, so the folder must be writable too)."""
    folder = database.parent
    if database.is_dir():
        raise _problem(
            "APP.DATABASE_IS_FOLDER",
            "dit is een map, geen databasebestand; geef een bestandsnaam, bijvoorbeeld "
            f"{database / 'gsb.sqlite'}",
            f"this is a folder, not a database file; give a file name, e.g. {database / 'gsb.sqlite'}",
            database,
        )
    if not folder.is_dir():
        raise _problem(
            "APP.FOLDER_MISSING",
            f"de map {folder} bestaat niet (of is geen map); maak haar eerst of kies een andere map",
            f"the folder {folder} does not exist (or is not a folder); create it or choose another",
            database,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _problem(
            "APP.FOLDER_NOT_WRITABLE",
            f"in de map {folder} mag je niet schrijven; Uitslag bewaart daar de database en haar "
            "logbestand",
            f"you may not write in the folder {folder}; Uitslag keeps the database and its log there",
            database,
        )
    if database.exists() and not os.access(database, os.R_OK | os.W_OK):
        raise _problem(
            "APP.FILE_NOT_WRITABLE",
            "dit bestand mag je niet lezen of niet wijzigen (alleen-lezen?)",
            "you may not read or change this file (read-only?)",
            database,
        )


def open_api(database: Path, hasher: PasswordHasher | None = None) -> AppApi:
    """The interface to the installation database at ``database`` (created when missing, served in
    this process), or a UserError that says why not. SQLite's own refusals arrive as a UserError of
    the store, or as SQLite's or the system's error, which is given the same form here."""
    check_place(database)
    try:
        return open_local(database, hasher=hasher)
    except UserError:
        raise
    except Exception as error:
        if not isinstance(error, OSError) and type(error).__module__ != "sqlite3":
            raise  # a defect, not a file the user can change
        raise _problem(
            "APP.CANNOT_OPEN",
            f"de database kan niet worden geopend ({error})",
            f"the database cannot be opened ({error})",
            database,
        ) from error


def startup_message(error: UserError, what_to_do: tuple[str, str] = WHAT_TO_DO) -> str:
    """Every problem in Dutch and in English, and what to do."""
    lines = [HEADLINE]
    for problem in error.problems:
        lines.append(problem.render())
        if problem.message_en:
            lines.append(problem.render(english=True))
    lines.extend(what_to_do)
    return "\n".join(lines)


def report(error: UserError, what_to_do: tuple[str, str] = WHAT_TO_DO) -> None:
    """Say why the app cannot start: on stderr, and in a message box when there is a screen."""
    text = startup_message(error, what_to_do)
    print(f"uitslag-app: {text}", file=sys.stderr)
    if QGuiApplication.platformName() not in NO_SCREEN:
        QMessageBox.critical(None, HEADLINE, text)


def start(database: Path, hasher: PasswordHasher | None = None) -> MainWindow:
    """Open ``database`` (created when missing) and show the main window, as ``uitslag-app`` does;
    a UserError when the database cannot be opened."""
    window = MainWindow(open_api(database, hasher))
    show_window(window)
    return window


def start_client(url: str, *, insecure_localhost: bool = False) -> ServerClient:
    """``uitslag-app --server URL``: the pin page (or, for a server pinned before, the login) in a
    window; a UserError when the server's certificate cannot be read."""
    client = ServerClient(url, insecure_localhost=insecure_localhost)
    show_window(client.begin())
    return client


def show_window(window: QMainWindow) -> None:
    """Show ``window`` at the usual laptop's size, within the screen."""
    app = application()
    screen = app.primaryScreen()
    room = screen.availableSize() if screen is not None else None
    width, height = WINDOW
    if room is not None and room.width() > 0 and room.height() > 0:
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)
    window.show()
    window.activateWindow()


QT_PROBE_CALLS = 200
"""Calls of a Qt method that returns nothing, made once at start to see whether the binding keeps
its references to ``None``."""


def qt_loses_none(calls: int = QT_PROBE_CALLS) -> bool:
    """Whether this Qt binding drops a reference to ``None`` on a call that returns nothing
    (PySide6 6.12.0 does): on Python 3.11, where ``None`` is not immortal, the app would abort
    ("none_dealloc") after some 40,000 such calls — in the middle of an evening of typing."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def check_qt() -> None:
    """Refuse (UserError) to start on a Qt binding that would crash the app later."""
    if qt_loses_none():
        version = PySide6.__version__
        raise UserError(
            (
                Problem(
                    "APP.QT_DEFECT",
                    f"deze versie van PySide6 ({version}) heeft een fout waardoor de app na een "
                    "tijd typen vastloopt; installeer Uitslag met 'make install' of met het "
                    "installatiepakket (die nemen de vastgelegde versie)",
                    f"this version of PySide6 ({version}) has a defect that makes the app crash "
                    "after a while of typing; install Uitslag with 'make install' or the offline "
                    "bundle (they take the locked version)",
                ),
            )
        )


def choose_language(lang: str | None) -> QApplication:
    """The app in ``lang`` (default: the system's language when there is a translation for it,
    else Dutch)."""
    app = application()
    chosen = i18n.choose(lang)
    if not i18n.install(chosen):
        print(
            f"uitslag-app: geen vertaling voor '{chosen}'; de app blijft Nederlands",
            file=sys.stderr,
        )
    return app


def run(database: Path, lang: str | None = None) -> int:
    """Open ``database``, show the main window in ``lang`` and run until it is closed; 1 when the
    database cannot be opened."""
    app = choose_language(lang)
    try:
        check_qt()
        window = start(database)
    except UserError as error:
        report(error)
        return 1
    window.showMaximized()  # the whole screen of the laptop
    code = app.exec()
    shut_down(window)
    return int(code)


def run_client(url: str, lang: str | None = None, *, insecure_localhost: bool = False) -> int:
    """``uitslag-app --server URL``: connect, pin, and run until the window is closed; 1 when the
    server cannot be reached or the address is wrong."""
    app = choose_language(lang)
    try:
        check_qt()
        client = start_client(url, insecure_localhost=insecure_localhost)
    except UserError as error:
        report(error, SERVER_WHAT_TO_DO)
        return 1
    if client.window is not None:
        client.window.showMaximized()
    code = app.exec()
    if client.main is not None:
        shut_down(client.main)
    return int(code)


def shut_down(window: MainWindow) -> None:
    """Close the window (ending the session) and the database, and free the pages while Qt still runs:
    left to the interpreter's last garbage collection, PySide may free them after Qt's own objects
    and crash on the way out."""
    window.close()
    window.api.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def main() -> int:
    """``uitslag-app DB`` / ``python -m gui DB``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="uitslag-app", description="Uitslag: invoer processen-verbaal"
    )
    parser.add_argument(
        "database", type=Path, nargs="?", help="installatiebestand (SQLite), wordt gemaakt"
    )
    parser.add_argument(
        "--server",
        metavar="https://ADRES:POORT",
        help="werkplek van een server in dezelfde ruimte (uitslag serve) in plaats van een database",
    )
    parser.add_argument(
        "--insecure-localhost",
        action="store_true",
        help="alleen voor tests: http zonder certificaat naar een server op deze computer",
    )
    parser.add_argument(
        "--lang",
        help=f"taal van de schermen: {', '.join(i18n.available())} (standaard: systeemtaal)",
    )
    args = parser.parse_args()
    if (args.database is None) == (args.server is None):
        parser.error("geef een installatiebestand of --server https://ADRES:POORT, niet allebei")
    if args.server is not None:
        return run_client(args.server, args.lang, insecure_localhost=args.insecure_localhost)
    return run(args.database, args.lang)
