"""Investigation requests for GSBs (docs/chain-app.md §3): the HSB or CSB asks a municipality's GSB to
investigate a station (which station, why, what to do); the requests are listed, one recorded by
mistake is removed, and the requests to one GSB are written as a JSON file and a PDF to sign into a
folder chosen with a dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import FileChooser, FittedDialog, primary_button, secondary_button, set_available
from gui.widgets.dates import qt_date
from gui.widgets.messages import MessageBox, attempt
from gui.widgets.tables import Column, RecordsModel, records_view, selected_row
from kieskring.app.api.client import AppApi
from kieskring.app.api.files import save_outputs
from kieskring.app.api.vocabulary import InvestigationRequest

from .common import button_row, dialog_title, labelled_form


def request_columns() -> list[Column[InvestigationRequest]]:
    """Municipality, station, reason, what to do."""
    return [
        Column(tr("Gemeente"), lambda r: f"{r.municipality} {r.municipality_name}", 18),
        Column(tr("Stembureau"), lambda r: str(r.station), 10, "right", numeric=True),
        Column(tr("Reden"), lambda r: r.reason, 0, tooltip=lambda r: r.reason),
        Column(tr("Opdracht"), lambda r: r.assignment, 24, tooltip=lambda r: r.assignment),
    ]


def line(name: str) -> QLineEdit:
    """A line of text to type."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(name)
    return field


class RequestsDialog(FittedDialog):
    """The recorded requests, a form to add one, removing one, writing them for one GSB."""

    def __init__(self, parent: QWidget | None, api: AppApi, place: str, today: dt.date) -> None:
        super().__init__(parent)
        self.api = api
        top = dialog_title(self, tr("Verzoeken om onderzoek aan gemeenten"), "requests_dialog")
        self.model: RecordsModel[InvestigationRequest] = RecordsModel(
            request_columns(), key=lambda r: r.id
        )
        self.table = records_view(tr("Vastgelegde verzoeken"), self.model)
        self.table.setObjectName("requests_table")
        self.table.setFixedHeight(180)
        self._fields(place, today)
        form = labelled_form(
            (
                (tr("&Gemeente (CBS-code)"), self.municipality),
                (tr("&Stembureau"), self.station),
                (tr("&Reden"), self.reason),
                (tr("&Opdracht"), self.assignment),
                (tr("&Plaats en datum (op het verzoek)"), self.place),
                ("", self.date),
                (tr("&Map"), self.folder),
            )
        )
        self.message = MessageBox(tr("Melding bij de verzoeken"))
        self.add_button = secondary_button(tr("Verzoek vastleggen"), "add_request")
        self.remove_button = secondary_button(tr("Gekozen verzoek verwijderen"), "remove_request")
        self.export_button = secondary_button(
            tr("Verzoeken aan deze gemeente opslaan"), "export_requests"
        )
        self.close_button = primary_button(tr("Sluiten"), "close_requests")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.accept)
        row = button_row(self.close_button)
        for index, button in enumerate((self.add_button, self.remove_button, self.export_button)):
            row.insertWidget(index, button)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(860)
        self.setMaximumWidth(1100)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._ready())
        self.refresh()
        self.municipality.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fields(self, place: str, today: dt.date) -> None:
        self.municipality = line(tr("Gemeente (CBS-code, bijvoorbeeld 0668)"))
        self.station = QSpinBox()
        self.station.setObjectName("request_station")
        self.station.setAccessibleName(tr("Nummer van het stembureau"))
        self.station.setRange(1, 9999)
        self.reason = line(tr("Reden"))
        self.assignment = line(tr("Opdracht"))
        self.place = line(tr("Plaats"))
        self.place.setText(place)
        self.date = QDateEdit(qt_date(today))
        self.date.setObjectName("request_date")
        self.date.setAccessibleName(tr("Datum"))
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.folder = FileChooser(
            tr("Map voor de verzoeken"), "chain_requests", mode="folder", caption=tr("Kies een map")
        )

    def refresh(self) -> None:
        """The requests as recorded now."""
        found = attempt(self.message, self.api.investigation_requests)
        if found is not None:
            self.model.set_rows(found)
        self._ready()

    def _ready(self) -> None:
        set_available(
            self.remove_button,
            selected_row(self.table) is not None,
            tr("Kies eerst een verzoek in de tabel."),
        )

    def add(self) -> None:
        """Record the request in the form."""
        municipality, station = self.municipality.text().strip(), self.station.value()
        reason, assignment = self.reason.text().strip(), self.assignment.text().strip()
        found = attempt(
            self.message,
            lambda: self.api.add_investigation_request(municipality, station, reason, assignment),
        )
        if found is not None:
            self.model.set_rows(found)
            self.reason.clear()
            self.assignment.clear()
            self.message.show_done(tr("Het verzoek is vastgelegd."))

    def remove(self) -> None:
        """Remove the chosen request."""
        row = selected_row(self.table)
        if row is None:
            return
        chosen = self.model.rows[row].id
        found = attempt(self.message, lambda: self.api.remove_investigation_request(chosen))
        if found is not None:
            self.model.set_rows(found)
            self.message.show_done(tr("Het verzoek is verwijderd."))
        self._ready()

    def export(self) -> None:
        """Write the requests to the municipality in the form into the chosen folder."""
        folder = self.folder.path()
        if folder is None:
            self.message.show_note(tr("Kies eerst de map voor de verzoeken."))
            return
        municipality, place = self.municipality.text().strip(), self.place.text().strip()
        date = self.date.date().toPython()
        assert isinstance(date, dt.date)
        files = attempt(
            self.message,
            lambda: self.api.export_investigation_requests(municipality, place, date),
        )
        if files is None or attempt(self.message, lambda: save_outputs(folder, files)) is None:
            return
        self.message.show_done(
            tr("Opgeslagen in {folder}: {names}.").format(
                folder=folder, names=", ".join(f"{f.name} ({f.fingerprint[:19]} …)" for f in files)
            )
        )
