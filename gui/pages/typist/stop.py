"""Stopping for now (docs/app.md §3.3): keep the entry for later, or throw it away — both asked first,
with "Annuleren" as the default (docs/app.md §2.3). Throwing away is asked a second time,
because it cannot be undone."""

from __future__ import annotations

import enum

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.widgets.buttons import danger_button, primary_button, secondary_button


class StopChoice(enum.Enum):
    """What the typist chose in the stop dialog."""

    CANCEL = "cancel"
    KEEP = "keep"
    DISCARD = "discard"


class StopDialog(QDialog):
    """Keep for later, throw away, or go on typing (the default: Enter, Space or Esc)."""

    def __init__(self, parent: QWidget | None, station: str, unsaved: str = "") -> None:
        super().__init__(parent)
        title = tr("Stoppen met deze invoer?")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("stop_dialog")
        self.choice = StopChoice.CANCEL
        heading = QLabel(title)
        heading.setProperty("kind", "page-title")
        lines = [
            tr(
                "Bewaren: wat je van {station} hebt opgeslagen, blijft bewaard. Je kunt later "
                "verder, ook op een andere laptop."
            ).format(station=station),
            tr(
                "Weggooien: alles wat je van {station} hebt getypt, wordt weggegooid. Een "
                "invoerder kan daarna opnieuw beginnen."
            ).format(station=station),
        ]
        if unsaved:
            lines.append(
                tr(
                    "Let op: wat je in '{section}' hebt getypt, is nog niet opgeslagen en wordt "
                    "niet bewaard."
                ).format(section=unsaved)
            )
        text = QLabel("\n\n".join(lines))
        text.setWordWrap(True)
        text.setAccessibleName(text.text())
        self.cancel_button = secondary_button(tr("Annuleren"), "stop_cancel")
        self.cancel_button.setDefault(True)
        self.discard_button = danger_button(tr("Weggooien…"), "stop_discard")
        self.keep_button = primary_button(tr("Bewaren en stoppen"), "stop_keep")
        row = QHBoxLayout()
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(row)
        self.setMinimumWidth(520)
        self.setMaximumWidth(680)
        QWidget.setTabOrder(self.cancel_button, self.keep_button)  # Tab: keep; Shift+Tab: discard
        QWidget.setTabOrder(self.keep_button, self.discard_button)
        self.cancel_button.clicked.connect(self.reject)
        self.keep_button.clicked.connect(lambda: self._choose(StopChoice.KEEP))
        self.discard_button.clicked.connect(lambda: self._choose(StopChoice.DISCARD))

    def _choose(self, choice: StopChoice) -> None:
        self.choice = choice
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        """Every time it opens, the focus is on "Annuleren"."""
        super().showEvent(event)
        self.cancel_button.setFocus()
