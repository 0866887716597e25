"""The first pages (docs/app.md §3.1): on first use, create the administrator (the password twice, the
rules shown); otherwise log in with user name and password. The services check everything (the rules,
the back-off after wrong passwords); the pages show their answer in plain words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from gui.i18n import tr
from gui.pages.common import Notice, say
from gui.pages.start.forms import enter_moves_on, form, text_field
from gui.widgets.buttons import primary_button
from gui.widgets.page import Page
from kieskring.app.api import AppApi
from kieskring.app.api.views import LoginResult, Welcome
from kieskring.app.api.vocabulary import UserError

LoggedIn = Callable[[LoginResult, str], None]
"""What the window does after login: the session, and the password typed (a temporary one must be
replaced before anything else)."""


def election_line(welcome: Welcome) -> str:
    """ "Gemeenteraad Testdorp 2029 · Testdorp · GSB", or that no election is set up yet."""
    info = welcome.election
    if info is None:
        return tr("Er is nog geen verkiezing ingericht.")
    return " · ".join(part for part in (info.name, info.municipality, info.body) if part)


class LoginPage(Page):
    """User name and password; Enter in the password logs in."""

    def __init__(self, api: AppApi, welcome: Welcome, logged_in: LoggedIn) -> None:
        super().__init__(tr("Inloggen"), "login", election_line(welcome))
        self.api = api
        self.logged_in = logged_in
        self.notice = Notice("login_notice")
        self.username = text_field(tr("Gebruikersnaam"))
        self.password = text_field(tr("Wachtwoord"), password=True)
        self.content.addWidget(self.notice)
        self.content.addWidget(
            form([(tr("&Gebruikersnaam"), self.username), (tr("&Wachtwoord"), self.password)])
        )
        self.content.addStretch(1)
        self.submit = primary_button(tr("Inloggen"), "login_submit")
        self.submit.setText(tr("Inloggen (Enter)"))
        self.set_primary(self.submit)
        self.set_first_focus(self.username)
        enter_moves_on((self.username, self.password), self.log_in)
        self.submit.clicked.connect(self.log_in)
        self.add_shortcut("Return", tr("Naar het wachtwoord; in het wachtwoord: inloggen"))

    def log_in(self) -> None:
        """Ask the services to log in; a refusal is shown and the password emptied."""
        password = self.password.text()
        try:
            result = self.api.login(self.username.text(), password)
        except UserError as error:
            self.notice.show_problem(error)
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.logged_in(result, password)


class FirstRunPage(Page):
    """The first administrator: user name, name, the password twice, the rules shown."""

    def __init__(self, api: AppApi, welcome: Welcome, logged_in: LoggedIn) -> None:
        super().__init__(
            tr("Beheerder aanmaken"),
            "first_run",
            tr(
                "Uitslag start hier voor het eerst. Maak eerst het account van de beheerder; die "
                "richt de verkiezing in en maakt de andere accounts."
            ),
        )
        self.api = api
        self.logged_in = logged_in
        self.notice = Notice("first_run_notice")
        self.username = text_field(tr("Gebruikersnaam"))
        self.fullname = text_field(tr("Volledige naam"))
        self.password = text_field(tr("Wachtwoord"), password=True)
        self.again = text_field(tr("Wachtwoord nog een keer"), password=True)
        self.rules = QLabel(
            tr("Regels voor het wachtwoord: {rules}").format(rules=say(welcome.password_rules))
        )
        self.rules.setObjectName("password_rules")
        self.rules.setWordWrap(True)
        self.rules.setProperty("kind", "hint")
        self.content.addWidget(self.notice)
        self.content.addWidget(
            form(
                [
                    (tr("&Gebruikersnaam"), self.username),
                    (tr("&Naam"), self.fullname),
                    (tr("&Wachtwoord"), self.password),
                    (tr("Nog &een keer"), self.again),
                ]
            )
        )
        self.content.addWidget(self.rules)
        self.content.addStretch(1)
        self.submit = primary_button(tr("Beheerder aanmaken"), "first_run_submit")
        self.submit.setText(tr("Beheerder aanmaken (Enter)"))
        self.set_primary(self.submit)
        self.set_first_focus(self.username)
        fields = (self.username, self.fullname, self.password, self.again)
        enter_moves_on(fields, self.create_account)
        self.submit.clicked.connect(self.create_account)
        self.add_shortcut("Return", tr("Naar het volgende veld; in het laatste: aanmaken"))

    def create_account(self) -> None:
        """Create the administrator and log in with the new account."""
        username, password = self.username.text(), self.password.text()
        try:
            self.api.create_administrator(
                username, self.fullname.text(), password, self.again.text()
            )
            result = self.api.login(username, password)
        except UserError as error:
            self.notice.show_problem(error)
            self.password.clear()
            self.again.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.again.clear()
        self.logged_in(result, password)
