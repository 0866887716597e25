"""Toewijzing, the result step by step (docs/chain-app.md §4; Kieswet P 5–P 19a): the kiesdeler, the
full seats per list, every residual seat with its article (and whether a lot decided it), the seats
per list, the elected candidates, the notes, the lots and deceased candidates recorded, which file fed
every unit of the sum (provenance), and the core's whole explanation — in one column that scrolls up
and down, readable at 1366×768.

When the calculation stops at a tie, a banner names the lot to draw and opens :class:`LotDialog`.
Nothing here decides a seat: every number and sentence is the services' (``result_view``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import (
    Page,
    Shell,
    confirm,
    danger_button,
    primary_button,
    secondary_button,
    set_available,
    vertical_scroll,
)
from gui.widgets.layouts import clear_layout
from gui.widgets.messages import MessageBox, attempt, perform, said
from gui.widgets.numbers import format_number
from gui.widgets.tables import Column, RecordsModel, records_view
from kieskring.app.api import AppApi
from kieskring.app.api.chain_views import ElectedView, ResultView, SeatRow, SourceView
from kieskring.app.api.vocabulary import Body, Deceased, StepView

from .common import Modal, TextDialog, heading, hint, run_modal
from .deceased import DeceasedDialog
from .lot import LotDialog, asked_text


def fixed_table(name: str, columns: Sequence[Column[Any]], rows: Sequence[Any]) -> QTableView:
    """A table showing all its ``rows`` (it does not scroll; the page does)."""
    model: RecordsModel[Any] = RecordsModel(columns)
    model.set_rows(rows)
    view = records_view(name, model)
    view.setObjectName(name)
    header = view.horizontalHeader().sizeHint().height()
    view.setFixedHeight(header + max(len(rows), 1) * view.verticalHeader().defaultSectionSize() + 4)
    view.setProperty("model_ref", model)  # keeps the model alive with its view
    return view


def full_seat_columns() -> list[Column[SeatRow]]:
    """Step 2: each list's votes and full seats."""
    return [
        Column(tr("Lijst"), lambda r: str(r.list_number), 5, "right", numeric=True),
        Column(tr("Naam"), lambda r: r.name, 0, tooltip=lambda r: r.name),
        Column(tr("Stemcijfer"), lambda r: format_number(r.votes), 10, "right", numeric=True),
        Column(tr("Volle zetels"), lambda r: str(r.full_seats), 11, "right", numeric=True),
    ]


def seat_columns() -> list[Column[SeatRow]]:
    """Step 4: each list's seats, full and residual."""
    return [
        Column(tr("Lijst"), lambda r: str(r.list_number), 5, "right", numeric=True),
        Column(tr("Naam"), lambda r: r.name, 0, tooltip=lambda r: r.name),
        Column(tr("Volle zetels"), lambda r: str(r.full_seats), 11, "right", numeric=True),
        Column(tr("Restzetels"), lambda r: str(r.residual_seats), 10, "right", numeric=True),
        Column(
            tr("Totaal"),
            lambda r: str(r.full_seats + r.residual_seats),
            7,
            "right",
            numeric=True,
        ),
    ]


def residual_columns(names: Mapping[int, str]) -> list[Column[StepView]]:
    """Step 3: each residual seat — to which list, how, at what remainder or average, the
    article, and whether a lot decided it (the core's full words are in the explanation)."""

    def to_list(step: StepView) -> str:
        return f"{step.selected} — {names.get(step.selected, '')}"

    return [
        Column(tr("Restzetel"), lambda s: str(s.seat), 9, "right", numeric=True),
        Column(tr("Naar lijst"), to_list, 0, tooltip=to_list),
        Column(tr("Hoe"), lambda s: said(s.how), 30, tooltip=lambda s: said(s.how)),
        Column(tr("Overschot of gemiddelde"), lambda s: s.value, 22, "right", numeric=True),
        Column(tr("Artikel"), lambda s: s.article, 18),
        Column(tr("Loting"), lambda s: tr("ja") if s.by_lot else "", 7, "center"),
    ]


