"""The read-only projector view: large type, no editing, no session time-out; refreshes itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.i18n import tr
from gui.widgets import large
from kieskring.app.states import EntryState
from kieskring.app.status import overview
from kieskring.errors import UserError

REFRESH_MS = 5000


class ProjectorView(QWidget):
    """Counts per state and progress, readable from the back of the room."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setAccessibleName(tr("Projectieweergave voortgang"))
        self.title = QLabel(tr("Voortgang invoer"))
        large(self.title, 28)
        self.progress = QLabel()
        large(self.progress, 40)
        self.counts: dict[EntryState, QLabel] = {}
        grid = QGridLayout()
        for row, state in enumerate(EntryState):
            name, value = QLabel(state.label_nl), QLabel("0")
            large(name, 20)
            large(value, 20)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.counts[state] = value
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addLayout(grid)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()

    def refresh(self) -> None:
        """Reload the numbers (read only)."""
        try:
            view = overview(self.context.store, self.context.users, self.context.current())
        except UserError:
            return
        self.progress.setText(
            f"{view.definitive} / {view.total} {tr('definitief')} ({view.percent}%)"
        )
        for state, label in self.counts.items():
            label.setText(str(view.counts.get(state, 0)))
