"""The station table of the coordinator's dashboard (app.md §3.4): number, full name (elided, the
whole name in the tooltip), the state as a badge, first and second typist, errors and warnings, the
last change — one model over the rows of ``CoordinatorApi.stations``, so 600 rows scroll smoothly."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from gui.i18n import tr
from gui.widgets.messages import said
from gui.widgets.tables import Column, RecordsModel, records_view, when
from kieskring.app.api.coordinator import StationRow


def findings_text(row: StationRow) -> str:
    """Errors and warnings as "2 / 1" (empty when neither)."""
    return f"{row.errors} / {row.warnings}" if row.errors or row.warnings else ""


def findings_tip(row: StationRow) -> str:
    """The counts in words."""
    return tr("{errors} fouten, {warnings} waarschuwingen").format(
        errors=row.errors, warnings=row.warnings
    )


def station_columns() -> list[Column[StationRow]]:
    """The table's columns, in the app's language."""
    return [
        Column(tr("Nr."), lambda r: str(r.number), 4, "right", numeric=True),
        Column(tr("Stembureau"), lambda r: r.name, 0, tooltip=lambda r: r.name),
        Column(
            tr("Status"),
            lambda r: said(r.state.short),
            15,
            tooltip=lambda r: said(r.state.label),
            state=lambda r: r.state.key.value,
        ),
        Column(
            tr("1e invoer"),
            lambda r: r.first_typist or "–",
            11,
            tooltip=lambda r: r.first_typist or "",
        ),
        Column(
            tr("2e invoer"),
            lambda r: r.second_typist or "–",
            11,
            tooltip=lambda r: r.second_typist or "",
        ),
        Column(tr("F / W"), findings_text, 5, "center", tooltip=findings_tip, numeric=True),
        Column(tr("Gewijzigd"), lambda r: when(r.updated_at), 6, "right", numeric=True),
    ]


def station_model() -> RecordsModel[StationRow]:
    """The model, keyed by station number (a refresh keeps the selection)."""
    return RecordsModel(station_columns(), key=lambda r: r.number)


def station_view(model: RecordsModel[StationRow]) -> QTableView:
    """The table view of ``model``."""
    view = records_view(tr("Stembureaus"), model)
    view.setObjectName("station_table")
    return view
