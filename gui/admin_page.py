"""The administrator's screen: set up the election from the EML files (with the fingerprint check)
and create the accounts of typists and coordinators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.i18n import tr
from gui.widgets import add_row, button, line_edit, message_label, show_problems
from kieskring.app.import_eml import confirm_fingerprint, fingerprint_challenge, setup_from_eml
from kieskring.app.setup import save_setup
from kieskring.app.users import Role
from kieskring.errors import UserError


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
        self.candidates = line_edit(tr("Kandidatenlijsten (230b)"))
        self.counts = line_edit(tr("Stembureaus (510b of 110b)"))
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.group_a = line_edit(tr("Eerste weggelaten groep"))
        self.group_b = line_edit(tr("Tweede weggelaten groep"))
        self.browse = button(tr("Bladeren…"), "browse")
        self.show_fp = button(tr("Vingerafdruk tonen"), "show_fingerprint")
        self.install = button(tr("Verkiezing inrichten"), "install")
        self.setup_message = message_label(tr("Melding inrichten"))
        add_row(form, tr("&Kandidatenlijsten"), self.candidates)
        form.addRow(self.browse)
        add_row(form, tr("&Stembureaus"), self.counts)
        form.addRow(self.show_fp)
        form.addRow(self.fingerprint)
        add_row(form, tr("Groep &1 van het papier"), self.group_a)
        add_row(form, tr("Groep &2 van het papier"), self.group_b)
        form.addRow(self.install)
        form.addRow(self.setup_message)
        self.browse.clicked.connect(self.choose_file)
        self.show_fp.clicked.connect(self.show_fingerprint)
        self.install.clicked.connect(self.install_election)
        return box

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

    def choose_file(self) -> None:
        """Pick the candidate lists file."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Kandidatenlijsten kiezen"), "", "EML (*.xml)"
        )
        if path:
            self.candidates.setText(path)

    def show_fingerprint(self) -> None:
        """Show the 230b's fingerprint with two groups blanked: type them from the paper."""
        try:
            shown, (left, right) = fingerprint_challenge(Path(self.candidates.text()))
        except (UserError, OSError) as error:
            self.setup_message.setText(f"FOUT: {error}")
            return
        parts = shown.split()
        parts[left] = parts[right] = "____"
        self.fingerprint.setText(tr("Vingerafdruk: ") + " ".join(parts))
        self.blanked = (left, right)

    def install_election(self) -> None:
        """Check the typed groups, read the files and store the election."""
        try:
            path = Path(self.candidates.text())
            confirm_fingerprint(path, (self.group_a.text(), self.group_b.text()))
            setup = setup_from_eml(path, Path(self.counts.text()))
            save_setup(self.context.store, self.context.users, self.context.current(), setup)
        except UserError as error:
            show_problems(self.setup_message, error)
            return
        self.setup_message.setText(
            tr("Ingericht: ")
            + f"{setup.name}, {len(setup.lists)} lijsten, {len(setup.stations)} stembureaus"
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
