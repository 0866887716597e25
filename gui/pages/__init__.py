"""The screens of the app, by role (docs/app.md §3): after login the main window shows
``PAGES[role](api, shell)``, the role's first page; that page shows the role's other pages in the same
window (``shell.show_page``).

A page reaches the services only through the interface object it is given (:class:`AppApi`), so the same
page works on one laptop and against a server on the LAN. When a call finds the session over (expired,
ended elsewhere, after a restore), the window returns to the login with the services' message."""

from __future__ import annotations

from collections.abc import Callable

from gui.pages.admin import admin_page
from gui.pages.coordinator import coordinator_page
from gui.pages.typist import typist_home
from gui.widgets.page import Page
from gui.widgets.shell import Shell
from kieskring.app.api import AppApi
from kieskring.app.api.vocabulary import Role

PageFactory = Callable[[AppApi, Shell], Page]
"""Makes a role's first page for the logged-in user."""

PAGES: dict[Role, PageFactory] = {
    Role.INVOERDER: typist_home,
    Role.COORDINATOR: coordinator_page,
    Role.BEHEERDER: admin_page,
}
"""Each role's first page."""

__all__ = ["PAGES", "PageFactory"]
