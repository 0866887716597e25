"""The typist's screen: pick a station by number, type the paper section by section.

Keyboard first: Enter or ↓ goes to the next field, Shift+Enter saves the section, an empty field
is 0. Findings of the validation catalogue appear with their code at the section; a warning needs
the "checked against the paper" tick before the section is saved (pv-models.md §2–§3)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.i18n import language, tr
from gui.widgets import add_row, button, large, line_edit, message_label, show_problems
from kieskring.app.form import FieldKind, Section
from kieskring.errors import UserError

MAX_VALUE = 999_999_999


class EntryPage(QWidget):
    """One station at a time, one section at a time, in the order of the paper."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.station = 0
        self.section_index = 0
        self.inputs: dict[str, QLineEdit] = {}
        self.number = line_edit(tr("Nummer stembureau"))
        self.number.setValidator(QIntValidator(1, 99999))
        self.open_button = button(tr("Stembureau openen"), "open_station")
        self.station_name = QLabel()
        large(self.station_name)
        self.section_title = QLabel()
        large(self.section_title, 13)
        self.form_host = QScrollArea()
        self.form_host.setWidgetResizable(True)
        self.checked = QCheckBox(tr("Ik heb de waarschuwingen gecontroleerd met het papier"))
        self.save_button = button(tr("Sectie opslaan (Shift+Enter)"), "save_section")
        self.finalise_button = button(tr("Invoer afronden"), "finalise")
        self.message = message_label(tr("Meldingen bij deze sectie"))
        self._layout()
        self.open_button.clicked.connect(self.open_station)
        self.number.returnPressed.connect(self.open_station)
        self.save_button.clicked.connect(self.save_section)
        self.finalise_button.clicked.connect(self.finalise)

    def _layout(self) -> None:
        top = QFormLayout()
        add_row(top, tr("&Stembureau"), self.number)
        top.addRow(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (
            self.station_name,
            self.section_title,
            self.form_host,
            self.message,
            self.checked,
            self.save_button,
            self.finalise_button,
        ):
            layout.addWidget(widget)

    @property
    def sections(self) -> tuple[Section, ...]:
        """The form's sections in paper order."""
        return self.context.entry.layout.sections

    def open_station(self) -> None:
        """Open (or resume) the station typed; its name is shown to confirm."""
        try:
            view = self.context.entry.open(self.context.current(), int(self.number.text() or 0))
        except UserError as error:
            show_problems(self.message, error)
            return
        self.station = view.station.number
        self.station_name.setText(f"{tr('Stembureau')} {view.station.number}: {view.station.name}")
        keys = [s.key for s in self.sections]
        self.section_index = keys.index(view.next_section) if view.next_section in keys else 0
        self.show_section(dict(view.values))

    def show_section(self, values: dict[str, int | None] | None = None) -> None:
        """Build the inputs of the current section."""
        section = self.sections[self.section_index]
        self.section_title.setText(section.title_nl)
        host = QWidget()
        form = QFormLayout(host)
        self.inputs = {}
        for field in section.fields:
            edit = line_edit(field.label_nl)
            edit.setValidator(QIntValidator(0, 1 if field.kind is FieldKind.TICK else MAX_VALUE))
            value = (values or {}).get(field.key)
            edit.setText("" if value is None else str(value))
            edit.installEventFilter(self)
            add_row(form, field.label_nl, edit)
            self.inputs[field.key] = edit
        self.form_host.setWidget(host)
        self.checked.setChecked(False)
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter/↓ to the next field, Shift+Enter saves the section."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.save_section()
                else:
                    self.focusNextChild()
                return True
            if key == Qt.Key.Key_Down:
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    def typed(self) -> dict[str, int | None]:
        """The values of this section; an empty field is sent as empty (0)."""
        return {key: int(edit.text()) if edit.text() else None for key, edit in self.inputs.items()}

    def save_section(self) -> None:
        """Save this section; go to the next one when it was saved."""
        section = self.sections[self.section_index]
        try:
            result = self.context.entry.save_section(
                self.context.current(),
                self.station,
                section.key,
                self.typed(),
                acknowledged=self.checked.isChecked(),
            )
        except UserError as error:
            show_problems(self.message, error)
            return
        lines = [
            f"{tr('FOUT') if f.code.startswith('F') else tr('LET OP')} {f.code}: "
            f"{f.message_en if language() == 'en' else f.message_nl}"
            for f in result.findings
        ]
        if not result.saved:
            self.message.setText(
                "\n".join([*lines, tr("Niet opgeslagen: vink het controlevakje aan.")])
            )
            return
        self.message.setText("\n".join(lines))
        if self.section_index + 1 < len(self.sections):
            self.section_index += 1
            self.show_section()
        else:
            self.section_title.setText(tr("Alle secties zijn ingevoerd. Rond de invoer af."))
            self.finalise_button.setFocus()

    def finalise(self) -> None:
        """Finish the entry of this station."""
        try:
            status = self.context.entry.finalise(self.context.current(), self.station)
        except UserError as error:
            show_problems(self.message, error)
            return
        self.message.setText(
            f"{tr('Afgerond')}: {tr('stembureau')} {self.station} — {status.state.label_nl}"
        )
        self.number.clear()
        self.number.setFocus()
