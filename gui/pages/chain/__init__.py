"""The HSB's and CSB's screens (docs/app.md "HSB/CSB", docs/chain-app.md): Ontvangst (every GSB or
HSB in, missing or different; a file imported with its fingerprint typed from the paper; paper and
file side by side), Toewijzing (the result step by step, the lot, deceased candidates, provenance),
the investigation requests and the signed outputs; and the typist's list of units to type.

Which body this installation is, is the services' answer (``welcome().election.body``);
:func:`is_chain` only reads it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from gui.widgets import Page, Shell
from gui.widgets.messages import attempt
from kieskring.app.api import AppApi
from kieskring.app.api.vocabulary import Body

from .common import Modal, run_modal
from .outputs import ChainOutputsDialog, ChainOutputsPage
from .receiving import ReceivingPage
from .requests import RequestsDialog
from .result import ResultPage
from .typist import ChainTypistHome


def is_chain(api: AppApi) -> bool:
    """Whether this installation is set up as an HSB or CSB (as the services say)."""
    election = api.welcome().election
    return election is not None and election.body != Body.GSB.value


class ChainScreens:
    """The coordinator's pages at an HSB or CSB and the ways between them."""

    def __init__(self, api: AppApi, shell: Shell) -> None:
        self.api = api
        self.shell = shell
        self.run_dialog: Modal = run_modal
        self.receiving = ReceivingPage(api, shell)
        self.result = ResultPage(api, shell)
        self.outputs = ChainOutputsPage(self.show_result)
        self.receiving.open_result = self.show_result
        self.result.back = self.show_receiving
        self.result.open_outputs = self.open_outputs
        self.result.open_requests = self.open_requests
        self.outputs_dialog: ChainOutputsDialog | None = None
        self.requests_dialog: RequestsDialog | None = None

    def show_receiving(self) -> None:
        """The receiving overview (refreshed)."""
        self.receiving.refresh()
        self.shell.show_page(self.receiving)

    def show_result(self) -> None:
        """The result step by step."""
        self.shell.show_page(self.result)

    def open_outputs(self) -> None:
        """Ask for what the outputs need, make and save them, then show their fingerprints."""
        proposed = attempt(self.result.message, self.api.chain_output_defaults)
        if proposed is None:
            return
        overview = self.receiving.overview
        csb = overview is None or overview.body == Body.CSB.value
        self.outputs_dialog = ChainOutputsDialog(self.result, self.api, proposed, csb=csb)
        accepted = self.run_dialog(self.outputs_dialog) == QDialog.DialogCode.Accepted
        saved = self.outputs_dialog.saved
        if accepted and saved is not None:
            self.outputs.show_outputs(saved)
            self.shell.show_page(self.outputs)

    def open_requests(self) -> None:
        """The investigation requests for GSBs."""
        proposed = attempt(self.result.message, self.api.chain_output_defaults)
        if proposed is None:
            return
        self.requests_dialog = RequestsDialog(
            self.result, self.api, proposed.place, proposed.created.date()
        )
        self.run_dialog(self.requests_dialog)


def chain_page(api: AppApi, shell: Shell) -> Page:
    """The coordinator's first page at an HSB or CSB: the receiving overview."""
    screens = ChainScreens(api, shell)
    screens.receiving.screens = screens
    return screens.receiving


def chain_typist_home(api: AppApi, shell: Shell) -> Page:
    """The typist's first page at an HSB or CSB: the units to type."""
    return ChainTypistHome(api, shell)


__all__ = [
    "ChainScreens",
    "ChainTypistHome",
    "ReceivingPage",
    "ResultPage",
    "chain_page",
    "chain_typist_home",
    "is_chain",
]
