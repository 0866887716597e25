"""The outputs after the session is finished (app.md §3.4): a dialog asks for the 510b's creation time,
the PV's place and date and the signing key's passphrase, and the folder (chosen with a dialog); the
signed 510b, the Na 31-2 and the publication CSV are written there; then a page shows every file's
fingerprint, the signing certificate's and the audit log's head, to copy onto paper.

The files are made on the serving side (``gsb_outputs``) and written here
(:func:`kieskring.app.api.files.save_outputs`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
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
from kieskring.app.api import AppApi, GsbOutputs, UserError
from kieskring.app.api.coordinator import OutputRequest
from kieskring.app.api.files import save_outputs
from kieskring.app.text import Text


@dataclass(frozen=True)
class SavedOutputs:
    """The outputs as made, and the folder they were written into."""

    outputs: GsbOutputs
    folder: Path


def fingerprint_label(value: str, name: str) -> QLabel:
    """A fingerprint in a fixed-width font, selectable (to copy it exactly)."""
    label = QLabel(value)
    label.setObjectName(name)
    label.setProperty("kind", "fingerprint")
    label.setAccessibleName(f"{name}: {value}")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def follow_up(api: AppApi) -> bool:
    """Whether the outputs are those of a follow-up sitting (P 2a and Na 14-2 instead of Na 31-2)."""
    try:
        return api.sittings().current > 1
    except UserError:
        return False


class OutputsDialog(FittedDialog):
    """What the outputs need, and where to put them; "Annuleren" leaves without making anything."""

    def __init__(self, parent: QWidget | None, api: AppApi, proposed: OutputRequest) -> None:
        super().__init__(parent)
        self.api = api
        self.saved: SavedOutputs | None = None
        self.setWindowTitle(tr("Uitvoer maken"))
        self.setObjectName("outputs_dialog")
        self.setAccessibleName(tr("Uitvoer maken"))
        heading = QLabel(tr("Uitvoer maken"))
        heading.setProperty("kind", "page-title")
        intro = QLabel(
            tr(
                "In deze nieuwe zitting maak je een nieuwe telling (510b, ondertekend met de "
                "sleutel van deze installatie), het proces-verbaal P 2a en, als er iets veranderde, "
                "het corrigendum Na 14-2. Met de CSV voor publicatie komen ze in de map die je kiest."
            )
            if follow_up(api)
            else tr(
                "De telling (510b) en het proces-verbaal Na 31-2 worden ondertekend met de sleutel "
                "van deze installatie. Met de CSV voor publicatie komen ze in de map die je kiest."
            )
        )
        intro.setWordWrap(True)
        self.created = QDateTimeEdit(qt_datetime(proposed.created))
        self.created.setObjectName("created")
        self.created.setAccessibleName(tr("Aanmaakmoment van de telling"))
        self.created.setDisplayFormat("dd-MM-yyyy HH:mm")
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
            tr("Map voor de uitvoer"), "outputs", mode="folder", caption=tr("Kies een map")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in (
            (tr("&Aanmaakmoment telling (510b)"), self.created),
            (tr("&Plaats (op het proces-verbaal)"), self.place),
            (tr("&Datum (op het proces-verbaal)"), self.pv_date),
            (tr("&Wachtwoord van de sleutel"), self.passphrase),
            (tr("&Map"), self.folder),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.message = MessageBox(tr("Melding uitvoer"))
        self.make_button = primary_button(tr("Uitvoer maken en opslaan"), "make_outputs")
        self.cancel_button = secondary_button(tr("Annuleren"), "cancel_outputs")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        self.setMaximumWidth(760)
        self.passphrase.setFocus()

    def request(self) -> OutputRequest:
        """The form as the call takes it."""
        created = self.created.dateTime().toPython()
        assert isinstance(created, dt.datetime)
        return OutputRequest(
            created.replace(second=0, microsecond=0),
            self.place.text().strip(),
            self.pv_date.text().strip(),
            self.passphrase.text(),
        )

    def make(self) -> None:
        """Make the files and write them into the chosen folder; stay open on a problem."""
        folder = self.folder.path()
        if folder is None:
            self.message.show_note(tr("Kies eerst de map voor de uitvoer."))
            self.folder.setFocus()
            return
        outputs = attempt(self.message, lambda: self.api.gsb_outputs(self.request()))
        if outputs is None:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if attempt(self.message, lambda: save_outputs(folder, outputs.files)) is None:
            return
        self.saved = SavedOutputs(outputs, folder)
        self.accept()


class OutputsPage(Page):
    """The outputs as saved: every file with its fingerprint, the certificate, the audit head."""

    def __init__(self, back: Callable[[], None]) -> None:
        super().__init__(tr("Uitvoer opgeslagen"), "outputs_page")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 1)
        self.content.addLayout(self.grid)
        self.content.addStretch(1)
        self.back_button = primary_button(
            tr("Terug naar het overzicht"), "outputs_back", "Alt+Left"
        )
        self.back_button.clicked.connect(back)
        self.set_primary(self.back_button)

    def show_outputs(self, saved: SavedOutputs) -> None:
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
        for number, output in enumerate(outputs.files, start=1):
            what = QLabel(said(output.what))
            what.setProperty("kind", "notice")
            name = ElidedLabel(output.name)
            name.setProperty("kind", "hint")
            self.grid.addWidget(what, 2 * number - 1, 0)
            self.grid.addWidget(name, 2 * number, 0)
            self.grid.addWidget(
                fingerprint_label(output.fingerprint, f"fingerprint_{number}"), 2 * number - 1, 1
            )
        row = 2 * len(outputs.files) + 1
        self.grid.setRowMinimumHeight(row, 16)
        heading = QLabel(tr("Ondertekening en auditlog (beide staan ook op het proces-verbaal)"))
        heading.setProperty("kind", "column-header")
        self.grid.addWidget(heading, row + 1, 0, 1, 2)
        row += 2
        certificate = Text("Certificaat van de sleutel", "The key's certificate")
        audit = Text(
            f"Auditlog: laatste regel {outputs.audit_seq}",
            f"Audit log: last entry {outputs.audit_seq}",
        )
        for offset, (words, value, key) in enumerate(
            (
                (certificate, outputs.certificate_fingerprint, "certificate_fingerprint"),
                (audit, grouped(outputs.audit_hash), "audit_head"),
            )
        ):
            label = QLabel(said(words))
            label.setProperty("kind", "notice")
            self.grid.addWidget(label, row + offset, 0)
            self.grid.addWidget(fingerprint_label(value, key), row + offset, 1)


def grouped(digest: str) -> str:
    """A 64-hex hash as 16 groups of four, as the PV prints it."""
    upper = digest.upper()
    return " ".join(upper[i : i + 4] for i in range(0, len(upper), 4))
