"""The questions of the follow-up screens (docs/sittings.md): record an investigation (the station,
who asked — the CSB or the GSB itself —, the reason and the assignment), add a station that was
missing (0 → n), and conclude an investigation with its findings. Each dialog only collects what the
call takes; whether it is allowed is the service's to say (shown in the page's message).

:func:`show_action` gives a button an action's words and availability, as the services give them."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import FittedDialog, primary_button, secondary_button, set_available
from gui.widgets.messages import said
from kieskring.app.api.followup_views import (
    ORIGIN_LABELS,
    Conclusion,
    InvestigationRequest,
    NewStation,
)
from kieskring.app.api.views import ActionView
from kieskring.app.api.vocabulary import Origin


def show_action(button: QPushButton, action: ActionView) -> None:
    """``button`` says ``action``'s words and is available as the services say (else why not)."""
    button.setText(said(action.label))
    button.setProperty("action", action.key)
    button.setProperty("plainText", said(action.label))
    button.setAccessibleName(said(action.label))
    set_available(button, action.enabled, said(action.reason) if action.reason else "")


def text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of text; Tab leaves it."""
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


def whole_number(name: str, digits: int = 6) -> QLineEdit:
    """A field for a whole number (digits only)."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(name)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{digits}}}")))
    field.setMaxLength(digits)
    return field


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("kind", "page-title")
    return label


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class InvestigationDialog(FittedDialog):
    """Record an investigation (``station`` given: of that station, e.g. from a signal), or with
    ``add`` a station that was missing. The reason is required; "Annuleren" leaves."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        station: int | None = None,
        station_text: str = "",
        signal: str = "",
        add: bool = False,
    ) -> None:
        super().__init__(parent)
        self.add = add
        self.signal = signal
        self.fixed = station
        title = tr("Ontbrekend stembureau toevoegen") if add else tr("Onderzoek vastleggen")
        self.setWindowTitle(title)
        self.setObjectName("investigation_dialog")
        self.setAccessibleName(title)
        intro = (
            tr(
                "Een stembureau dat in de telling ontbrak, komt er in deze nieuwe zitting bij. Het "
                "wordt daarna twee keer ingevoerd (van 0 naar de getelde aantallen)."
            )
            if add
            else tr(
                "Leg vast welk stembureau wordt onderzocht, op wiens verzoek en waarom. De reden "
                "komt op het proces-verbaal."
            )
        )
        self.number = whole_number(tr("Nummer van het stembureau"))
        self.name = QLineEdit()
        self.name.setObjectName("station_name")
        self.name.setAccessibleName(tr("Naam van het stembureau"))
        self.voters = whole_number(tr("Kiesgerechtigden"), 7)
        self.origins = QButtonGroup(self)
        self.origin_buttons: dict[Origin, QRadioButton] = {}
        origin_row = QVBoxLayout()
        origin_row.setSpacing(2)
        for origin in (Origin.CSB, Origin.GSB):
            radio = QRadioButton(said(ORIGIN_LABELS[origin]))
            radio.setObjectName(f"origin_{origin.value}")
            radio.setAccessibleName(said(ORIGIN_LABELS[origin]))
            self.origins.addButton(radio)
            self.origin_buttons[origin] = radio
            origin_row.addWidget(radio)
        self.origin_buttons[Origin.GSB if signal else Origin.CSB].setChecked(True)
        self.reason = text_box(tr("Reden van het onderzoek"))
        self.assignment = text_box(tr("Opdracht"), 2)
        self.save_button = primary_button(tr("Vastleggen"), "investigation_save")
        self.save_button.setDefault(True)  # Enter in a field records (once the reason is there)
        self.cancel_button = secondary_button(tr("Annuleren"), "investigation_cancel")
        self._layout(title, intro, station_text, origin_row)
        self.reason.textChanged.connect(self._check)
        self.number.textChanged.connect(self._check)
        self.name.textChanged.connect(self._check)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self._check()
        first = self.reason if station is not None else self.number
        first.setFocus()

    def _layout(self, title: str, intro: str, station_text: str, origins: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: list[tuple[str, QWidget]] = []
        if self.fixed is None:
            rows.append((tr("&Nummer van het stembureau"), self.number))
        if self.add:
            rows += [(tr("N&aam"), self.name), (tr("&Kiesgerechtigden"), self.voters)]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(QLabel(tr("Op verzoek van")), origins)
        for text, box in (
            (tr("&Reden"), self.reason),
            (tr("&Opdracht (wat er moet gebeuren)"), self.assignment),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            form.addRow(label, box)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        if station_text:
            station = QLabel(station_text)
            station.setProperty("kind", "section-title")
            station.setWordWrap(True)
            layout.addWidget(station)
        layout.addWidget(wrapped(intro))
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(680)
        self.setMaximumWidth(720)

    def _check(self) -> None:
        missing = (
            tr("Vul het nummer van het stembureau in.")
            if self.fixed is None and not self.number.text()
            else tr("Vul de naam van het stembureau in.")
            if self.add and not self.name.text().strip()
            else tr("Schrijf eerst de reden op.")
            if not self.reason.toPlainText().strip()
            else ""
        )
        set_available(self.save_button, not missing, missing)

    def origin(self) -> Origin:
        """Who asked for the investigation."""
        return next(o for o, b in self.origin_buttons.items() if b.isChecked())

    def station(self) -> int:
        """The station's number (given, or as typed)."""
        return self.fixed if self.fixed is not None else int(self.number.text() or 0)

    def request(self) -> InvestigationRequest:
        """The investigation as the call takes it."""
        return InvestigationRequest(
            self.station(),
            self.origin(),
            self.reason.toPlainText().strip(),
            self.assignment.toPlainText().strip(),
            self.signal,
        )

    def new_station(self) -> NewStation:
        """The missing station as the call takes it."""
        voters = self.voters.text()
        return NewStation(
            self.station(),
            self.name.text().strip(),
            int(voters) if voters else None,
            self.origin(),
            self.reason.toPlainText().strip(),
            self.assignment.toPlainText().strip(),
        )


