"""Counts at a glance: a :class:`Tile` per state (a big count and its label; clicking it, or Space or
Enter on it, chooses it as the dashboard's filter) and a large :class:`ProgressPanel` (app.md §3.4,
§3.5). ``size="large"`` makes both readable from the back of the room on the projector, ``"medium"`` on a
low projector screen (1366×768 at 125 % scaling); ``wrap=True`` lets a long state name take two lines
instead of eliding it (the projector has no tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.theme import restyle
from gui.widgets.labels import ElidedLabel
from gui.widgets.numbers import format_number
from gui.widgets.status import look

SIZES = ("normal", "medium", "large")


class Tile(QPushButton):
    """A state's count: "372" over "✓ Definitief". Checkable: the checked tile is the active filter.

    ``chosen`` gives the tile's key whenever it is clicked or activated by the keyboard."""

    chosen = Signal(str)

    def __init__(
        self,
        key: str,
        state: str,
        label: str,
        count: int = 0,
        *,
        size: str = "normal",
        wrap: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if size not in SIZES:
            raise ValueError(f"unknown tile size {size!r}")
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setProperty("kind", "tile")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.count_label = QLabel()
        self.glyph = QLabel()
        self.name: QLabel = QLabel() if wrap else ElidedLabel()
        if wrap:
            self.name.setWordWrap(True)
            self.name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for part, kind in ((self.count_label, "tile-count"), (self.name, "tile-label")):
            part.setProperty("kind", kind)
            part.setProperty("scale", size)
        self.glyph.setProperty("kind", "tile-label")
        self.glyph.setProperty("scale", size)
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for part in (self.count_label, self.glyph, self.name):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.count_label)
        layout.addLayout(bottom)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if wrap:
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._label = label
        self._count = count
        self.set_state(state, label)
        self.set_count(count)
        self.clicked.connect(lambda: self.chosen.emit(self.key))

    def set_state(self, state: str, label: str) -> None:
        """The tone and glyph of ``state``, and the words ``label`` (from the services)."""
        shown = look(state)
        self._label = label
        self.glyph.setText(shown.glyph)
        restyle(self.glyph, "tone", shown.tone)
        self.name.setText(label)
        restyle(self, "tone", shown.tone)
        self._describe()

    def set_size(self, size: str) -> None:
        """Another of :data:`SIZES` (the projector follows its screen)."""
        if size not in SIZES:
            raise ValueError(f"unknown tile size {size!r}")
        for part in (self.count_label, self.glyph, self.name):
            restyle(part, "scale", size)
        self.updateGeometry()

    def set_count(self, count: int) -> None:
        """Show ``count`` (with thousands separators)."""
        self._count = count
        self.count_label.setText(format_number(count))
        self._describe()

    def count(self) -> int:
        """The count shown."""
        return self._count

    def _describe(self) -> None:
        self.setAccessibleName(f"{self._label}: {format_number(self._count)}")
        self.setToolTip(self._label)

    def sizeHint(self) -> QSize:
        """The size of its labels (a push button would only measure its own, empty, text)."""
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def hasHeightForWidth(self) -> bool:
        """A wrapped name is as high as its lines at the width given."""
        layout = self.layout()
        return layout is not None and layout.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter activates the tile like Space does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class ProgressPanel(QWidget):
    """A line of text ("Definitief 372 van 600 (62%)", given by the caller) over a thick bar."""

    def __init__(self, name: str, *, size: str = "normal", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if size not in SIZES:
            raise ValueError(f"unknown progress size {size!r}")
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.text = QLabel()
        self.text.setProperty("kind", "progress-text")
        self.text.setProperty("scale", size)
        self.bar = QProgressBar()
        self.bar.setProperty("kind", "progress")
        self.bar.setProperty("scale", size)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)

    def set_size(self, size: str) -> None:
        """Another of :data:`SIZES`."""
        if size not in SIZES:
            raise ValueError(f"unknown progress size {size!r}")
        restyle(self.text, "scale", size)
        restyle(self.bar, "scale", size)

    def set_progress(self, done: int, total: int, text: str) -> None:
        """``done`` of ``total`` (the bar) and ``text`` saying it in words."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.text.setText(text)
        self.bar.setAccessibleDescription(text)
