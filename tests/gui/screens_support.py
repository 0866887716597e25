"""Shared by the tests of the coordinator's and the administrator's screens: an installation with
stations in mixed states (typed through the services, :mod:`fixtures.app_states`), the interface object
on it, and a window (:class:`~gui.widgets.Shell`) showing a role's first page after logging in
through the interface — as the main window does (issue 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from fixtures.app_states import PASSWORD, Mix, seed
from gui.pages import PAGES
from gui.widgets import FileChooser, HeaderInfo, Page, Shell
from gui.widgets.messages import said
from kieskring.app.api import AppApi, open_local
from tests.app.support import cheap_hasher

__all__ = [
    "PASSWORD",
    "Mix",
    "copy_installation",
    "installation",
    "log_in",
    "open_api",
    "private_settings",
    "settle",
    "use_settings",
]


def settle() -> None:
    """Let Qt lay out and paint what changed."""
    for _ in range(3):
        QApplication.processEvents()


def installation(folder: Path, mix: Mix, stations: int = 600) -> Path:
    """A database in ``folder`` with ``stations`` stations typed into ``mix``."""
    path = folder / "gsb.sqlite"
    seed(path, mix, cheap_hasher(), stations=stations)
    return path


def copy_installation(database: Path, folder: Path) -> Path:
    """A copy of the installation at ``database`` (with its audit key, WAL and signing key) in
    ``folder``, so a test may change it."""
    for item in database.parent.iterdir():
        if item.name.startswith(database.name):
            target = folder / item.name
            if item.is_dir():
                shutil.copytree(item, target)
            else:
                shutil.copy2(item, target)
    return folder / database.name


def open_api(path: Path) -> AppApi:
    """The interface to the database at ``path``, on this laptop."""
    return open_local(path, workstation="tafel-1", hasher=cheap_hasher())


def log_in(api: AppApi, username: str, password: str = PASSWORD) -> tuple[Shell, Page]:
    """Log ``username`` in and show their role's first page in a window, as the main window does."""
    session = api.login(username, password).session
    election = session.election
    shell = Shell(
        HeaderInfo(
            election.election_id if election else "",
            election.municipality if election else "",
            election.body if election else "",
            said(session.role_label),
            session.fullname,
        )
    )
    page = PAGES[session.role](api, shell)
    shell.resize(1366, 768)
    shell.show()
    shell.activateWindow()
    shell.show_page(page)
    settle()
    return shell, page


def private_settings(folder: Path) -> None:
    """Every QSettings of the app (the file choosers' last folders) in ``folder``, not the user's."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


def use_settings(window: QWidget, folder: Path) -> None:
    """Every file chooser in ``window`` remembers its folders in ``folder`` (not the user's own
    settings)."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    for chooser in window.findChildren(FileChooser):
        chooser.settings = settings
