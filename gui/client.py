"""``uitslag-app --server https://HOST:PORT``: the app as a workstation of a serving laptop (docs/app.md
§4, issue 14). The app reads the server's certificate first; a server this workstation pinned before
(with the same certificate) goes straight to the login, otherwise the pin page asks for two groups of
its fingerprint (:class:`~gui.pages.start.pin.PinPage`). Then the main window works exactly as on one
laptop, through the same interface object — connected over HTTPS, the server's address in the header
and the window title. Every decision is the services' (:mod:`kieskring.app.api.workstation`)."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QMainWindow

from gui.i18n import tr
from gui.main_window import MainWindow
from gui.pages.start.pin import PinPage
from gui.widgets.header import HeaderInfo
from gui.widgets.shell import Shell
from kieskring.app.api import connect_server
from kieskring.app.api.http_transport import RetryPolicy
from kieskring.app.api.pinning import parse_url
from kieskring.app.api.workstation import PinBook, start_server

CLIENT_RETRY = RetryPolicy(total_seconds=1.5, first_delay=0.2, max_delay=0.5)
"""How long one call retries by itself (the window stays still meanwhile); after that the banner of a
lost connection takes over and the window tries again without blocking."""


class ServerClient:
    """The connect flow of one workstation: the pin page in its own window, then the main window."""

    def __init__(
        self,
        url: str,
        *,
        book: PinBook | None = None,
        workstation: str | None = None,
        insecure_localhost: bool = False,
        retry: RetryPolicy = CLIENT_RETRY,
    ) -> None:
        self.url = parse_url(url).url
        self.book = book if book is not None else PinBook()
        self.workstation = workstation or socket.gethostname() or tr("werkplek")
        self.insecure_localhost = insecure_localhost
        self.retry = retry
        self.window: QMainWindow | None = None
        """The window on screen: the pin window, then the main window."""
        self.main: MainWindow | None = None

    def begin(self) -> QMainWindow:
        """The first window: the login at once (a remembered pin), or the pin page. A UserError when
        the server's certificate cannot be read (not reachable, no TLS)."""
        if self.insecure_localhost:
            return self.connect(None)
        start = start_server(self.url, self.book)
        if start.pinned is not None:
            return self.connect(start.pinned)
        shell = Shell(HeaderInfo(server=start.url))
        shell.setObjectName("pin_window")
        shell.show_page(PinPage(start, self.book, self.pinned))
        self.window = shell
        return shell

    def pinned(self, fingerprint: str) -> None:
        """The typed groups matched: the main window takes the pin window's place."""
        old = self.window
        window = self.connect(fingerprint)
        if old is not None:
            window.setGeometry(old.geometry())
            if old.isMaximized():
                window.showMaximized()
            else:
                window.show()
            window.activateWindow()
            old.close()
            old.deleteLater()

    def connect(self, fingerprint: str | None) -> MainWindow:
        """The main window over HTTPS with the pinned certificate (its login page first)."""
        api = connect_server(
            self.url,
            fingerprint,
            self.workstation,
            retry=self.retry,
            insecure_localhost=self.insecure_localhost,
        )
        self.main = MainWindow(api)
        self.window = self.main
        return self.main
