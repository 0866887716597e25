"""Zittingen (docs/sittings.md, app.md §5): every sitting with its state and dates; per sitting the
output files exactly as they were handed out, with their fingerprints; a station's history through
the sittings (its numbers side by side, a changed number marked ≠, who typed it, the investigation).
"Zitting N beginnen…" starts a follow-up sitting after asking (the previous one closes); the
investigations and the signals are one step away.

What exists and what is possible come from ``FollowupApi``; the page decides nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import (
    Page,
    StatusBadge,
    confirm,
    primary_button,
    secondary_button,
)
from gui.widgets.messages import MessageBox, attempt, said
from gui.widgets.numbers import format_number
from gui.widgets.tables import Column, RecordsModel, records_view, select_row, selected_row, when
from kieskring.app.api import AppApi, OutputFile
from kieskring.app.api.followup_views import SittingsOverview, SittingView, StationHistoryView

from .dashboard import SESSION_LOOKS
from .followup_dialogs import show_action, whole_number

SITTING_ROWS = 3
OUTPUT_ROWS = 5
"""The sittings and the outputs show this many rows before they scroll inside themselves."""


@dataclass(frozen=True)
class HistoryRow:
    """One number of the station in every sitting (None: no result in that sitting)."""

    label: str
    values: tuple[int | None, ...]

    @property
    def changed(self) -> bool:
        """Whether the number differs between sittings that have a result."""
        shown = {v for v in self.values if v is not None}
        return len(shown) > 1


def history_rows(history: StationHistoryView) -> tuple[HistoryRow, ...]:
    """The station's numbers in paper order, one column per sitting."""
    labels: dict[str, str] = {}
    for sitting in history.sittings:
        for field in sitting.result:
            labels.setdefault(field.key, said(field.label))
    values = [{f.key: f.value for f in s.result} for s in history.sittings]
    return tuple(
        HistoryRow(label, tuple(v.get(key) if v else None for v in values))
        for key, label in labels.items()
    )


def sitting_columns() -> list[Column[SittingView]]:
    """The sitting, when it started and closed, its outputs, its investigations."""
    return [
        Column(tr("Zitting"), lambda s: said(s.label), 0, tooltip=lambda s: said(s.label)),
        Column(tr("Begonnen"), lambda s: when(s.started_at), 11, "right", numeric=True),
        Column(tr("Gesloten"), lambda s: when(s.closed_at or "") or "–", 11, "right", numeric=True),
        Column(
            tr("Uitvoer"),
            lambda s: tr("gemaakt") if s.outputs_made else tr("nog niet"),
            14,
            state=lambda s: "done" if s.outputs_made else "waiting",
        ),
        Column(tr("Onderzoeken"), lambda s: str(s.investigations), 4, "right", numeric=True),
    ]


def output_columns() -> list[Column[OutputFile]]:
    """What the file is (its name in the tooltip) and its fingerprint."""
    return [
        Column(tr("Bestand"), lambda f: said(f.what), 0, tooltip=lambda f: f.name),
        Column(
            tr("Vingerafdruk (SHA-256)"),
            lambda f: f.fingerprint,
            84,
            numeric=True,
            tooltip=lambda f: f.fingerprint,
        ),
    ]


def history_value(row: HistoryRow, index: int) -> str:
    """A number of the station in the sitting at ``index`` ("–": no result then)."""
    value = row.values[index]
    return "–" if value is None else format_number(value)


def history_columns(history: StationHistoryView) -> list[Column[HistoryRow]]:
    """The field, one column per sitting, and ≠ where a number changed."""
    columns: list[Column[HistoryRow]] = [
        Column(tr("Veld"), lambda r: r.label, 0, tooltip=lambda r: r.label)
    ]
    for index, sitting in enumerate(history.sittings):
        columns.append(
            Column(
                tr("Zitting {number}").format(number=sitting.sitting),
                partial(history_value, index=index),
                8,
                "right",
                numeric=True,
            )
        )
    columns.append(
        Column(
            "",
            lambda r: "≠" if r.changed else "",
            2,
            "center",
            tooltip=lambda r: tr("veranderd") if r.changed else "",
        )
    )
    return columns


def sitting_summary(history: StationHistoryView) -> str:
    """Per sitting: who typed it, the investigation, the audit entries."""
    lines = []
    for s in history.sittings:
        typists = ", ".join(t for t in s.typists if t)
        line = (
            tr("Zitting {number}: ingevoerd door {typists}; {events} regels in het logboek")
            if typists
            else tr("Zitting {number}: nog niet ingevoerd; {events} regels in het logboek")
        ).format(number=s.sitting, typists=typists, events=len(s.events))
        if s.investigation is not None:
            line += tr("; onderzoek: {status} ({reason})").format(
                status=said(s.investigation.status), reason=s.investigation.reason.rstrip(".")
            )
        lines.append(line + ".")
    return "\n".join(lines)


