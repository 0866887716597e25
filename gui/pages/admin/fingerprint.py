"""The fingerprint check of a file against its paper (app.md §3.2 step 3, docs/chain.md §4): the 16
groups of the file's fingerprint, each under its position number as on the paper, two of them blank
— the fields to type — labelled with their **real** positions ("groep 7", "groep 16"), so a clerk
following the labels types the right groups."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.widgets.layouts import clear_layout
from kieskring.app.api.admin import FingerprintChallenge

COLUMNS = 8
"""Groups per row (two rows of eight, as a PV prints 16 groups)."""


class FingerprintCheck(QFrame):
    """One file's fingerprint with two groups to type. ``edited`` when the typed text changes."""

    edited = Signal()

    def __init__(self, title: str, what: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.setObjectName(name)
        self.setProperty("kind", "panel")
        self.setAccessibleName(tr("Vingerafdruk van {what}").format(what=what))
        self.heading = QLabel(title)
        self.heading.setProperty("kind", "section-title")
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.instruction.setObjectName(f"{name}_instruction")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.fields: list[QLineEdit] = []
        self.positions: tuple[int, int] = (0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.instruction)
        layout.addLayout(self.grid)
        self.set_challenge(None)

    def set_challenge(self, challenge: FingerprintChallenge | None) -> None:
        """Show ``challenge`` (None: no file read yet)."""
        clear_layout(self.grid)
        self.fields = []
        if challenge is None:
            self.instruction.setText(tr("Kies eerst het bestand."))
            return
        self.positions = challenge.positions
        first, second = challenge.positions
        self.instruction.setText(
            tr(
                "Zoek de vingerafdruk op het papier dat je van het centraal stembureau of de "
                "Kiesraad hebt gekregen. Typ groep {first} en groep {second} over."
            ).format(first=first, second=second)
        )
        for index, group in enumerate(challenge.groups):
            position = index + 1
            row, column = 2 * (index // COLUMNS), index % COLUMNS
            number = QLabel(tr("groep {n}").format(n=position))
            number.setProperty("kind", "hint" if group is not None else "value")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell = self._cell(group, position)
            cell.setFixedWidth(self.cell_width())
            self.grid.addWidget(number, row, column)
            self.grid.addWidget(cell, row + 1, column)
        self.grid.setColumnStretch(COLUMNS, 1)

    def _cell(self, group: str | None, position: int) -> QWidget:
        if group is not None:
            shown = QLabel(group.upper())
            shown.setProperty("kind", "fingerprint")
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            shown.setAccessibleName(tr("groep {n}: {group}").format(n=position, group=group))
            return shown
        field = QLineEdit()
        field.setObjectName(f"{self.objectName()}_group_{position}")
        field.setAccessibleName(
            tr("Groep {n} van {what}, van het papier").format(n=position, what=self.what)
        )
        field.setProperty("kind", "fingerprint-field")
        field.setMaxLength(4)
        field.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9A-Fa-f]{0,4}"), field)
        )
        field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        field.textEdited.connect(lambda text, f=field: self._typed(f, text))
        self.fields.append(field)
        return field

    def cell_width(self) -> int:
        """One group's width: four hex digits in the larger fixed-width font, with the field's
        padding and border."""
        return self.fontMetrics().horizontalAdvance("0000") * 22 // 10 + 12

    def _typed(self, field: QLineEdit, text: str) -> None:
        if text != text.upper():
            at = field.cursorPosition()
            field.setText(text.upper())
            field.setCursorPosition(at)
        if len(text) == 4:  # on to the next group (or on from the last one)
            field.focusNextChild()
        self.edited.emit()

    def typed(self) -> tuple[str, str]:
        """The two groups as typed."""
        if len(self.fields) != 2:
            return ("", "")
        return (self.fields[0].text(), self.fields[1].text())

    def complete(self) -> bool:
        """Whether both groups have four characters."""
        return len(self.fields) == 2 and all(len(f.text()) == 4 for f in self.fields)

    def first_field(self) -> QLineEdit | None:
        """The first group to type."""
        return self.fields[0] if self.fields else None
