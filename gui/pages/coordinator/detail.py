"""A station beside the table (app.md §3.4): both entries side by side under the paper's field labels,
the differing fields marked (optionally only those), every finding with its sentence, the actions its
state allows — named after the typists, destructive ones confirmed with "Annuleren" as default, a
reopen and the release of an entry a typist holds open asking for the reason — and the explanation
of warnings that is printed on the PV.

Which actions exist, whether they are possible and why not, come from ``station_detail``; the panel
only maps an action's key to the call that carries it out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import (
    ElidedLabel,
    FittedDialog,
    StatusBadge,
    action_button,
    confirm,
    secondary_button,
    set_available,
)
from gui.widgets.actions import action_buttons, add_action_buttons
from gui.widgets.layouts import clear_layout
from gui.widgets.messages import MessageBox, attempt, perform, said
from gui.widgets.numbers import format_number
from gui.widgets.status import ERRORS, WARNING
from gui.widgets.tables import Column, RecordsModel, records_view
from kieskring.app.api import AppApi, DifferenceResolution, ErrorResolution, Severity
from kieskring.app.api.coordinator import CompareRow, StationDetail
from kieskring.app.api.views import ActionView, FindingView

ROWS_SHOWN = 10
"""The compare table shows this many rows before it scrolls inside itself."""


MARKS = {"differs": ("≠", "red"), "error": ("✗", "red"), "warning": ("⚠", "amber")}
"""How a marked field shows: a glyph (never colour alone) and the row's tint."""


@dataclass(frozen=True)
class Marked:
    """A field of the form with both entries, and why it is marked: the entries differ, or a
    finding names it (an error before a warning)."""

    row: CompareRow
    mark: str | None


def marked_rows(detail: StationDetail) -> tuple[Marked, ...]:
    """Every field of ``detail`` with its mark."""
    severity: dict[str, str] = {}
    for column in detail.entries:
        for finding in column.findings:
            word = "error" if finding.severity is Severity.ERROR else "warning"
            for key in finding.fields:
                if severity.get(key) != "error":
                    severity[key] = word
    return tuple(
        Marked(row, "differs" if row.differs else severity.get(row.key)) for row in detail.rows
    )


def mark_tip(item: Marked) -> str:
    """The field's paper section and label, and why it is marked."""
    why = {
        "differs": tr("de invoeren verschillen"),
        "error": tr("fout"),
        "warning": tr("waarschuwing"),
    }
    tip = f"{said(item.row.section_title)}: {said(item.row.label)}"
    return f"{tip} ({why[item.mark]})" if item.mark else tip


def compare_columns() -> list[Column[Marked]]:
    """Field label, first and second entry, and the mark (a glyph, not colour alone)."""
    return [
        Column(tr("Veld"), lambda m: said(m.row.label), 0, tooltip=mark_tip),
        Column(tr("1e invoer"), lambda m: format_number(m.row.first), 7, "right", numeric=True),
        Column(tr("2e invoer"), lambda m: format_number(m.row.second), 7, "right", numeric=True),
        Column("", lambda m: MARKS[m.mark][0] if m.mark else "", 2, "center", tooltip=mark_tip),
    ]


def finding_label(finding: FindingView, slots: tuple[int, ...] = ()) -> QWidget:
    """ "✗ Fout F.402 (1e invoer): sentence (fields)" in the finding's tone, what to check below it."""
    error = finding.severity is Severity.ERROR
    shown = ERRORS if error else WARNING
    word = tr("Fout") if error else tr("Waarschuwing")
    fields = ", ".join(said(label) for label in finding.field_labels)
    which = {(1,): tr("1e invoer"), (2,): tr("2e invoer"), (1, 2): tr("beide invoeren")}
    where = f" ({which[slots]})" if slots in which else ""
    text = f"{shown.glyph} {word} {finding.code}{where}: {said(finding.text)}"
    if fields:
        text += f" ({fields})"
    box = QWidget()
    box.setProperty("kind", "finding-line")
    box.setAccessibleName(text)
    title = QLabel(text)
    title.setWordWrap(True)
    title.setProperty("kind", "finding-title")
    title.setProperty("tone", shown.tone)
    advice = QLabel(said(finding.advice))
    advice.setWordWrap(True)
    advice.setProperty("kind", "hint")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(title)
    layout.addWidget(advice)
    return box


