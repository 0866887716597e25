"""The window every screen lives in: the header (who, where, connected to what), one page at a time,
and the F1 help overlay listing the shortcuts of the page on screen (app.md §2 (principle 2), §3.1, §4).

The window title repeats the header, so the taskbar says it too. The shell holds no logic: phase-2
screens are :class:`~gui.widgets.page.Page` objects that the shell shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.widgets.header import HeaderInfo, WindowHeader
from gui.widgets.page import HelpOverlay, Page, Shortcut

HELP_KEYS = "F1"
CLOSE_KEYS = "Esc"


class Shell(QMainWindow):
    """Header, a stack of pages, the help overlay."""

    def __init__(self, info: HeaderInfo | None = None) -> None:
        super().__init__()
        self.setObjectName("shell")
        self.header = WindowHeader()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        central = QWidget()
        central.setObjectName("shell_body")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.help = HelpOverlay(self)
        self.declared: list[Shortcut] = []
        self.help_shortcut = QShortcut(QKeySequence(HELP_KEYS), self)
        self.help_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.help_shortcut.activated.connect(self.toggle_help)
        self.set_info(info or HeaderInfo())

    def set_info(self, info: HeaderInfo) -> None:
        """Who works where: the header and the window title."""
        self.header.set_info(info)
        self.setWindowTitle(info.window_title())

    def add_shortcut(self, keys: str, description: str) -> None:
        """Declare a shortcut that works on every page (e.g. logging out), for the overlay."""
        self.declared.append(Shortcut(keys, description))

    def page(self) -> Page | None:
        """The page on screen."""
        current = self.stack.currentWidget()
        return current if isinstance(current, Page) else None

    def show_page(self, page: Page) -> None:
        """Show ``page`` (added to the stack when new) with the focus on its first field."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.help.close_help()
        page.focus_first()

    def shortcuts(self) -> tuple[Shortcut, ...]:
        """What the overlay lists: the page's shortcuts, the shell's, and F1/Esc themselves."""
        page = self.page()
        own = page.shortcuts() if page is not None else ()
        general = (
            Shortcut(HELP_KEYS, tr("Deze lijst met sneltoetsen tonen of sluiten")),
            Shortcut(CLOSE_KEYS, tr("Lijst met sneltoetsen sluiten")),
        )
        return (*own, *self.declared, *general)

    def toggle_help(self) -> None:
        """F1: open the overlay for the page on screen, or close it."""
        if self.help.isVisible():
            self.help.close_help()
            return
        page = self.page()
        self.help.open_help(page.title.full_text() if page else tr("Uitslag"), self.shortcuts())