def source_columns() -> list[Column[SourceView]]:
    """Provenance: which file fed every unit of the sum."""
    return [
        Column(tr("Code"), lambda s: s.code, 6, numeric=True),
        Column(tr("Naam"), lambda s: s.name, 16, tooltip=lambda s: s.name),
        Column(tr("Bestand"), lambda s: f"{s.file} (v{s.version})", 0, tooltip=lambda s: s.file),
        Column(
            tr("Vingerafdruk"),
            lambda s: s.fingerprint[:19] + " …",
            22,
            tooltip=lambda s: s.fingerprint,
            numeric=True,
        ),
        Column(tr("Ondertekend"), lambda s: tr("ja") if s.signed else tr("nee"), 11, "center"),
    ]


def elected_text(item: ElectedView) -> str:
    """A list's elected candidates: by preference (P 15), then in list order (P 17)."""
    lines = [tr("Lijst {number} — {name}").format(number=item.list_number, name=item.name)]
    if item.by_preference:
        lines.append(
            tr("  met voorkeurstemmen (Kieswet P 15): {names}").format(
                names="; ".join(item.by_preference)
            )
        )
    if item.by_list_order:
        lines.append(
            tr("  in de volgorde van de lijst (Kieswet P 17): {names}").format(
                names="; ".join(item.by_list_order)
            )
        )
    return "\n".join(lines)


