"""Connecting a workstation to the serving laptop (docs/app.md §4, issue 14): before the login, the
server's certificate fingerprint with two groups blanked — labelled with their real group numbers, as
in the fingerprint check of the election files — and the typist types those two groups from the
screen of the serving laptop. The services decide (:mod:`kieskring.app.api.workstation`): a match pins
the certificate for this workstation and the login follows; a mismatch is refused with why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from gui.i18n import tr
from gui.pages.admin.fingerprint import FingerprintCheck
from gui.pages.common import Notice
from gui.widgets.buttons import primary_button
from gui.widgets.page import Page
from kieskring.app.api.vocabulary import UserError
from kieskring.app.api.workstation import PinBook, ServerStart, confirm_pin

Pinned = Callable[[str], None]
"""What the app does with the confirmed fingerprint: connect and show the login."""


class PinPage(Page):
    """The fingerprint of the server's certificate, two groups to type; Enter connects."""

    def __init__(self, start: ServerStart, book: PinBook, pinned: Pinned) -> None:
        super().__init__(
            tr("Verbinden met de server"),
            "server_pin",
            tr("Deze werkplek maakt verbinding met de server op {url}.").format(url=start.url),
        )
        assert start.challenge is not None
        self.start = start
        self.challenge = start.challenge
        self.book = book
        self.pinned = pinned
        self.notice = Notice("server_pin_notice")
        self.check = FingerprintCheck(
            tr("Vingerafdruk van de server"), tr("de server"), "server_fingerprint"
        )
        self.check.set_challenge(self.challenge.challenge)
        first, second = self.challenge.challenge.positions
        self.check.instruction.setText(
            tr(
                "Op het scherm van de server staat de vingerafdruk in 16 groepen. Typ groep "
                "{first} en groep {second} over zoals ze daar staan."
            ).format(first=first, second=second)
        )
        why = QLabel(
            tr(
                "Zo weet je zeker dat deze werkplek met de goede server praat. Deze werkplek "
                "onthoudt de vingerafdruk; de volgende keer is dit niet meer nodig."
            )
        )
        why.setObjectName("server_pin_why")
        why.setWordWrap(True)
        why.setProperty("kind", "hint")
        self.content.addWidget(self.notice)
        self.content.addWidget(self.check)
        self.content.addWidget(why)
        self.content.addStretch(1)
        self.submit = primary_button(tr("Verbinden"), "server_pin_submit")
        self.submit.setText(tr("Verbinden (Enter)"))
        self.submit.clicked.connect(self.connect_server)
        self.set_primary(self.submit)
        for field in self.check.fields:
            field.returnPressed.connect(self.connect_server)
        first_field = self.check.first_field()
        if first_field is not None:
            self.set_first_focus(first_field)
        self.add_shortcut("Return", tr("Verbinden met de server"))
        if start.changed:
            self.notice.show_attention(
                tr(
                    "De server laat een ander certificaat zien dan deze werkplek kent. Vraag de "
                    "beheerder of de server een nieuw certificaat heeft. Typ alleen de groepen "
                    "van het scherm van de server over."
                )
            )

    def connect_server(self) -> None:
        """Check the two groups (the services decide); a match pins and connects."""
        if not self.check.complete():
            self.notice.show_attention(tr("Typ beide groepen over: elke groep heeft 4 tekens."))
            self._refocus()
            return
        try:
            fingerprint = confirm_pin(self.book, self.challenge, self.check.typed())
        except UserError as error:
            self.notice.show_problem(error)
            for field in self.check.fields:
                field.clear()
            self._refocus()
            return
        self.notice.clear()
        self.pinned(fingerprint)

    def _refocus(self) -> None:
        for field in self.check.fields:
            if len(field.text()) < 4:
                field.setFocus()
                return
        first = self.check.first_field()
        if first is not None:
            first.setFocus()
