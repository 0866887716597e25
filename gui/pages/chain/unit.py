"""One lower committee's unit beside the receiving table (docs/chain-app.md §2): the received file
(name, version, fingerprint, signed or not), the typed paper and the file side by side under the
paper's field labels with the differing fields marked (≠ and red, never colour alone), the findings,
the coordinator's note, and the actions the services allow — resolving a difference with the paper
leading, refusing the file with a reason, reopening with a reason.

Which actions exist and whether they are possible come from ``unit_detail``; the panel only maps an
action's key to the call that carries it out."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.pages.coordinator.detail import finding_label
from gui.pages.coordinator.outputs import fingerprint_label
from gui.widgets import (
    ElidedLabel,
    StatusBadge,
    confirm,
)
from gui.widgets.actions import action_buttons, add_action_buttons
from gui.widgets.layouts import clear_layout
from gui.widgets.messages import MessageBox, attempt, perform, said
from gui.widgets.numbers import format_number
from gui.widgets.tables import Column, RecordsModel, records_view
from kieskring.app.api import AppApi
from kieskring.app.api.chain_views import FileView, UnitDetail, UnitResolution
from kieskring.app.api.coordinator import CompareRow
from kieskring.app.api.views import ActionView

from .common import TONE_LOOKS, Modal, TextDialog, hint, run_modal

ROWS_SHOWN = 10
"""The compare table shows this many rows before it scrolls inside itself."""
REASONED = ("refuse_file", "reopen")
"""The actions that ask for a reason (it goes into the log)."""


def reason_question(key: str) -> tuple[str, str]:
    """What an action with a reason asks, and its confirming button's words."""
    if key == "refuse_file":
        return (
            tr(
                "Het papier klopt en het bestand niet. Waarom weiger je het bestand? (komt in het logboek)"
            ),
            tr("Bestand weigeren"),
        )
    return (
        tr(
            "Heropenen gooit de invoer van het papier weg en zet het bestand opzij. Waarom heropen "
            "je deze eenheid? (komt in het logboek)"
        ),
        tr("Heropenen"),
    )


def compare_columns() -> list[Column[CompareRow]]:
    """Field label, the paper as typed, the file, and ≠ where they differ."""
    return [
        Column(
            tr("Veld (zoals op het papier)"),
            lambda r: said(r.label),
            0,
            tooltip=lambda r: f"{said(r.section_title)}: {said(r.label)}",
        ),
        Column(tr("Papier"), lambda r: format_number(r.first), 8, "right", numeric=True),
        Column(tr("Bestand"), lambda r: format_number(r.second), 8, "right", numeric=True),
        Column(
            "",
            lambda r: "≠" if r.differs else "",
            2,
            "center",
            tooltip=lambda r: tr("papier en bestand verschillen") if r.differs else "",
        ),
    ]


def file_text(file: FileView | None) -> str:
    """The received file in one line."""
    if file is None:
        return tr("Nog geen bestand ingelezen.")
    signed = tr("ondertekend") if file.signed else tr("niet ondertekend")
    return tr("{name}, versie {version} ({state}; {signed})").format(
        name=file.name, version=file.version, state=said(file.state_label), signed=signed
    )


def two_lines(fingerprint: str) -> str:
    """16 groups as two rows of eight, as the PV prints them (and narrow enough beside a table)."""
    groups = fingerprint.split()
    return f"{' '.join(groups[:8])}\n{' '.join(groups[8:])}"


