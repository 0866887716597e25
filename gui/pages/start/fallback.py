"""A role whose screens are not in this version: say so, and offer to log out (never an empty window)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from gui.i18n import tr
from gui.pages.common import Notice
from gui.widgets.buttons import primary_button
from gui.widgets.page import Page


class NoScreenPage(Page):
    """ "Voor de rol … is er in deze versie geen scherm."""

    def __init__(self, role: str, log_out: Callable[[], None]) -> None:
        super().__init__(tr("Geen scherm voor deze rol"), "no_screen")
        text = QLabel(
            tr(
                "Voor de rol {role} heeft deze versie van Uitslag geen scherm. Log uit en vraag de "
                "beheerder om hulp."
            ).format(role=role)
        )
        text.setWordWrap(True)
        self.content.addWidget(text)
        self.content.addStretch(1)
        self.log_out = primary_button(tr("Uitloggen"), "no_screen_logout")
        self.set_primary(self.log_out)
        self.log_out.clicked.connect(log_out)


class UnavailablePage(Page):
    """The services cannot be reached or read: the problem, and closing the app."""

    def __init__(self, close: Callable[[], object]) -> None:
        super().__init__(tr("Uitslag kan de gegevens niet lezen"), "unavailable")
        self.notice = Notice("unavailable_notice")
        self.content.addWidget(self.notice)
        self.content.addStretch(1)
        self.close_button = primary_button(tr("Afsluiten"), "unavailable_close")
        self.set_primary(self.close_button)
        self.close_button.clicked.connect(close)
