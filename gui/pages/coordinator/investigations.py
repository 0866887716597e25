"""Onderzoek (docs/sittings.md §2–§3, app.md §5): the investigations of the current sitting in a
table — station, who asked, where it stands — and the chosen one beside it: the reason, the
assignment, the findings, the station's entry state, and what can be done with it (conclude without
or with new results, print the pre-filled corrigendum form, saved with a file dialog). New ones are
recorded with "Onderzoek vastleggen…" (a station that was missing: "Ontbrekend stembureau
toevoegen…").

What exists, whether an action is possible and why not, all come from ``FollowupApi``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
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
    primary_button,
    secondary_button,
    vertical_scroll,
)
from gui.widgets.files import DIALOGS, Chooser
from gui.widgets.messages import MessageBox, attempt, said
from gui.widgets.tables import Column, RecordsModel, records_view, select_row, selected_row
from kieskring.app.api import AppApi
from kieskring.app.api.files import save_outputs
from kieskring.app.api.followup_views import InvestigationView

from .followup_dialogs import ConcludeDialog, InvestigationDialog, show_action

RunDialog = Callable[[QDialog], int]


def investigation_look(item: InvestigationView) -> str:
    """The badge of an investigation: open (⚠), or its station's entry state."""
    return "warning" if item.new_results is None else item.entry_state.key.value


def investigation_columns() -> list[Column[InvestigationView]]:
    """Number, station, where it stands (a badge with words); who asked is in the detail."""
    return [
        Column(tr("Nr."), lambda r: str(r.station), 4, "right", numeric=True),
        Column(tr("Stembureau"), lambda r: r.name, 0, tooltip=lambda r: r.name),
        Column(
            tr("Stand"),
            lambda r: said(r.status),
            34,
            tooltip=lambda r: said(r.status),
            state=investigation_look,
        ),
    ]


def run_modal(dialog: QDialog) -> int:
    """Show ``dialog`` and wait for its answer (tests and the screenshots replace this)."""
    return dialog.exec()


