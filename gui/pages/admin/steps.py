"""The steps of the set-up wizard (app.md §3.2), each a plain form: what to choose or type, and what the
services read from it. The wizard (:mod:`.wizard`) moves between them and makes the calls."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr, tr_noop
from gui.widgets import FileChooser, secondary_button
from gui.widgets.messages import english
from gui.widgets.numbers import format_number
from gui.widgets.tables import Column, RecordsModel, records_view
from kieskring.app.api import Counting, StationSetup
from kieskring.app.api.admin import CandidatesPreview, DefinitionPreview, ListSummary

EML_FILTER = "EML (*.xml *.eml.xml);;*"


def long_date(day: dt.date) -> str:
    """A date in words in the app's language ("21 maart 2029")."""
    locale = QLocale(QLocale.Language.English if english() else QLocale.Language.Dutch)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label for ``widget`` (Alt + its underlined letter jumps there)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def value_label(name: str) -> QLabel:
    """A read-only value of the preview."""
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setProperty("kind", "value")
    return label


class Step(QWidget):
    """A step: a heading, a line of explanation, then the form (``self.body``)."""

    def __init__(self, title: str, explanation: str) -> None:
        super().__init__()
        self.heading = QLabel(title)
        self.heading.setProperty("kind", "section-title")
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        intro.setProperty("kind", "hint")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        self.body.addWidget(self.heading)
        self.body.addWidget(intro)
        self.first: QWidget | None = None

    def focus_target(self) -> QWidget | None:
        """Where typing starts on this step."""
        return self.first


class DefinitionStep(Step):
    """Step 1: the 110a and what was read from it; the municipality when the definition has several."""

    def __init__(self) -> None:
        super().__init__(
            tr("1. Verkiezingsdefinitie (110a)"),
            tr(
                "Kies het bestand met de verkiezingsdefinitie dat je van de Kiesraad hebt gekregen."
            ),
        )
        self.file = FileChooser(
            tr("Verkiezingsdefinitie (110a)"),
            "election-files",
            caption=tr("Kies de verkiezingsdefinitie"),
            file_filter=EML_FILTER,
        )
        self.election = value_label(tr("Verkiezing"))
        self.date = value_label(tr("Datum"))
        self.seats = value_label(tr("Zetels"))
        self.municipality = QComboBox()
        self.municipality.setObjectName("municipality")
        self.municipality.setAccessibleName(tr("Gemeente"))
        form = QFormLayout()
        form.addRow(buddy(tr("&Bestand:"), self.file), self.file)
        form.addRow(tr("Verkiezing:"), self.election)
        form.addRow(tr("Verkiezingsdag:"), self.date)
        form.addRow(tr("Zetels:"), self.seats)
        form.addRow(buddy(tr("&Gemeente:"), self.municipality), self.municipality)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.first = self.file

    def show_preview(self, preview: DefinitionPreview | None) -> None:
        """What was read (None: nothing yet)."""
        self.municipality.clear()
        if preview is None:
            for label in (self.election, self.date, self.seats):
                label.setText("–")
            return
        self.election.setText(f"{preview.name} ({preview.election_id})")
        self.date.setText(long_date(preview.date))
        self.seats.setText(str(preview.seats))
        if len(preview.municipalities) != 1:
            self.municipality.addItem(tr("— kies de gemeente —"), None)
        for item in preview.municipalities:
            self.municipality.addItem(f"{item.name} ({item.code})", item.code)

    def chosen_municipality(self) -> str | None:
        """The CBS code chosen (None: not yet)."""
        data = self.municipality.currentData()
        return str(data) if data else None


def list_columns() -> list[Column[ListSummary]]:
    """Number, name and candidates of a list."""
    return [
        Column(tr("Lijst"), lambda x: str(x.number), 5, "right", numeric=True),
        Column(tr("Naam"), lambda x: x.name, 0, tooltip=lambda x: x.name),
        Column(tr("Kandidaten"), lambda x: str(x.candidates), 10, "right", numeric=True),
    ]


