"""A lost connection to the serving laptop (docs/app.md §4, issue 14): when a call fails because the
server cannot be reached (the services say which refusals mean that:
:func:`kieskring.app.api.workstation.is_transient`), a banner under the header says so — a sign and
words, not colour alone — and the app tries again after the services' waiting time. A page that has
something unsaved sends it again itself (``send_again``: the entry form its section, which stayed on
screen); otherwise the failed call is sent again. The first call that reaches the server removes the
banner. The same call is sent under the same request id, so the server applies it once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout

from gui.i18n import tr
from kieskring.app.api.vocabulary import UserError
from kieskring.app.api.workstation import is_transient, retry_delay

Retry = Callable[[], object]
"""The call that failed, to be sent again."""


class ConnectionBanner(QFrame):
    """ "⚠ Verbinding met de server verbroken — opnieuw proberen…" and what happens to the typing."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("connection_banner")
        self.setProperty("kind", "banner")
        headline = tr("Verbinding met de server verbroken — opnieuw proberen…")
        detail = tr(
            "Wat je hebt getypt, blijft op het scherm en wordt opgeslagen zodra de server er weer "
            "is. Controleer de kabel van deze werkplek."
        )
        self.setAccessibleName(headline)
        self.setAccessibleDescription(detail)
        icon = QLabel("⚠")
        icon.setObjectName("connection_banner_icon")
        icon.setProperty("kind", "banner-icon")
        self.headline = QLabel(headline)
        self.headline.setObjectName("connection_banner_text")
        self.headline.setProperty("kind", "banner-text")
        self.detail = QLabel(detail)
        self.detail.setObjectName("connection_banner_detail")
        self.detail.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.headline)
        words.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(icon)
        layout.addLayout(words, 1)
        self.hide()


class LinkWatch(QObject):
    """The banner of ``window`` and the attempts to reach the server again."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = ConnectionBanner()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, self.banner)  # under the header, above the page
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.again)
        self.attempt = 0
        self._retry: Retry | None = None

    def lost(self) -> bool:
        """Whether the banner is up (the server could not be reached the last time)."""
        return self.attempt > 0

    def unreachable(self, retry: Retry) -> None:
        """A call failed because the server cannot be reached: the banner, and another attempt
        after the services' waiting time."""
        self._retry = retry
        self.attempt += 1
        self.banner.show()
        self.timer.start(int(retry_delay(self.attempt) * 1000))

    def reached(self) -> None:
        """A call reached the server: the banner goes."""
        if not self.attempt:
            return
        self.attempt = 0
        self._retry = None
        self.timer.stop()
        self.banner.hide()

    def again(self) -> None:
        """The next attempt: the page sends its unsaved work again, or the failed call is sent."""
        page = getattr(self.window, "page", lambda: None)()
        send_again = getattr(page, "send_again", None)
        if callable(send_again) and send_again():
            return  # through the guarded interface, which reports back
        retry = self._retry
        if retry is None:
            self.reached()
            return
        try:
            retry()
        except UserError as error:
            if is_transient(error):
                self.unreachable(retry)
                return
        self.reached()
