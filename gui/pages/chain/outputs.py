"""The HSB's and CSB's outputs (docs/chain-app.md §3–§4): a dialog asks for the EML's creation time,
the PV's place and date and the signing key's passphrase, and the folder (chosen with a dialog); the
signed files — for a CSB the 520 with its ``.sig``, the P 22-2 or P 22-1, the publication CSV and the
calculation — are written there (``chain_outputs``); then a page shows every file's fingerprint, the
EML's the PV names and the certificate's, to copy onto paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtWidgets import (
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.pages.coordinator.outputs import fingerprint_label
from gui.widgets import (
    ElidedLabel,
    FileChooser,
    FittedDialog,
    Page,
    primary_button,
    secondary_button,
)
from gui.widgets.dates import qt_datetime
from gui.widgets.layouts import clear_layout
from gui.widgets.messages import MessageBox, attempt, said
from kieskring.app.api.client import AppApi
from kieskring.app.api.files import save_outputs
from kieskring.app.api.vocabulary import ChainOutputRequest, ChainOutputs

from .common import button_row, dialog_title, labelled_form


@dataclass(frozen=True)
class SavedChainOutputs:
    """The outputs as made, and the folder they were written into."""

    outputs: ChainOutputs
    folder: Path


class ChainOutputsDialog(FittedDialog):
    """What the outputs need, and where to put them; "Annuleren" leaves without making anything."""

    def __init__(
        self, parent: QWidget | None, api: AppApi, proposed: ChainOutputRequest, *, csb: bool = True
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.proposed = proposed
        self.saved: SavedChainOutputs | None = None
        top = dialog_title(self, tr("Uitvoer maken"), "chain_outputs_dialog")
        intro = QLabel(
            tr(
                "De uitslag (520), het proces-verbaal (P 22-2 of P 22-1) en de berekening worden "
                "ondertekend met de sleutel van deze installatie. Met de CSV voor publicatie komen "
                "ze in de map die je kiest."
            )
            if csb
            else tr(
                "De telling van de kieskring (510c) en het proces-verbaal O 3 worden ondertekend "
                "met de sleutel van deze installatie. Met de CSV voor publicatie komen ze in de "
                "map die je kiest."
            )
        )
        intro.setWordWrap(True)
        self._fields(proposed)
        form = labelled_form(
            (
                (
                    tr("&Aanmaakmoment uitslag (520)")
                    if csb
                    else tr("&Aanmaakmoment telling (510c)"),
                    self.created,
                ),
                (tr("&Plaats (op het proces-verbaal)"), self.place),
                (tr("&Datum (op het proces-verbaal)"), self.pv_date),
                (tr("&Wachtwoord van de sleutel"), self.passphrase),
                (tr("&Map"), self.folder),
            )
        )
        self.message = MessageBox(tr("Melding uitvoer"))
        self.make_button = primary_button(tr("Uitvoer maken en opslaan"), "make_outputs")
        self.cancel_button = secondary_button(tr("Annuleren"), "cancel_outputs")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.cancel_button.clicked.connect(self.reject)
        row = button_row(self.cancel_button, self.make_button)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        self.setMaximumWidth(760)
        self.passphrase.setFocus()

    def _fields(self, proposed: ChainOutputRequest) -> None:
        self.created = QDateTimeEdit(qt_datetime(proposed.created))
        self.created.setObjectName("created")
        self.created.setAccessibleName(tr("Aanmaakmoment van de uitslag"))
        self.created.setDisplayFormat("dd-MM-yyyy HH:mm:ss")
        self.created.setCalendarPopup(True)
        self.place = QLineEdit(proposed.place)
        self.place.setObjectName("place")
        self.place.setAccessibleName(tr("Plaats"))
        self.pv_date = QLineEdit(proposed.pv_date)
        self.pv_date.setObjectName("pv_date")
        self.pv_date.setAccessibleName(tr("Datum van het proces-verbaal"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(tr("Wachtwoord van de sleutel"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = FileChooser(
            tr("Map voor de uitvoer"), "chain_outputs", mode="folder", caption=tr("Kies een map")
        )

    def request(self) -> ChainOutputRequest:
        """The form as the call takes it (the signing time is the proposed one)."""
        created = self.created.dateTime().toPython()
        assert isinstance(created, dt.datetime)
        return replace(
            self.proposed,
            created=created,
            place=self.place.text().strip(),
            pv_date=self.pv_date.text().strip(),
            passphrase=self.passphrase.text(),
        )

    def make(self) -> None:
        """Make the files and write them into the chosen folder; stay open on a problem."""
        folder = self.folder.path()
        if folder is None:
            self.message.show_note(tr("Kies eerst de map voor de uitvoer."))
            self.folder.setFocus()
            return
        outputs = attempt(self.message, lambda: self.api.chain_outputs(self.request()))
        if outputs is None:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if attempt(self.message, lambda: save_outputs(folder, outputs.files)) is None:
            return
        self.saved = SavedChainOutputs(outputs, folder)
        self.accept()


class ChainOutputsPage(Page):
    """The outputs as saved: every file with its fingerprint, the EML's and the certificate's."""

    def __init__(self, back: Callable[[], None]) -> None:
        super().__init__(tr("Uitvoer opgeslagen"), "chain_outputs_page")
        self.back = back
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.content.addLayout(self.grid)
        self.content.addStretch(1)
        self.back_button = primary_button(tr("Terug"), "outputs_back", "Alt+Left")
        self.back_button.clicked.connect(back)
        self.set_primary(self.back_button)

    def show_outputs(self, saved: SavedChainOutputs) -> None:
        """Lay out what was saved."""
        self.set_title(
            tr("Uitvoer opgeslagen"),
            tr(
                "De bestanden staan in {folder}. Schrijf de vingerafdrukken over op het papier "
                "en vergelijk ze hardop."
            ).format(folder=saved.folder),
        )
        clear_layout(self.grid)
        outputs = saved.outputs
        for header, column in ((tr("Bestand"), 0), (tr("Vingerafdruk (SHA-256)"), 1)):
            label = QLabel(header)
            label.setProperty("kind", "column-header")
            self.grid.addWidget(label, 0, column)
        row = 1
        for number, output in enumerate(outputs.files, start=1):
            name = ElidedLabel(f"{said(output.what)} — {output.name}")
            name.setToolTip(output.name)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(
                fingerprint_label(output.fingerprint, f"fingerprint_{number}"), row, 1
            )
            row += 1
        self.grid.setRowMinimumHeight(row, 12)
        for words, value, key in (
            (tr("Het bestand waar het proces-verbaal bij hoort"), outputs.eml_fingerprint, "eml"),
            (tr("Certificaat van de sleutel"), outputs.certificate_fingerprint, "certificate"),
        ):
            row += 1
            label = QLabel(words)
            label.setWordWrap(True)
            label.setProperty("kind", "notice")
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(fingerprint_label(value, f"{key}_fingerprint"), row, 1)
