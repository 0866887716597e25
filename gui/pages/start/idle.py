"""The idle warning (docs/app.md §3.1, §4): a session ends on the serving side after the idle limit the
services give at login (:class:`SessionInfo`). The window watches the user's own keys and clicks:

- while the user works, the session is kept alive (:meth:`keep_alive`, at most once a minute), because
  typing in a section is not a call until the section is saved;
- after ``idle_warning_seconds`` without any of that, a dialog says the session will end;
  "Doorgaan" keeps it alive;
- when the limit has passed, the window asks the services whether the session still lives
  (:meth:`current_session`, which does not count as activity) and, when it does not, returns to the
  login with the services' message.

The clock is injectable, so a test can pass minutes in a moment."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.widgets.buttons import primary_button, secondary_button
from kieskring.app.api import AppApi
from kieskring.app.api.vocabulary import UserError

Clock = Callable[[], float]
"""Seconds, only ever compared with each other (``time.monotonic``)."""
TICK_MS = 5_000
KEEP_ALIVE_EVERY = 60.0
"""While the user works, the services hear of it at most this often (seconds)."""


def minutes(seconds: float, *, up: bool = False) -> int:
    """Whole minutes (rounded down, or ``up``), at least 1 (what the dialog says)."""
    whole = math.ceil(seconds / 60) if up else math.floor(seconds / 60)
    return max(1, whole)


class IdleDialog(QDialog):
    """ "Ben je er nog?" with "Doorgaan" as the default (Enter)."""

    def __init__(self, parent: QWidget, idle: float, left: float) -> None:
        super().__init__(parent)
        title = tr("Ben je er nog?")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("idle_dialog")
        heading = QLabel(title)
        heading.setProperty("kind", "page-title")
        text = QLabel(
            tr(
                "Je hebt {idle} minuten niets gedaan. Over {left} minuten word je uitgelogd. Wat je "
                "hebt opgeslagen, blijft bewaard; wat je nog niet hebt opgeslagen, niet."
            ).format(idle=minutes(idle), left=minutes(left, up=True))
        )
        text.setWordWrap(True)
        text.setObjectName("idle_text")
        text.setAccessibleName(text.text())
        self.go_on = primary_button(tr("Doorgaan"), "idle_continue")
        self.go_on.setText(tr("Doorgaan (Enter)"))
        self.go_on.setDefault(True)
        self.log_out = secondary_button(tr("Uitloggen"), "idle_logout")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.log_out)
        row.addWidget(self.go_on)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(row)
        self.setMinimumWidth(440)
        self.setMaximumWidth(620)

    def showEvent(self, event: QShowEvent) -> None:
        """The focus on "Doorgaan"."""
        super().showEvent(event)
        self.go_on.setFocus()


class IdleWatch(QObject):
    """Watches the user's activity for one session of ``window``."""

    def __init__(
        self,
        window: QWidget,
        api: AppApi,
        log_out: Callable[[], None],
        clock: Clock = time.monotonic,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.api = api
        self.log_out = log_out
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)
        self.warning_after = 0.0
        self.limit = 0.0
        self.last_activity = 0.0
        self.last_contact = 0.0
        self.warned_at: float | None = None
        self.dialog: IdleDialog | None = None
        self.watching = False

    def start(self, warning_seconds: int, limit_seconds: int) -> None:
        """Watch a new session with the services' limits."""
        self.stop()
        self.warning_after, self.limit = float(warning_seconds), float(limit_seconds)
        self.last_activity = self.last_contact = self.clock()
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self.watching:
            app.focusChanged.connect(self._focus_moved)
        self.watching = True
        self.timer.start()

    def stop(self) -> None:
        """The session is over (logout, lost): stop watching."""
        self.timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication) and self.watching:
            app.focusChanged.disconnect(self._focus_moved)
        self.watching = False
        self._close_dialog()

    def activity(self) -> None:
        """The user did something (while no warning shows: then only "Doorgaan" counts)."""
        if self.dialog is None:
            self.last_activity = self.clock()

    def _focus_moved(self, old: QObject | None, new: QObject | None) -> None:
        if new is not None:
            self.activity()

    def check(self) -> None:
        """One look at the clock: keep alive, warn, or find out whether the session ended."""
        if not self.watching:
            return
        now = self.clock()
        if self.dialog is None:
            if now - self.last_activity >= self.warning_after:
                self.warn(now)
            elif self.last_activity > self.last_contact and (
                now - self.last_contact >= min(KEEP_ALIVE_EVERY, self.warning_after / 2)
            ):
                self._keep_alive(now)
        elif self.warned_at is not None and now - self.warned_at >= self.limit - self.warning_after:
            self._ask_services()

    def warn(self, now: float) -> None:
        """Show "Ben je er nog?" (window-modal; the window stays on screen behind it)."""
        self.warned_at = now
        self.dialog = IdleDialog(
            self.window, now - self.last_activity, self.limit - self.warning_after
        )
        self.dialog.go_on.clicked.connect(self.go_on)
        self.dialog.log_out.clicked.connect(self._log_out)
        self.dialog.rejected.connect(self.go_on)  # Esc: the user is evidently there
        self.dialog.open()

    def go_on(self) -> None:
        """ "Doorgaan": the session goes on (or, when it has ended meanwhile, back to the login)."""
        if self.dialog is None:
            return
        self._close_dialog()
        self._keep_alive(self.clock())

    def _keep_alive(self, now: float) -> None:
        try:
            self.api.keep_alive()
        except UserError:
            return  # the window's guard returns to the login when the session has ended
        self.last_activity = max(self.last_activity, now)
        self.last_contact = now

    def _ask_services(self) -> None:
        """The limit has passed: does the session still live? (Not activity: it does not extend it.)"""
        try:
            self.api.current_session()
        except UserError:
            return  # the guard shows the login with the services' message

    def _log_out(self) -> None:
        self._close_dialog()
        self.log_out()

    def _close_dialog(self) -> None:
        dialog, self.dialog, self.warned_at = self.dialog, None, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()