class InvestigationsPage(Page):
    """The investigations of the current sitting, and the chosen one."""

    def __init__(self, api: AppApi, back: Callable[[], None]) -> None:
        super().__init__(tr("Onderzoek"), "investigations_page")
        self.api = api
        self.run_dialog: RunDialog = run_modal
        self.choose_file: Chooser = DIALOGS["save"]
        self.dialog: QDialog | None = None
        self.message = MessageBox(tr("Melding onderzoek"))
        self.model: RecordsModel[InvestigationView] = RecordsModel(
            investigation_columns(), key=lambda r: r.station
        )
        self.table = records_view(tr("Onderzoeken"), self.model)
        self.table.setObjectName("investigation_table")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.empty = QLabel(tr("In deze zitting is nog geen onderzoek vastgelegd."))
        self.empty.setProperty("kind", "hint")
        self.empty.setWordWrap(True)
        self.detail = InvestigationPanel()
        self.detail.action.connect(self.act)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        area = vertical_scroll(self.detail, tr("Het gekozen onderzoek"))
        area.setMinimumWidth(440)
        splitter.addWidget(area)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        self.content.addWidget(self.message)
        self.content.addWidget(splitter, 1)
        self.back_button = secondary_button(tr("Terug"), "investigations_back", "Alt+Left")
        self.back_button.clicked.connect(back)
        self.add_action(self.back_button, left=True)
        self.add_button = secondary_button(tr("Ontbrekend stembureau toevoegen…"), "add_station")
        self.add_button.clicked.connect(self.add_station)
        self.add_action(self.add_button)
        self.open_button = primary_button(tr("Onderzoek vastleggen…"), "open_investigation")
        self.open_button.clicked.connect(lambda: self.open_investigation())  # noqa: PLW0108 (not the click's bool)
        self.set_primary(self.open_button)
        self.add_shortcut("Ctrl+T", tr("Naar de tabel met onderzoeken"), self.table.setFocus)
        self.set_first_focus(self.table)

    def refresh(self, station: int | None = None) -> None:
        """The latest investigations and actions; ``station`` (else the chosen one) stays chosen."""
        overview = attempt(self.message, self.api.sittings)
        rows = attempt(self.message, self.api.investigations)
        if overview is None or rows is None:
            return
        actions = {a.key: a for a in overview.actions}
        show_action(self.open_button, actions["open_investigation"])
        show_action(self.add_button, actions["add_station"])
        current = next(s for s in overview.sittings if s.current)
        self.set_title(
            tr("Onderzoek — {sitting}").format(sitting=said(current.label)),
            tr(
                "Onderzoeken op verzoek van het centraal stembureau of op eigen initiatief. "
                "Kies er een in de tabel om het af te ronden of het formulier af te drukken."
            ),
        )
        chosen = station if station is not None else self._chosen_station()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            select_row(self.table, row)
        self.detail.show_item(self.model.rows[row] if row is not None else None)

    def _chosen_station(self) -> int | None:
        row = selected_row(self.table)
        return self.model.rows[row].station if row is not None else None

    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        row = selected_row(self.table)
        self.detail.show_item(self.model.rows[row] if row is not None else None)

    def open_investigation(self, station: int | None = None, signal: str = "") -> bool:
        """Ask for the investigation and record it; True when recorded."""
        self.dialog = dialog = InvestigationDialog(self, station=station, signal=signal)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        made = attempt(self.message, lambda: self.api.open_investigation(dialog.request()))
        if made is None:
            return False
        self.refresh(made.station)
        self.message.show_done(
            tr("Het onderzoek van stembureau {number} is vastgelegd.").format(number=made.station)
        )
        return True

    def add_station(self) -> None:
        """Ask for the missing station and add it with its investigation."""
        self.dialog = dialog = InvestigationDialog(self, add=True)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        made = attempt(self.message, lambda: self.api.add_station(dialog.new_station()))
        if made is not None:
            self.refresh(made.station)
            self.message.show_done(
                tr("Stembureau {number} is toegevoegd.").format(number=made.station)
            )

    def act(self, key: str) -> None:
        """One of the chosen investigation's actions."""
        item = self.detail.item
        if item is None:
            return
        if key == "corrigendum_form":
            self.save_form(item)
            return
        label = next(said(a.label) for a in item.actions if a.key == key)
        self.dialog = dialog = ConcludeDialog(
            self, self.detail.station_text(), label, key == "conclude_with"
        )
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        done = attempt(
            self.message, lambda: self.api.conclude_investigation(dialog.conclusion(item.station))
        )
        if done is not None:
            self.refresh(item.station)
            self.message.show_done(said(done.status))

    def save_form(self, item: InvestigationView) -> None:
        """The pre-filled corrigendum form, saved where the clerk chooses (then printed)."""
        form = attempt(self.message, lambda: self.api.corrigendum_form(item.station))
        if form is None:
            return
        chosen = self.choose_file(
            self, tr("Corrigendumformulier opslaan"), form.name, tr("PDF-bestand (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if attempt(
            self.message, lambda: save_outputs(path.parent, [replace(form, name=path.name)])
        ):
            self.message.show_done(
                tr("Opgeslagen: {path}. Druk het af en geef het mee met de opdracht.").format(
                    path=path
                )
            )


class InvestigationPanel(QFrame):
    """The chosen investigation: what it is about, where it stands, and its actions
    (``action(key)`` asks the page to carry one out)."""

    action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: InvestigationView | None = None
        self.setObjectName("investigation_detail")
        self.setProperty("kind", "panel")
        self.setAccessibleName(tr("Het gekozen onderzoek"))
        self.title = ElidedLabel()
        self.title.setProperty("kind", "section-title")
        self.badge = StatusBadge("empty", "")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for row, (key, text) in enumerate(
            (
                ("origin", tr("Op verzoek van")),
                ("reason", tr("Reden")),
                ("assignment", tr("Opdracht")),
                ("signal", tr("Uit signaal")),
                ("findings", tr("Bevindingen")),
                ("status", tr("Stand")),
            )
        ):
            label = QLabel(text)
            label.setProperty("kind", "hint")
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value = QLabel()
            value.setWordWrap(True)
            value.setObjectName(f"investigation_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value
            self.labels[key] = label
        self.buttons = {
            key: secondary_button("", key)
            for key in ("conclude_without", "conclude_with", "corrigendum_form")
        }
        actions = QVBoxLayout()
        actions.setSpacing(6)
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.action.emit(k))
            actions.addWidget(button)
        self.empty = QLabel(tr("Kies een onderzoek in de tabel om het hier te zien."))
        self.empty.setProperty("kind", "hint")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.show_item(None)

    def station_text(self) -> str:
        """ "Stembureau 5 — name"."""
        if self.item is None:
            return ""
        return tr("Stembureau {number} — {name}").format(
            number=self.item.station, name=self.item.name
        )

    def show_item(self, item: InvestigationView | None) -> None:
        """Lay out ``item`` (None: nothing chosen)."""
        self.item = item
        self.empty.setVisible(item is None)
        self.badge.setVisible(item is not None)
        for widget in (*self.values.values(), *self.labels.values(), *self.buttons.values()):
            widget.setVisible(item is not None)
        if item is None:
            self.title.setText(tr("Geen onderzoek gekozen"))
            return
        self.title.setText(self.station_text())
        self.badge.set_state(item.entry_state.key.value, said(item.entry_state.label))
        added = tr(" (toegevoegd in deze zitting)") if item.added else ""
        texts = {
            "origin": said(item.origin_label) + added,
            "reason": item.reason,
            "assignment": item.assignment or "–",
            "signal": item.signal,
            "findings": item.findings or tr("nog niet vastgelegd"),
            "status": said(item.status),
        }
        for key, value in texts.items():
            self.values[key].setText(value)
        self._row_visible("signal", bool(item.signal))
        for action in item.actions:
            show_action(self.buttons[action.key], action)

    def _row_visible(self, key: str, visible: bool) -> None:
        self.values[key].setVisible(visible)
        self.labels[key].setVisible(visible)
