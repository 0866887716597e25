"""Importing a lower committee's file (docs/chain-app.md §2, docs/chain.md §4): the 510b of a GSB or
the 510c of an HSB chosen with a file dialog, with its detached ``.sig`` when there is one; the file
is read first (``inspect_unit_file``: which unit, how many votes, signed or not) and shown with its
fingerprint, two groups blank under their real group numbers; the clerk types those two groups from
the paper PV that came with the file, and only then is the file kept (``import_unit_file``).

The fingerprint check is the one of the set-up wizard (:class:`FingerprintCheck`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.pages.admin.fingerprint import FingerprintCheck
from gui.widgets import FileChooser, FittedDialog, primary_button, secondary_button, set_available
from gui.widgets.messages import MessageBox, attempt, said
from gui.widgets.numbers import format_number
from kieskring.app.api.admin import FileData
from kieskring.app.api.chain_views import UnitFilePreview, UnitView
from kieskring.app.api.client import AppApi
from kieskring.app.api.files import read_chosen

from .common import button_row, dialog_title, hint, labelled_form

EML_FILTER = "EML (*.xml);;*"
SIG_FILTER = "Handtekening (*.sig);;*"


class ReceiveFileDialog(FittedDialog):
    """Choose, read, check the fingerprint, keep. ``imported`` is the unit once kept."""

    def __init__(self, parent: QWidget | None, api: AppApi) -> None:
        super().__init__(parent)
        self.api = api
        self.preview: UnitFilePreview | None = None
        self.data: FileData | None = None
        self.signature: FileData | None = None
        self.imported: UnitView | None = None
        top = dialog_title(
            self, tr("Bestand van een gemeente of hoofdstembureau inlezen"), "receive_file_dialog"
        )
        intro = hint(
            tr(
                "Kies de telling (510b of 510c) die bij het proces-verbaal hoort, en het bestand "
                "met de handtekening (.sig) als dat er is."
            )
        )
        self._choosers()
        self.file.changed.connect(self.read)
        self.sig.changed.connect(self.read)
        form = labelled_form(
            (
                (tr("&Telling (510b of 510c)"), self.file),
                (tr("&Handtekening (.sig, als die er is)"), self.sig),
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("file_summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty("kind", "notice")
        self.summary.hide()
        self.check = FingerprintCheck(
            tr("Vingerafdruk van de telling"), tr("de telling"), "unit_fingerprint_check"
        )
        self.check.edited.connect(self._ready)
        self.message = MessageBox(tr("Melding bij het inlezen"))
        self.import_button = primary_button(tr("Bestand bewaren"), "import_file")
        self.cancel_button = secondary_button(tr("Annuleren"), "cancel_import")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.keep)
        self.cancel_button.clicked.connect(self.reject)
        row = button_row(self.cancel_button, self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.check)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(760)
        self.setMaximumWidth(900)
        self._ready()
        self.file.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choosers(self) -> None:
        self.file = FileChooser(
            tr("Telling"), "chain_unit_file", caption=tr("Kies de telling"), file_filter=EML_FILTER
        )
        self.sig = FileChooser(
            tr("Handtekening"),
            "chain_unit_file",
            caption=tr("Kies de handtekening (.sig)"),
            file_filter=SIG_FILTER,
        )

    def _chosen(self, chooser: FileChooser) -> FileData | None:
        path = chooser.path()
        if path is None or not Path(path).is_file():
            return None
        return attempt(self.message, lambda: read_chosen(path))

    def read(self) -> None:
        """Read the chosen file (and signature) and show what it is, with its fingerprint."""
        self.preview = None
        self.data = self._chosen(self.file)
        self.signature = self._chosen(self.sig)
        if self.data is not None:
            data, signature = self.data, self.signature
            self.preview = attempt(
                self.message, lambda: self.api.inspect_unit_file(data, signature)
            )
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self.preview
        self.check.set_challenge(preview.challenge if preview else None)
        self.summary.setVisible(preview is not None)
        if preview is not None:
            signed = (
                tr("Ondertekend; certificaat {signer}.").format(signer=preview.signer)
                if preview.signed
                else tr("Niet ondertekend (geen .sig gekozen).")
            )
            lines = [
                tr("{code} — {name}: {votes} geldige stemmen.").format(
                    code=preview.code, name=preview.name, votes=format_number(preview.total_votes)
                ),
                signed,
                *(f"⚠ {said(w)}" for w in preview.warnings),
            ]
            self.summary.setText("\n".join(lines))
            self.check.instruction.setText(
                tr(
                    "Zoek de vingerafdruk op het proces-verbaal van {name} dat met dit bestand is "
                    "gekomen. Typ groep {first} en groep {second} over."
                ).format(
                    name=preview.name,
                    first=preview.challenge.positions[0],
                    second=preview.challenge.positions[1],
                )
            )
            QTimer.singleShot(0, self._focus_first_group)  # once the new fields are shown
        self._ready()

    def _focus_first_group(self) -> None:
        first = self.check.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ready(self) -> None:
        if self.preview is None:
            set_available(self.import_button, False, tr("Kies eerst de telling."))
        else:
            set_available(
                self.import_button,
                self.check.complete(),
                tr("Typ eerst de twee groepen van de vingerafdruk over."),
            )

    def keep(self) -> None:
        """Keep the file when the two typed groups match; stay open on a problem."""
        data = self.data
        if data is None or self.preview is None or not self.check.complete():
            return
        signature, groups = self.signature, self.check.typed()
        found = attempt(self.message, lambda: self.api.import_unit_file(data, signature, groups))
        if found is None:
            first = self.check.first_field()
            if first is not None:
                first.selectAll()
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.imported = found
        self.accept()