def grouped_findings(detail: StationDetail) -> list[tuple[FindingView, tuple[int, ...]]]:
    """Each finding of the entries once, with the entries it was found in."""
    found: dict[str, tuple[FindingView, list[int]]] = {}
    for column in detail.entries:
        for finding in column.findings:
            found.setdefault(finding.key, (finding, []))[1].append(column.slot)
    return [(finding, tuple(slots)) for finding, slots in found.values()]


@dataclass(frozen=True)
class ReasonWords:
    """What a reason dialog says: its title, the question (what the action does), the confirm
    button's words, the name its widgets get (``<name>_dialog``, ``_reason``, ``_confirm``) and the
    reason field's accessible name."""

    title: str
    question: str
    confirm: str
    name: str
    reason_name: str


def reopen_words(station: str) -> ReasonWords:
    """The reason dialog of reopening a definitive station."""
    return ReasonWords(
        tr("Stembureau heropenen"),
        tr(
            "{station} is definitief. Heropenen gooit beide invoeren weg; daarna wordt het "
            "opnieuw twee keer ingevoerd. Waarom heropen je het?"
        ).format(station=station),
        tr("Heropenen"),
        "reopen",
        tr("Reden van heropenen"),
    )


def release_words(station: str, action: str) -> ReasonWords:
    """The reason dialog of releasing an entry a typist holds open (``action`` names the typist)."""
    return ReasonWords(
        action.rstrip("…"),
        tr(
            "De invoer van {station} is nog niet afgerond. Vrijgeven gooit deze invoer weg; een "
            "afgeronde andere invoer blijft staan. Doe dit alleen als de invoerder niet verder kan "
            "(bijvoorbeeld een laptop die is vastgelopen). Waarom geef je de invoer vrij?"
        ).format(station=station),
        tr("Vrijgeven"),
        "release",
        tr("Reden van vrijgeven"),
    )


class ReasonDialog(FittedDialog):
    """Asks why (a reopen, a release); "Annuleren" is the default, the reason is required."""

    def __init__(
        self, parent: QWidget | None, station: str, words: ReasonWords | None = None
    ) -> None:
        super().__init__(parent)
        words = words or reopen_words(station)
        self.setWindowTitle(words.title)
        self.setObjectName(f"{words.name}_dialog")
        heading = QLabel(words.title)
        heading.setProperty("kind", "page-title")
        question = QLabel(words.question)
        question.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName(f"{words.name}_reason")
        self.reason.setAccessibleName(words.reason_name)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 16)
        self.confirm_button = action_button(words.confirm, f"{words.name}_confirm", kind="danger")
        self.cancel_button = secondary_button(tr("Annuleren"), f"{words.name}_cancel")
        self.cancel_button.setDefault(True)
        set_available(self.confirm_button, False, tr("Schrijf eerst de reden op."))
        self.reason.textChanged.connect(self._check)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(question)
        label = QLabel(tr("&Reden (komt in het logboek)"))
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addLayout(row)
        self.setMinimumWidth(460)
        self.setMaximumWidth(640)
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.setFocus()

    def _check(self) -> None:
        filled = bool(self.text())
        set_available(self.confirm_button, filled, tr("Schrijf eerst de reden op."))

    def text(self) -> str:
        """The reason as typed (trimmed)."""
        return self.reason.toPlainText().strip()


