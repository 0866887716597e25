"""The typist's home at an HSB or CSB (docs/chain-app.md §2): every unit (a GSB or an HSB) with
whether its paper PV — the Na 31-2 or O 3 totals — can be typed now, and why not; "Proces-verbaal
invoeren" opens the entry form of the GSB's typists (:class:`EntryPage`) on the unit's calls
(``open_unit_entry``, ``save_unit_section``, …). When the calculation waits for a lot, the typist can
be the second person who types its outcome (:class:`LotDialog`)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QTableView

from gui.i18n import tr
from gui.pages.common import Notice, bind_keys, swap_page
from gui.pages.typist.entry import EntryPage
from gui.pages.typist.finished import FinishedPage
from gui.widgets import Page, Shell, primary_button, secondary_button, set_available
from gui.widgets.messages import SESSION, MessageBox, attempt, problem_text, said, session_lost
from gui.widgets.tables import Column, RecordsModel, records_view, select_row, selected_row
from kieskring.app.api.chain_views import UnitToType
from kieskring.app.api.client import AppApi
from kieskring.app.api.typist import EntryFinished, EntryReview, SectionSaved
from kieskring.app.api.vocabulary import LotQuestion, UserError

from .common import Modal, hint, run_modal
from .lot import LotDialog


class UnitEntryCalls:
    """The entry form's calls (:class:`~gui.pages.typist.entry.EntryCalls`) for a unit's PV."""

    def __init__(self, api: AppApi) -> None:
        self.api = api

    def save_section(
        self, station: int, section: str, values: Mapping[str, int | None], acknowledged: bool
    ) -> SectionSaved:
        """Save a section of the unit's PV."""
        return self.api.save_unit_section(station, section, values, acknowledged)

    def entry_review(self, station: int) -> EntryReview:
        """Check and finish."""
        return self.api.unit_entry_review(station)

    def finish_entry(self, station: int) -> EntryFinished:
        """Finish; compared with the file at once when it is in."""
        return self.api.finish_unit_entry(station)

    def discard_entry(self, station: int) -> None:
        """Throw away one's own unfinished typing."""
        self.api.discard_unit_entry(station)


def unit_columns() -> list[Column[UnitToType]]:
    """Code, name, what can be done."""
    return [
        Column(tr("Code"), lambda u: u.code, 6, numeric=True),
        Column(tr("Naam"), lambda u: u.name, 0, tooltip=lambda u: u.name),
        Column(
            tr("Invoeren"),
            lambda u: said(u.action),
            40,
            tooltip=lambda u: said(u.action),
            state=lambda u: "not_started" if u.can_start else "waiting",
        ),
    ]


class ChainTypistHome(Page):
    """Choose the unit whose paper PV you type."""

    def __init__(self, api: AppApi, shell: Shell) -> None:
        super().__init__(tr("Processen-verbaal invoeren"), "chain_typist_home")
        self.api = api
        self.shell = shell
        self.run_dialog: Modal = run_modal
        self.lot_dialog: LotDialog | None = None
        self.message = MessageBox(tr("Melding"))
        self.notice = Notice("chain_typist_notice")
        intro = hint(
            tr(
                "Kies de gemeente of het hoofdstembureau waarvan je het proces-verbaal op papier "
                "hebt, en typ de totalen over zoals ze op het papier staan."
            )
        )
        self.model: RecordsModel[UnitToType] = RecordsModel(unit_columns(), key=lambda u: u.number)
        self.table: QTableView = records_view(tr("Eenheden om in te voeren"), self.model)
        self.table.setObjectName("typist_units")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._ready())
        self.table.doubleClicked.connect(lambda *_: self.start())
        self.lot_button = secondary_button(tr("Uitkomst van een loting invoeren…"), "typist_lot")
        self.lot_button.clicked.connect(self.type_lot)
        self.lot_text = hint(name="typist_lot_text")
        lot_row = QHBoxLayout()
        lot_row.addWidget(self.lot_text, 1)
        lot_row.addWidget(self.lot_button)
        for widget in (self.message, self.notice, intro):
            self.content.addWidget(widget)
        self.content.addWidget(self.table, 1)
        self.content.addLayout(lot_row)
        self.start_button = primary_button(tr("Proces-verbaal invoeren"), "start_unit")
        self.start_button.clicked.connect(self.start)
        self.set_primary(self.start_button)
        bind_keys(self, self.start_button, "Return")
        self.set_first_focus(self.table)
        self.refresh()

    def refresh(self) -> None:
        """The units and whether a lot waits."""
        units = attempt(self.message, self.api.chain_units)
        if units is not None:
            chosen = selected_row(self.table)
            self.model.set_rows(units)
            if units:
                select_row(self.table, chosen if chosen is not None and chosen < len(units) else 0)
        question = self.asked_lot()
        self.lot_button.setVisible(question is not None)
        self.lot_text.setVisible(question is not None)
        if question is not None:
            self.lot_text.setText(
                tr("De berekening wacht op loting {number} ({article}).").format(
                    number=question.number, article=question.article
                )
            )
        self._ready()

    def asked_lot(self) -> LotQuestion | None:
        """The lot the calculation waits for; None also while it cannot run yet (not every unit
        is in: then no lot is asked)."""
        try:
            return self.api.lot_question()
        except UserError as error:
            if session_lost(error):
                SESSION.ended.emit(problem_text(error))
            return None

    def chosen(self) -> UnitToType | None:
        """The unit selected in the table."""
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None and row < len(self.model.rows) else None

    def _ready(self) -> None:
        unit = self.chosen()
        set_available(
            self.start_button,
            unit is not None and unit.can_start,
            said(unit.action) if unit is not None else tr("Kies eerst een eenheid."),
        )

    def start(self) -> None:
        """Open this typist's entry of the chosen unit's PV."""
        unit = self.chosen()
        if unit is None or not unit.can_start:
            return
        number = unit.number
        sections = attempt(self.message, lambda: self.api.unit_form(number))
        opened = (
            attempt(self.message, lambda: self.api.open_unit_entry(number)) if sections else None
        )
        if sections is None or opened is None:
            return
        page = EntryPage(UnitEntryCalls(self.api), opened, sections, self.back)
        page.set_title(f"{unit.code} — {unit.name}")
        self.shell.show_page(page)

    def back(self, page: Page, finished: EntryFinished | None, message: str) -> None:
        """From the entry form: after finishing, what happens next; after stopping, home."""
        if finished is not None:
            swap_page(self.shell, page, FinishedPage(finished, page.title.full_text(), self.done))
            return
        swap_page(self.shell, page, self)
        self.refresh()
        if message:
            self.notice.show_info(message)

    def done(self, page: Page) -> None:
        """From the "what happens next" page back to the units."""
        swap_page(self.shell, page, self)
        self.refresh()

    def type_lot(self) -> None:
        """Type the outcome of the lot drawn in the room (as the first or second person)."""
        question = attempt(self.message, self.api.lot_question)
        if question is None:
            self.refresh()
            return
        self.lot_dialog = LotDialog(self, self.api, question)
        accepted = self.run_dialog(self.lot_dialog) == QDialog.DialogCode.Accepted
        typed = self.lot_dialog.typed
        self.refresh()
        if accepted and typed is not None:
            self.message.show_done(said(typed.message))

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh states whenever the page comes back."""
        super().showEvent(event)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
