"""The polling stations before data entry starts (app.md §3.2): the table, and adding, changing and
removing a station — each change saved at once (``save_stations``). Once data entry has started the
services refuse changes, and the buttons say why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import (
    FittedDialog,
    Page,
    confirm,
    danger_button,
    primary_button,
    secondary_button,
    set_available,
)
from gui.widgets.messages import MessageBox, attempt, said
from gui.widgets.tables import RecordsModel, records_view, select_row, selected_row
from kieskring.app.api import AppApi, StationSetup
from kieskring.app.api.admin import StationList

from .steps import buddy, station_columns
from .users import run_modal


class StationDialog(FittedDialog):
    """A station's number, name and (optional) eligible voters."""

    def __init__(self, parent: QWidget | None, title: str, station: StationSetup | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("station_dialog")
        heading = QLabel(title)
        heading.setProperty("kind", "page-title")
        self.number = QLineEdit("" if station is None else str(station.number))
        self.number.setObjectName("station_number")
        self.number.setAccessibleName(tr("Nummer"))
        self.number.setValidator(QIntValidator(1, 99_999, self.number))
        self.name = QLineEdit("" if station is None else station.name)
        self.name.setObjectName("station_name")
        self.name.setAccessibleName(tr("Naam"))
        voters = None if station is None else station.eligible_voters
        self.voters = QLineEdit("" if voters is None else str(voters))
        self.voters.setObjectName("station_voters")
        self.voters.setAccessibleName(tr("Kiesgerechtigden"))
        self.voters.setValidator(QIntValidator(0, 9_999_999, self.voters))
        form = QFormLayout()
        form.addRow(buddy(tr("&Nummer:"), self.number), self.number)
        form.addRow(buddy(tr("N&aam:"), self.name), self.name)
        form.addRow(buddy(tr("&Kiesgerechtigden (mag leeg):"), self.voters), self.voters)
        self.ok_button = primary_button(tr("Opslaan"), "station_ok")
        self.cancel_button = secondary_button(tr("Annuleren"), "station_cancel")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(row)
        self.setMinimumWidth(480)
        (self.name if station is not None else self.number).setFocus()

    def station(self) -> StationSetup | None:
        """The station as typed (None: no number)."""
        if not self.number.text():
            return None
        voters = self.voters.text()
        return StationSetup(
            int(self.number.text()), self.name.text().strip(), int(voters) if voters else None
        )


class StationsPage(Page):
    """The stations table with add, change and remove."""

    def __init__(self, api: AppApi, back: Callable[[], None]) -> None:
        super().__init__(tr("Stembureaus"), "stations_page")
        self.api = api
        self.run_dialog: Callable[[QDialog], int] = run_modal
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self.last_dialog: StationDialog | None = None
        self.listing = StationList((), False)
        self.message = MessageBox(tr("Melding stembureaus"))
        self.model: RecordsModel[StationSetup] = RecordsModel(
            station_columns(), key=lambda s: s.number
        )
        self.table = records_view(tr("Stembureaus"), self.model)
        self.table.setObjectName("stations_table")
        self.count = QLabel()
        self.count.setProperty("kind", "hint")
        self.content.addWidget(self.message)
        self.content.addWidget(self.count)
        self.content.addWidget(self.table, 1)
        self.back_button = secondary_button(tr("Terug"), "stations_back", "Alt+Left")
        self.back_button.clicked.connect(back)
        self.add_action(self.back_button, left=True)
        self.edit_button = secondary_button(tr("Wijzigen…"), "edit_station", "Ctrl+E")
        self.remove_button = danger_button(tr("Verwijderen…"), "remove_station")
        self.add_button = primary_button(tr("Stembureau toevoegen…"), "add_station", "Ctrl+N")
        self.add_action(self.edit_button)
        self.add_action(self.remove_button)
        self.set_primary(self.add_button)
        self.add_button.clicked.connect(self.add_station)
        self.edit_button.clicked.connect(self.edit_station)
        self.remove_button.clicked.connect(self.remove_station)
        self.table.doubleClicked.connect(self.edit_station)
        self.table.activated.connect(self.edit_station)
        self.table.selectionModel().selectionChanged.connect(self._available)
        self.set_first_focus(self.table)

    def refresh(self) -> None:
        """The stations as they are now, and whether they may change."""
        listing = attempt(self.message, self.api.station_list)
        if listing is not None:
            self.show_listing(listing)

    def show_listing(self, listing: StationList) -> None:
        """Lay out ``listing``."""
        self.listing = listing
        self.model.set_rows(listing.stations)
        self.count.setText(tr("{n} stembureaus").format(n=len(listing.stations)))
        if listing.stations and selected_row(self.table) is None:
            select_row(self.table, 0)
        if listing.reason is not None:
            self.message.show_note(said(listing.reason))
        self._available()

    def chosen(self) -> StationSetup | None:
        """The station selected."""
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None and row < len(self.model.rows) else None

    def _available(self) -> None:
        why = said(self.listing.reason) if self.listing.reason else ""
        editable = self.listing.editable
        set_available(self.add_button, editable, why)
        chosen = self.chosen() is not None
        pick = tr("Kies eerst een stembureau in de tabel.")
        set_available(self.edit_button, editable and chosen, why or pick)
        set_available(self.remove_button, editable and chosen, why or pick)

    def _save(self, stations: tuple[StationSetup, ...], done: str, number: int | None) -> None:
        listing = attempt(self.message, lambda: self.api.save_stations(stations))
        if listing is None:
            return
        self.show_listing(listing)
        row = self.model.row_of(number) if number is not None else None
        if row is not None:
            select_row(self.table, row)
        self.message.show_done(done)

    def _ask(self, title: str, station: StationSetup | None) -> StationSetup | None:
        dialog = StationDialog(self, title, station)
        self.last_dialog = dialog
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.station()

    def add_station(self) -> None:
        """A new station."""
        if not self.listing.editable:
            return
        made = self._ask(tr("Stembureau toevoegen"), None)
        if made is not None:
            self._save(
                (*self.listing.stations, made),
                tr("Stembureau {n} is toegevoegd.").format(n=made.number),
                made.number,
            )

    def edit_station(self) -> None:
        """Change the chosen station."""
        chosen = self.chosen()
        if chosen is None or not self.listing.editable:
            return
        changed = self._ask(tr("Stembureau wijzigen"), chosen)
        if changed is not None:
            others = tuple(s for s in self.listing.stations if s is not chosen)
            self._save(
                (*others, changed),
                tr("Stembureau {n} is gewijzigd.").format(n=changed.number),
                changed.number,
            )

    def remove_station(self) -> None:
        """Remove the chosen station (confirmed)."""
        chosen = self.chosen()
        if chosen is None or not self.listing.editable:
            return
        if not self.ask(
            self,
            tr("Stembureau verwijderen"),
            tr("Stembureau {n} ({name}) verwijderen?").format(n=chosen.number, name=chosen.name),
            tr("Verwijderen"),
        ):
            return
        others = tuple(s for s in self.listing.stations if s is not chosen)
        self._save(others, tr("Stembureau {n} is verwijderd.").format(n=chosen.number), None)
