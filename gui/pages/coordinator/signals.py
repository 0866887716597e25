"""Signalen (docs/signals.md, app.md §6): before the sitting is finished, the plausibility signals over
the definitive results — one row per signal with the station (number and name), what is unusual in
words and whether it was dealt with; beside the table the chosen signal with the numbers behind it,
and the two ways to deal with it: "Onderzoek openen…" or "Is in orde" with a typed reason (printed on
the PV). The app never changes a number because of a signal.

Finishing the sitting is offered here exactly as the dashboard offers it (``dashboard().actions``):
the services decide whether it can."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import (
    ElidedLabel,
    Page,
    StatusBadge,
    confirm,
    primary_button,
    secondary_button,
    set_available,
    vertical_scroll,
)
from gui.widgets.messages import MessageBox, attempt, perform, said
from gui.widgets.tables import Column, RecordsModel, records_view, select_row, selected_row
from kieskring.app.api import AppApi, SessionState
from kieskring.app.api.followup_views import SignalFigureView, SignalsView, SignalView

from .followup_dialogs import show_action, text_box


def handled_text(item: SignalView) -> str:
    """How the signal was dealt with, in words."""
    if item.investigated:
        return tr("onderzoek geopend")
    if item.note:
        return tr("is in orde (toelichting)")
    return tr("nog afhandelen")


def signal_columns() -> list[Column[SignalView]]:
    """Number, station, what is unusual, dealt with (a badge: ✓ or ⚠ with words)."""
    return [
        Column(tr("Nr."), lambda s: str(s.station), 4, "right", numeric=True),
        Column(tr("Stembureau"), lambda s: s.station_name, 0, tooltip=lambda s: s.station_name),
        Column(tr("Wat is opvallend"), lambda s: said(s.kind), 22, tooltip=lambda s: said(s.text)),
        Column(
            tr("Afgehandeld"), handled_text, 20, state=lambda s: "done" if s.handled else "warning"
        ),
    ]


def figure_columns() -> list[Column[SignalFigureView]]:
    """What the number is, what it is about, the number."""
    return [
        Column(tr("Getal"), lambda f: said(f.label), 34, tooltip=lambda f: said(f.label)),
        Column(tr("Waarover"), lambda f: said(f.subject), 0, tooltip=lambda f: said(f.subject)),
        Column(tr("Waarde"), lambda f: said(f.value), 8, "right", numeric=True),
    ]


class SignalsPage(Page):
    """The signals, the chosen one with its numbers and what to do with it, and finishing."""

    def __init__(
        self,
        api: AppApi,
        back: Callable[[], None],
        investigate: Callable[[int, str], bool],
    ) -> None:
        super().__init__(tr("Signalen voor het afronden"), "signals_page")
        self.api = api
        self.back = back
        self.investigate = investigate
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self.view: SignalsView | None = None
        self.message = MessageBox(tr("Melding signalen"))
        self.summary = QLabel()
        self.summary.setObjectName("signals_summary")
        self.summary.setWordWrap(True)
        self.local = QLabel()
        self.local.setObjectName("local_lists")
        self.local.setProperty("kind", "hint")
        self.local.setWordWrap(True)
        self.model: RecordsModel[SignalView] = RecordsModel(signal_columns(), key=lambda s: s.key)
        self.table = records_view(tr("Signalen"), self.model)
        self.table.setObjectName("signal_table")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = SignalPanel()
        self.detail.note_button.clicked.connect(self.save_note)
        self.detail.investigate_button.clicked.connect(self.open_investigation)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        column.addWidget(self.local)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        area = vertical_scroll(self.detail, tr("Het gekozen signaal"))
        area.setMinimumWidth(520)
        splitter.addWidget(area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.content.addWidget(self.message)
        self.content.addWidget(splitter, 1)
        self.back_button = secondary_button(tr("Terug"), "signals_back", "Alt+Left")
        self.back_button.clicked.connect(back)
        self.add_action(self.back_button, left=True)
        self.finish_button = primary_button(tr("Zitting afronden…"), "signals_finish")
        self.finish_button.clicked.connect(self.finish)
        self.set_primary(self.finish_button)
        self.add_shortcut("Ctrl+T", tr("Naar de tabel met signalen"), self.table.setFocus)
        self.set_first_focus(self.table)

    def refresh(self, key: str | None = None) -> None:
        """The latest signals and whether the sitting can be finished; ``key`` stays chosen."""
        view = attempt(self.message, self.api.signals)
        board = attempt(self.message, self.api.dashboard)
        if view is None or board is None:
            return
        self.view = view
        self.summary.setText(
            tr(
                "Signalen: {count}, over {definitive} van de {stations} stembureaus (de definitieve). "
                "Nog af te handelen: {open}. Een signaal verandert geen getal: kijk het na op het "
                "papier."
            ).format(
                count=len(view.signals),
                definitive=view.definitive,
                stations=view.stations,
                open=view.open,
            )
        )
        local = [said(t) for t in view.local_lists]
        self.local.setVisible(bool(local))
        self.local.setText(
            tr(
                "{count} lokale lijsten zijn niet met de gemeente vergeleken: de helft van hun "
                "stemmen komt uit een paar stembureaus (wijs deze regel aan voor de details)."
            ).format(count=len(local))
        )
        self.local.setToolTip("\n".join(local))
        self.local.setAccessibleDescription("; ".join(local))
        chosen = key if key is not None else self._chosen_key()
        self.model.set_rows(view.signals)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and view.signals:
            row = 0
        if row is not None:
            select_row(self.table, row)
        self._show(row)
        finish = next(a for a in board.actions if a.key == "finish")
        show_action(self.finish_button, finish)
        if board.session.key is SessionState.COMPLETED:
            set_available(self.finish_button, False, tr("De zitting is al afgerond."))

    def _chosen_key(self) -> str | None:
        row = selected_row(self.table)
        return self.model.rows[row].key if row is not None else None

    def _show(self, row: int | None) -> None:
        view = self.view
        item = self.model.rows[row] if row is not None else None
        can = view is not None and view.can_note
        reason = said(view.reason) if view is not None and view.reason else ""
        self.detail.show_signal(item, can, reason)

    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show(selected_row(self.table))

    def save_note(self) -> None:
        """ "Is in orde": record the typed reason ('' removes it)."""
        item = self.detail.item
        if item is None:
            return
        text = self.detail.note.toPlainText().strip()
        if perform(self.message, lambda: self.api.note_signal(item.key, text)):
            self.refresh(item.key)
            self.message.show_done(
                tr("De toelichting is opgeslagen; ze komt op het proces-verbaal.")
                if text
                else tr("De toelichting is weggehaald.")
            )

    def open_investigation(self) -> None:
        """Record an investigation of the signal's station (the onderzoek page asks the rest)."""
        item = self.detail.item
        if item is not None and self.investigate(item.station, item.key):
            self.refresh(item.key)

    def finish(self) -> None:
        """Finish the sitting (asked first); then back to the dashboard for the outputs."""
        if not self.finish_button.isEnabled():
            return
        if not self.ask(
            self,
            tr("Zitting afronden"),
            tr(
                "Na het afronden kan niemand meer invoeren en niets meer toelichten; daarna maak "
                "je de uitvoer."
            ),
            tr("Zitting afronden"),
        ):
            return
        if perform(self.message, lambda: self.api.set_session_state(SessionState.COMPLETED)):
            self.back()