class SittingsPage(Page):
    """Every sitting, the chosen one's outputs, a station's history, and starting the next one."""

    def __init__(
        self,
        api: AppApi,
        back: Callable[[], None],
        open_investigations: Callable[[], None],
        open_signals: Callable[[], None],
    ) -> None:
        super().__init__(tr("Zittingen"), "sittings_page")
        self.api = api
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self.overview: SittingsOverview | None = None
        self.session_badge = StatusBadge("in_progress", "")
        self.session_badge.setObjectName("sitting_session")
        self.header_right.addWidget(self.session_badge)
        self.message = MessageBox(tr("Melding zittingen"))
        self.sitting_model: RecordsModel[SittingView] = RecordsModel(
            sitting_columns(), key=lambda s: s.number
        )
        self.sitting_table = records_view(tr("Zittingen"), self.sitting_model)
        self.sitting_table.setObjectName("sitting_table")
        self.sitting_table.selectionModel().selectionChanged.connect(self._sitting_chosen)
        self.output_model: RecordsModel[OutputFile] = RecordsModel(output_columns())
        self.output_table = records_view(tr("Uitvoer van de gekozen zitting"), self.output_model)
        self.output_table.setObjectName("output_table")
        self.output_title = QLabel()
        self.output_title.setProperty("kind", "section-title")
        self.output_note = QLabel()
        self.output_note.setProperty("kind", "hint")
        self.output_note.setWordWrap(True)
        self.content.addWidget(self.message)
        self.content.addLayout(self._top(), 1)
        self.content.addLayout(self._history(), 2)
        self._actions(back, open_investigations, open_signals)
        self.set_first_focus(self.sitting_table)

    def _top(self) -> QVBoxLayout:
        rows = self.sitting_table.verticalHeader().defaultSectionSize()
        header = self.sitting_table.horizontalHeader().sizeHint().height()
        self.sitting_table.setMinimumHeight(rows * 2 + header + 4)
        self.sitting_table.setMaximumHeight(rows * SITTING_ROWS + header + 4)
        self.output_table.setMinimumHeight(rows * 3 + header + 4)
        self.output_table.setMaximumHeight(rows * OUTPUT_ROWS + header + 4)
        title = QHBoxLayout()
        title.addWidget(self.output_title)
        title.addWidget(self.output_note, 1)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.sitting_table, 1)
        column.addLayout(title)
        column.addWidget(self.output_table, 2)
        return column

    def _history(self) -> QVBoxLayout:
        self.station = whole_number(tr("Stembureau voor de geschiedenis"))
        self.station.setMaximumWidth(120)
        self.station.returnPressed.connect(self.show_history)
        label = QLabel(tr("Geschiedenis van stembureau &nummer:"))
        label.setBuddy(self.station)
        self.history_button = secondary_button(tr("Tonen"), "show_history")
        self.history_button.clicked.connect(self.show_history)
        self.history_title = QLabel(tr("Geschiedenis van een stembureau"))
        self.history_title.setProperty("kind", "section-title")
        bar = QHBoxLayout()
        bar.addWidget(self.history_title, 1)
        bar.addWidget(label)
        bar.addWidget(self.station)
        bar.addWidget(self.history_button)
        self.history_summary = QLabel(
            tr(
                "Typ het nummer van een stembureau en druk op Enter: je ziet zijn getallen in elke zitting."
            )
        )
        self.history_summary.setObjectName("history_summary")
        self.history_summary.setWordWrap(True)
        self.history_summary.setProperty("kind", "hint")
        self.history_box = QVBoxLayout()
        self.history_table: QTableView | None = None
        column = QVBoxLayout()
        column.addLayout(bar)
        column.addWidget(self.history_summary)
        column.addLayout(self.history_box, 1)
        return column

    def _actions(
        self,
        back: Callable[[], None],
        open_investigations: Callable[[], None],
        open_signals: Callable[[], None],
    ) -> None:
        self.back_button = secondary_button(
            tr("Terug naar het overzicht"), "sittings_back", "Alt+Left"
        )
        self.back_button.clicked.connect(back)
        self.add_action(self.back_button, left=True)
        self.investigations_button = secondary_button(tr("Onderzoek…"), "to_investigations")
        self.investigations_button.clicked.connect(open_investigations)
        self.signals_button = secondary_button(tr("Signalen…"), "to_signals")
        self.signals_button.clicked.connect(open_signals)
        self.add_action(self.investigations_button)
        self.add_action(self.signals_button)
        self.start_button = primary_button(tr("Nieuwe zitting beginnen…"), "start_sitting")
        self.start_button.clicked.connect(self.start_sitting)
        self.set_primary(self.start_button)
        self.add_shortcut("Ctrl+T", tr("Naar de tabel met zittingen"), self.sitting_table.setFocus)
        self.add_shortcut(
            "Ctrl+G", tr("Naar de geschiedenis van een stembureau"), self.station.setFocus
        )

    def refresh(self) -> None:
        """The latest sittings; the current one chosen (its outputs shown)."""
        overview = attempt(self.message, self.api.sittings)
        if overview is not None:
            self.show_overview(overview)

    def show_overview(self, overview: SittingsOverview) -> None:
        """Lay out ``overview``."""
        self.overview = overview
        self.session_badge.set_state(
            SESSION_LOOKS[overview.session.key], said(overview.session.label)
        )
        current = next(s for s in overview.sittings if s.current)
        self.set_title(
            tr("Zittingen — nu: {sitting}").format(sitting=said(current.label)),
            tr(
                "Een eerdere zitting blijft zoals ze was: haar bestanden en getallen veranderen "
                "niet meer."
            ),
        )
        actions = {a.key: a for a in overview.actions}
        show_action(self.start_button, actions["start_sitting"])
        self.sitting_model.set_rows(overview.sittings)
        row = self.sitting_model.row_of(overview.current)
        if row is not None:
            select_row(self.sitting_table, row)
        self._sitting_chosen()

    def _sitting_chosen(
        self, selected: QItemSelection | None = None, deselected: QItemSelection | None = None
    ) -> None:
        row = selected_row(self.sitting_table)
        if row is None:
            return
        sitting = self.sitting_model.rows[row]
        self.output_title.setText(
            tr("Uitvoer van {sitting}").format(sitting=said(sitting.label).lower())
        )
        if not sitting.outputs_made:
            self.output_model.set_rows(())
            self.output_note.setText(tr("Van deze zitting is nog geen uitvoer gemaakt."))
            return
        outputs = attempt(self.message, lambda: self.api.sitting_outputs(sitting.number))
        self.output_model.set_rows(outputs.files if outputs else ())
        self.output_note.setText(
            tr("Precies zoals uitgegeven. Certificaat van de sleutel: {fingerprint}").format(
                fingerprint=outputs.certificate_fingerprint or "–"
            )
            if outputs
            else ""
        )

    def show_history(self) -> None:
        """The typed station in every sitting."""
        text = self.station.text()
        if not text:
            self.station.setFocus()
            return
        history = attempt(self.message, lambda: self.api.station_history(int(text)))
        if history is None:
            return
        self.history_title.setText(
            tr("Stembureau {number} — {name}").format(number=history.station, name=history.name)
        )
        self.history_summary.setText(sitting_summary(history))
        model: RecordsModel[HistoryRow] = RecordsModel(
            history_columns(history), tone=lambda r: "amber" if r.changed else None
        )
        model.set_rows(history_rows(history))
        table = records_view(tr("Getallen van het stembureau per zitting"), model)
        table.setObjectName("history_table")
        if self.history_table is not None:
            self.history_box.removeWidget(self.history_table)
            self.history_table.hide()
            self.history_table.deleteLater()
        self.history_table = table
        self.history_box.addWidget(table, 1)
        changed = next((n for n, r in enumerate(model.rows) if r.changed), None)
        if changed is not None:
            table.scrollTo(model.index(changed, 0), QTableView.ScrollHint.PositionAtTop)

    def start_sitting(self) -> None:
        """Start the next sitting after asking (the current one closes)."""
        overview = self.overview
        if overview is None or not self.start_button.isEnabled():
            return
        number = overview.current
        if not self.ask(
            self,
            tr("Nieuwe zitting beginnen?"),
            tr(
                "Zitting {number} wordt gesloten: haar uitvoer en getallen veranderen daarna niet "
                "meer. In zitting {next} leg je onderzoeken vast en worden nieuwe uitkomsten "
                "ingevoerd."
            ).format(number=number, next=number + 1),
            tr("Zitting {next} beginnen").format(next=number + 1),
        ):
            return
        started = attempt(self.message, self.api.start_sitting)
        if started is not None:
            self.show_overview(started)
            self.message.show_done(tr("Zitting {next} is begonnen.").format(next=started.current))
