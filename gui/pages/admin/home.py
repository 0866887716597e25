"""The administrator's start page (app.md §3.2): where the installation stands — the election, the
signing key, the users, the stations, the backups — each with the way to it, and the next step as
the page's one primary action. The administrator has no power over the counting itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.widgets import Page, primary_button, secondary_button, set_available
from gui.widgets.messages import MessageBox


@dataclass(frozen=True)
class Card:
    """One part of the installation: its title, where it stands, the button to it."""

    key: str
    title: str
    button: str
    keys: str


def card_texts() -> tuple[Card, ...]:
    """The cards in the app's language."""
    return (
        Card("setup", tr("Verkiezing"), tr("Verkiezing inrichten…"), "Alt+1"),
        Card("key", tr("Ondertekensleutel"), tr("Sleutel maken…"), "Alt+2"),
        Card("users", tr("Gebruikers"), tr("Gebruikers…"), "Alt+3"),
        Card("stations", tr("Stembureaus"), tr("Stembureaus…"), "Alt+4"),
        Card("backups", tr("Back-ups"), tr("Back-ups…"), "Alt+5"),
    )


class AdminHome(Page):
    """Four cards and the next step."""

    def __init__(self, openers: dict[str, Callable[[], None]]) -> None:
        super().__init__(
            tr("Beheer"),
            "admin_home",
            tr(
                "Hier richt je de verkiezing in, beheer je de gebruikers en maak je back-ups. "
                "Met de telling zelf heb je als beheerder niets te maken."
            ),
        )
        self.openers = openers
        self.message = MessageBox(tr("Melding beheer"))
        self.content.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.status: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for number, card in enumerate(card_texts()):
            grid.addWidget(self._card(card), number // 2, number % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.content.addLayout(grid)
        self.content.addStretch(1)
        self.next_button = primary_button(tr("Verkiezing inrichten…"), "admin_next")
        self.next_button.clicked.connect(self.next_step)
        self.set_primary(self.next_button)
        self.next_key = "setup"
        self.screens: object = None
        """The :class:`~gui.pages.admin.AdminScreens` this page belongs to."""

    @staticmethod
    def tr_stations(count: int, editable: bool) -> str:
        """The stations card's text."""
        text = tr("{n} stembureaus.").format(n=count)
        if editable:
            return f"{text} {tr('Wijzigen kan tot de invoer begint.')}"
        return f"{text} {tr('De invoer is begonnen: ze liggen vast.')}"

    @staticmethod
    def tr_no_election() -> str:
        """The stations card before the set-up."""
        return tr("Richt eerst de verkiezing in.")

    @staticmethod
    def tr_backups(count: int, latest: str | None) -> str:
        """The backups card's text."""
        if latest is None:
            return tr("Nog geen back-ups.")
        return tr("{n} back-ups; de laatste: {name}").format(n=count, name=latest)

    def _card(self, card: Card) -> QWidget:
        frame = QFrame()
        frame.setObjectName(f"card_{card.key}")
        frame.setProperty("kind", "panel")
        title = QLabel(card.title)
        title.setProperty("kind", "section-title")
        status = QLabel()
        status.setObjectName(f"status_{card.key}")
        status.setWordWrap(True)
        button = secondary_button(card.button, f"open_{card.key}", card.keys)
        button.clicked.connect(lambda _=False, key=card.key: self.openers[key]())
        self.status[card.key] = status
        self.buttons[card.key] = button
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(status, 1)
        layout.addWidget(button)
        frame.setAccessibleName(card.title)
        return frame

    def show_state(
        self,
        election: str | None,
        key: str | None,
        users: int,
        stations: str,
        backups: str,
        change_reason: str | None,
    ) -> None:
        """Where the installation stands (the page's owner asks the services)."""
        self.status["setup"].setText(election or tr("Nog niet ingericht."))
        set_available(self.buttons["setup"], change_reason is None, change_reason or "")
        self.status["key"].setText(
            tr("Vingerafdruk van het certificaat:\n{fingerprint}").format(fingerprint=key)
            if key
            else tr("Nog niet gemaakt. Zonder sleutel kan de coördinator de uitvoer niet "
                    "ondertekenen.")
        )  # fmt: skip
        set_available(
            self.buttons["key"],
            election is not None and key is None,
            tr("De sleutel is al gemaakt.") if key else tr("Richt eerst de verkiezing in."),
        )
        self.status["users"].setText(
            tr("1 gebruiker") if users == 1 else tr("{n} gebruikers").format(n=users)
        )
        self.status["stations"].setText(stations)
        set_available(
            self.buttons["stations"], election is not None, tr("Richt eerst de verkiezing in.")
        )
        self.status["backups"].setText(backups)
        if election is None:
            self.next_key, text = "setup", tr("Verkiezing inrichten…")
        elif key is None:
            self.next_key, text = "key", tr("Sleutel maken…")
        else:
            self.next_key, text = "users", tr("Gebruikers…")
        available = self.next_key != "setup" or change_reason is None
        self.next_button.setText(text)
        self.next_button.setProperty("plainText", text)
        self.next_button.setAccessibleName(text)
        set_available(self.next_button, available, change_reason or "")

    def next_step(self) -> None:
        """The next thing to do."""
        self.openers[self.next_key]()