class SignalPanel(QFrame):
    """The chosen signal: the station, what is unusual, the numbers behind it, what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: SignalView | None = None
        self.setObjectName("signal_detail")
        self.setProperty("kind", "panel")
        self.setAccessibleName(tr("Het gekozen signaal"))
        self.title = ElidedLabel()
        self.title.setProperty("kind", "section-title")
        self.badge = StatusBadge("warning", "")
        self.text = QLabel()
        self.text.setObjectName("signal_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model: RecordsModel[SignalFigureView] = RecordsModel(figure_columns())
        self.figures = records_view(tr("De getallen achter het signaal"), self.model)
        self.figures.setObjectName("signal_figures")
        self.note = text_box(tr("Waarom is dit in orde?"), 3)
        note_label = QLabel(tr("&Waarom is dit in orde? (komt op het proces-verbaal)"))
        note_label.setWordWrap(True)
        note_label.setBuddy(self.note)
        self.note_button = secondary_button(tr("Is in orde — opslaan"), "note_signal")
        self.investigate_button = secondary_button(tr("Onderzoek openen…"), "investigate_signal")
        self.empty = QLabel(tr("Geen signalen: niets ongewoons gevonden."))
        self.empty.setProperty("kind", "hint")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.investigate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.note_button)
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(8)
        inner.addLayout(top)
        inner.addWidget(self.text)
        inner.addWidget(self.figures)
        inner.addWidget(note_label)
        inner.addWidget(self.note)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        layout.addStretch(1)
        QWidget.setTabOrder(self.note, self.note_button)  # typed the reason: Tab, then Space saves
        QWidget.setTabOrder(self.note_button, self.investigate_button)

    def show_signal(self, item: SignalView | None, can_note: bool, reason: str) -> None:
        """Lay out ``item``; notes only while ``can_note`` (else ``reason`` says why not)."""
        self.item = item
        self.empty.setVisible(item is None)
        self.body.setVisible(item is not None)
        if item is None:
            self.title.setText(tr("Geen signaal gekozen"))
            return
        self.title.setText(
            tr("Stembureau {number} — {name}").format(number=item.station, name=item.station_name)
        )
        self.badge.set_state("done" if item.handled else "warning", handled_text(item))
        self.text.setText(said(item.text)[:1].upper() + said(item.text)[1:] + ".")
        self.model.set_rows(item.figures)
        rows = max(len(item.figures), 1)
        height = self.figures.verticalHeader().defaultSectionSize()
        self.figures.setFixedHeight(height * rows + self.figures.horizontalHeader().height() + 4)
        self.note.setPlainText(item.note)
        self.note.setReadOnly(not can_note)
        set_available(self.note_button, can_note, reason)
        why_not = tr("Voor dit signaal is al een onderzoek geopend.")
        set_available(
            self.investigate_button,
            can_note and not item.investigated,
            reason or why_not,
        )