class CandidatesStep(Step):
    """Step 2: the 230b and its lists."""

    def __init__(self) -> None:
        super().__init__(
            tr("2. Kandidatenlijsten (230b)"),
            tr("Kies het bestand met de kandidatenlijsten van deze kieskring."),
        )
        self.file = FileChooser(
            tr("Kandidatenlijsten (230b)"),
            "election-files",
            caption=tr("Kies de kandidatenlijsten"),
            file_filter=EML_FILTER,
        )
        self.model: RecordsModel[ListSummary] = RecordsModel(list_columns())
        self.table = records_view(tr("Lijsten"), self.model)
        self.table.setObjectName("lists_table")
        form = QFormLayout()
        form.addRow(buddy(tr("&Bestand:"), self.file), self.file)
        self.body.addLayout(form)
        self.body.addWidget(self.table, 1)
        self.first = self.file

    def show_preview(self, preview: CandidatesPreview | None) -> None:
        """The lists read (None: nothing yet)."""
        self.model.set_rows(preview.lists if preview else ())


def station_columns() -> list[Column[StationSetup]]:
    """Number, name and eligible voters of a station."""
    return [
        Column(tr("Nr."), lambda s: str(s.number), 5, "right", numeric=True),
        Column(tr("Stembureau"), lambda s: s.name, 0, tooltip=lambda s: s.name),
        Column(
            tr("Kiesgerechtigden"),
            lambda s: format_number(s.eligible_voters),
            12,
            "right",
            numeric=True,
        ),
    ]


class StationsStep(Step):
    """Step 4: the stations from a 110b or an earlier 510b, or typed, shown as a table to check."""

    def __init__(self) -> None:
        super().__init__(
            tr("4. Stembureaus"),
            tr(
                "Lees de stembureaus uit een bestand (110b, of de telling 510b van een eerdere "
                "verkiezing) of typ ze zelf. Controleer daarna de tabel."
            ),
        )
        self.from_file = QRadioButton(tr("Uit een &bestand (110b of 510b)"))
        self.from_file.setObjectName("stations_from_file")
        self.typed_choice = QRadioButton(tr("Zelf &typen"))
        self.typed_choice.setObjectName("stations_typed")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.from_file)
        self.choice.addButton(self.typed_choice)
        self.from_file.setChecked(True)
        self.file = FileChooser(
            tr("Bestand met stembureaus"),
            "election-files",
            caption=tr("Kies het bestand met stembureaus"),
            file_filter=EML_FILTER,
        )
        self.typed = QPlainTextEdit()
        self.typed.setObjectName("typed_stations")
        self.typed.setAccessibleName(tr("Stembureaus, één per regel: nummer;naam;kiesgerechtigden"))
        self.typed.setPlaceholderText(tr("1;Gemeentehuis;1250\n2;Basisschool De Regenboog;980"))
        self.typed.setTabChangesFocus(True)
        self.typed.setFixedHeight(self.typed.fontMetrics().lineSpacing() * 4 + 16)
        self.check_typed = secondary_button(tr("Getypte stembureaus controleren"), "check_typed")
        self.count = QLabel()
        self.count.setObjectName("stations_count")
        self.count.setProperty("kind", "notice")
        self.model: RecordsModel[StationSetup] = RecordsModel(station_columns())
        self.table = records_view(tr("Stembureaus om te controleren"), self.model)
        self.table.setObjectName("stations_preview")
        self.body.addWidget(self.from_file)
        self.body.addWidget(self.file)
        self.body.addWidget(self.typed_choice)
        self.body.addWidget(self.typed)
        self.body.addWidget(self.check_typed)
        self.body.addWidget(self.count)
        self.body.addWidget(self.table, 1)
        self.choice.buttonToggled.connect(self._mode)
        self._mode()
        self.first = self.file

    def _mode(self) -> None:
        typed = self.typed_choice.isChecked()
        self.file.setEnabled(not typed)
        self.typed.setEnabled(typed)
        self.check_typed.setEnabled(typed)

    def typing(self) -> bool:
        """Whether the stations are typed (not read from a file)."""
        return self.typed_choice.isChecked()

    def show_stations(self, stations: tuple[StationSetup, ...]) -> None:
        """The stations as read, to check."""
        self.model.set_rows(stations)
        self.count.setText(
            tr("{n} stembureaus gelezen. Klopt deze lijst?").format(n=len(stations))
            if stations
            else ""
        )


