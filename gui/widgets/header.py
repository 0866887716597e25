"""The window's header (app.md §3.1, §4): who works where — "Uitslag · election · municipality ·
body · role · user" — and whether the app works on this laptop or is connected to a server. The values
are passed in (from the interface object); the header looks nothing up."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from gui.i18n import tr
from gui.widgets.labels import ElidedLabel

SEPARATOR = " · "


@dataclass(frozen=True)
class HeaderInfo:
    """What the header shows; empty parts are left out (before login only "Uitslag")."""

    election: str = ""
    municipality: str = ""
    body: str = ""
    """GSB, HSB or CSB."""
    role: str = ""
    user: str = ""
    server: str | None = None
    """None: the database is on this laptop; otherwise the server this app is connected to."""

    def title(self) -> str:
        """``Uitslag · GR2026 · Berkelstad · GSB · Invoerder · Anna``."""
        parts = ("Uitslag", self.election, self.municipality, self.body, self.role, self.user)
        return SEPARATOR.join(part for part in parts if part)

    def window_title(self) -> str:
        """The title, and on a workstation of a serving laptop ``· server ADDRESS`` (the taskbar
        says where the data lives; the header says it beside the title)."""
        if self.server is None:
            return self.title()
        where = tr("server {server}").format(server=self.server)
        return f"{self.title()}{SEPARATOR}{where}"

    def connection(self) -> str:
        """Where the data lives, in words."""
        if self.server is None:
            return tr("Verbonden met: deze laptop")
        return tr("Verbonden met: server {server}").format(server=self.server)


class WindowHeader(QFrame):
    """One line at the top of the window."""

    def __init__(self, info: HeaderInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("window_header")
        self.setProperty("kind", "header")
        self.title = ElidedLabel()
        self.title.setProperty("kind", "header-title")
        self.title.setObjectName("header_title")
        self.connection = QLabel()
        self.connection.setProperty("kind", "header-connection")
        self.connection.setObjectName("header_connection")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(16)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.connection)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(8)
        layout.addLayout(self.action_row)
        self.info = HeaderInfo()
        self.set_info(info or HeaderInfo())

    def add_action(self, widget: QWidget) -> None:
        """A control at the right end of the header that works on every page (e.g. logging out)."""
        self.action_row.addWidget(widget)

    def set_info(self, info: HeaderInfo) -> None:
        """Show ``info``."""
        self.info = info
        self.title.setText(info.title())
        self.connection.setText(info.connection())
        self.connection.setAccessibleName(info.connection())
        self.setAccessibleName(f"{info.title()} — {info.connection()}")