def fixed_font_label(text: str, name: str = "") -> QLabel:
    """Lines of the core's explanation as it prints them (columns stay aligned)."""
    label = QLabel(text)
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class ResultPage(Page):
    """The calculation step by step, the lot to draw, deceased candidates, provenance."""

    def __init__(self, api: AppApi, shell: Shell) -> None:
        super().__init__(tr("Toewijzing van de zetels"), "chain_result")
        self.api = api
        self.shell = shell
        self.result: ResultView | None = None
        self.run_dialog: Modal = run_modal
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self.back: Callable[[], None] = lambda: None
        self.open_outputs: Callable[[], None] = lambda: None
        self.open_requests: Callable[[], None] = lambda: None
        self.lot_dialog: LotDialog | None = None
        self._compose()

    def _compose(self) -> None:
        self.message = MessageBox(tr("Melding"))
        self.lot_banner = QFrame()
        self.lot_banner.setObjectName("lot_banner")
        self.lot_banner.setProperty("kind", "panel")
        self.lot_text = QLabel()
        self.lot_text.setObjectName("lot_text")
        self.lot_text.setWordWrap(True)
        self.lot_button = secondary_button(tr("Uitkomst van de loting invoeren…"), "open_lot")
        self.lot_button.clicked.connect(self.type_lot)
        banner = QHBoxLayout(self.lot_banner)
        banner.addWidget(self.lot_text, 1)
        banner.addWidget(self.lot_button)
        self.body = QWidget()
        self.body.setObjectName("result_body")
        self.steps = QVBoxLayout(self.body)
        self.steps.setContentsMargins(0, 0, 12, 0)
        self.steps.setSpacing(8)
        self.area = vertical_scroll(self.body, tr("De berekening stap voor stap"))
        self.content.addWidget(self.message)
        self.content.addWidget(self.lot_banner)
        self.content.addWidget(self.area, 1)
        self.back_button = secondary_button(tr("Ontvangst"), "back_to_receiving", "Alt+Left")
        self.back_button.clicked.connect(lambda: self.back())  # noqa: PLW0108 (replaced later)
        self.add_action(self.back_button, left=True)
        self.requests_button = secondary_button(tr("Verzoeken om onderzoek…"), "open_requests")
        self.requests_button.clicked.connect(lambda: self.open_requests())  # noqa: PLW0108
        self.add_action(self.requests_button)
        self.outputs_button = primary_button(tr("Uitvoer maken…"), "open_outputs", "Ctrl+E")
        self.outputs_button.clicked.connect(lambda: self.open_outputs())  # noqa: PLW0108
        self.set_primary(self.outputs_button)
        self.add_shortcut("F5", tr("Nu verversen"), self.refresh)
        self.set_first_focus(self.area)

    # -- showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The calculation as the services give it now (at an HSB: the sum and its provenance)."""
        overview = attempt(self.message, self.api.chain_overview)
        if overview is not None and overview.body != Body.CSB.value:
            self._hsb(overview.ready)
            return
        self.set_title(tr("Toewijzing van de zetels"))
        result = attempt(self.message, self.api.result_view)
        sources = attempt(self.message, self.api.provenance) if result is not None else None
        self._clear()
        self.result = result
        if result is None:
            self.lot_banner.hide()
            set_available(self.outputs_button, False, tr("De berekening kan nog niet."))
            return
        self._lot(result)
        set_available(
            self.outputs_button,
            result.completed,
            tr("Eerst moet de loting worden vastgelegd."),
        )
        self._steps(result)
        self._extras(result, sources or ())
        self.steps.addStretch(1)

    def _hsb(self, ready: bool) -> None:
        """An HSB determines no seats (Kieswet P 22): the sum of its municipalities, where every
        unit's numbers come from, and the outputs (510c and O 3)."""
        self.set_title(tr("Optellen en uitvoer van de kieskring"))
        self._clear()
        self.result = None
        self.lot_banner.hide()
        sources = attempt(self.message, self.api.provenance) if ready else None
        set_available(self.outputs_button, ready, tr("Nog niet alles is binnen."))
        self._add(
            hint(
                tr(
                    "Het hoofdstembureau telt de uitkomsten van de gemeenten op tot de telling van "
                    "de kieskring (510c) en maakt het proces-verbaal O 3. De zetels verdeelt het "
                    "centraal stembureau."
                )
            ),
            heading(tr("Herkomst: welk bestand telt mee"), "provenance"),
            fixed_table("sources", source_columns(), sources or ()),
        )
        self.steps.addStretch(1)

    def _lot(self, result: ResultView) -> None:
        question = result.lot
        self.lot_banner.setVisible(question is not None)
        if question is None:
            return
        lines = [
            tr("⚠ De berekening wacht op loting {number}.").format(number=question.number),
            asked_text(question),
        ]
        if result.lot_waiting is not None:
            lines.append(said(result.lot_waiting))
        self.lot_text.setText("\n".join(lines))

    def _add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.steps.addWidget(widget)

    def _steps(self, result: ResultView) -> None:
        self._add(
            heading(tr("Stap 1 — Kiesdeler (Kieswet P 5)"), "step_quota"),
            QLabel(
                tr("{votes} stemmen gedeeld door {seats} zetels = {quota}").format(
                    votes=format_number(result.total_votes),
                    seats=result.seats,
                    quota=result.quota,
                )
            ),
            heading(tr("Stap 2 — Volle zetels (Kieswet P 6)"), "step_full"),
            hint(tr("Zo vaak als de kiesdeler in het stemcijfer van een lijst past.")),
            fixed_table("full_seats", full_seat_columns(), result.lists),
            heading(tr("Stap 3 — Restzetels"), "step_residual"),
        )
        if not result.steps and result.completed:
            self._add(hint(tr("Er zijn geen restzetels te verdelen.")))
        residual = [step for step in result.steps if step.seat is not None]
        if residual:
            names = {row.list_number: row.name for row in result.lists}
            self._add(fixed_table("residual_seats", residual_columns(names), residual))
        for number, step in enumerate(result.steps, start=1):
            if step.seat is None:  # P 9 or P 10: the core's sentence
                by_lot = f" — {tr('beslist door loting')}" if step.by_lot else ""
                title = QLabel(f"{step.article}{by_lot}")
                title.setProperty("kind", "notice")
                self._add(title, fixed_font_label("\n".join(step.lines), f"residual_{number}"))
        if not result.completed:
            self._add(
                hint(
                    tr(
                        "⚠ De volgende zetel wacht op de loting (zie boven); daarna gaat het verder."
                    )
                )
            )
        self._add(
            heading(tr("Stap 4 — Zetels per lijst"), "step_seats"),
            fixed_table("seats", seat_columns(), result.lists),
        )
        for note in result.notes:
            self._add(hint(note))
        self._add(
            heading(tr("Stap 5 — Gekozen kandidaten"), "step_elected"),
            hint(
                tr("Voorkeurdrempel (Kieswet P 15): {value} stemmen.").format(
                    value=result.preference_threshold
                )
            ),
        )
        if not result.completed:
            self._add(hint(tr("Nog niet bekend: eerst moet de loting worden vastgelegd.")))
        for item in result.elected:
            label = QLabel(elected_text(item))
            label.setWordWrap(True)
            self._add(label)

    def _extras(self, result: ResultView, sources: tuple[SourceView, ...]) -> None:
        self._add(heading(tr("Lotingen"), "lots"))
        if not result.lots:
            self._add(hint(tr("Er is geen loting vastgelegd.")))
        for lot in result.lots:
            self._add(
                QLabel(
                    tr("Loting {number} ({article}): {outcome} — ingevoerd door {people}").format(
                        number=lot.number,
                        article=lot.article,
                        outcome=lot.outcome,
                        people=", ".join(lot.typed_by),
                    )
                )
            )
        withdraw = danger_button(tr("Lotingen intrekken…"), "withdraw_lots")
        set_available(withdraw, bool(result.lots), tr("Er is geen loting vastgelegd."))
        withdraw.clicked.connect(self.withdraw_lots)
        self._add(withdraw, heading(tr("Overleden kandidaten (Kieswet P 19a)"), "deceased"))
        for person in result.deceased:
            self._add(self._deceased_row(person))
        if not result.deceased:
            self._add(hint(tr("Er is geen overleden kandidaat vastgelegd.")))
        add = secondary_button(tr("Overleden kandidaat vastleggen…"), "add_deceased")
        add.clicked.connect(self.add_deceased)
        self._add(add, heading(tr("Herkomst: welk bestand telt mee"), "provenance"))
        self._add(fixed_table("sources", source_columns(), sources))
        self._add(heading(tr("De hele berekening (zoals in berekening.txt)"), "explanation"))
        text = QPlainTextEdit(result.explanation)
        text.setObjectName("explanation_text")
        text.setAccessibleName(tr("De hele berekening"))
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text.setFixedHeight(text.fontMetrics().lineSpacing() * 16 + 12)
        self._add(text)

    def _deceased_row(self, person: Deceased) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = tr("Lijst {list}, kandidaat {candidate}: {name}").format(
            list=person.list_number, candidate=person.candidate, name=person.name
        )
        layout.addWidget(QLabel(text), 1)
        remove = secondary_button(tr("Verwijderen"), f"remove_deceased_{person.key}")
        remove.setAccessibleName(tr("Verwijderen: {what}").format(what=text))
        remove.clicked.connect(lambda _=False, p=person: self.remove_deceased(p))
        layout.addWidget(remove)
        return row

    def _clear(self) -> None:
        clear_layout(self.steps)

    # -- actions -----------------------------------------------------------------------------------

    def type_lot(self) -> None:
        """Type the outcome of the lot drawn in the room (this person's turn)."""
        question = attempt(self.message, self.api.lot_question)
        if question is None:
            self.refresh()
            return
        waiting = said(self.result.lot_waiting) if self.result and self.result.lot_waiting else ""
        self.lot_dialog = LotDialog(self, self.api, question, waiting)
        accepted = self.run_dialog(self.lot_dialog) == QDialog.DialogCode.Accepted
        typed = self.lot_dialog.typed
        self.refresh()
        if accepted and typed is not None:
            if typed.different:
                self.message.show_note(said(typed.message))
            else:
                self.message.show_done(said(typed.message))

    def withdraw_lots(self) -> None:
        """Withdraw every recorded lot, with a reason (the inputs changed)."""
        dialog = TextDialog(
            self,
            tr("Lotingen intrekken"),
            tr(
                "Alle vastgelegde lotingen worden ingetrokken en opnieuw getrokken. Waarom? "
                "(komt in het logboek)"
            ),
            tr("Lotingen intrekken"),
            danger=True,
        )
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        reason = dialog.text()
        if perform(self.message, lambda: self.api.withdraw_lots(reason)):
            self.refresh()
            self.message.show_done(tr("De lotingen zijn ingetrokken."))

    def add_deceased(self) -> None:
        """Record a deceased candidate."""
        dialog = DeceasedDialog(self, self.api)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.recorded:
            self.refresh()
            person = dialog.recorded
            self.message.show_done(
                tr("Vastgelegd als overleden: {name} (lijst {list}).").format(
                    name=person.name, list=person.list_number
                )
            )

    def remove_deceased(self, person: Deceased) -> None:
        """Remove a deceased candidate recorded by mistake (confirmed)."""
        if not self.ask(
            self,
            tr("Overleden kandidaat verwijderen"),
            tr("{name} is per vergissing als overleden vastgelegd?").format(name=person.name),
            tr("Verwijderen"),
        ):
            return
        if perform(self.message, lambda: self.api.remove_deceased(person.key)):
            self.refresh()
            self.message.show_done(tr("Verwijderd: {name}.").format(name=person.name))

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh figures whenever the page comes on screen."""
        super().showEvent(event)
        self.refresh()
