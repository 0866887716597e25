"""After "Invoer afronden" (docs/app.md §3.3): what happens next, in the service's one sentence, and the
station's state — the typed values are no longer on screen. A second entry learns here whether the two
entries were equal, never where they differed (four eyes, docs/pv-models.md §4)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from gui.i18n import tr
from gui.pages.common import bind_keys, say
from gui.widgets.buttons import primary_button
from gui.widgets.page import Page
from gui.widgets.status import StatusBadge
from kieskring.app.api.typist import EntryFinished


class FinishedPage(Page):
    """The entry is finished: the next step, then back to choosing a station (Enter)."""

    def __init__(self, finished: EntryFinished, station: str, done: Callable[[Page], None]) -> None:
        super().__init__(tr("Invoer afgerond: {station}").format(station=station), "typist_done")
        self.finished = finished
        self.badge = StatusBadge(finished.state.key.value, say(finished.state.label))
        self.message = QLabel(say(finished.message))
        self.message.setObjectName("next_step")
        self.message.setProperty("kind", "section-title")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.message.text())
        gone = QLabel(tr("De getallen van dit stembureau staan niet meer op het scherm."))
        gone.setProperty("kind", "hint")
        gone.setWordWrap(True)
        self.content.addWidget(self.badge)
        self.content.addWidget(self.message)
        self.content.addWidget(gone)
        self.content.addStretch(1)
        self.next_button = primary_button(tr("Volgend stembureau"), "next_station")
        self.set_primary(self.next_button)
        bind_keys(self, self.next_button, "Return")
        self.set_first_focus(self.next_button)
        self.next_button.clicked.connect(lambda: done(self))
