"""Login, and on first run the creation of the administrator (pv-models.md §1, roles)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.i18n import tr
from gui.widgets import add_row, button, large, line_edit, message_label, show_problems
from kieskring.errors import UserError


class LoginPage(QWidget):
    """User name and password; the first time, a new administrator account instead."""

    def __init__(self, context: AppContext, on_login: Callable[[], None]) -> None:
        super().__init__()
        self.context = context
        self.on_login = on_login
        self.title = QLabel()
        large(self.title, 18)
        self.username = line_edit(tr("Gebruikersnaam"))
        self.fullname = line_edit(tr("Volledige naam"))
        self.password = line_edit(tr("Wachtwoord"), password=True)
        self.submit = button(tr("Inloggen"), "login")
        self.message = message_label(tr("Melding"))
        form = QFormLayout()
        add_row(form, tr("&Gebruikersnaam"), self.username)
        add_row(form, tr("&Naam"), self.fullname)
        add_row(form, tr("&Wachtwoord"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.submit)
        layout.addWidget(self.message)
        layout.addStretch()
        self.submit.clicked.connect(self.act)
        self.password.returnPressed.connect(self.act)
        self.refresh()

    def refresh(self) -> None:
        """First run: create the administrator; otherwise log in."""
        first = self.context.users.first_run()
        self.title.setText(tr("Beheerder aanmaken") if first else tr("Inloggen"))
        self.submit.setText(tr("Beheerder aanmaken") if first else tr("Inloggen"))
        self.fullname.setVisible(first)
        self.password.clear()
        self.username.setFocus()

    def act(self) -> None:
        """Create the administrator or log in; problems appear below the form."""
        users = self.context.users
        try:
            if users.first_run():
                users.create_administrator(
                    self.username.text(), self.fullname.text(), self.password.text()
                )
            self.context.user = users.login(self.username.text(), self.password.text())
        except UserError as error:
            show_problems(self.message, error)
            return
        self.message.clear()
        self.on_login()
