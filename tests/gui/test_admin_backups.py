"""Backups on the administrator's screen (docs/app.md §3.2): made, listed, copied onto a stick with
their checksum, restored after a check whose confirmation says what the backup holds ("Annuleren"
the default); a restore ends every session (the window is told) and brings the old state back; a
restore from a stick goes through the same check. The coordinator makes and copies, never restores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fixtures.app_states import PASSWORD, Mix
from gui import theme
from gui.pages.admin import AdminHome, AdminScreens
from gui.pages.coordinator import CoordinatorPage, CoordinatorScreens
from gui.widgets import ConfirmDialog
from gui.widgets.messages import SESSION
from kieskring.app.api import AppApi, Role
from tests.gui import fit

from .screens_support import copy_installation, installation, log_in, open_api, private_settings

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return installation(tmp_path_factory.mktemp("gsb"), Mix(definitive=2), stations=10)


@pytest.fixture
def path(database: Path, tmp_path: Path, qapp: QApplication) -> Path:
    theme.apply(qapp)
    private_settings(tmp_path)
    return copy_installation(database, tmp_path)


@pytest.fixture
def api(path: Path) -> Iterator[AppApi]:
    found = open_api(path)
    yield found
    found.close()


def test_make_copy_and_restore(api: AppApi, tmp_path: Path, qtbot: QtBot) -> None:
    shell, home = log_in(api, "beheer")
    qtbot.addWidget(shell)
    assert isinstance(home, AdminHome) and isinstance(home.screens, AdminScreens)
    home.screens.open_backups()
    page = home.screens.backups
    assert shell.page() is page
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and "Back-up gemaakt" in page.message.text()
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=page.primary, size=size)
    stick = tmp_path / "stick"
    page.stick.chooser = lambda *_: str(stick)
    qtbot.mouseClick(page.stick.browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    name = page.model.rows[0].name
    assert (stick / name).is_file() and (stick / f"{name}.sha256").read_text().split()[
        0
    ] == page.model.rows[0].sha256

    api.add_user("dirk", "Dirk", Role.INVOERDER, PASSWORD, PASSWORD)  # after the backup
    questions: list[str] = []

    def ask(parent: QWidget, title: str, question: str, confirm_text: str) -> bool:
        assert ConfirmDialog(parent, title, question, confirm_text).cancel_button.isDefault()
        questions.append(question)
        return len(questions) > 1

    ended: list[str] = []
    SESSION.ended.connect(ended.append)
    page.ask = ask
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)  # "Annuleren"
    assert not ended and "dirk" in {u.username for u in api.users()}
    question = questions[0]
    assert "Gemeenteraad Voorbeeld 2029" in question and "10, waarvan 2 definitief" in question
    assert "Gebruikers: 4" in question and "gaat verloren" in question
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    SESSION.ended.disconnect(ended.append)
    assert ended and "opnieuw inloggen" in ended[0]
    api.login("beheer", PASSWORD)
    assert "dirk" not in {u.username for u in api.users()}


def test_restore_from_a_stick_is_checked_first(api: AppApi, tmp_path: Path, qtbot: QtBot) -> None:
    made = (api.login("beheer", PASSWORD), api.make_backup())[1]
    copy = api.download_backup(made.name)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "van-stick.sqlite").write_bytes(copy.content + b"beschadigd")
    (stick / "van-stick.sqlite.sha256").write_text(f"{copy.sha256}  van-stick.sqlite\n")
    api.logout()
    shell, home = log_in(api, "beheer")
    qtbot.addWidget(shell)
    assert isinstance(home, AdminHome) and isinstance(home.screens, AdminScreens)
    home.screens.open_backups()
    page = home.screens.backups
    page.ask = lambda *_: pytest.fail("a damaged backup must not get as far as the question")
    page.restore_file.set_path(stick / "van-stick.sqlite")
    qtbot.mouseClick(page.restore_stick_button, Qt.MouseButton.LeftButton)
    assert "BACKUP.CHECKSUM" in page.message.text()


def test_the_coordinator_makes_backups_but_never_restores(api: AppApi, qtbot: QtBot) -> None:
    shell, page = log_in(api, "carla")
    qtbot.addWidget(shell)
    assert isinstance(page, CoordinatorPage) and isinstance(page.screens, CoordinatorScreens)
    qtbot.mouseClick(page.backups_button, Qt.MouseButton.LeftButton)
    backups = page.screens.backups
    assert shell.page() is backups
    qtbot.mouseClick(backups.make_button, Qt.MouseButton.LeftButton)
    assert backups.model.rowCount() == 1
    assert not backups.restore_button.isVisible() and not backups.restore_file.isVisible()
    fit.assert_fits(shell, primary=backups.primary)
    qtbot.mouseClick(backups.back_button, Qt.MouseButton.LeftButton)
    assert shell.page() is page
