"""Ontvangst, the HSB's and CSB's receiving overview (docs/chain-app.md §2): three tiles (in, missing,
different) with their counts, why adding up cannot go on yet, a table of every GSB or HSB with its
state as a badge (colour, glyph and words), and the chosen unit beside it (:class:`UnitPanel`).
"Bestand inlezen…" opens the file, its preview and the fingerprint check
(:class:`ReceiveFileDialog`); "Uitslag en zetels" goes on to the result once every unit is in.

Everything shown comes from ``chain_overview`` and ``unit_detail``; the page decides nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSplitter, QTableView

from gui.i18n import tr
from gui.widgets import (
    Page,
    Shell,
    Tile,
    primary_button,
    secondary_button,
    set_available,
    vertical_scroll,
)
from gui.widgets.buttons import shortcut_text
from gui.widgets.messages import MessageBox, attempt, said
from gui.widgets.tables import Column, RecordsModel, records_view, select_row, selected_row
from kieskring.app.api import AppApi
from kieskring.app.api.chain_views import ChainOverview, UnitView
from kieskring.app.api.vocabulary import Body

from .common import TONE_LOOKS, Modal, hint, run_modal
from .receive_file import ReceiveFileDialog
from .unit import UnitPanel

REFRESH_MS = 5000
"""How often the overview asks for the latest states (typists finish while it is shown)."""


def findings_text(row: UnitView) -> str:
    """Errors and warnings as "2 / 1" (empty when neither)."""
    return f"{row.errors} / {row.warnings}" if row.errors or row.warnings else ""


def unit_columns() -> list[Column[UnitView]]:
    """Code, name, state (a badge), the file's version, errors / warnings."""
    return [
        Column(tr("Code"), lambda r: r.code, 6, numeric=True),
        Column(tr("Naam"), lambda r: r.name, 0, tooltip=lambda r: r.name),
        Column(
            tr("Status"),
            lambda r: said(r.label),
            34,
            tooltip=lambda r: said(r.label),
            state=lambda r: TONE_LOOKS[r.tone],
        ),
        Column(
            tr("Bestand"),
            lambda r: tr("versie {n}").format(n=r.file.version) if r.file else "–",
            9,
            tooltip=lambda r: r.file.name if r.file else tr("nog geen bestand"),
        ),
        Column(
            tr("F / W"),
            findings_text,
            5,
            "center",
            tooltip=lambda r: tr("{errors} fouten, {warnings} waarschuwingen").format(
                errors=r.errors, warnings=r.warnings
            ),
            numeric=True,
        ),
    ]


