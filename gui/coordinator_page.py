"""The coordinator's screen: status overview, resolving differences and errors, finishing the
session and writing the GSB's 510b."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.i18n import tr
from gui.status_model import StatusModel
from gui.widgets import add_row, button, line_edit, message_label, show_problems
from kieskring.app.backup import make_backup
from kieskring.app.entry import DifferenceResolution, EntryAuthor, ErrorResolution, SessionState
from kieskring.app.export import default_created, export_gsb
from kieskring.app.states import EntryState
from kieskring.app.status import StatusFilter, overview
from kieskring.eml.read_230b import read_230b
from kieskring.errors import UserError


class CoordinatorPage(QWidget):
    """Overview on top, actions on one station below."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.model = StatusModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Overzicht stembureaus"))
        self.progress = QLabel()
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(tr("Filter op status"))
        self.state_filter.addItem(tr("Alle statussen"), None)
        for state in EntryState:
            self.state_filter.addItem(state.label_nl, state)
        self.search = line_edit(tr("Zoek op nummer"))
        self.message = message_label(tr("Melding coördinator"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.state_filter)
        bar.addWidget(self.search)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)
        layout.addWidget(self._station_box())
        layout.addWidget(self._session_box())
        layout.addWidget(self.message)
        self.state_filter.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.refresh()

    def _station_box(self) -> QGroupBox:
        box = QGroupBox(tr("Stembureau afhandelen"))
        form = QFormLayout(box)
        self.station = line_edit(tr("Stembureau voor afhandeling"))
        self.differences = QTableWidget(0, 3)
        self.differences.setHorizontalHeaderLabels([tr("Veld"), tr("1e invoer"), tr("2e invoer")])
        self.differences.setAccessibleName(tr("Verschillen naast elkaar"))
        self.buttons = {
            "show": button(tr("Verschillen tonen"), "show_differences"),
            "keep_first": button(tr("Eerste invoer houden"), "keep_first"),
            "keep_second": button(tr("Tweede invoer houden"), "keep_second"),
            "discard_both": button(tr("Beide invoeren weggooien"), "discard_both"),
            "send_back": button(
                tr("Alleen verschillen terugsturen naar gekozen invoer"), "send_back"
            ),
            "errors_back": button(tr("Invoer met fouten terugsturen"), "errors_back"),
            "errors_discard": button(tr("Invoer met fouten weggooien"), "errors_discard"),
        }
        self.authors: dict[int, EntryAuthor] = {}
        self.send_to = QComboBox()
        self.send_to.setAccessibleName(tr("Verschillen terugsturen naar"))
        self.send_to.setObjectName("send_to")
        add_row(form, tr("&Stembureau"), self.station)
        row = QHBoxLayout()
        for widget in self.buttons.values():
            row.addWidget(widget)
        form.addRow(row)
        form.addRow(self.differences)
        add_row(form, tr("Terugsturen &naar"), self.send_to)
        self.buttons["show"].clicked.connect(self.show_differences)
        self.buttons["keep_first"].clicked.connect(
            lambda: self.resolve(DifferenceResolution.KEEP_FIRST)
        )
        self.buttons["keep_second"].clicked.connect(
            lambda: self.resolve(DifferenceResolution.KEEP_SECOND)
        )
        self.buttons["discard_both"].clicked.connect(
            lambda: self.resolve(DifferenceResolution.DISCARD_BOTH)
        )
        self.buttons["send_back"].clicked.connect(self.send_back)
        self.buttons["errors_back"].clicked.connect(lambda: self.errors(ErrorResolution.SEND_BACK))
        self.buttons["errors_discard"].clicked.connect(lambda: self.errors(ErrorResolution.DISCARD))
        return box

    def _session_box(self) -> QGroupBox:
        box = QGroupBox(tr("Zitting en uitslag"))
        form = QFormLayout(box)
        self.note = line_edit(tr("Toelichting of reden"))
        self.backup_folder = line_edit(tr("Map voor de back-up"))
        self.more = {
            "explain": button(tr("Toelichting opslaan (komt op het PV)"), "explain"),
            "reopen": button(tr("Definitief stembureau heropenen"), "reopen"),
            "pause": button(tr("Invoer pauzeren"), "pause"),
            "resume": button(tr("Invoer hervatten"), "resume"),
            "backup": button(tr("Back-up maken"), "backup"),
        }
        add_row(form, tr("&Toelichting / reden"), self.note)
        add_row(form, tr("Back-up&map"), self.backup_folder)
        row = QHBoxLayout()
        for widget in self.more.values():
            row.addWidget(widget)
        form.addRow(row)
        self.more["explain"].clicked.connect(self.explain)
        self.more["reopen"].clicked.connect(self.reopen)
        self.more["pause"].clicked.connect(lambda: self.session(SessionState.PAUSED))
        self.more["resume"].clicked.connect(lambda: self.session(SessionState.DATA_ENTRY))
        self.more["backup"].clicked.connect(self.backup)
        self.candidates = line_edit(tr("Kandidatenlijsten voor de export"))
        self.export_path = line_edit(tr("Map voor de 510b en het proces-verbaal"))
        self.place = line_edit(tr("Plaats van de zitting"))
        self.pv_date = line_edit(tr("Datum van de zitting"))
        self.finish = button(tr("Invoer afsluiten"), "finish")
        self.export = button(tr("510b en proces-verbaal maken"), "export")
        add_row(form, tr("&Kandidatenlijsten (230b)"), self.candidates)
        add_row(form, tr("&Map voor de uitvoer"), self.export_path)
        add_row(form, tr("&Plaats"), self.place)
        add_row(form, tr("&Datum"), self.pv_date)
        form.addRow(self.finish)
        form.addRow(self.export)
        self.finish.clicked.connect(self.finish_session)
        self.export.clicked.connect(self.export_510b)
        return box

    def refresh(self) -> None:
        """Reload the overview with the current filter."""
        state = self.state_filter.currentData()
        flt = StatusFilter(
            states=frozenset({state}) if state else frozenset(), number=self.search.text()
        )
        try:
            view = overview(self.context.store, self.context.users, self.context.current(), flt)
        except UserError as error:
            show_problems(self.message, error)
            return
        self.model.set_rows(view.rows)
        self.progress.setText(
            f"{tr('Definitief')}: {view.definitive} / {view.total} ({view.percent}%)"
        )

    def _station(self) -> int:
        return int(self.station.text() or 0)

    def show_differences(self) -> None:
        """The differing fields side by side."""
        try:
            found = self.context.entry.differences(self.context.current(), self._station())
        except UserError as error:
            show_problems(self.message, error)
            return
        self.differences.setRowCount(len(found))
        for i, diff in enumerate(found):
            for j, value in enumerate((diff.field, str(diff.first), str(diff.second))):
                self.differences.setItem(i, j, QTableWidgetItem(value))
        self.show_authors()

    def show_authors(self) -> None:
        """Who typed which entry: the column headers and the send-back choice name them."""
        self.send_to.clear()
        self.authors = {}
        try:
            authors = self.context.entry.entry_authors(self.context.current(), self._station())
        except UserError as error:
            show_problems(self.message, error)
            return
        headers = [tr("Veld"), tr("1e invoer"), tr("2e invoer")]
        for author in authors:
            which = tr("1e invoer") if author.slot == 1 else tr("2e invoer")
            headers[author.slot] = f"{which}: {author.fullname}"
            self.send_to.addItem(f"{which}: {author.fullname} ({author.username})", author.slot)
            self.authors[author.slot] = author
        self.differences.setHorizontalHeaderLabels(headers)
        self.send_to.setProperty("station", self._station())

    def _done(self, what: str, call: Callable[[], object]) -> None:
        try:
            status = call()
        except UserError as error:
            show_problems(self.message, error)
            return
        label = status.state.label_nl if status is not None and hasattr(status, "state") else ""
        self.message.setText(f"{what}: {tr('stembureau')} {self._station()} {label}".strip())
        self.refresh()

    def resolve(self, how: DifferenceResolution) -> None:
        """Keep one entry or discard both."""
        user = self.context.current()
        self._done(
            tr("Afgehandeld"),
            lambda: self.context.entry.resolve_differences(user, self._station(), how),
        )

    def send_back(self) -> None:
        """Only the differing fields go back, to the typist of the chosen entry."""
        slot = self.send_to.currentData()
        if slot is None or self.send_to.property("station") != self._station():
            self.message.setText(tr("Toon eerst de verschillen en kies naar wie ze teruggaan."))
            return
        user = self.context.current()
        self._done(
            tr("Teruggestuurd naar {name}").format(name=self.authors[int(slot)].fullname),
            lambda: self.context.entry.send_back_differences(user, self._station(), int(slot)),
        )

    def errors(self, how: ErrorResolution) -> None:
        """A first entry with errors: send back or discard."""
        user = self.context.current()
        self._done(
            tr("Afgehandeld"), lambda: self.context.entry.resolve_errors(user, self._station(), how)
        )

    def explain(self) -> None:
        """The per-station explanation of warnings, printed on the PV."""
        user = self.context.current()
        self._done(
            tr("Toelichting opgeslagen"),
            lambda: self.context.entry.explain(user, self._station(), self.note.text()),
        )

    def reopen(self) -> None:
        """Reopen a definitive station, with the reason."""
        user = self.context.current()
        self._done(
            tr("Heropend"),
            lambda: self.context.entry.reopen(user, self._station(), self.note.text()),
        )

    def session(self, state: SessionState) -> None:
        """Pause or resume the data entry for everyone."""
        user = self.context.current()
        self._done(state.value, lambda: self.context.entry.set_session_state(user, state))

    def backup(self) -> None:
        """A verified backup into the chosen folder (e.g. a USB stick)."""
        try:
            report = make_backup(
                self.context.store,
                self.context.users,
                self.context.current(),
                Path(self.backup_folder.text()),
            )
        except UserError as error:
            show_problems(self.message, error)
            return
        self.message.setText(
            f"{tr('Back-up gemaakt en gecontroleerd')}: {report.path} (SHA-256 {report.sha256[:16]}…)"
        )

    def finish_session(self) -> None:
        """All stations definitive: close the data entry."""
        user = self.context.current()
        self._done(
            tr("Invoer afgesloten"),
            lambda: self.context.entry.set_session_state(user, SessionState.COMPLETED),
        )

    def export_510b(self) -> None:
        """The GSB's 510b and Na 31-2 from the definitive results (kieskring.app.export)."""
        try:
            lists = Path(self.candidates.text())
            created = default_created(read_230b(lists).identity)
            done = export_gsb(
                self.context.store,
                self.context.users,
                self.context.current(),
                lists,
                Path(self.export_path.text()),
                created=created,
                place=self.place.text(),
                pv_date=self.pv_date.text() or created.date().isoformat(),
            )
        except UserError as error:
            show_problems(self.message, error)
            return
        self.message.setText(
            f"{tr('510b en proces-verbaal geschreven')}: {done.eml.name}, {done.pv.name} "
            f"({tr('vingerafdruk')} {done.fingerprint})"
        )
