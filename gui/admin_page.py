"""The administrator's screen: set up the election from the EML files and create the accounts of
typists and coordinators.

Set-up (issue 5): the election definition (110a), the candidate lists (230b) and the polling stations
(a 110b or a 510b, or typed one a line); both fingerprints are checked by typing two blanked groups of
each from the paper (chain.md §4); when the 110a has several municipalities the GSB chooses its own.
Without a 110a the older set-up from the 230b and a 510b/110b still works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.i18n import tr
from gui.widgets import add_row, button, line_edit, message_label, show_problems
from kieskring.app.import_eml import (
    DefinitionFiles,
    confirm_fingerprint,
    fingerprint_challenge,
    install_from_definition,
    setup_from_eml,
    stations_from_text,
)
from kieskring.app.setup import Counting, ElectionSetup, save_setup
from kieskring.app.users import Role
from kieskring.domain.election import Region
from kieskring.eml.read_110a import read_110a
from kieskring.errors import UserError


def challenge(path: Path) -> str:
    """The file's fingerprint in 16 groups with the two the user must type blanked out."""
    shown, (left, right) = fingerprint_challenge(path)
    parts = shown.split()
    parts[left] = parts[right] = "____"
    return " ".join(parts)


class AdminPage(QWidget):
    """Election set-up and user accounts."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(self._election_box())
        layout.addWidget(self._users_box())
        layout.addStretch()

    def _election_box(self) -> QGroupBox:
        box = QGroupBox(tr("Verkiezing inrichten"))
        form = QFormLayout(box)
        self.definition = line_edit(tr("Verkiezingsdefinitie (110a)"))
        self.candidates = line_edit(tr("Kandidatenlijsten (230b)"))
        self.counts = line_edit(tr("Stembureaus (110b of 510b)"))
        self.typed_stations = QPlainTextEdit()
        self.typed_stations.setAccessibleName(tr("Stembureaus zelf typen"))
        self.typed_stations.setPlaceholderText(tr("Eén per regel: nummer;naam;kiesgerechtigden"))
        self.typed_stations.setTabChangesFocus(True)
        self.typed_stations.setMaximumHeight(80)
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(tr("Gemeente"))
        self.counting = QComboBox()
        self.counting.setAccessibleName(tr("Manier van tellen"))
        self.counting.addItem(
            tr("Centraal tellen: het GSB telt de stemmen per kandidaat"), Counting.CSO
        )
        self.counting.addItem(
            tr("Decentraal tellen: het stembureau telt per kandidaat"), Counting.DSO
        )
        self.browse_definition = button(tr("Bladeren…"), "browse_definition")
        self.browse_definition.setAccessibleName(tr("Verkiezingsdefinitie kiezen"))
        self.browse = button(tr("Bladeren…"), "browse")
        self.browse.setAccessibleName(tr("Kandidatenlijsten kiezen"))
        self.browse_counts = button(tr("Bladeren…"), "browse_counts")
        self.browse_counts.setAccessibleName(tr("Bestand met stembureaus kiezen"))
        self.show_fp = button(tr("Vingerafdrukken tonen"), "show_fingerprint")
        self.install = button(tr("Verkiezing inrichten"), "install")
        self.setup_message = message_label(tr("Melding inrichten"))
        self._fingerprint_widgets()
        add_row(form, tr("&Verkiezingsdefinitie"), self.definition)
        form.addRow(self.browse_definition)
        add_row(form, tr("&Kandidatenlijsten"), self.candidates)
        form.addRow(self.browse)
        add_row(form, tr("&Stembureaus"), self.counts)
        form.addRow(self.browse_counts)
        add_row(form, tr("Of stembureaus &typen"), self.typed_stations)
        form.addRow(self.show_fp)
        add_row(form, tr("&Gemeente"), self.municipality)
        add_row(form, tr("Manier van &tellen"), self.counting)
        self._fingerprint_rows(form)
        form.addRow(self.install)
        form.addRow(self.setup_message)
        self.browse_definition.clicked.connect(lambda: self.choose_file(self.definition))
        self.browse.clicked.connect(lambda: self.choose_file(self.candidates))
        self.browse_counts.clicked.connect(lambda: self.choose_file(self.counts))
        self.show_fp.clicked.connect(self.show_fingerprint)
        self.install.clicked.connect(self.install_election)
        return box

    def _fingerprint_widgets(self) -> None:
        """Two challenges: the 110a's and the 230b's fingerprint, each with two blanked groups."""
        self.definition_fingerprint = QLabel()
        self.definition_fingerprint.setAccessibleName(tr("Vingerafdruk verkiezingsdefinitie"))
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(tr("Vingerafdruk kandidatenlijsten"))
        for label in (self.definition_fingerprint, self.fingerprint):
            label.setWordWrap(True)
        self.definition_group_a = line_edit(tr("Verkiezingsdefinitie: eerste weggelaten groep"))
        self.definition_group_b = line_edit(tr("Verkiezingsdefinitie: tweede weggelaten groep"))
        self.group_a = line_edit(tr("Kandidatenlijsten: eerste weggelaten groep"))
        self.group_b = line_edit(tr("Kandidatenlijsten: tweede weggelaten groep"))

    def _fingerprint_rows(self, form: QFormLayout) -> None:
        form.addRow(self.definition_fingerprint)
        add_row(form, tr("Definitie: groep &3 van het papier"), self.definition_group_a)
        add_row(form, tr("Definitie: groep &4 van het papier"), self.definition_group_b)
        form.addRow(self.fingerprint)
        add_row(form, tr("Lijsten: groep &1 van het papier"), self.group_a)
        add_row(form, tr("Lijsten: groep &2 van het papier"), self.group_b)

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(tr("Gebruikers"))
        form = QFormLayout(box)
        self.new_username = line_edit(tr("Nieuwe gebruikersnaam"))
        self.new_fullname = line_edit(tr("Naam van de gebruiker"))
        self.new_role = QComboBox()
        self.new_role.setAccessibleName(tr("Rol"))
        for role in (Role.INVOERDER, Role.COORDINATOR):
            self.new_role.addItem(role.label_nl, role)
        self.new_password = line_edit(tr("Wachtwoord nieuwe gebruiker"), password=True)
        self.add_user = button(tr("Gebruiker toevoegen"), "add_user")
        self.user_message = message_label(tr("Melding gebruikers"))
        add_row(form, tr("Gebruikers&naam"), self.new_username)
        add_row(form, tr("Naam"), self.new_fullname)
        add_row(form, tr("&Rol"), self.new_role)
        add_row(form, tr("Wacht&woord"), self.new_password)
        form.addRow(self.add_user)
        form.addRow(self.user_message)
        self.add_user.clicked.connect(self.create_user)
        return box

    def choose_file(self, target: QLineEdit) -> None:
        """Pick an EML file for ``target``."""
        path, _ = QFileDialog.getOpenFileName(self, target.accessibleName(), "", "EML (*.xml)")
        if path:
            target.setText(path)

    def show_fingerprint(self) -> None:
        """Show the fingerprints of the 110a (when given) and the 230b with two groups blanked each:
        the user types them from the paper. Also lists the 110a's municipalities to choose from."""
        try:
            self.fingerprint.setText(
                tr("Vingerafdruk kandidatenlijsten: ") + challenge(Path(self.candidates.text()))
            )
            if self.definition.text().strip():
                path = Path(self.definition.text())
                self.definition_fingerprint.setText(
                    tr("Vingerafdruk verkiezingsdefinitie: ") + challenge(path)
                )
                self.fill_municipalities(read_110a(path).municipalities)
        except UserError as error:
            show_problems(self.setup_message, error)

    def fill_municipalities(self, regions: tuple[Region, ...]) -> None:
        """The municipalities of the 110a, by name and CBS code; the only one is chosen."""
        self.municipality.clear()
        if len(regions) != 1:
            self.municipality.addItem(tr("Kies de gemeente…"), "")
        for region in sorted(regions, key=lambda r: r.name):
            self.municipality.addItem(f"{region.name} ({region.cbs_code})", region.cbs_code)

    def read_setup(self) -> ElectionSetup:
        """Check the typed groups and read the files: from the 110a when given, else 230b only."""
        candidates = Path(self.candidates.text())
        stations = Path(self.counts.text()) if self.counts.text().strip() else None
        typed_lists = (self.group_a.text(), self.group_b.text())
        if not self.definition.text().strip():
            confirm_fingerprint(candidates, typed_lists)
            return setup_from_eml(candidates, Path(self.counts.text()), self.counting.currentData())
        files = DefinitionFiles(Path(self.definition.text()), candidates, stations)
        typed_definition = (self.definition_group_a.text(), self.definition_group_b.text())
        return install_from_definition(
            files,
            (typed_definition, typed_lists),
            self.municipality.currentData() or None,
            stations_from_text(self.typed_stations.toPlainText()) if stations is None else (),
            self.counting.currentData(),
        )

    def install_election(self) -> None:
        """Check the typed groups, read the files and store the election."""
        try:
            setup = self.read_setup()
            save_setup(self.context.store, self.context.users, self.context.current(), setup)
        except UserError as error:
            show_problems(self.setup_message, error)
            return
        where = f" ({setup.municipality_name})" if setup.municipality_name else ""
        self.setup_message.setText(
            tr("Ingericht: ")
            + f"{setup.name}{where}, {len(setup.lists)} lijsten, {len(setup.stations)} stembureaus"
        )

    def create_user(self) -> None:
        """Create a typist or coordinator account."""
        try:
            user = self.context.users.create_user(
                self.context.current(),
                self.new_username.text(),
                self.new_fullname.text(),
                self.new_role.currentData(),
                self.new_password.text(),
            )
        except UserError as error:
            show_problems(self.user_message, error)
            return
        self.user_message.setText(tr("Aangemaakt: ") + f"{user.username} ({user.role.label_nl})")
        for edit in (self.new_username, self.new_fullname, self.new_password):
            edit.clear()