class ReceivingPage(Page):
    """The overview of every unit, with the chosen one beside it."""

    def __init__(self, api: AppApi, shell: Shell) -> None:
        super().__init__(tr("Ontvangst van de processen-verbaal"), "chain_receiving")
        self.api = api
        self.shell = shell
        self.overview: ChainOverview | None = None
        self.group: str | None = None
        """The tile whose units the table shows (None: every unit)."""
        self.run_dialog: Modal = run_modal
        self.open_result: Callable[[], None] = lambda: None
        self.dialog: ReceiveFileDialog | None = None
        self.screens: object = None
        """The :class:`~gui.pages.chain.ChainScreens` this page belongs to."""
        self._compose()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.refresh()

    def _compose(self) -> None:
        self.message = MessageBox(tr("Melding"))
        self.tiles: dict[str, Tile] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        self.tile_row = row
        self.reason = hint(name="not_ready")
        self.model: RecordsModel[UnitView] = RecordsModel(unit_columns(), key=lambda r: r.number)
        self.table: QTableView = records_view(tr("Gemeenten en hoofdstembureaus"), self.model)
        self.table.setObjectName("unit_table")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.panel = UnitPanel(self.api)
        self.panel.changed.connect(self.refresh)
        self.panel_area = vertical_scroll(self.panel, tr("De gekozen eenheid"))
        self.panel_area.setMinimumWidth(400)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("receiving_split")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel_area)
        self.splitter = splitter
        for widget in (self.message,):
            self.content.addWidget(widget)
        self.content.addLayout(row)
        self.content.addWidget(self.reason)
        self.content.addWidget(splitter, 1)
        self.result_button = secondary_button(tr("Uitslag en zetels"), "open_result", "Ctrl+R")
        self.result_button.clicked.connect(lambda: self.open_result())  # noqa: PLW0108 (replaced later)
        self.add_action(self.result_button)
        self.import_button = primary_button(tr("Bestand inlezen…"), "receive_file", "Ctrl+O")
        self.import_button.clicked.connect(self.receive_file)
        self.set_primary(self.import_button)
        self.add_shortcut("F5", tr("Nu verversen"), self.refresh)
        self.add_shortcut("Ctrl+T", tr("Naar de tabel"), self.table.setFocus)
        self.set_first_focus(self.table)

    def refresh(self) -> None:
        """The latest overview; the chosen unit stays chosen (and is reloaded when it changed)."""
        overview = attempt(self.message, self.api.chain_overview)
        if overview is None:
            return
        self.overview = overview
        self.set_title(
            tr("Ontvangst — {body} {area}").format(body=overview.body, area=overview.area)
        )
        self._tiles(overview)
        words = (
            tr("Uitslag en zetels")
            if overview.body == Body.CSB.value
            else tr("Optellen en uitvoer")
        )
        self.result_button.setText(f"{words} ({shortcut_text('Ctrl+R')})")
        self.result_button.setProperty("plainText", words)
        self.result_button.setAccessibleName(words)
        self.reason.setText(said(overview.reason) if overview.reason else "")
        self.reason.setVisible(overview.reason is not None)
        set_available(
            self.result_button,
            overview.ready,
            said(overview.reason) if overview.reason else tr("Nog niet alles is binnen."),
        )
        self._show_rows()

    def _show_rows(self) -> None:
        """The units of the chosen tile (all when none); the chosen unit stays chosen."""
        overview = self.overview
        if overview is None:
            return
        chosen = self.chosen()
        shown = [u for u in overview.units if self.group is None or u.group.value == self.group]
        self.model.set_rows(shown)
        for key, tile in self.tiles.items():
            tile.setChecked(key == self.group)
        if chosen is not None:
            row = self.model.row_of(chosen.number)
            if row is not None:
                self.table.blockSignals(True)
                select_row(self.table, row)
                self.table.blockSignals(False)
                if self.model.rows[row] != chosen:
                    self.panel.load(chosen.number)

    def _tiles(self, overview: ChainOverview) -> None:
        for tile in overview.tiles:
            key = tile.group.value
            shown = self.tiles.get(key)
            if shown is None:
                shown = Tile(key, TONE_LOOKS[tile.tone], said(tile.label))
                shown.chosen.connect(self.choose_tile)
                self.tiles[key] = shown
                self.tile_row.addWidget(shown)
            shown.set_state(TONE_LOOKS[tile.tone], said(tile.label))
            shown.set_count(tile.count)
            shown.setAccessibleName(f"{said(tile.label)}: {tile.count}")
            shown.setToolTip(f"{said(tile.label)}: {tile.count}")

    def choose_tile(self, key: str) -> None:
        """A tile shows only its units in the table; choosing it again shows all."""
        self.group = None if self.group == key else key
        self._show_rows()

    def chosen(self) -> UnitView | None:
        """The unit selected in the table."""
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None and row < len(self.model.rows) else None

    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        chosen = self.chosen()
        self.panel.load(chosen.number if chosen else None)

    def show_unit(self, number: int) -> bool:
        """Select unit ``number`` in the table (showing every unit if a tile hides it); False if
        unknown."""
        row = self.model.row_of(number)
        if row is None and self.group is not None:
            self.choose_tile(self.group)
            row = self.model.row_of(number)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def receive_file(self) -> None:
        """Choose a file, check its fingerprint against the paper and keep it."""
        self.dialog = ReceiveFileDialog(self, self.api)
        accepted = self.run_dialog(self.dialog) == QDialog.DialogCode.Accepted
        imported = self.dialog.imported
        if accepted and imported is not None:
            self.refresh()
            self.show_unit(imported.number)
            self.message.show_done(
                tr("Het bestand van {code} — {name} is bewaard: {state}.").format(
                    code=imported.code, name=imported.name, state=said(imported.label)
                )
            )

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh states whenever the page comes back on screen."""
        super().showEvent(event)
        if self.overview is not None:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The table and the unit share the width 5 : 4."""
        super().resizeEvent(event)
        width = self.splitter.width()
        self.splitter.setSizes([width * 5 // 9, width * 4 // 9])

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()
