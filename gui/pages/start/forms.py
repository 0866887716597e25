"""Small forms of the start pages: labelled text fields where Enter goes to the next field and, in the
last one, does the page's action (docs/app.md §2.2)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

FORM_WIDTH = 520
"""Start forms stay narrow: a name and a password need no more."""


def text_field(name: str, *, password: bool = False) -> QLineEdit:
    """A text input whose accessible name says what it is for."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def form(rows: Sequence[tuple[str, QWidget]]) -> QWidget:
    """A narrow form of ``(label with &-key, field)`` rows; each label is its field's buddy."""
    holder = QWidget()
    holder.setMaximumWidth(FORM_WIDTH)
    layout = QFormLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setVerticalSpacing(10)
    layout.setHorizontalSpacing(16)
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        layout.addRow(label, widget)
    return holder


def enter_moves_on(fields: Sequence[QLineEdit], submit: Callable[[], None]) -> None:
    """Enter in a field goes to the next one; in the last one it calls ``submit``."""
    for before, after in pairwise(fields):
        before.returnPressed.connect(after.setFocus)
        QWidget.setTabOrder(before, after)
    if fields:
        fields[-1].returnPressed.connect(submit)