class StationDetailPanel(QFrame):
    """The selected station. ``changed`` after an action changed it (the dashboard refreshes)."""

    changed = Signal()

    def __init__(self, api: AppApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.detail: StationDetail | None = None
        self.marked: tuple[Marked, ...] = ()
        self.setObjectName("station_detail")
        self.setProperty("kind", "panel")
        self.setAccessibleName(tr("Details van het stembureau"))
        self.ask_reason: Callable[[QWidget, ReasonWords], str | None] = self._ask_reason
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self._compose()
        self.show_detail(None)

    def _compose(self) -> None:
        self.title = ElidedLabel()
        self.title.setProperty("kind", "section-title")
        self.title.setObjectName("detail_title")
        self.badge = StatusBadge("empty", "")
        self.typists = QLabel()
        self.typists.setWordWrap(True)
        self.typists.setProperty("kind", "hint")
        self.message = MessageBox(tr("Melding bij het stembureau"))
        self.action_grid = QVBoxLayout()
        self.action_grid.setSpacing(6)
        self.findings = QVBoxLayout()
        self.findings.setSpacing(6)
        self.only_differences = QCheckBox(tr("Alleen velden met een verschil of melding tonen"))
        self.only_differences.setObjectName("only_differences")
        self.only_differences.setAccessibleName(self.only_differences.text())
        self.only_differences.toggled.connect(self._show_rows)
        self.model: RecordsModel[Marked] = RecordsModel(
            compare_columns(),
            key=lambda m: m.row.key,
            tone=lambda m: MARKS[m.mark][1] if m.mark else None,
        )
        self.compare = records_view(tr("Beide invoeren naast elkaar"), self.model)
        self.compare.setObjectName("compare_table")
        self.explanation_box = self._explanation()
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.badge)
        top.addStretch(1)
        self.empty = QLabel(tr("Kies een stembureau in de tabel om het hier te zien."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("kind", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.typists)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(self.findings)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.compare)
        layout.addLayout(self.action_grid)
        layout.addWidget(self.explanation_box)
        layout.addStretch(1)

    def _explanation(self) -> QWidget:
        box = QWidget()
        self.result_warnings = QVBoxLayout()
        self.result_warnings.setSpacing(4)
        label = QLabel(tr("&Toelichting op de waarschuwingen (komt op het proces-verbaal)"))
        label.setWordWrap(True)
        self.explanation = QPlainTextEdit()
        self.explanation.setObjectName("explanation")
        self.explanation.setAccessibleName(tr("Toelichting op de waarschuwingen"))
        self.explanation.setTabChangesFocus(True)
        self.explanation.setFixedHeight(self.explanation.fontMetrics().lineSpacing() * 3 + 16)
        label.setBuddy(self.explanation)
        self.save_explanation = secondary_button(
            tr("Toelichting opslaan"), "save_explanation", "Ctrl+S"
        )
        self.save_explanation.clicked.connect(self.store_explanation)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_explanation)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.result_warnings)
        layout.addWidget(label)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        return box

    def station_text(self) -> str:
        """ "Stembureau 118 — Kulturhus d'n Dulper"."""
        if self.detail is None:
            return ""
        return tr("Stembureau {number} — {name}").format(
            number=self.detail.number, name=self.detail.name
        )

    def load(self, station: int | None) -> None:
        """Show ``station`` (None: nothing chosen), as the services give it now."""
        self.message.clear()
        if station is None:
            self.show_detail(None)
            return
        found = attempt(self.message, lambda: self.api.station_detail(station))
        if found is not None:
            self.show_detail(found)

    def explanation_edited(self) -> bool:
        """Whether the explanation has typed changes that are not saved."""
        shown = self.detail.explanation if self.detail else ""
        return self.explanation_box.isVisible() and self.explanation.toPlainText() != shown

    def show_detail(self, detail: StationDetail | None) -> None:
        """Lay out ``detail``."""
        self.detail = detail
        present = detail is not None
        for widget in (self.badge, self.typists, self.compare, self.only_differences):
            widget.setVisible(present)
        self.empty.setVisible(not present)
        clear_layout(self.action_grid)
        clear_layout(self.findings)
        clear_layout(self.result_warnings)
        if detail is None:
            self.title.setText(tr("Geen stembureau gekozen"))
            self.explanation_box.hide()
            self.marked = ()
            self.model.set_rows(())
            return
        self.title.setText(self.station_text())
        self.badge.set_state(detail.state.key.value, said(detail.state.label))
        self.typists.setText(self._typists(detail))
        add_action_buttons(self.action_grid, detail.actions, self.run)
        if not detail.result_warnings:  # a result's warnings are shown with its explanation
            for finding, slots in grouped_findings(detail):
                self.findings.addWidget(finding_label(finding, slots))
        self.marked = marked_rows(detail)
        any_marked = any(m.mark for m in self.marked)
        self.only_differences.setVisible(any_marked)
        self.only_differences.blockSignals(True)
        self.only_differences.setChecked(any_marked)
        self.only_differences.blockSignals(False)
        self.compare.setVisible(bool(detail.entries))
        self.compare.setColumnHidden(2, len(detail.entries) < 2)
        self._show_rows()
        explain = bool(detail.result_warnings or detail.explanation)
        self.explanation_box.setVisible(explain)
        for finding in detail.result_warnings:
            self.result_warnings.addWidget(finding_label(finding))
        self.explanation.setPlainText(detail.explanation)

    def _typists(self, detail: StationDetail) -> str:
        if not detail.entries:
            return tr("Nog niet ingevoerd.")
        parts = []
        for column in detail.entries:
            done = tr("afgerond") if column.finalised else tr("bezig")
            slot = tr("1e invoer") if column.slot == 1 else tr("2e invoer")
            parts.append(f"{slot}: {column.typist} ({done})")
        return " · ".join(parts)

    def _show_rows(self) -> None:
        detail = self.detail
        if detail is None:
            return
        only = self.only_differences.isChecked() and any(m.mark for m in self.marked)
        rows = [m for m in self.marked if m.mark] if only else list(self.marked)
        self.model.set_rows(rows)
        height = self.compare.verticalHeader().defaultSectionSize()
        shown = min(max(len(rows), 1), ROWS_SHOWN)
        header = self.compare.horizontalHeader().sizeHint().height()
        self.compare.setFixedHeight(header + shown * height + 4)

    def buttons(self) -> dict[str, QPushButton]:
        """The action buttons shown now, by action key."""
        return action_buttons(self.action_grid)

    def _calls(self, station: int, reason: str) -> dict[str, Callable[[], object]]:
        """Each action's call for ``station`` (``reason``: of a reopen or a release)."""
        api = self.api
        return {
            "errors_send_back": lambda: api.resolve_errors(station, ErrorResolution.SEND_BACK),
            "errors_discard": lambda: api.resolve_errors(station, ErrorResolution.DISCARD),
            "send_back_second": lambda: api.send_back_differences(station, 2),
            "send_back_first": lambda: api.send_back_differences(station, 1),
            "keep_first": lambda: api.resolve_differences(station, DifferenceResolution.KEEP_FIRST),
            "keep_second": lambda: api.resolve_differences(
                station, DifferenceResolution.KEEP_SECOND
            ),
            "discard_both": lambda: api.resolve_differences(
                station, DifferenceResolution.DISCARD_BOTH
            ),
            "reopen": lambda: api.reopen_station(station, reason),
            "release": lambda: api.release_entry(station, reason),
        }

    def run(self, action: ActionView) -> None:
        """Carry out ``action`` after the confirmation it needs: a reopen and a release ask for a
        reason (their dialog is the confirmation), other destructive actions are confirmed."""
        detail = self.detail
        if detail is None or not action.enabled:
            return
        station, reason = detail.number, ""
        if action.key in ("reopen", "release"):
            shown = self.station_text()
            words = (
                reopen_words(shown)
                if action.key == "reopen"
                else release_words(shown, said(action.label))
            )
            asked = self.ask_reason(self, words)
            if asked is None:
                return
            reason = asked
        elif action.danger and not self.ask(
            self,
            said(action.label),
            tr("{what} voor {station}? Dit kan niet ongedaan worden.").format(
                what=said(action.label), station=self.station_text()
            ),
            said(action.label),
        ):
            return
        call = self._calls(station, reason).get(action.key)
        if call is None:
            return
        if perform(self.message, call):
            self.changed.emit()
            self.load(station)
            self.message.show_done(tr("Gedaan: {what}.").format(what=said(action.label)))

    def _ask_reason(self, parent: QWidget, words: ReasonWords) -> str | None:
        dialog = ReasonDialog(parent, "", words)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
            return None
        return dialog.text()

    def store_explanation(self) -> None:
        """Save the explanation as typed ('' removes it)."""
        detail = self.detail
        if detail is None:
            return
        text = self.explanation.toPlainText().strip()
        station = detail.number
        if perform(self.message, lambda: self.api.explain_station(station, text)):
            self.changed.emit()
            self.load(station)
            self.message.show_done(tr("De toelichting is opgeslagen."))
