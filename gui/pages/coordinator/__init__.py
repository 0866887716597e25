"""The coordinator's screens (app.md §3.4): the dashboard with the station table and the detail, the
outputs after finishing, the backups. :func:`coordinator_page` is the role's entry point (registered in
:data:`gui.pages.PAGES`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from gui.i18n import tr
from gui.pages.admin.backups import BackupsPage
from gui.widgets import Page, Shell
from gui.widgets.messages import attempt
from kieskring.app.api import AppApi

from .dashboard import CoordinatorPage
from .investigations import InvestigationsPage
from .outputs import OutputsDialog, OutputsPage
from .signals import SignalsPage
from .sittings import SittingsPage


def run_modal(dialog: QDialog) -> int:
    """Show ``dialog`` and wait for its answer (tests and the screenshot script replace this)."""
    return dialog.exec()


class CoordinatorScreens:
    """The coordinator's pages and the ways between them."""

    def __init__(self, api: AppApi, shell: Shell) -> None:
        self.api = api
        self.shell = shell
        self.run_dialog: Callable[[QDialog], int] = run_modal
        self.dashboard = CoordinatorPage(api, shell)
        self.outputs = OutputsPage(self.show_dashboard)
        self.backups = BackupsPage(api, self.show_dashboard, may_restore=False)
        self.dashboard.open_outputs = self.open_outputs
        self.dashboard.open_backups = self.open_backups
        self.dashboard.open_sittings = self.open_sittings
        self.dashboard.before_finish = self.signals_first
        self.dialog: OutputsDialog | None = None
        self.sittings = SittingsPage(
            api, self.show_dashboard, self.open_investigations, self.open_signals
        )
        self.investigations = InvestigationsPage(api, self.open_sittings)
        self.signals = SignalsPage(api, self.show_dashboard, self.investigate_signal)

    def open_sittings(self) -> None:
        """The sittings page (follow-up sittings, outputs per sitting, a station's history)."""
        self.sittings.refresh()
        self.shell.show_page(self.sittings)

    def open_investigations(self) -> None:
        """The investigations of the current sitting."""
        self.investigations.refresh()
        self.shell.show_page(self.investigations)

    def open_signals(self) -> None:
        """The plausibility signals before finishing."""
        self.signals.refresh()
        self.shell.show_page(self.signals)

    def signals_first(self) -> bool:
        """Before finishing: with signals still to deal with, show them instead (app.md §6)."""
        found = attempt(self.dashboard.message, self.api.signals)
        if found is None or found.open == 0:
            return found is not None
        self.open_signals()
        self.signals.message.show_note(
            tr("Handel eerst de signalen af; daarna kun je de zitting hier afronden.")
        )
        return False

    def investigate_signal(self, station: int, signal: str) -> bool:
        """From a signal: record an investigation of its station (True when recorded)."""
        self.investigations.run_dialog = self.run_dialog
        return self.investigations.open_investigation(station, signal)

    def show_dashboard(self) -> None:
        """Back to the dashboard (refreshed)."""
        self.dashboard.refresh()
        self.shell.show_page(self.dashboard)

    def open_backups(self) -> None:
        """The backups page."""
        self.backups.refresh()
        self.shell.show_page(self.backups)

    def open_outputs(self) -> None:
        """Ask for what the outputs need, make and save them, then show their fingerprints."""
        proposed = attempt(self.dashboard.message, self.api.output_defaults)
        if proposed is None:
            return
        self.dialog = OutputsDialog(self.dashboard, self.api, proposed)
        accepted = self.run_dialog(self.dialog) == QDialog.DialogCode.Accepted
        saved = self.dialog.saved
        if accepted and saved is not None:
            self.outputs.show_outputs(saved)
            self.shell.show_page(self.outputs)


def coordinator_page(api: AppApi, shell: Shell) -> Page:
    """The coordinator's first page: the dashboard (its other pages hang off it)."""
    screens = CoordinatorScreens(api, shell)
    screens.dashboard.screens = screens
    return screens.dashboard


__all__ = [
    "CoordinatorPage",
    "CoordinatorScreens",
    "InvestigationsPage",
    "OutputsPage",
    "SignalsPage",
    "SittingsPage",
    "coordinator_page",
]
