"""Restore from a backup in the app (issue 5, "In-app backup … restore"): only the administrator sees
the menu action, the backup is checked before the confirmation, a damaged one is refused, and a restore
removes the later work, logs everyone out and leaves a verifying audit chain."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.main_window import MainWindow
from kieskring.app.backup import make_backup
from kieskring.app.setup import save_setup
from kieskring.app.states import EntryState
from kieskring.app.users import Role
from kieskring.storage import verify_audit
from tests.app.support import PASSWORD, SETUP, cheap_hasher, good_paper, type_paper

pytestmark = pytest.mark.gui


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def log_in(qtbot: QtBot, window: MainWindow, username: str) -> None:
    window.logout()
    window.login.username.setText(username)
    window.login.password.setText(PASSWORD)
    click(qtbot, window.login.submit)
    assert window.page is not None, window.login.message.text()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """An installation with station 1 typed once, and a backup of that in ``tmp_path/usb``."""
    context = AppContext.open(tmp_path / "gsb.sqlite", cheap_hasher())
    users = context.users
    admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
    save_setup(context.store, users, admin, SETUP)
    users.create_user(admin, "coord", "Coördinator", Role.COORDINATOR, PASSWORD)
    typist = users.create_user(admin, "anna", "Anna", Role.INVOERDER, PASSWORD)
    type_paper(context.entry, typist, 1, good_paper())
    (tmp_path / "usb").mkdir()
    main = MainWindow(context)
    qtbot.addWidget(main)
    return main


def backup_then_change(window: MainWindow, folder: Path) -> Path:
    """Back up, then finish station 1 and type station 2 (the change a restore must undo)."""
    context = window.context
    users = context.users
    coordinator = users.login("coord", PASSWORD)
    report = make_backup(context.store, users, coordinator, folder)
    typist = users.login("anna", PASSWORD)
    context.entry.finalise(typist, 1)
    type_paper(context.entry, typist, 2, good_paper())
    assert context.entry.status(2).state is EntryState.FIRST_ENTRY_IN_PROGRESS
    return report.path


def test_only_the_administrator_sees_restore(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.restore_action.isVisible()
    for username, visible in (("anna", False), ("coord", False), ("beheer", True)):
        log_in(qtbot, window, username)
        assert window.restore_action.isVisible() is visible, username
    window.logout()
    assert not window.restore_action.isVisible()


def test_restore_undoes_later_work_and_the_chain_verifies(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backup_then_change(window, tmp_path / "usb")
    log_in(qtbot, window, "beheer")
    monkeypatch.setattr(window, "choose_backup_file", lambda: backup)
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert backup.name in dialog.details.text()
    assert "gaat verloren" in dialog.details.text()
    assert dialog.cancel.isDefault()
    click(qtbot, dialog.confirm)

    assert not dialog.isVisible()
    assert window.page is None and window.context.user is None  # everyone logs in again
    assert "Back-up teruggezet" in window.login.message.text()
    entry = window.context.entry
    assert entry.status(1).state is EntryState.FIRST_ENTRY_IN_PROGRESS  # as in the backup
    assert entry.status(2).state is EntryState.EMPTY  # the later work is gone
    assert verify_audit(window.context.store.path) == []
    last = window.context.store.query("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert last[0]["action"] == "backup.restore"
    log_in(qtbot, window, "beheer")  # the restored database is open and usable


def test_cancel_and_damaged_backup_replace_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backup_then_change(window, tmp_path / "usb")
    log_in(qtbot, window, "beheer")
    monkeypatch.setattr(window, "choose_backup_file", lambda: backup)
    window.restore_action.trigger()
    assert window.restore_dialog is not None
    click(qtbot, window.restore_dialog.cancel)
    assert window.context.entry.status(2).state is EntryState.FIRST_ENTRY_IN_PROGRESS

    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert dialog is not None
    assert "BACKUP.CHECKSUM" in dialog.details.text()
    assert dialog.confirm.isHidden()
    assert window.context.user is not None
    assert window.context.entry.status(2).state is EntryState.FIRST_ENTRY_IN_PROGRESS


def test_the_service_refuses_a_coordinator_even_without_the_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backup_then_change(window, tmp_path / "usb")
    log_in(qtbot, window, "coord")
    monkeypatch.setattr(window, "choose_backup_file", lambda: backup)
    window.ask_restore()
    dialog = window.restore_dialog
    assert dialog is not None
    assert "FOUT" in dialog.details.text() and dialog.confirm.isHidden()
    assert window.context.entry.status(2).state is EntryState.FIRST_ENTRY_IN_PROGRESS
