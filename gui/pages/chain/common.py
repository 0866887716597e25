"""What the HSB's and CSB's screens share (docs/app.md HSB/CSB, docs/chain-app.md): a tone of the
services as a badge's look, a dialog that asks for a text (a reason, a note), and the way a modal
dialog is shown (tests and the screenshot script replace it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import FittedDialog, action_button, secondary_button, set_available
from kieskring.app.api.views import Tone

TONE_LOOKS = {
    Tone.DEFINITIVE: "done",
    Tone.ATTENTION: "difference",
    Tone.PROGRESS: "in_progress",
    Tone.WAITING: "waiting",
    Tone.WARNING: "warning",
}
"""The services' tone → the badge's look (glyph and colour; the words come from the services)."""

Modal = Callable[[QDialog], int]
"""Shows a dialog and waits for its answer."""


def run_modal(dialog: QDialog) -> int:
    """Show ``dialog`` and wait (the default :data:`Modal`)."""
    return dialog.exec()


def hint(text: str = "", name: str = "") -> QLabel:
    """A grey, word-wrapped line of explanation."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("kind", "hint")
    if name:
        label.setObjectName(name)
    return label


def heading(text: str, name: str = "") -> QLabel:
    """A section's title on a page."""
    label = QLabel(text)
    label.setProperty("kind", "section-title")
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """A dialog's buttons at the right, in order (the confirming one last)."""
    row = QHBoxLayout()
    row.addStretch()
    for button in buttons:
        row.addWidget(button)
    return row


def labelled_form(rows: tuple[tuple[str, QWidget], ...]) -> QFormLayout:
    """A form of ``(label with &-key, field)`` rows; each label is its field's buddy."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


def dialog_title(dialog: QDialog, title: str, name: str) -> QLabel:
    """Name ``dialog`` and give it its title (window and heading); returns the heading."""
    dialog.setWindowTitle(title)
    dialog.setObjectName(name)
    dialog.setAccessibleName(title)
    top = QLabel(title)
    top.setProperty("kind", "page-title")
    top.setWordWrap(True)
    return top


class TextDialog(FittedDialog):
    """Asks for a text (a reason, a note): "Annuleren" is the default; with ``required`` the
    confirming button waits for the text."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        confirm_text: str,
        *,
        danger: bool = False,
        required: bool = True,
        text: str = "",
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        self.setObjectName("text_dialog")
        self.setAccessibleName(title)
        top = QLabel(title)
        top.setProperty("kind", "page-title")
        asked = QLabel(question)
        asked.setWordWrap(True)
        self.field = QPlainTextEdit(text)
        self.field.setObjectName("dialog_text")
        self.field.setAccessibleName(question)
        self.field.setTabChangesFocus(True)
        self.field.setFixedHeight(self.field.fontMetrics().lineSpacing() * 4 + 16)
        asked.setBuddy(self.field)
        kind = "danger" if danger else "primary"
        self.confirm_button = action_button(confirm_text, "dialog_confirm", kind=kind)
        self.cancel_button = secondary_button(tr("Annuleren"), "dialog_cancel")
        self.cancel_button.setDefault(True)
        self.field.textChanged.connect(self._check)
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(asked)
        layout.addWidget(self.field)
        layout.addLayout(row)
        self.setMinimumWidth(460)
        self.setMaximumWidth(640)
        self._check()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self) -> None:
        filled = bool(self.text()) or not self.required
        set_available(self.confirm_button, filled, tr("Schrijf eerst de reden op."))

    def text(self) -> str:
        """The text as typed (trimmed)."""
        return self.field.toPlainText().strip()