class ConcludeDialog(FittedDialog):
    """The findings of an investigation, without or with new results (``new_results``)."""

    def __init__(
        self, parent: QWidget | None, station_text: str, label: str, new_results: bool
    ) -> None:
        super().__init__(parent)
        self.new_results = new_results
        self.setWindowTitle(label.rstrip("…"))
        self.setObjectName("conclude_dialog")
        self.setAccessibleName(label.rstrip("…"))
        station = QLabel(station_text)
        station.setProperty("kind", "section-title")
        station.setWordWrap(True)
        what = (
            tr(
                "Het stembureau wordt daarna opnieuw twee keer ingevoerd. De invoerders zien de "
                "vorige getallen naast de velden en typen alleen wat anders is."
            )
            if new_results
            else tr("De uitkomsten van het stembureau blijven zoals ze waren.")
        )
        self.findings = text_box(tr("Bevindingen"), 4)
        self.save_button = primary_button(tr("Afronden"), "conclude_save")
        self.save_button.setDefault(True)
        self.cancel_button = secondary_button(tr("Annuleren"), "conclude_cancel")
        label_widget = QLabel(tr("&Bevindingen (komen op het proces-verbaal)"))
        label_widget.setBuddy(self.findings)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(label.rstrip("…")))
        layout.addWidget(station)
        layout.addWidget(wrapped(what))
        layout.addWidget(label_widget)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.setMaximumWidth(680)
        self.findings.textChanged.connect(self._check)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self._check()
        self.findings.setFocus()

    def _check(self) -> None:
        filled = bool(self.findings.toPlainText().strip())
        set_available(self.save_button, filled, tr("Schrijf eerst de bevindingen op."))

    def conclusion(self, station: int) -> Conclusion:
        """The conclusion as the call takes it."""
        return Conclusion(station, self.findings.toPlainText().strip(), self.new_results)
