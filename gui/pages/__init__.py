"""The screens of the app, by role (docs/app.md §3): after login the main window shows
``PAGES[role](api, shell)``, the role's first page; that page shows the role's other pages in the same
window (``shell.show_page``).

A page reaches the services only through the interface object it is given (:class:`AppApi`), so the same
page works on one laptop and, later, against a server on the LAN."""

from __future__ import annotations

from collections.abc import Callable

from gui.pages.typist import typist_home
from gui.widgets.page import Page
from gui.widgets.shell import Shell
from kieskring.app.api import AppApi
from kieskring.app.api.vocabulary import Role

PageFactory = Callable[[AppApi, Shell], Page]
"""Makes a role's first page for the logged-in user."""

PAGES: dict[Role, PageFactory] = {
    Role.INVOERDER: typist_home,
}
"""Each role's first page (the coordinator's and the administrator's are registered by their areas)."""
