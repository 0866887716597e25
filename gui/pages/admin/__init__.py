"""The administrator's screens (app.md §3.2): the start page, the set-up wizard (with the signing
key), the users, the stations before data entry, the backups. :func:`admin_page` is the role's entry
point (registered in :data:`gui.pages.PAGES`)."""

from __future__ import annotations

from gui.widgets import Page, Shell
from gui.widgets.messages import attempt, said
from kieskring.app.api import AppApi

from .backups import BackupsPage
from .home import AdminHome
from .stations import StationsPage
from .users import UsersPage
from .wizard import SetupWizard


class AdminScreens:
    """The administrator's pages and the ways between them."""

    def __init__(self, api: AppApi, shell: Shell) -> None:
        self.api = api
        self.shell = shell
        self.home = AdminHome(
            {
                "setup": self.open_setup,
                "key": self.open_key,
                "users": self.open_users,
                "stations": self.open_stations,
                "backups": self.open_backups,
            }
        )
        self.users = UsersPage(api, self.show_home)
        self.stations = StationsPage(api, self.show_home)
        self.backups = BackupsPage(api, self.show_home, may_restore=True)
        self.wizard: SetupWizard | None = None
        self.refresh()

    def refresh(self) -> None:
        """Ask the services where the installation stands, for the start page."""
        box = self.home.message
        welcome = attempt(box, self.api.welcome)
        users = attempt(box, self.api.users)
        key = attempt(box, self.api.signing_key)
        listing = attempt(box, self.api.station_list)
        backups = attempt(box, self.api.backups)
        if welcome is None or users is None or listing is None or backups is None:
            return
        info = welcome.election
        election = (
            f"{info.name} ({info.election_id}) · {info.municipality} · {info.counting.name}"
            if info
            else None
        )
        stations = (
            self.home.tr_stations(len(listing.stations), listing.editable)
            if info
            else self.home.tr_no_election()
        )
        latest = backups[0].name if backups else None
        self.home.show_state(
            election,
            key.fingerprint if key else None,
            len(users),
            stations,
            self.home.tr_backups(len(backups), latest),
            said(listing.reason) if info is not None and listing.reason else None,
        )

    def show_home(self) -> None:
        """Back to the start page (refreshed)."""
        self.refresh()
        self.shell.show_page(self.home)

    def open_setup(self) -> None:
        """The wizard, from the first step."""
        self.wizard = SetupWizard(self.api, self.show_home)
        self.shell.show_page(self.wizard)

    def open_key(self) -> None:
        """The wizard at its last step: the election is saved, the signing key is missing."""
        self.wizard = SetupWizard(self.api, self.show_home)
        self.wizard.resume_at_key()
        self.shell.show_page(self.wizard)

    def open_users(self) -> None:
        """The users table."""
        self.users.refresh()
        self.shell.show_page(self.users)

    def open_stations(self) -> None:
        """The stations table."""
        self.stations.refresh()
        self.shell.show_page(self.stations)

    def open_backups(self) -> None:
        """The backups."""
        self.backups.refresh()
        self.shell.show_page(self.backups)


def admin_page(api: AppApi, shell: Shell) -> Page:
    """The administrator's first page (its other pages hang off it)."""
    screens = AdminScreens(api, shell)
    screens.home.screens = screens
    return screens.home


__all__ = ["AdminHome", "AdminScreens", "admin_page"]
