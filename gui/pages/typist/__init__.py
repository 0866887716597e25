"""The typist's screens (docs/app.md §3.3): home (choose a station, resume), the entry form section by
section with the findings box, check and finish, and what happens next."""

from __future__ import annotations

from gui.pages.typist.home import HomePage
from gui.widgets.page import Page
from gui.widgets.shell import Shell
from kieskring.app.api import AppApi


def typist_home(api: AppApi, shell: Shell) -> Page:
    """The typist's first page after login."""
    return HomePage(api, shell)
