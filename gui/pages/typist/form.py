"""One section of the paper on screen, laid out like the paper (docs/app.md §3.3, §7): counts with the
paper's letter and label, yes/no questions as two tick boxes (the paper allows ticking both or neither;
the catalogue checks it, docs/pv-models.md §3), a list page with the candidate's number and name on
every row and, below the rows, the list total as the paper gives it with the sum of the typed votes
beside it.

Keyboard first (docs/app.md §2.2): Enter, Tab and ↓ go to the next field, ↑ to the previous
one, Shift+↓ jumps to the list total, Shift+Enter saves the section (the page's primary action). An empty
field is sent as empty (the services read it as 0).

The sum under a list page only shows what was typed, added up; whether it agrees with the total is the
catalogue's to say (F.402) when the section is saved."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.pages.common import say
from gui.theme import restyle
from gui.widgets.labels import ElidedLabel
from gui.widgets.numbers import NumberDisplay, NumberField, format_number
from gui.widgets.page import vertical_scroll
from kieskring.app.api.vocabulary import Field, FieldKind, Section, SectionKind

Values = dict[str, int | None]
FORM_WIDTH = 640
"""The widest a section gets: a field stays near its label on a wide screen (rows are read across)."""


class TickBox(QCheckBox):
    """One tick of the paper (a yes/no answer, or "D en H zijn gelijk"): ticked is 1, not ticked is
    empty. Space ticks; Enter and ↓ go to the next field, ↑ to the previous one."""

    submitted = Signal()
    """Shift+Enter here (when the page's shortcut did not take it first): save the section."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def value(self) -> int | None:
        """1 when ticked, else None (not ticked)."""
        return 1 if self.isChecked() else None

    def set_value(self, value: int | None) -> None:
        """Tick for any value other than empty or 0."""
        self.setChecked(bool(value))

    def set_finding(self, severity: str | None) -> None:
        """Highlight for an error or a warning of the findings box (None: no highlight)."""
        restyle(self, "finding", severity or "")

    def finding(self) -> str | None:
        """The highlight: ``"error"``, ``"warning"`` or None."""
        value = self.property("finding")
        return str(value) if value else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter/↓ next field, ↑ previous field, Shift+Enter submitted; Space ticks (Qt's own)."""
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if shift:
                self.submitted.emit()
            else:
                self.focusNextChild()
        elif key == Qt.Key.Key_Down and not shift:
            self.focusNextChild()
        elif key == Qt.Key.Key_Up and not shift:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


Input = NumberField | TickBox


def _letter(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("kind", "field-letter")
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("E.88") + 8)
    return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class SectionForm(QWidget):
    """The fields of one section, filled with ``values``; only the keys in ``editable`` can be
    changed when it is given (the fields the coordinator sent back), the others are shown read-only."""

    changed = Signal()
    submitted = Signal()

    def __init__(
        self,
        section: Section,
        values: Mapping[str, int | None],
        editable: frozenset[str] | None = None,
        parent: QWidget | None = None,
        previous: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.previous = previous
        self.setObjectName(f"form_{section.key}")
        self.inputs: dict[str, Input] = {}
        self.order: list[Input] = []
        self.total: NumberField | None = None
        self.sum: NumberDisplay | None = None
        self.footer: QGridLayout | None = None
        self.previous_labels: dict[str, QLabel] = {}
        self.editable = editable
        self.setMaximumWidth(FORM_WIDTH + 32)  # the scroll bar stays beside the fields
        self.body = QWidget()
        self.body.setObjectName("section_body")
        self.body.setMaximumWidth(FORM_WIDTH)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 12, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        holder = QWidget()
        row = QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.body)
        row.addStretch(1)
        self.scroller: QScrollArea = vertical_scroll(holder, tr("Velden van deze sectie"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.scroller, 1)
        if section.kind is SectionKind.LIST:
            self._list_rows()
            layout.addWidget(self._list_footer())
        else:
            self._rows()
        for key, widget in self.inputs.items():
            self._fill(widget, values.get(key))
        self._beside()
        self._lock()
        self._chain()
        self._update_sum()

    # -- building ---------------------------------------------------------------------------------

    def _number(self, field: Field, name: str) -> NumberField:
        widget = NumberField(name)
        widget.textChanged.connect(self.changed)
        widget.submitted.connect(self.submitted)
        self.inputs[field.key] = widget
        self.order.append(widget)
        return widget

    def _tick(self, field: Field, text: str, name: str) -> TickBox:
        widget = TickBox(text, name)
        widget.toggled.connect(self.changed)
        widget.submitted.connect(self.submitted)
        self.inputs[field.key] = widget
        self.order.append(widget)
        return widget

    def _rows(self) -> None:
        """Counts (letter, label, field), loose ticks, and questions with their ja/nee ticks."""
        questions = {q.key: q for q in self.section.questions}
        placed: set[str] = set()
        row = 0
        for field in self.section.fields:
            if field.question:
                if field.question in placed:
                    continue
                placed.add(field.question)
                text = say(questions[field.question].text)
                self.grid.addWidget(_wrapped(text), row, 0, 1, 2)
                ticks = QHBoxLayout()
                ticks.setSpacing(16)
                for answer in (f for f in self.section.fields if f.question == field.question):
                    word = say(answer.label)
                    ticks.addWidget(self._tick(answer, word, f"{text} — {word}"))
                ticks.addStretch(1)
                self.grid.addLayout(ticks, row, 2)
            elif field.kind is FieldKind.TICK:
                label = say(field.label)
                self.grid.addWidget(self._tick(field, label, label), row, 1, 1, 2)
            else:
                label = say(field.label)
                self.grid.addWidget(_letter(field.letter), row, 0)
                shown = ElidedLabel(label)
                self.grid.addWidget(shown, row, 1)
                name = f"{field.letter} {label}".strip()
                self.grid.addWidget(self._number(field, name), row, 2)
                shown.setBuddy(self.inputs[field.key])
            row += 1

    def _list_rows(self) -> None:
        """The candidates: number, name, votes (the list total goes below, in the footer)."""
        for column, text in enumerate((tr("Nr."), tr("Kandidaat"), tr("Stemmen"))):
            head = QLabel(text)
            head.setProperty("kind", "column-head")
            if column != 1:
                head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(head, 0, column)
        rows = [f for f in self.section.fields if f.key != self.section.total_key]
        for row, field in enumerate(rows, start=1):
            name = say(field.label)
            self.grid.addWidget(_letter(field.letter), row, 0)
            self.grid.addWidget(ElidedLabel(name), row, 1)
            widget = self._number(
                field, tr("Stemmen voor {number} {name}").format(number=field.letter, name=name)
            )
            widget.textChanged.connect(self._update_sum)
            self.grid.addWidget(widget, row, 2)

    def _list_footer(self) -> QWidget:
        """The list total as on paper, and the sum of the typed votes under it (digits aligned)."""
        total_field = next(f for f in self.section.fields if f.key == self.section.total_key)
        footer = QWidget()
        footer.setObjectName("list_footer")
        footer.setProperty("kind", "list-footer")
        footer.setMaximumWidth(FORM_WIDTH)
        grid = QGridLayout(footer)
        self.footer = grid
        grid.setContentsMargins(0, 4, 12, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        label = say(total_field.label)
        paper = QLabel(tr("{total} (zoals op het papier)").format(total=label))
        paper.setProperty("kind", "total-label")
        self.total = self._number(total_field, label)
        paper.setBuddy(self.total)
        self.sum = NumberDisplay(tr("Opgeteld uit de kandidaten"))
        grid.addWidget(paper, 0, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.total, 0, 1)
        grid.addWidget(QLabel(tr("Opgeteld uit de kandidaten")), 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.sum, 1, 1)
        for widget in self.order:
            if isinstance(widget, NumberField) and widget is not self.total:
                widget.jump_target = self.total
        return footer

    def _beside(self) -> None:
        """In a correction (a follow-up sitting) the previous number beside every count, and greyed
        in the empty field (an empty field keeps it: the service's rule)."""
        if self.previous is None:
            return
        if self.section.kind is SectionKind.LIST:
            head = QLabel(tr("Eerder"))
            head.setProperty("kind", "column-head")
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(head, 0, 3)
        for key, widget in self.inputs.items():
            value = self.previous.get(key)
            if value is None or not isinstance(widget, NumberField):
                continue
            shown = format_number(value)
            widget.setPlaceholderText(shown)
            words = tr("Eerder: {value}").format(value=shown)
            widget.setAccessibleDescription(words)
            label = QLabel(tr("eerder {value}").format(value=shown))
            label.setObjectName(f"previous_{key}")
            label.setProperty("kind", "hint")
            label.setAccessibleName(words)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.previous_labels[key] = label
            if widget is self.total and self.footer is not None:
                self.footer.addWidget(label, 0, 2)
            else:
                position = cast(
                    tuple[int, int, int, int], self.grid.getItemPosition(self.grid.indexOf(widget))
                )
                row = position[0]
                self.grid.addWidget(label, row, 3)

    def _fill(self, widget: Input, value: int | None) -> None:
        widget.blockSignals(True)
        widget.set_value(value)
        widget.blockSignals(False)

    def _lock(self) -> None:
        """In a correction only the fields sent back can be typed; they are marked."""
        if self.editable is None:
            return
        for key, widget in self.inputs.items():
            open_ = key in self.editable
            if isinstance(widget, NumberField):
                widget.setReadOnly(not open_)
            else:
                widget.setEnabled(open_)
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus if open_ else Qt.FocusPolicy.NoFocus)
            widget.set_finding("warning" if open_ else None)
        self.order = [w for w in self.order if w.focusPolicy() != Qt.FocusPolicy.NoFocus]

    def _chain(self) -> None:
        for before, after in pairwise(self.order):
            QWidget.setTabOrder(before, after)

    # -- reading and marking ----------------------------------------------------------------------

    def values(self) -> Values:
        """Every field of the section as typed (empty: None)."""
        return {key: widget.value() for key, widget in self.inputs.items()}

    def first_input(self) -> Input | None:
        """Where typing starts."""
        return self.order[0] if self.order else None

    def last_input(self) -> Input | None:
        """The last field (the list total on a list page)."""
        return self.order[-1] if self.order else None

    def input_for(self, key: str) -> Input | None:
        """The widget of field ``key``."""
        return self.inputs.get(key)

    def set_marks(self, marks: Mapping[str, str]) -> None:
        """Highlight the fields of the findings (``key → "error"|"warning"``); a question's two ticks
        are marked together."""
        by_question: dict[str, str] = {}
        for field in self.section.fields:
            mark = marks.get(field.key)
            if field.question and mark and by_question.get(field.question) != "error":
                by_question[field.question] = mark
        for field in self.section.fields:
            widget = self.inputs[field.key]
            mark = marks.get(field.key) or by_question.get(field.question or "")
            if self.editable is not None and field.key in self.editable and mark is None:
                mark = "warning"  # a field sent back stays marked
            widget.set_finding(mark)

    def typed_sum(self) -> int:
        """The candidates' votes as typed, added up (shown under the list total)."""
        return sum(
            w.value() or 0
            for key, w in self.inputs.items()
            if isinstance(w, NumberField) and key != self.section.total_key
        )

    def _update_sum(self) -> None:
        if self.sum is not None:
            self.sum.set_value(self.typed_sum())
