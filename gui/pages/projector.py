"""The projector (docs/app.md §3.5): the whole screen, readable from the back of the room at
1366×768 — a large progress bar, a large tile per state with its count, and the session's state. It
refreshes itself (:meth:`dashboard` is a refresh call: it never keeps a session alive) and shows no
names and no numbers of votes: only how many stations are in each state. Esc or F11 closes it.

The coordinator's and the administrator's pages open it with :func:`open_projector`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.pages.common import SESSION_LOOKS, Notice, say
from gui.theme import restyle
from gui.widgets.labels import ElidedLabel
from gui.widgets.status import StatusBadge
from gui.widgets.tiles import ProgressPanel, Tile
from kieskring.app.api import AppApi
from kieskring.app.api.coordinator import Dashboard
from kieskring.app.api.vocabulary import UserError

REFRESH_MS = 5_000
"""How often the projector asks for the counts."""
CLOSE_KEYS = ("Esc", "F11")
COLUMNS = 3
"""Tiles per row."""
LOW_HEIGHT = 700
"""A screen lower than this (1366×768 at 125 % scaling is 614 high) gets the medium sizes."""


class ProjectorWindow(QWidget):
    """Progress, a tile per state and the session, refreshed every :data:`REFRESH_MS`."""

    def __init__(self, api: AppApi, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.api = api
        self.setObjectName("projector")
        self.setWindowTitle(tr("Uitslag — voortgang"))
        self.setAccessibleName(tr("Voortgang van de invoer, voor de projector"))
        self.setMinimumSize(640, 480)  # never held taller than the screen: it scales down instead
        self.title = ElidedLabel(self._title())
        self.title.setProperty("kind", "page-title")
        self.title.setProperty("scale", "large")
        self.session = StatusBadge("in_progress", "", size="large")
        self.session.setObjectName("projector_session")
        self.progress = ProgressPanel(tr("Voortgang"), size="large")
        self.tiles: dict[str, Tile] = {}
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.scale = "large"
        self.updated = QLabel()
        self.updated.setObjectName("projector_updated")
        self.updated.setProperty("kind", "hint")
        self.notice = Notice("projector_notice")
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.title, 1)
        top.addWidget(self.session)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.updated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addLayout(bottom)
        for keys in CLOSE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.close)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _title(self) -> str:
        try:
            info = self.api.welcome().election
        except UserError:
            info = None
        if info is None:
            return tr("Voortgang van de invoer")
        return tr("Voortgang van de invoer — {municipality}").format(municipality=info.municipality)

    def refresh(self) -> None:
        """Ask for the counts again; when that fails, say so and keep the time of the last ones."""
        try:
            board = self.api.dashboard()
        except UserError as error:
            self.notice.show_problem(error)
            return
        self.notice.clear()
        self.show_board(board)
        now = dt.datetime.now().strftime("%H:%M:%S")
        self.updated.setText(tr("Bijgewerkt om {time}").format(time=now))

    def show_board(self, board: Dashboard) -> None:
        """Progress, the session and a tile per state (counts only)."""
        done = board.progress
        self.progress.set_progress(
            done.definitive,
            done.total,
            tr("Definitief: {done} van {total} stembureaus ({percent}%)").format(
                done=done.definitive, total=done.total, percent=done.percent
            ),
        )
        self.session.set_state(SESSION_LOOKS[board.session.key], say(board.session.label))
        for tile in board.tiles:
            key = tile.state.key.value
            shown = self.tiles.get(key)
            if shown is None:
                shown = Tile(
                    key, key, say(tile.state.label), tile.count, size=self.scale, wrap=True
                )
                shown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                shown.setCheckable(False)
                self.tiles[key] = shown
                index = len(self.tiles) - 1
                self.grid.addWidget(shown, index // COLUMNS, index % COLUMNS)
            shown.set_state(key, say(tile.state.label))
            shown.set_count(tile.count)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)

    def set_size(self, size: str) -> None:
        """Large type, or medium on a low screen, for everything on it."""
        if size == self.scale:
            return
        self.scale = size
        for part in (self.title, self.session):
            restyle(part, "scale", size)
        self.progress.set_size(size)
        for tile in self.tiles.values():
            tile.set_size(size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A low screen gets the medium sizes, so everything stays on it."""
        self.set_size("medium" if event.size().height() < LOW_HEIGHT else "large")
        super().resizeEvent(event)


def open_projector(api: AppApi, parent: QWidget | None = None) -> ProjectorWindow:
    """Open the projector view full screen (Esc or F11 closes it)."""
    window = ProjectorWindow(api, parent)
    window.showFullScreen()
    return window
