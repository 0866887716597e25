"""The scaffold of every screen (app.md §2): a title row, the content, and an action bar at the
bottom with the one primary action at the right. The content does not scroll as a whole; a list or a
long form scrolls vertically inside itself (:func:`vertical_scroll`), never sideways.

A page declares its shortcuts; the F1 overlay (:class:`HelpOverlay`) lists them with the shortcuts
shown on its buttons, so a typist can find every key on one page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.theme.palette import BACKDROP_ALPHA, COLOURS
from gui.widgets.buttons import secondary_button, shortcut_text
from gui.widgets.labels import ElidedLabel
from gui.widgets.layouts import clear_layout


@dataclass(frozen=True)
class Shortcut:
    """A key combination (portable text, e.g. ``"Shift+Return"``) and what it does."""

    keys: str
    description: str

    def shown(self) -> str:
        """The keys as the keyboard says them ("Shift+Enter")."""
        return shortcut_text(self.keys)


def vertical_scroll(content: QWidget, name: str) -> QScrollArea:
    """``content`` in a scroll area that scrolls up and down only (its width follows the page)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setAccessibleName(name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class Page(QWidget):
    """Title row, content (:attr:`content`, a vertical layout), action bar with one primary action."""

    def __init__(self, title: str, name: str, subtitle: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.title = ElidedLabel(title)
        self.title.setProperty("kind", "page-title")
        self.title.setObjectName("page_title")
        self.subtitle = QLabel(subtitle)
        self.subtitle.setProperty("kind", "page-subtitle")
        self.subtitle.setWordWrap(True)
        self.header_right = QHBoxLayout()
        self.header_right.setSpacing(8)
        self.content = QVBoxLayout()
        self.content.setSpacing(12)
        self.primary: QPushButton | None = None
        self.first_focus: QWidget | None = None
        self.declared: list[Shortcut] = []
        self._build()
        # only now: shown before it has a parent, a label would open as a window of its own (and
        # take the keyboard focus away from the app's window)
        self.subtitle.setVisible(bool(subtitle))

    def _build(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title, 1)
        top.addLayout(self.header_right)
        self.action_bar = QFrame()
        self.action_bar.setProperty("kind", "action-bar")
        self.action_bar.setObjectName("action_bar")
        self.actions_left = QHBoxLayout()
        self.actions_right = QHBoxLayout()
        bar = QHBoxLayout(self.action_bar)
        bar.setContentsMargins(16, 8, 16, 8)
        bar.setSpacing(8)
        bar.addLayout(self.actions_left)
        bar.addStretch(1)
        bar.addLayout(self.actions_right)
        body = QVBoxLayout()
        body.setContentsMargins(16, 12, 16, 12)
        body.setSpacing(8)
        body.addLayout(top)
        body.addWidget(self.subtitle)
        body.addLayout(self.content, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(body, 1)
        layout.addWidget(self.action_bar)

    def set_title(self, title: str, subtitle: str | None = None) -> None:
        """Change the title (and the subtitle when given; "" hides it)."""
        self.title.setText(title)
        self.setAccessibleName(title)
        if subtitle is not None:
            self.subtitle.setText(subtitle)
            self.subtitle.setVisible(bool(subtitle))

    def set_primary(self, button: QPushButton) -> None:
        """The page's one primary action, at the right of the action bar."""
        if self.primary is not None:
            raise ValueError(f"{self.objectName()} has a primary action already")
        if button.property("kind") != "primary":
            raise ValueError(f"{button.objectName()} is not a primary button")
        self.primary = button
        self.actions_right.addWidget(button)

    def add_action(self, button: QPushButton, *, left: bool = False) -> None:
        """Another action in the bar: at the left (e.g. "← Vorige") or before the primary one."""
        if button.property("kind") == "primary":
            raise ValueError("a page has one primary action: use set_primary")
        if left:
            self.actions_left.addWidget(button)
        elif self.primary is None:
            self.actions_right.addWidget(button)
        else:
            self.actions_right.insertWidget(self.actions_right.indexOf(self.primary), button)

    def add_shortcut(
        self, keys: str, description: str, slot: Callable[[], object] | None = None
    ) -> QShortcut | None:
        """Declare the shortcut ``keys`` with its ``description`` for the help overlay; with ``slot``
        the keys are also bound while this page is shown."""
        self.declared.append(Shortcut(keys, description))
        if slot is None:
            return None
        bound = QShortcut(QKeySequence(keys), self)
        bound.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bound.activated.connect(slot)
        return bound

    def shortcuts(self) -> tuple[Shortcut, ...]:
        """The declared shortcuts and those of the page's visible buttons, each once, in order."""
        found = list(self.declared)
        for button in self.findChildren(QPushButton):
            if not button.isVisibleTo(self):
                continue  # a hidden button's keys do nothing
            keys = button.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            if keys:
                found.append(Shortcut(keys, str(button.property("plainText") or button.text())))
        unique: dict[str, Shortcut] = {}
        for shortcut in found:
            unique.setdefault(shortcut.keys, shortcut)
        return tuple(unique.values())

    def set_first_focus(self, widget: QWidget) -> None:
        """The first thing to type on this page: it gets the focus when the page is shown."""
        self.first_focus = widget

    def focus_first(self) -> None:
        """Put the focus on the first thing to type (or the primary action)."""
        target = self.first_focus or self.primary
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class HelpOverlay(QWidget):
    """The one-page list of shortcuts over the window (F1 opens it, Esc or F1 closes it)."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("help_overlay")
        self.setAccessibleName(tr("Sneltoetsen"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panel = QFrame(self)
        self.panel.setProperty("kind", "help-panel")
        self.heading = QLabel()
        self.heading.setProperty("kind", "page-title")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.close_button = secondary_button(tr("Sluiten"), "help_close", "Esc")
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(16)
        inner.addWidget(self.heading)
        inner.addLayout(self.grid)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.close_button)
        inner.addLayout(row)
        self.panel.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.close_button.clicked.connect(self.close_help)
        self.returning: QWidget | None = None
        self.shortcuts: tuple[Shortcut, ...] = ()
        host.installEventFilter(self)
        self.hide()

    def open_help(self, title: str, shortcuts: tuple[Shortcut, ...]) -> None:
        """Show the ``shortcuts`` of the page ``title`` over the window, with the focus in it."""
        self.heading.setText(tr("Sneltoetsen — {page}").format(page=title))
        clear_layout(self.grid)
        for row, shortcut in enumerate(shortcuts):
            keys = QLabel(shortcut.shown())
            keys.setProperty("kind", "help-keys")
            keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(shortcut.description)
            keys.setAccessibleName(f"{shortcut.shown()}: {shortcut.description}")
            self.grid.addWidget(keys, row, 0)
            self.grid.addWidget(text, row, 1)
        self.shortcuts = shortcuts
        self.returning = self.window().focusWidget()
        host = self.parentWidget()
        if host is not None:
            self.setGeometry(host.rect())
        self.raise_()
        self.show()
        self.close_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_help(self) -> None:
        """Hide the overlay and give the focus back where it was."""
        self.hide()
        if self.returning is not None:
            self.returning.setFocus(Qt.FocusReason.OtherFocusReason)
        self.returning = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Cover the whole host when it is resized."""
        host = self.parentWidget()
        if host is not None and watched is host and event.type() == QEvent.Type.Resize:
            self.setGeometry(host.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """The dimmed backdrop (no text sits on it; the panel has its own surface)."""
        backdrop = QColor(COLOURS["backdrop"])
        backdrop.setAlpha(BACKDROP_ALPHA)
        QPainter(self).fillRect(self.rect(), backdrop)
