"""The status overview as a Qt table model (model/view, so hundreds of stations stay fast)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gui.i18n import tr, tr_noop
from kieskring.app.status import StationRow

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    tr_noop("Nr."),
    tr_noop("Stembureau"),
    tr_noop("Status"),
    tr_noop("1e invoerder"),
    tr_noop("2e invoerder"),
    tr_noop("Signalen"),
    tr_noop("Secties"),
)


def signals(row: StationRow) -> str:
    """Errors and warnings in words (colour is never the only signal)."""
    parts = [
        tr("fouten") if row.has_errors else "",
        tr("waarschuwingen") if row.has_warnings else "",
        tr("toelichting") if row.explained else "",
    ]
    return ", ".join(p for p in parts if p)


class StatusModel(QAbstractTableModel):
    """One row per station of the overview."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: tuple[StationRow, ...] = ()

    def set_rows(self, rows: tuple[StationRow, ...]) -> None:
        """Replace the rows (one reset, not one signal per row)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        values = (
            row.number,
            row.name,
            row.state.label_nl,
            row.first_typist or "",
            row.second_typist or "",
            signals(row),
            f"{row.sections_done}/{row.sections_total}",
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None
