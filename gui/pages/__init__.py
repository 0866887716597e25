"""The screens of the app, by role (docs/app.md §3): after login the main window shows
``PAGES[role](api, shell)``, the role's first page; that page shows the role's other pages in the same
window (``shell.show_page``).

A page reaches the services only through the interface object it is given (:class:`AppApi`), so the same
page works on one laptop and against a server on the LAN. When a call finds the session over (expired,
ended elsewhere, after a restore), the window returns to the login with the services' message."""

from __future__ import annotations

from collections.abc import Callable

from gui.pages.admin import admin_page
from gui.pages.chain import chain_page, chain_typist_home, is_chain
from gui.pages.coordinator import coordinator_page
from gui.pages.typist import typist_home
from gui.widgets.page import Page
from gui.widgets.shell import Shell
from kieskring.app.api import AppApi
from kieskring.app.api.vocabulary import Role

PageFactory = Callable[[AppApi, Shell], Page]
"""Makes a role's first page for the logged-in user."""


def typist_page(api: AppApi, shell: Shell) -> Page:
    """The typist's first page: a station to type at a GSB, a unit's PV at an HSB or CSB."""
    return chain_typist_home(api, shell) if is_chain(api) else typist_home(api, shell)


def coordinator_first_page(api: AppApi, shell: Shell) -> Page:
    """The coordinator's first page: the dashboard at a GSB, the receiving overview at an HSB or
    CSB."""
    return chain_page(api, shell) if is_chain(api) else coordinator_page(api, shell)


PAGES: dict[Role, PageFactory] = {
    Role.INVOERDER: typist_page,
    Role.COORDINATOR: coordinator_first_page,
    Role.BEHEERDER: admin_page,
}
"""Each role's first page."""

__all__ = ["PAGES", "PageFactory"]
