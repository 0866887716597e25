"""Small building blocks of the old pages: labelled inputs with accessible names, message areas, large type."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from gui.i18n import language, tr
from kieskring.app.api.vocabulary import UserError


def line_edit(name: str, *, password: bool = False) -> QLineEdit:
    """A text input whose accessible name says what it is for."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setObjectName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def button(text: str, name: str) -> QPushButton:
    """A button reachable by keyboard, with an accessible name."""
    widget = QPushButton(text)
    widget.setAccessibleName(text)
    widget.setObjectName(name)
    widget.setAutoDefault(True)
    return widget


def message_label(name: str) -> QLabel:
    """Where problems and confirmations appear; word-wrapped, selectable for copying codes."""
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
    return label


def show_problems(label: QLabel, error: UserError) -> None:
    """Every problem on its own line, with its code (colour is never the only signal)."""
    english = language() == "en"
    label.setText(
        "\n".join(
            f"{tr('FOUT')} {p.code}: {p.message_en if english and p.message_en else p.message_nl}"
            for p in error.problems
        )
    )


def add_row(form: QFormLayout, text: str, widget: QWidget) -> None:
    """A labelled row; the label is the widget's buddy (Alt+letter jumps to it)."""
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


def large(widget: QWidget, points: int = 14) -> None:
    """Larger type for readability."""
    font = QFont(widget.font())
    font.setPointSize(points)
    widget.setFont(font)
