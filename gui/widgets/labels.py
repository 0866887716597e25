"""Long names never get cut off silently (app.md §2 (principle 1)): :class:`ElidedLabel` ends them with "…" where
there is no room, and shows the full text in its tooltip and its accessible name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARACTERS = 6
"""An elided label may shrink to about this many characters (then "…")."""


class ElidedLabel(QLabel):
    """One line of text that elides at the right; the full text is in the tooltip when elided."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setWordWrap(False)
        self.setText(text)

    def full_text(self) -> str:
        """The whole text, however much is shown."""
        return self._full

    def setText(self, text: str) -> None:
        """Show ``text`` (elided to the width when needed)."""
        self._full = text
        self.setAccessibleName(text)
        self.updateGeometry()
        self._elide()

    def is_elided(self) -> bool:
        """Whether the text shown is shorter than the full text."""
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        """Room for the whole text."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 2 * self.margin() + 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        """A few characters: the layout may shrink it, the text then elides."""
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * MIN_CHARACTERS, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the stylesheet making the text bold) needs a new cut."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
