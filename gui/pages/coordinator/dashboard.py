"""The coordinator's dashboard (app.md §3.4): how far the municipality is (definitive of all), a
tile per state with its count — a click, Enter or Space filters the table — the session's state and
what can be done with it (pausing, resuming, finishing; afterwards the outputs), the station table
(search by number or name, "alles behalve definitief") and the chosen station beside it. It refreshes
itself every few seconds.

Everything shown comes from ``CoordinatorApi.dashboard`` and ``stations``; the page decides nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import (
    Page,
    ProgressPanel,
    Shell,
    StatusBadge,
    Tile,
    confirm,
    primary_button,
    secondary_button,
    set_available,
    vertical_scroll,
)
from gui.widgets.messages import MessageBox, attempt, perform, said
from gui.widgets.tables import select_row, selected_row
from kieskring.app.api import AppApi, EntryState, SessionState
from kieskring.app.api.coordinator import Dashboard, StationQuery, StationRow
from kieskring.app.api.views import ActionView

from .detail import StationDetailPanel
from .table import station_model, station_view

REFRESH_MS = 5000
"""How often the dashboard asks for the latest counts (a refresh is not activity for the idle limit)."""
ALL = "all"
NOT_DEFINITIVE = "not_definitive"
SESSION_LOOKS = {
    SessionState.DATA_ENTRY: "in_progress",
    SessionState.PAUSED: "waiting",
    SessionState.COMPLETED: "done",
}
"""The session's state → the look of its badge (the words come from the services)."""
SESSION_CALLS = {
    "pause": SessionState.PAUSED,
    "resume": SessionState.DATA_ENTRY,
    "finish": SessionState.COMPLETED,
}


