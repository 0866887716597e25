"""The lot (docs/chain-app.md §4; Kieswet P 7–P 9, P 12, P 15 "beslist het lot"): the software never
draws. When the calculation stops at a tie, this dialog names what was asked — the article, why, the
seat and the tied value — and the options in the core's words; the lot is drawn in the room, and one
person chooses its outcome here; a second person, with another account, chooses it again without
seeing the first. Equal: recorded, and the calculation runs again. Different: both type again.

What to ask and whether it is recorded come from ``lot_question`` and ``type_lot``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.widgets import FittedDialog, primary_button, secondary_button, set_available
from gui.widgets.messages import MessageBox, attempt, said
from kieskring.app.api.chain_views import LotTyped
from kieskring.app.api.client import AppApi
from kieskring.app.api.vocabulary import LotQuestion

from .common import button_row, dialog_title, hint


def asked_text(question: LotQuestion) -> str:
    """What the calculation asks, in one paragraph."""
    seats = ", ".join(str(n) for n in question.seat_numbers)
    return tr("{reason} ({article}; zetel {seats}; gelijke waarde {value})").format(
        reason=said(question.reason), article=question.article, seats=seats, value=question.value
    )


class LotDialog(FittedDialog):
    """One person's typing of a lot's outcome. ``typed`` is what the services said of it."""

    def __init__(
        self, parent: QWidget | None, api: AppApi, question: LotQuestion, waiting: str = ""
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.question = question
        self.typed: LotTyped | None = None
        top = dialog_title(self, tr("Loting {number}").format(number=question.number), "lot_dialog")
        asked = QLabel(asked_text(question))
        asked.setObjectName("lot_asked")
        asked.setWordWrap(True)
        asked.setProperty("kind", "notice")
        how = hint(
            tr(
                "De computer loot niet. Trek het lot in de openbare zitting en kies hieronder wat "
                "er getrokken is. Daarna kiest een tweede persoon, met een ander account, het nog "
                "een keer. Zijn beide keuzes gelijk, dan is de loting vastgelegd."
            )
        )
        self.waiting = hint(waiting, "lot_waiting")
        self.waiting.setVisible(bool(waiting))
        self.options = QButtonGroup(self)
        self.options.setExclusive(True)
        box = QVBoxLayout()
        box.setSpacing(4)
        for index, option in enumerate(question.options):
            button = QRadioButton(said(option.label))
            button.setObjectName(f"lot_option_{index + 1}")
            button.setAccessibleName(said(option.label))
            self.options.addButton(button, index)
            box.addWidget(button)
        self.options.idToggled.connect(lambda *_: self._ready())
        self.message = MessageBox(tr("Melding bij de loting"))
        self.record_button = primary_button(tr("Uitkomst vastleggen"), "lot_record")
        self.cancel_button = secondary_button(tr("Annuleren"), "lot_cancel")
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.reject)
        row = button_row(self.cancel_button, self.record_button)
        layout = QVBoxLayout(self)
        for widget in (top, asked, how, self.waiting):
            layout.addWidget(widget)
        label = QLabel(tr("Getrokken:"))
        label.setProperty("kind", "section-title")
        layout.addWidget(label)
        layout.addLayout(box)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        self.setMaximumWidth(760)
        self._ready()
        first = self.options.button(0)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ready(self) -> None:
        set_available(
            self.record_button,
            self.options.checkedId() >= 0,
            tr("Kies eerst wat er getrokken is."),
        )

    def record(self) -> None:
        """Give the chosen outcome to the services; close once it was taken."""
        chosen = self.options.checkedId()
        if chosen < 0:
            return
        choice = self.question.options[chosen].choice
        typed = attempt(self.message, lambda: self.api.type_lot(choice))
        if typed is None:
            return
        self.typed = typed
        self.accept()
