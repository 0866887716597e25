"""Tables that read at 600 rows (app.md §3.2, §3.4): one model over frozen rows from the services
(:class:`RecordsModel`, a model/view — never a widget per row), columns that fit the window without
a horizontal scroll bar (fixed widths in characters, one column stretching and eliding with the full
text in its tooltip), and a state column drawn as a badge — tint, glyph and words, never colour alone
(:class:`BadgeDelegate`, the table form of :class:`~gui.widgets.status.StatusBadge`).

The rows and their words come from the services; the table only lays them out."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gui.theme.palette import COLOURS, RADIUS
from gui.widgets.status import look

R = TypeVar("R")
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The state key (an :class:`EntryState` value or another key of :data:`gui.widgets.status.LOOKS`)
of a badge cell."""
ROW_TONE_ROLE = Qt.ItemDataRole.UserRole + 2
"""A row's tone (e.g. ``"red"`` for a differing field), drawn as the tone's tint."""
Index = QModelIndex | QPersistentModelIndex
ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}
PADDING = 16
"""Pixels around a cell's text (the stylesheet's item padding and a little air)."""


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, the text of a row, its width in characters (0: the column that
    stretches and elides), the alignment (numbers right), an optional tooltip, and for a badge
    column the row's state key."""

    header: str
    text: Callable[[R], str]
    chars: int = 0
    align: str = "left"
    tooltip: Callable[[R], str] | None = None
    state: Callable[[R], str] | None = None
    numeric: bool = False
    """Tabular figures (every digit equally wide), as numbers are shown everywhere (app.md §2 (principle 5))."""


class RecordsModel(QAbstractTableModel, Generic[R]):
    """Rows of one frozen type in columns; :meth:`set_rows` replaces them (keeping what it can)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        key: Callable[[R], Hashable] | None = None,
        tone: Callable[[R], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.rows: tuple[R, ...] = ()
        self.key = key
        self.tone = tone
        self._font: QFont | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows``: the same rows in the same order are updated in place (the selection and
        the scroll position stay), others replace the table."""
        rows = tuple(rows)
        same = self.key is not None and [self.key(r) for r in rows] == [
            self.key(r) for r in self.rows
        ]
        if same and rows:
            self.rows = rows
            last = self.index(len(rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, key: Hashable) -> int | None:
        """The row number of the row with ``key``, if shown."""
        if self.key is None:
            return None
        return next((n for n, row in enumerate(self.rows) if self.key(row) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[self.columns[section].align]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[column.align]
        if role == STATE_ROLE:
            return column.state(row) if column.state else None
        if role in (ROW_TONE_ROLE, Qt.ItemDataRole.BackgroundRole):
            tone = self.tone(row) if self.tone else None
            if role == ROW_TONE_ROLE:
                return tone
            return QColor(COLOURS[f"{tone}_tint"]) if tone else None
        if role == Qt.ItemDataRole.FontRole and column.numeric:
            return self._numeric_font()
        return None

    def _numeric_font(self) -> QFont:
        if self._font is None:
            self._font = QFont()
            self._font.setFeature(QFont.Tag("tnum"), 1)
        return self._font


class BadgeDelegate(QStyledItemDelegate):
    """Draws a state cell as a badge: the tone's tint with its glyph and words in the tone's ink
    (contrast tested with the stylesheet's badge colours), elided with the full words in the
    tooltip."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = index.data(STATE_ROLE)
        if not state:
            super().paint(painter, option, index)
            return
        shown = look(str(state))
        text = f"{shown.glyph} {index.data(Qt.ItemDataRole.DisplayRole)}"
        style = option.widget.style() if option.widget is not None else None
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        if style is not None:  # the selection and focus of the row
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        room = option.rect.adjusted(6, 4, -6, -4)
        shown_text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width() - 12)
        pill = QRect(room.x(), room.y(), metrics.horizontalAdvance(shown_text) + 12, room.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLOURS[f"{shown.tone}_tint"]))
        painter.drawRoundedRect(pill, RADIUS, RADIUS)
        painter.setPen(QPen(QColor(COLOURS[f"{shown.tone}_ink"])))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), shown_text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, max(hint.height(), 28))


def records_view(name: str, model: RecordsModel[Any], *, badge: bool = True) -> QTableView:
    """A table of ``model``: whole rows selected one at a time, Tab leaves the table (the arrows move
    inside it), fixed columns as wide as their characters and one stretching, no horizontal scroll
    bar, smooth vertical scrolling, badges drawn for state columns."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(24)
    digit = view.fontMetrics().horizontalAdvance("0")
    for number, column in enumerate(model.columns):
        if column.chars:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Fixed)
            title = view.fontMetrics().horizontalAdvance(column.header) * 12 // 10
            header.resizeSection(number, max(column.chars * digit, title) + PADDING)
        else:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        if badge and column.state is not None:
            view.setItemDelegateForColumn(number, BadgeDelegate(view))
    return view


def selected_row(view: QTableView) -> int | None:
    """The row number selected in ``view``, if any."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else None


def select_row(view: QTableView, row: int) -> None:
    """Select ``row`` (and make it the keyboard's current row), scrolled into view."""
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.selectRow(row)
    view.scrollTo(index)


def when(stamp: str) -> str:
    """A stored time (ISO 8601, UTC) as the clerk's clock shows it: "21:07" today, else "20-03
    21:07"; empty when there is none."""
    if not stamp:
        return ""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return stamp[:16].replace("T", " ")
    local = moment.toLocalTime()
    if local.date() == QDate.currentDate():
        return local.toString("HH:mm")
    return local.toString("dd-MM HH:mm")


def fixed_width(view: QWidget, chars: int) -> int:
    """The width of ``chars`` digits in ``view``'s font, with a cell's padding."""
    return chars * view.fontMetrics().horizontalAdvance("0") + PADDING
