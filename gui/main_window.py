"""The main window: login first, then the screen of the user's role; logging out returns here."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from gui.admin_page import AdminPage
from gui.context import AppContext
from gui.coordinator_page import CoordinatorPage
from gui.entry_page import EntryPage
from gui.i18n import tr
from gui.login_page import LoginPage
from gui.projector import ProjectorView
from kieskring.app.users import Role


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
        self.logout_action = QAction(tr("Uitloggen"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+L"))
        self.logout_action.triggered.connect(self.logout)
        self.projector_action = QAction(tr("Projectieweergave"), self)
        self.projector_action.triggered.connect(self.show_projector)
        menu = self.menuBar().addMenu(tr("&Sessie"))
        menu.addAction(self.projector_action)
        menu.addAction(self.logout_action)
        self.projector: ProjectorView | None = None

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
        self.page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def logout(self) -> None:
        """Back to the login page; the role's page is closed."""
        if self.context.user is not None:
            self.context.users.logout(self.context.user)
        self.context.user = None
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
