"""A temporary password is replaced before anything else (docs/app.md §3.1): after a reset the
administrator hands out a temporary password; at login the services say it must be changed, and this
page asks for an own password twice (the rules shown). Until then no other page opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from gui.i18n import tr
from gui.pages.common import Notice
from gui.pages.start.forms import enter_moves_on, form, text_field
from gui.widgets.buttons import primary_button
from gui.widgets.page import Page
from kieskring.app.api import AppApi
from kieskring.app.api.vocabulary import UserError


class ChangePasswordPage(Page):
    """The new password twice; the temporary one was just typed at login."""

    def __init__(
        self, api: AppApi, temporary: str, rules: str, changed: Callable[[], None]
    ) -> None:
        super().__init__(
            tr("Kies een eigen wachtwoord"),
            "change_password",
            tr(
                "Je bent ingelogd met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord; "
                "daarna ga je verder."
            ),
        )
        self.api = api
        self._temporary = temporary
        self.changed = changed
        self.notice = Notice("password_notice")
        self.password = text_field(tr("Nieuw wachtwoord"), password=True)
        self.again = text_field(tr("Nieuw wachtwoord nog een keer"), password=True)
        self.rules = QLabel(tr("Regels voor het wachtwoord: {rules}").format(rules=rules))
        self.rules.setObjectName("password_rules")
        self.rules.setWordWrap(True)
        self.rules.setProperty("kind", "hint")
        self.content.addWidget(self.notice)
        self.content.addWidget(
            form([(tr("&Nieuw wachtwoord"), self.password), (tr("Nog &een keer"), self.again)])
        )
        self.content.addWidget(self.rules)
        self.content.addStretch(1)
        self.submit = primary_button(tr("Wachtwoord opslaan"), "password_submit")
        self.submit.setText(tr("Wachtwoord opslaan (Enter)"))
        self.set_primary(self.submit)
        self.set_first_focus(self.password)
        enter_moves_on((self.password, self.again), self.save)
        self.submit.clicked.connect(self.save)
        self.add_shortcut("Return", tr("Naar het volgende veld; in het laatste: opslaan"))

    def save(self) -> None:
        """Change the password; then the role's page opens."""
        try:
            self.api.change_password(self._temporary, self.password.text(), self.again.text())
        except UserError as error:
            self.notice.show_problem(error)
            self.password.clear()
            self.again.clear()
            self.password.setFocus()
            return
        self._temporary = ""
        self.changed()