COUNTING_TEXTS = {
    Counting.CSO: (
        tr_noop("&Centrale stemopneming (CSO)"),
        tr_noop("Het gemeentelijk stembureau telt de stemmen per kandidaat."),
    ),
    Counting.DSO: (
        tr_noop("&Decentrale stemopneming (DSO)"),
        tr_noop("Elk stembureau telt zelf de stemmen per kandidaat."),
    ),
}


class CountingStep(Step):
    """Step 5: central (CSO) or decentral (DSO) counting."""

    def __init__(self) -> None:
        super().__init__(
            tr("5. Telwijze"),
            tr("Wie telt de stemmen per kandidaat? Kies wat de gemeente heeft besloten."),
        )
        self.choice = QButtonGroup(self)
        self.buttons: dict[Counting, QRadioButton] = {}
        for counting in COUNTING_TEXTS:
            button = QRadioButton(tr(COUNTING_TEXTS[counting][0]))
            button.setObjectName(f"counting_{counting.value}")
            hint = QLabel(tr(COUNTING_TEXTS[counting][1]))
            hint.setProperty("kind", "hint")
            hint.setWordWrap(True)
            hint.setContentsMargins(28, 0, 0, 6)
            self.choice.addButton(button)
            self.buttons[counting] = button
            self.body.addWidget(button)
            self.body.addWidget(hint)
        self.buttons[Counting.CSO].setChecked(True)
        self.body.addStretch(1)
        self.first = self.buttons[Counting.CSO]

    def counting(self) -> Counting:
        """The method chosen."""
        return next(c for c, b in self.buttons.items() if b.isChecked())


class CheckStep(Step):
    """Step 6: everything gathered, to check before saving."""

    def __init__(self) -> None:
        super().__init__(
            tr("6. Controleren en opslaan"),
            tr(
                "Klopt alles? Na het opslaan kunnen de invoerders beginnen. Zodra de invoer is "
                "begonnen, kan de verkiezing niet meer veranderen."
            ),
        )
        self.summary = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("election", tr("Verkiezing:")),
            ("municipality", tr("Gemeente:")),
            ("lists", tr("Lijsten:")),
            ("stations", tr("Stembureaus:")),
            ("counting", tr("Telwijze:")),
            ("fingerprints", tr("Vingerafdrukken:")),
        ):
            self.values[key] = value_label(f"summary_{key}")
            self.summary.addRow(text, self.values[key])
        self.body.addLayout(self.summary)
        self.body.addStretch(1)


class KeyStep(Step):
    """Step 7: the installation's signing key (once), its certificate's fingerprint to note on paper."""

    def __init__(self) -> None:
        super().__init__(
            tr("7. Ondertekensleutel"),
            tr(
                "Met deze sleutel ondertekent de coördinator straks de telling en het "
                "proces-verbaal. Kies een wachtwoord van minstens 12 tekens en bewaar het goed: "
                "zonder wachtwoord geen ondertekende uitvoer."
            ),
        )
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("key_passphrase")
        self.passphrase.setAccessibleName(tr("Wachtwoord van de sleutel"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("key_passphrase_again")
        self.again.setAccessibleName(tr("Wachtwoord van de sleutel, nog een keer"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(buddy(tr("&Wachtwoord:"), self.passphrase), self.passphrase)
        form.addRow(buddy(tr("&Nog een keer:"), self.again), self.again)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("kind", "notice")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("key_fingerprint")
        self.fingerprint.setProperty("kind", "fingerprint")
        self.body.addWidget(self.form)
        self.body.addWidget(self.note)
        self.body.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self.first = self.passphrase

    def show_key(self, fingerprint: str | None) -> None:
        """The key's certificate fingerprint once made (None: still to make)."""
        made = fingerprint is not None
        self.form.setVisible(not made)
        self.fingerprint.setVisible(made)
        self.fingerprint.setText(fingerprint or "")
        self.fingerprint.setAccessibleName(fingerprint or "")
        self.note.setText(
            tr("De sleutel is gemaakt. Schrijf de vingerafdruk van het certificaat op het papier:")
            if made
            else ""
        )
        self.note.setVisible(made)
        self.first = None if made else self.passphrase
