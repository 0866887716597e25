"""The screens of the app by role (issue 13): each role's entry point builds its first page in the
window's :class:`~gui.widgets.Shell`; the main window shows ``PAGES[role](api, shell)`` after login.

A page reaches the services only through the :class:`~kieskring.app.api.AppApi` it is given. When a
call finds the session over (expired, ended elsewhere, after a restore), the page says so on
:data:`gui.widgets.messages.SESSION` (``ended``), and the window returns to the login."""

from __future__ import annotations

from collections.abc import Callable

from gui.widgets import Page, Shell
from kieskring.app.api import AppApi, Role

from .admin import admin_page
from .coordinator import coordinator_page

PageFactory = Callable[[AppApi, Shell], Page]

PAGES: dict[Role, PageFactory] = {
    Role.COORDINATOR: coordinator_page,
    Role.BEHEERDER: admin_page,
}
"""Each role's first page (13A registers the typist's)."""

__all__ = ["PAGES", "PageFactory"]
