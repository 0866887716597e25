"""Buttons with one look per meaning (app.md §2 (principle 3)): one *primary* action per screen, *secondary*
actions, and *danger* for what destroys or cannot be undone. A button is as wide as its text (never the
page's width) and shows its shortcut, so the keyboard user finds it (Abacus users never did).

Destructive actions ask first, with "Annuleren" as the default (:func:`confirm`); an action that is not
possible now stays visible, disabled, and says why in its tooltip (:func:`set_available`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr

KINDS = ("primary", "secondary", "danger")
KEY_NAMES = {"Return": "Enter", "Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}
"""Key names as printed on the keyboard."""


def shortcut_text(keys: str) -> str:
    """How the shortcut ``keys`` (portable text, e.g. ``"Shift+Return"``) reads on a button."""
    native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    for name, shown in KEY_NAMES.items():
        native = native.replace(name, shown)
    return native


def action_button(
    text: str, name: str, *, kind: str = "secondary", shortcut: str | None = None
) -> QPushButton:
    """A button of ``kind`` (primary, secondary, danger), sized to its text; with ``shortcut`` the
    keys are bound (anywhere in the window) and shown on the button: "Volgende (Shift+Enter)"."""
    if kind not in KINDS:
        raise ValueError(f"unknown button kind {kind!r}")
    widget = QPushButton(f"{text} ({shortcut_text(shortcut)})" if shortcut else text)
    widget.setObjectName(name)
    widget.setAccessibleName(text)
    widget.setProperty("kind", kind)
    widget.setProperty("plainText", text)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    widget.setAutoDefault(True)  # Enter presses the focused button (in a dialog too)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if shortcut:
        widget.setShortcut(QKeySequence(shortcut))
        widget.setAccessibleDescription(shortcut_text(shortcut))
    return widget


def primary_button(text: str, name: str, shortcut: str | None = None) -> QPushButton:
    """The one obvious next step of a screen."""
    return action_button(text, name, kind="primary", shortcut=shortcut)


def secondary_button(text: str, name: str, shortcut: str | None = None) -> QPushButton:
    """Any other action."""
    return action_button(text, name, kind="secondary", shortcut=shortcut)


def danger_button(text: str, name: str, shortcut: str | None = None) -> QPushButton:
    """An action that destroys or cannot be undone (ask with :func:`confirm` first)."""
    return action_button(text, name, kind="danger", shortcut=shortcut)


def fit_to_text(dialog: QWidget) -> None:
    """Make ``dialog`` tall enough for its word-wrapped labels at their width (Qt sizes a dialog
    before it knows how many lines a wrapped label needs, and cuts the last lines off)."""
    for label in dialog.findChildren(QLabel):
        if label.wordWrap() and label.isVisibleTo(dialog) and label.text():
            label.setMinimumHeight(label.heightForWidth(label.width()))
    dialog.adjustSize()


def set_available(button: QPushButton, available: bool, reason: str = "") -> None:
    """Enable ``button``, or disable it with the ``reason`` why (tooltip and accessible
    description); a disabled action without a reason is refused."""
    if not available and not reason:
        raise ValueError(f"say why {button.objectName()!r} is not available")
    button.setEnabled(available)
    button.setToolTip("" if available else reason)
    button.setAccessibleDescription("" if available else reason)


class FittedDialog(QDialog):
    """A dialog that grows to show every line of its word-wrapped texts when it opens."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_text(self)


class ConfirmDialog(QDialog):
    """A question before a destructive action; "Annuleren" is the default and has the focus, so
    Enter, Space or Esc cancels; only a deliberate move to the other button (Tab, then Enter or
    Space) goes on."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        confirm_text: str,
        *,
        danger: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("confirm_dialog")
        heading = QLabel(title)
        heading.setProperty("kind", "page-title")
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setAccessibleName(question)
        self.confirm_button = action_button(
            confirm_text, "confirm", kind="danger" if danger else "primary"
        )
        self.cancel_button = secondary_button(tr("Annuleren"), "cancel")
        self.cancel_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.question)
        layout.addSpacing(8)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        self.setMaximumWidth(640)
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Every time it opens, the focus is on "Annuleren" (and every line of the question shows)."""
        super().showEvent(event)
        fit_to_text(self)
        self.cancel_button.setFocus()


def confirm(
    parent: QWidget | None, title: str, question: str, confirm_text: str, *, danger: bool = True
) -> bool:
    """Ask ``question`` (modal); True only when ``confirm_text`` was chosen."""
    dialog = ConfirmDialog(parent, title, question, confirm_text, danger=danger)
    return dialog.exec() == QDialog.DialogCode.Accepted
