"""The users screen (docs/app.md §3.2): the table (name, role, active, last login, what to watch);
adding one with the password twice and a role box that starts empty every time; many from a CSV with
their temporary passwords shown once (and working); deactivating (confirmed); a new temporary password.
The users, stations and backups pages fit 1366×768, 125 % and 1920×1080."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from fixtures.app_states import PASSWORD, Mix
from gui import theme
from gui.pages.admin import AdminHome, AdminScreens
from gui.pages.admin.users import AddUserDialog, HandedOutDialog, ImportDialog, handed_out_html
from gui.widgets import ConfirmDialog, Shell
from kieskring.app.api import AppApi, Role
from tests.gui import fit

from .screens_support import (
    copy_installation,
    installation,
    log_in,
    open_api,
    private_settings,
)

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return installation(tmp_path_factory.mktemp("gsb"), Mix(), stations=30)


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


@pytest.fixture
def screens(api: AppApi, qtbot: QtBot) -> tuple[Shell, AdminScreens]:
    shell, page = log_in(api, "beheer")
    qtbot.addWidget(shell)
    assert isinstance(page, AdminHome) and isinstance(page.screens, AdminScreens)
    return shell, page.screens


def cells(screens: AdminScreens) -> dict[str, list[str]]:
    model = screens.users.model
    return {
        model.index(r, 1).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def test_the_users_table(screens: tuple[Shell, AdminScreens]) -> None:
    shell, found = screens
    found.open_users()
    assert shell.page() is found.users
    rows = cells(found)
    assert set(rows) == {"beheer", "anna", "bram", "carla"}
    assert rows["carla"][:4] == ["Carla Peters", "carla", "coördinator", "ja"]
    assert rows["anna"][4] == "–"  # never logged in
    assert rows["beheer"][4] != "–"
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=found.users.primary, size=size)


def test_add_a_user_with_the_password_twice_and_an_empty_role_box(
    screens: tuple[Shell, AdminScreens], qtbot: QtBot
) -> None:
    _, found = screens
    found.open_users()
    seen: list[AddUserDialog] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, AddUserDialog)
        seen.append(dialog)
        dialog.show()
        assert dialog.role.currentIndex() == -1 and dialog.focusWidget() is dialog.username
        name = f"dirk{len(seen)}"
        qtbot.keyClicks(dialog.username, name)
        qtbot.keyClicks(dialog.fullname, f"Dirk {len(seen)}")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClicks(dialog.again, PASSWORD + "!")
        dialog.add()
        assert dialog.message.text().startswith("✗ Kies de rol") or "rol" in dialog.message.text()
        dialog.role.setCurrentIndex(
            dialog.role.findData("coordinator" if len(seen) == 1 else "invoerder")
        )
        dialog.add()  # the passwords differ
        assert "USERS.PASSWORDS_DIFFER" in dialog.message.text() and not dialog.password.text()
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClicks(dialog.again, PASSWORD)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.hide()
        return dialog.result()

    found.users.run_dialog = fill
    qtbot.mouseClick(found.users.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(found.users.add_button, Qt.MouseButton.LeftButton)  # the box is empty again
    rows = cells(found)
    assert rows["dirk1"][2] == "coördinator" and rows["dirk2"][2] == "invoerder"
    assert "Dirk 2 is toegevoegd" in found.users.message.text()


def test_many_from_a_csv_with_temporary_passwords_shown_once(
    screens: tuple[Shell, AdminScreens], path: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    _, found = screens
    found.open_users()
    csv = tmp_path / "invoerders.csv"
    csv.write_text(
        "gebruikersnaam;naam;rol\nerik;Erik de Vries;invoerder\nfenna;Fenna Bos;invoerder\n"
    )
    handed: list[HandedOutDialog] = []
    printed: list[str] = []

    def run(dialog: QDialog) -> int:
        if isinstance(dialog, ImportDialog):
            dialog.file.chooser = lambda *_: str(csv)
            qtbot.mouseClick(dialog.file.browse, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            return dialog.result()
        assert isinstance(dialog, HandedOutDialog)
        handed.append(dialog)
        dialog.printer = lambda parent, html: printed.append(html) or True
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        return 1

    found.users.run_dialog = run
    qtbot.mouseClick(found.users.import_button, Qt.MouseButton.LeftButton)
    assert len(handed) == 1 and [m.username for m in handed[0].made] == ["erik", "fenna"]
    passwords = {m.username: m.temporary_password for m in handed[0].made}
    assert all(p in printed[0] for p in passwords.values())
    rows = cells(found)
    assert rows["erik"][5] == "moet eigen wachtwoord kiezen"
    other = open_api(path)
    try:
        assert other.login("fenna", passwords["fenna"]).session.must_change_password
    finally:
        other.close()
    bad = tmp_path / "fout.csv"
    bad.write_text("gebruikersnaam;naam;rol\ngijs;Gijs;koning\n")

    def refused(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        dialog.file.set_path(bad)
        dialog.read()
        assert "USERS." in dialog.message.text() and dialog.result() == 0
        return 0

    found.users.run_dialog = refused
    qtbot.mouseClick(found.users.import_button, Qt.MouseButton.LeftButton)
    assert "gijs" not in cells(found)


def test_deactivate_and_reset(
    screens: tuple[Shell, AdminScreens], path: Path, qtbot: QtBot
) -> None:
    _, found = screens
    found.open_users()
    users = found.users
    answers = [False, True, True]

    def ask(parent: QWidget, title: str, question: str, confirm_text: str) -> bool:
        assert ConfirmDialog(parent, title, question, confirm_text).cancel_button.isDefault()
        return answers.pop(0)

    users.ask = ask
    users._select("bram")
    qtbot.mouseClick(users.deactivate_button, Qt.MouseButton.LeftButton)  # "Annuleren"
    assert cells(found)["bram"][3] == "ja"
    qtbot.mouseClick(users.deactivate_button, Qt.MouseButton.LeftButton)
    assert cells(found)["bram"][3] == "nee"
    assert not users.deactivate_button.isEnabled() and users.deactivate_button.toolTip()
    assert not users.reset_button.isEnabled()
    users._select("anna")
    shown: list[HandedOutDialog] = []
    users.run_dialog = lambda dialog: shown.append(dialog) or 1  # type: ignore[arg-type, func-returns-value]
    qtbot.mouseClick(users.reset_button, Qt.MouseButton.LeftButton)
    temporary = shown[0].made[0].temporary_password
    assert shown[0].made[0].username == "anna" and len(temporary) >= 12
    other = open_api(path)
    try:
        assert other.login("anna", temporary).session.must_change_password
        with pytest.raises(Exception, match="USERS"):
            other.login("bram", PASSWORD)
    finally:
        other.close()


def test_handed_out_page_to_print_names_every_account() -> None:
    from kieskring.app.api.admin import HandedOut
    from kieskring.app.text import Text

    html = handed_out_html(
        (HandedOut("erik", "Erik de Vries", Text("invoerder", "typist"), "abc-123"),)
    )
    assert "Erik de Vries" in html and "abc-123" in html and "invoerder" in html
    assert Role.INVOERDER.value == "invoerder"
