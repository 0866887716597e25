"""Recording a deceased candidate (Kieswet P 19a; docs/chain-app.md §4): the list, the candidate's
position on it and, above the kieskring, the kieskring; the services find the candidate (and refuse
one that does not exist or a recording after a lot)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.widgets import FittedDialog, primary_button, secondary_button
from gui.widgets.messages import MessageBox, attempt
from kieskring.app.api.client import AppApi
from kieskring.app.api.vocabulary import Deceased

from .common import hint


def number_box(name: str, low: int, high: int) -> QSpinBox:
    """A whole number to type."""
    box = QSpinBox()
    box.setObjectName(name)
    box.setAccessibleName(name)
    box.setRange(low, high)
    return box


class DeceasedDialog(FittedDialog):
    """List, position, kieskring (0: not given). ``recorded`` once the services took it."""

    def __init__(self, parent: QWidget | None, api: AppApi) -> None:
        super().__init__(parent)
        self.api = api
        self.recorded: Deceased | None = None
        title = tr("Overleden kandidaat vastleggen")
        self.setWindowTitle(title)
        self.setObjectName("deceased_dialog")
        self.setAccessibleName(title)
        top = QLabel(title)
        top.setProperty("kind", "page-title")
        intro = hint(
            tr(
                "Een kandidaat die voor de vaststelling van de uitslag is overleden, wordt niet "
                "gekozen (Kieswet P 19a). Leg dit vast vóór een loting."
            )
        )
        self.list_number = number_box(tr("Lijstnummer"), 1, 999)
        self.position = number_box(tr("Nummer van de kandidaat op de lijst"), 1, 999)
        self.kieskring = number_box(tr("Kieskring (alleen bij meer kieskringen)"), 0, 99)
        self.kieskring.setSpecialValueText(tr("niet van toepassing"))
        form = QFormLayout()
        for text, widget in (
            (tr("&Lijst"), self.list_number),
            (tr("&Kandidaat (nummer op de lijst)"), self.position),
            (tr("K&ieskring"), self.kieskring),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.message = MessageBox(tr("Melding"))
        self.record_button = primary_button(tr("Vastleggen"), "record_deceased")
        self.cancel_button = secondary_button(tr("Annuleren"), "cancel_deceased")
        self.cancel_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(480)
        self.setMaximumWidth(640)
        self.list_number.setFocus(Qt.FocusReason.OtherFocusReason)

    def record(self) -> None:
        """Record the candidate; stay open on a problem."""
        number, position = self.list_number.value(), self.position.value()
        kieskring = self.kieskring.value() or None
        found = attempt(self.message, lambda: self.api.record_deceased(number, position, kieskring))
        if found is not None:
            self.recorded = found
            self.accept()