class UnitPanel(QFrame):
    """The chosen unit. ``changed`` after an action changed it (the overview refreshes)."""

    changed = Signal()

    def __init__(self, api: AppApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.detail: UnitDetail | None = None
        self.run_dialog: Modal = run_modal
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self.setObjectName("unit_detail")
        self.setProperty("kind", "panel")
        self.setAccessibleName(tr("De gekozen eenheid"))
        self._compose()
        self.show_detail(None)

    def _compose(self) -> None:
        self.title = ElidedLabel()
        self.title.setProperty("kind", "section-title")
        self.title.setObjectName("unit_title")
        self.badge = StatusBadge("waiting", "")
        self.badge.setObjectName("unit_badge")
        self.file_line = hint(name="unit_file")
        self.fingerprint = fingerprint_label("", "unit_fingerprint")
        self.empty = hint(tr("Kies een eenheid in de tabel om haar hier te zien."))
        self.message = MessageBox(tr("Melding bij de eenheid"))
        self.findings = QVBoxLayout()
        self.findings.setSpacing(6)
        self.note = hint(name="unit_note")
        self.only_differences = QCheckBox(tr("Alleen velden met een verschil tonen"))
        self.only_differences.setObjectName("only_differences")
        self.only_differences.setAccessibleName(self.only_differences.text())
        self.only_differences.toggled.connect(self._show_rows)
        self.model: RecordsModel[CompareRow] = RecordsModel(
            compare_columns(), key=lambda r: r.key, tone=lambda r: "red" if r.differs else None
        )
        self.compare = records_view(tr("Papier en bestand naast elkaar"), self.model)
        self.compare.setObjectName("unit_compare")
        self.action_list = QVBoxLayout()
        self.action_list.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.file_line)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.message)
        layout.addLayout(self.findings)
        layout.addWidget(self.note)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.compare)
        layout.addLayout(self.action_list)
        layout.addStretch(1)

    def load(self, unit: int | None) -> None:
        """Show ``unit`` (None: nothing chosen), as the services give it now."""
        self.message.clear()
        if unit is None:
            self.show_detail(None)
            return
        found = attempt(self.message, lambda: self.api.unit_detail(unit))
        if found is not None:
            self.show_detail(found)

    def unit_text(self) -> str:
        """ "0668 — West Maas en Waal"."""
        if self.detail is None:
            return ""
        return f"{self.detail.unit.code} — {self.detail.unit.name}"

    def show_detail(self, detail: UnitDetail | None) -> None:
        """Lay out ``detail``."""
        self.detail = detail
        present = detail is not None
        for widget in (self.badge, self.file_line, self.compare, self.only_differences):
            widget.setVisible(present)
        self.empty.setVisible(not present)
        clear_layout(self.action_list)
        clear_layout(self.findings)
        if detail is None:
            self.title.setText(tr("Geen eenheid gekozen"))
            self.fingerprint.hide()
            self.note.hide()
            self.model.set_rows(())
            return
        unit = detail.unit
        self.title.setText(self.unit_text())
        self.badge.set_state(TONE_LOOKS[unit.tone], said(unit.label))
        self.file_line.setText(file_text(unit.file))
        self.fingerprint.setVisible(unit.file is not None)
        if unit.file is not None:
            self.fingerprint.setText(two_lines(unit.file.fingerprint))
            self.fingerprint.setAccessibleName(
                tr("Vingerafdruk van het bestand: {value}").format(value=unit.file.fingerprint)
            )
        for finding in detail.findings:
            self.findings.addWidget(finding_label(finding))
        self.note.setVisible(bool(unit.noted))
        self.note.setText(tr("Notitie: {text}").format(text=unit.noted))
        differ = detail.differing > 0
        self.only_differences.setVisible(differ)
        self.only_differences.blockSignals(True)
        self.only_differences.setChecked(differ)
        self.only_differences.blockSignals(False)
        self.compare.setVisible(bool(detail.rows))
        self._show_rows()
        add_action_buttons(self.action_list, detail.actions, self.run)

    def _show_rows(self) -> None:
        detail = self.detail
        if detail is None:
            return
        only = self.only_differences.isChecked() and detail.differing > 0
        rows = [r for r in detail.rows if r.differs] if only else list(detail.rows)
        self.model.set_rows(rows)
        height = self.compare.verticalHeader().defaultSectionSize()
        shown = min(max(len(rows), 1), ROWS_SHOWN)
        header = self.compare.horizontalHeader().sizeHint().height()
        self.compare.setFixedHeight(header + shown * height + 4)

    def buttons(self) -> dict[str, QPushButton]:
        """The action buttons shown now, by action key."""
        return action_buttons(self.action_list)

    def ask_text(
        self,
        title: str,
        question: str,
        confirm_text: str,
        *,
        danger: bool = False,
        required: bool = True,
        text: str = "",
    ) -> str | None:
        """A text typed in a :class:`TextDialog` (None: cancelled)."""
        dialog = TextDialog(
            self, title, question, confirm_text, danger=danger, required=required, text=text
        )
        if self.run_dialog(dialog) != TextDialog.DialogCode.Accepted:
            return None
        return dialog.text()

    def run(self, action: ActionView) -> None:
        """Carry out ``action`` after the reason or confirmation it needs."""
        detail = self.detail
        if detail is None or not action.enabled:
            return
        unit = detail.unit.number
        label = said(action.label).rstrip("…")
        call: Callable[[], object]
        if action.key in REASONED:
            question, button = reason_question(action.key)
            reason = self.ask_text(label, question, button, danger=True)
            if reason is None:
                return
            call = partial(self.api.resolve_unit, unit, UnitResolution(action.key), reason)
        elif action.key == "note":
            text = self.ask_text(
                label,
                tr("Wat doe je met de fouten of waarschuwingen van {unit}?").format(
                    unit=self.unit_text()
                ),
                tr("Notitie opslaan"),
                required=False,
                text=detail.unit.noted,
            )
            if text is None:
                return
            call = partial(self.api.note_unit, unit, text)
        else:
            if action.danger and not self.ask(
                self,
                label,
                tr("{what} voor {unit}? Dit kan niet ongedaan worden.").format(
                    what=label, unit=self.unit_text()
                ),
                label,
            ):
                return
            call = partial(self.api.resolve_unit, unit, UnitResolution(action.key), "")
        if perform(self.message, call):
            self.changed.emit()
            self.load(unit)
            self.message.show_done(tr("Gedaan: {what}.").format(what=label))