class CoordinatorPage(Page):
    """The dashboard with the table and the station detail."""

    def __init__(self, api: AppApi, shell: Shell) -> None:
        super().__init__(tr("Overzicht van de invoer"), "coordinator_page")
        self.api = api
        self.shell = shell
        self.board: Dashboard | None = None
        self.session_actions: dict[str, ActionView] = {}
        self.open_outputs: Callable[[], None] = lambda: None
        self.open_backups: Callable[[], None] = lambda: None
        self.open_sittings: Callable[[], None] = lambda: None
        self.before_finish: Callable[[], bool] = lambda: True
        """False: not now (the signals still to deal with are shown instead)."""
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self.screens: object = None
        """The :class:`~gui.pages.coordinator.CoordinatorScreens` this page belongs to."""
        self._compose()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.refresh()

    def _compose(self) -> None:
        self.session_badge = StatusBadge("in_progress", "")
        self.session_badge.setObjectName("session_state")
        self.header_right.addWidget(self.session_badge)
        self.message = MessageBox(tr("Melding"))
        self.progress = ProgressPanel(tr("Voortgang"))
        self.progress.setObjectName("progress")
        self.tiles: dict[EntryState, Tile] = {}
        tiles = QHBoxLayout()
        tiles.setSpacing(6)
        for state in EntryState:
            tile = Tile(state.value, state.value, "")
            tile.chosen.connect(self.choose_tile)
            self.tiles[state] = tile
            tiles.addWidget(tile)
        self.content.addWidget(self.message)
        self.content.addWidget(self.progress)
        self.content.addLayout(tiles)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("coordinator_split")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._table_side())
        self.detail = StationDetailPanel(self.api)
        self.detail.changed.connect(self.refresh)
        self.detail_area = vertical_scroll(self.detail, tr("Details van het stembureau"))
        self.detail_area.setMinimumWidth(420)
        splitter.addWidget(self.detail_area)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.splitterMoved.connect(self._dragged)
        self.splitter = splitter
        self.user_split = False
        self.content.addWidget(splitter, 1)
        self._action_bar()

    def _table_side(self) -> QWidget:
        side = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(tr("Zoek op nummer of naam"))
        self.search.setPlaceholderText(tr("nummer of naam"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_table)
        self.search.returnPressed.connect(self.choose_first)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("show_filter")
        self.show_filter.setAccessibleName(tr("Toon"))
        self.show_filter.addItem(tr("alle stembureaus"), ALL)
        self.show_filter.addItem(tr("alles behalve definitief"), NOT_DEFINITIVE)
        for state in EntryState:
            self.show_filter.addItem("", state.value)
        self.show_filter.currentIndexChanged.connect(self._filter_changed)
        search_label = QLabel(tr("&Zoek:"))
        search_label.setBuddy(self.search)
        show_label = QLabel(tr("&Toon:"))
        show_label.setBuddy(self.show_filter)
        self.count = QLabel()
        self.count.setObjectName("row_count")
        self.count.setProperty("kind", "hint")
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(show_label)
        bar.addWidget(self.show_filter, 1)
        bar.addWidget(self.count)
        self.model = station_model()
        self.table = station_view(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.set_first_focus(self.search)
        return side

    def _action_bar(self) -> None:
        self.backups_button = secondary_button(tr("Back-ups…"), "backups")
        self.backups_button.clicked.connect(lambda: self.open_backups())  # noqa: PLW0108 (replaced later)
        self.add_action(self.backups_button, left=True)
        self.sittings_button = secondary_button(tr("Zittingen en onderzoek…"), "sittings")
        self.sittings_button.clicked.connect(lambda: self.open_sittings())  # noqa: PLW0108 (replaced later)
        self.add_action(self.sittings_button, left=True)
        self.pause_button = secondary_button(tr("Invoer pauzeren"), "pause")
        self.resume_button = secondary_button(tr("Invoer hervatten"), "resume")
        self.pause_button.clicked.connect(lambda: self.session_action("pause"))
        self.resume_button.clicked.connect(lambda: self.session_action("resume"))
        self.add_action(self.pause_button)
        self.add_action(self.resume_button)
        self.finish_button = primary_button(tr("Zitting afronden…"), "finish")
        self.finish_button.clicked.connect(self.primary_action)
        self.set_primary(self.finish_button)
        self.add_shortcut("Ctrl+F", tr("Naar het zoekveld"), self.focus_search)
        self.add_shortcut("Return", tr("In het zoekveld: het stembureau met dat nummer kiezen"))
        self.add_shortcut("F5", tr("Nu verversen"), self.refresh)
        self.add_shortcut("Ctrl+T", tr("Naar de tabel met stembureaus"), self.table.setFocus)

    def focus_search(self) -> None:
        """Ctrl+F: the search field, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def choose_first(self) -> None:
        """Enter in the search field: the station with the typed number (else the first one
        shown) is chosen and the focus goes to the table (Tab goes on to the station's actions)."""
        text = self.search.text().strip()
        row = self.model.row_of(int(text)) if text.isdigit() else None
        if row is None and self.model.rows:
            row = 0
        if row is None:
            return
        select_row(self.table, row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- refreshing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The latest dashboard and table (the detail too when its station changed)."""
        board = attempt(self.message, self.api.dashboard)
        if board is None:
            return
        self.show_board(board)
        self.refresh_table()

    def show_board(self, board: Dashboard) -> None:
        """Progress, tiles, session and its actions."""
        self.board = board
        progress = board.progress
        self.progress.set_progress(
            progress.definitive,
            progress.total,
            tr("Definitief: {done} van {total} stembureaus ({percent}%)").format(
                done=progress.definitive, total=progress.total, percent=progress.percent
            ),
        )
        for tile in board.tiles:
            shown = self.tiles[tile.state.key]
            shown.set_state(tile.state.key.value, said(tile.state.short))
            shown.set_count(tile.count)
            shown.setToolTip(f"{said(tile.state.label)}: {tile.count}")
            shown.setAccessibleName(f"{said(tile.state.label)}: {tile.count}")
            index = self.show_filter.findData(tile.state.key.value)
            self.show_filter.setItemText(index, said(tile.state.label))
        session = board.session
        self.session_badge.set_state(SESSION_LOOKS[session.key], said(session.label))
        self.session_actions = {action.key: action for action in board.actions}
        self._button(self.pause_button, self.session_actions["pause"])
        self._button(self.resume_button, self.session_actions["resume"])
        primary = "outputs" if session.key is SessionState.COMPLETED else "finish"
        self._button(self.finish_button, self.session_actions[primary])

    @staticmethod
    def _button(button: QPushButton, action: ActionView) -> None:
        button.setText(said(action.label))
        button.setProperty("action", action.key)
        button.setProperty("plainText", said(action.label))
        button.setAccessibleName(said(action.label))
        set_available(button, action.enabled, said(action.reason) if action.reason else "")

    def query(self) -> StationQuery:
        """What the table shows now: the filter and the search."""
        chosen = str(self.show_filter.currentData())
        states = () if chosen in (ALL, NOT_DEFINITIVE) else (EntryState(chosen),)
        return StationQuery(states, chosen == NOT_DEFINITIVE, self.search.text())

    def refresh_table(self) -> None:
        """The rows for the current filter and search; the chosen station stays chosen."""
        rows = attempt(self.message, lambda: self.api.stations(self.query()))
        if rows is None:
            return
        chosen = self.chosen_row()
        self.model.set_rows(rows)
        self.count.setText(tr("{shown} van {total}").format(shown=len(rows), total=self.total()))
        if chosen is not None:
            row = self.model.row_of(chosen.number)
            if row is not None:
                self.table.blockSignals(True)
                select_row(self.table, row)
                self.table.blockSignals(False)
                fresh = self.model.rows[row]
                if fresh != chosen and not self.detail.explanation_edited():
                    self.detail.load(fresh.number)

    def total(self) -> int:
        """All stations."""
        return self.board.progress.total if self.board else len(self.model.rows)

    def chosen_row(self) -> StationRow | None:
        """The row selected in the table."""
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None and row < len(self.model.rows) else None

    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        chosen = self.chosen_row()
        self.detail.load(chosen.number if chosen else None)

    def show_station(self, number: int) -> bool:
        """Select ``number`` in the table (clearing a filter that hides it); False if unknown."""
        row = self.model.row_of(number)
        if row is None:
            self.search.clear()
            self.show_filter.setCurrentIndex(0)
            row = self.model.row_of(number)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    # ---- filtering -------------------------------------------------------------------------------

    def choose_tile(self, key: str) -> None:
        """A tile filters the table on its state; choosing it again shows all."""
        index = self.show_filter.findData(key)
        self.show_filter.setCurrentIndex(0 if self.show_filter.currentIndex() == index else index)

    def _filter_changed(self) -> None:
        chosen = str(self.show_filter.currentData())
        for state, tile in self.tiles.items():
            tile.setChecked(state.value == chosen)
        self.refresh_table()

    # ---- the session -----------------------------------------------------------------------------

    def session_action(self, key: str) -> None:
        """Pause, resume or finish (finishing confirmed, "Annuleren" the default)."""
        action = self.session_actions.get(key)
        if action is None or not action.enabled:
            return
        if key == "finish" and not self.before_finish():
            return
        if action.danger and not self.ask(
            self,
            said(action.label).rstrip("…"),
            tr(
                "Alle stembureaus zijn definitief. Na het afronden kan niemand meer invoeren; "
                "daarna maak je de uitvoer (510b, proces-verbaal Na 31-2 en CSV)."
            ),
            tr("Zitting afronden"),
        ):
            return
        state = SESSION_CALLS[key]
        if perform(self.message, lambda: self.api.set_session_state(state)):
            self.refresh()
            self.message.show_done(said(self.board.session.label) if self.board else "")

    def primary_action(self) -> None:
        """Finish the session, or once finished, make the outputs."""
        key = str(self.finish_button.property("action") or "finish")
        if key == "outputs":
            self.open_outputs()
        else:
            self.session_action(key)

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh numbers whenever the page comes back on screen."""
        super().showEvent(event)
        if self.board is not None:
            self.refresh()

    def _dragged(self) -> None:
        self.user_split = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The table and the detail share the width 5 : 4 (until the clerk drags the divider)."""
        super().resizeEvent(event)
        if not self.user_split:
            width = self.splitter.width()
            self.splitter.setSizes([width * 5 // 9, width * 4 // 9])

    def _tick(self) -> None:
        """The timer: refresh while the page is on screen."""
        if self.isVisible():
            self.refresh()
