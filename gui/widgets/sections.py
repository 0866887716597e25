"""The left column of the entry form (app.md §3.3): one item per section of the paper, in the
paper's order, each showing its state by a glyph and the text's style — ✓ done, ✗ error, ⚠ warning,
↻ fields sent back to type again, ○ not started, ▶ the section on screen (in bold). ↑/↓, Home/End
move through it, Enter or Space chooses (``chosen`` gives the section's key); a section that may not
be opened yet is disabled.

Which sections may be opened, and their states, are the services' to say; the list only shows them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from gui.i18n import tr, tr_noop
from gui.theme import restyle
from gui.widgets.labels import ElidedLabel
from gui.widgets.status import ERRORS, NOT_STARTED, RETYPE, WARNING, Look

CURRENT = Look("blue", "▶")
DONE = Look("green", "✓")
STATES: Final = MappingProxyType(
    {
        "not_started": (NOT_STARTED, tr_noop("niet begonnen")),
        "done": (DONE, tr_noop("klaar")),
        "error": (ERRORS, tr_noop("fout")),
        "warning": (WARNING, tr_noop("waarschuwing")),
        "to_retype": (RETYPE, tr_noop("opnieuw typen")),
    }
)
"""A section's state → its glyph and the word a screen reader says."""

KEY = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SectionItem:
    """One entry of the list: the section's key and its title as on the paper."""

    key: str
    title: str
    state: str = "not_started"


class SectionRow(QWidget):
    """Glyph and title of one section."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.glyph = QLabel()
        self.glyph.setFixedWidth(self.glyph.fontMetrics().horizontalAdvance("✓") * 2)
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = ElidedLabel(title)
        self.title.setProperty("kind", "section-name")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 5, 8, 5)
        layout.setSpacing(6)
        layout.addWidget(self.glyph)
        layout.addWidget(self.title, 1)
        for part in (self, self.glyph, self.title):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_state(self, state: str, current: bool) -> None:
        """The glyph and style of ``state`` (▶ and bold when it is the section on screen)."""
        shown = CURRENT if current else STATES[state][0]
        self.glyph.setText(shown.glyph)
        restyle(self.glyph, "tone", shown.tone)
        restyle(self.title, "state", state)
        restyle(self.title, "current", "true" if current else "false")


class SectionList(QListWidget):
    """The sections of the paper with their states; ``chosen(key)`` when the typist picks one."""

    chosen = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, tuple[QListWidgetItem, SectionRow]] = {}
        self.setObjectName("sections")
        self.setAccessibleName(name)
        self.setProperty("kind", "sections")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.states: dict[str, str] = {}
        self.current_key: str | None = None
        self.itemClicked.connect(self._activated)

    def set_sections(self, sections: Sequence[SectionItem]) -> None:
        """Replace the list by ``sections`` (in the paper's order)."""
        self.clear()
        self.rows = {}
        self.states = {}
        self.current_key = None
        for section in sections:
            item = QListWidgetItem()
            item.setData(KEY, section.key)
            row = SectionRow(section.title)
            item.setSizeHint(QSize(row.minimumSizeHint().width(), row.sizeHint().height()))
            self.addItem(item)
            self.setItemWidget(item, row)
            self.rows[section.key] = (item, row)
            self.set_state(section.key, section.state)

    def keys(self) -> tuple[str, ...]:
        """The sections' keys in order."""
        return tuple(self.rows)

    def set_state(self, key: str, state: str) -> None:
        """Show ``state`` (not_started, done, error, warning, to_retype) for section ``key``."""
        if state not in STATES:
            raise ValueError(f"unknown section state {state!r}")
        self.states[key] = state
        self._show(key)

    def section_state(self, key: str) -> str:
        """The state shown for section ``key``."""
        return self.states[key]

    def set_current(self, key: str) -> None:
        """Mark ``key`` as the section on screen (▶, bold) and put the keyboard cursor on it."""
        previous, self.current_key = self.current_key, key
        if previous is not None and previous in self.rows:
            self._show(previous)
        self._show(key)
        self.setCurrentItem(self.rows[key][0])

    def set_reachable(self, key: str, reachable: bool) -> None:
        """Whether section ``key`` may be opened now (a disabled one is skipped by the keys)."""
        item, row = self.rows[key]
        flags = item.flags()
        enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | enabled if reachable else flags & ~enabled)
        row.setEnabled(reachable)

    def _show(self, key: str) -> None:
        item, row = self.rows[key]
        state = self.states[key]
        current = key == self.current_key
        row.show_state(state, current)
        word = tr("nu open") if current else tr(STATES[state][1])
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.title.full_text()} — {word}")
        item.setToolTip(row.title.full_text())

    def _activated(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.chosen.emit(str(item.data(KEY)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Space choose the section under the keyboard cursor."""
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and item:
            self._activated(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def updateGeometries(self) -> None:
        """Rows follow the list's width (Qt leaves row widgets wide when a list gets narrower)."""
        super().updateGeometries()
        for item, row in self.rows.values():
            rect = self.visualItemRect(item)
            row.setGeometry(rect.x(), rect.y(), rect.width(), row.height())

    def sizeHint(self) -> QSize:
        """As wide as the longest title allows within reason (it elides beyond)."""
        hint = super().sizeHint()
        return QSize(min(max(hint.width(), 240), 320), hint.height())
