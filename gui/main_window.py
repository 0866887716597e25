"""The main window: login first, then the screen of the user's role; logging out returns here.

The administrator also finds "Back-up terugzetten…" in the menu: choose a backup file, the app checks it
(checksum, integrity, audit chain) and shows what it holds, and only an explicit click replaces the
database; afterwards everyone logs in again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.admin_page import AdminPage
from gui.context import AppContext
from gui.coordinator_page import CoordinatorPage
from gui.entry_page import EntryPage
from gui.i18n import tr
from gui.login_page import LoginPage
from gui.projector import ProjectorView
from gui.widgets import button, large, message_label, show_problems
from kieskring.app.backup import BackupCheck, check_backup
from kieskring.app.users import Action, Role, may
from kieskring.errors import UserError


class RestoreDialog(QDialog):
    """What a checked backup holds, and the warning; "Annuleren" is the default button."""

    def __init__(self, parent: QWidget, check: BackupCheck | None, error: UserError | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Back-up terugzetten"))
        self.setAccessibleName(tr("Back-up terugzetten"))
        self.check = check
        title = QLabel(
            tr("Deze back-up is gecontroleerd en in orde.")
            if check
            else tr("Deze back-up kan niet worden teruggezet.")
        )
        large(title, 13)
        self.details = message_label(tr("Gegevens van de back-up"))
        self.message = message_label(tr("Melding terugzetten"))
        self.confirm = button(tr("Terugzetten"), "restore_confirm")
        self.cancel = button(tr("Annuleren") if check else tr("Sluiten"), "restore_cancel")
        self.cancel.setDefault(True)
        self.confirm.setVisible(check is not None)
        if check is not None:
            self.details.setText(describe(check))
        elif error is not None:
            show_problems(self.details, error)
        row = QHBoxLayout()
        row.addWidget(self.confirm)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (title, self.details, self.message):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.cancel.clicked.connect(self.reject)
        self.cancel.setFocus()


def describe(check: BackupCheck) -> str:
    """The checked backup in words, with the warning that newer work is lost."""
    return "\n".join(
        [
            tr("Bestand: {name}").format(name=check.path.name),
            tr("Controlegetal (SHA-256) klopt: {hash}…").format(hash=check.sha256[:16]),
            tr("Auditlog klopt: {count} regels, laatste wijziging {at}").format(
                count=check.audit_entries, at=check.last_change[:19].replace("T", " ")
            ),
            "",
            tr("LET OP: alle gegevens van nu worden vervangen door die uit de back-up."),
            tr("Wat na het maken van de back-up is ingevoerd, gaat verloren."),
            tr("Daarna moet iedereen opnieuw inloggen."),
        ]
    )


class MainWindow(QMainWindow):
    """One window; pages swap in a stack."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(tr("Uitslag — invoer processen-verbaal"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.login = LoginPage(context, self.after_login)
        self.stack.addWidget(self.login)
        self.page: QWidget | None = None
        self.projector: ProjectorView | None = None
        self.restore_dialog: RestoreDialog | None = None
        self._menu()

    def _menu(self) -> None:
        self.logout_action = QAction(tr("Uitloggen"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.triggered.connect(self.logout)
        self.projector_action = QAction(tr("Projectieweergave"), self)
        self.projector_action.triggered.connect(self.show_projector)
        self.restore_action = QAction(tr("Back-up terugzetten…"), self)
        self.restore_action.triggered.connect(self.ask_restore)
        self.restore_action.setVisible(False)
        menu = self.menuBar().addMenu(tr("&Sessie"))
        menu.addAction(self.projector_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.logout_action)

    def after_login(self) -> None:
        """Show the page of the logged-in user's role."""
        role = self.context.current().role
        match role:
            case Role.BEHEERDER:
                page: QWidget = AdminPage(self.context)
            case Role.INVOERDER:
                page = EntryPage(self.context)
            case Role.COORDINATOR:
                page = CoordinatorPage(self.context)
        self.restore_action.setVisible(may(role, Action.RESTORE))
        self.page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def logout(self) -> None:
        """Back to the login page; the role's page is closed."""
        if self.context.user is not None:
            self.context.users.logout(self.context.user)
        self.context.user = None
        self._to_login()

    def _to_login(self) -> None:
        self.restore_action.setVisible(False)
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.login.refresh()
        self.stack.setCurrentWidget(self.login)

    def show_projector(self) -> None:
        """Open the read-only progress view in its own window (for a projector)."""
        if self.context.user is None:
            return
        self.projector = ProjectorView(self.context)
        self.projector.setWindowTitle(tr("Uitslag — voortgang"))
        self.projector.show()

    def choose_backup_file(self) -> Path | None:
        """The backup file the administrator picks (None: cancelled)."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Back-up kiezen"), "", tr("Back-up (*.sqlite)")
        )
        return Path(path) if path else None

    def ask_restore(self) -> None:
        """Choose a backup, check it, and show the confirmation (or why it cannot be restored)."""
        if self.context.user is None:
            return
        path = self.choose_backup_file()
        if path is None:
            return
        try:
            check: BackupCheck | None = check_backup(
                self.context.users, self.context.current(), path
            )
            error = None
        except UserError as refused:
            check, error = None, refused
        dialog = RestoreDialog(self, check, error)
        dialog.confirm.clicked.connect(self.restore)
        self.restore_dialog = dialog
        dialog.open()

    def restore(self) -> None:
        """Replace the database by the confirmed backup; then everyone logs in again."""
        dialog = self.restore_dialog
        if dialog is None or dialog.check is None:
            return
        try:
            self.context.restore(dialog.check.path)
        except UserError as error:
            if self.context.user is not None:  # nothing was replaced
                show_problems(dialog.message, error)
                return
            dialog.reject()  # the database was reopened: log in again
            self._to_login()
            show_problems(self.login.message, error)
            return
        dialog.accept()
        self._to_login()
        self.login.message.setText(tr("Back-up teruggezet. Log opnieuw in."))
