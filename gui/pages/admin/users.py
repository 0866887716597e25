"""The accounts (app.md §3.2): a table of name, username, role, active and last login — and whether an
account waits after failed logins or still has to choose its own password; add one (the password
twice, the role box empty each time), add many from a CSV (their temporary passwords shown once, to
print or copy), deactivate (confirmed), reset a password (a temporary one, shown once)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.widgets import (
    FileChooser,
    FittedDialog,
    Page,
    confirm,
    danger_button,
    primary_button,
    secondary_button,
    set_available,
)
from gui.widgets.messages import MessageBox, attempt, perform, said
from gui.widgets.tables import (
    Column,
    RecordsModel,
    records_view,
    select_row,
    selected_row,
    when,
)
from kieskring.app.api import AppApi, Role
from kieskring.app.api.admin import HandedOut, UserRow
from kieskring.app.api.files import read_chosen
from kieskring.app.api.present import ROLE_LABELS

from .steps import buddy


def attention(row: UserRow) -> str:
    """What the administrator should know of an account, in words (empty: nothing)."""
    if row.locked_until:
        return tr("wacht tot {time} (foute wachtwoorden)").format(time=when(row.locked_until))
    if row.must_change_password and row.active:
        return tr("moet eigen wachtwoord kiezen")
    return ""


def user_columns() -> list[Column[UserRow]]:
    """The users table's columns."""
    return [
        Column(tr("Naam"), lambda u: u.fullname, 0, tooltip=lambda u: u.fullname),
        Column(tr("Gebruikersnaam"), lambda u: u.username, 14, tooltip=lambda u: u.username),
        Column(tr("Rol"), lambda u: said(u.role_label), 11),
        Column(
            tr("Actief"),
            lambda u: tr("ja") if u.active else tr("nee"),
            6,
            state=lambda u: "done" if u.active else "not_started",
        ),
        Column(tr("Laatst ingelogd"), lambda u: when(u.last_login or "") or "–", 11, "right"),
        Column(tr("Let op"), attention, 22, tooltip=attention),
    ]


def handed_out_html(made: Sequence[HandedOut]) -> str:
    """The temporary passwords as a page to print (a table, large fixed-width passwords)."""
    rows = "".join(
        f"<tr><td>{m.fullname}</td><td>{m.username}</td><td>{said(m.role_label)}</td>"
        f"<td><tt><b>{m.temporary_password}</b></tt></td></tr>"
        for m in made
    )
    return (
        f"<h2>{tr('Tijdelijke wachtwoorden')}</h2>"
        f"<p>{tr('Bij de eerste keer inloggen kiest iedereen een eigen wachtwoord.')}</p>"
        f"<table border='1' cellpadding='6'><tr><th>{tr('Naam')}</th>"
        f"<th>{tr('Gebruikersnaam')}</th><th>{tr('Rol')}</th>"
        f"<th>{tr('Tijdelijk wachtwoord')}</th></tr>{rows}</table>"
    )


def print_document(parent: QWidget, html: str) -> bool:
    """Print ``html`` through the system's print dialog; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return True


class HandedOutDialog(FittedDialog):
    """Temporary passwords, shown once: print them or copy them onto paper before closing."""

    def __init__(self, parent: QWidget | None, made: Sequence[HandedOut]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tijdelijke wachtwoorden"))
        self.setObjectName("handed_out_dialog")
        self.made = tuple(made)
        self.printer: Callable[[QWidget, str], bool] = print_document
        heading = QLabel(tr("Tijdelijke wachtwoorden"))
        heading.setProperty("kind", "page-title")
        note = QLabel(
            tr(
                "Deze wachtwoorden zie je maar één keer. Druk ze af of schrijf ze over en geef "
                "ze persoonlijk. Bij de eerste keer inloggen kiest iedereen een eigen wachtwoord."
            )
        )
        note.setWordWrap(True)
        model: RecordsModel[HandedOut] = RecordsModel(
            [
                Column(tr("Naam"), lambda m: m.fullname, 0, tooltip=lambda m: m.fullname),
                Column(tr("Gebruikersnaam"), lambda m: m.username, 14),
                Column(tr("Rol"), lambda m: said(m.role_label), 11),
                Column(tr("Tijdelijk wachtwoord"), lambda m: m.temporary_password, 24),
            ]
        )
        model.set_rows(self.made)
        self.table = records_view(tr("Tijdelijke wachtwoorden"), model)
        self.table.setObjectName("handed_out_table")
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + min(len(self.made), 8) * row_height
            + 4
        )
        self.print_button = secondary_button(tr("Afdrukken…"), "print_passwords", "Ctrl+P")
        self.close_button = primary_button(tr("Ik heb ze genoteerd"), "close_passwords")
        self.print_button.clicked.connect(lambda: self.printer(self, handed_out_html(self.made)))
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch()
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.setMinimumWidth(720)
        self.close_button.setFocus()


class AddUserDialog(FittedDialog):
    """One new account: username, name, role (chosen every time), the first password twice."""

    def __init__(self, parent: QWidget | None, api: AppApi, rules: str) -> None:
        super().__init__(parent)
        self.api = api
        self.added: UserRow | None = None
        self.setWindowTitle(tr("Gebruiker toevoegen"))
        self.setObjectName("add_user_dialog")
        heading = QLabel(tr("Gebruiker toevoegen"))
        heading.setProperty("kind", "page-title")
        self.username = self._field("new_username", tr("Gebruikersnaam"))
        self.fullname = self._field("new_fullname", tr("Naam"))
        self.role = QComboBox()
        self.role.setObjectName("new_role")
        self.role.setAccessibleName(tr("Rol"))
        self.role.setPlaceholderText(tr("— kies een rol —"))
        for role in (Role.INVOERDER, Role.COORDINATOR, Role.BEHEERDER):
            self.role.addItem(said(ROLE_LABELS[role]), role.value)
        self.role.setCurrentIndex(-1)
        self.password = self._field("new_password", tr("Wachtwoord"), secret=True)
        self.again = self._field("new_password_again", tr("Wachtwoord nog een keer"), secret=True)
        rules_label = QLabel(rules)
        rules_label.setWordWrap(True)
        rules_label.setProperty("kind", "hint")
        form = QFormLayout()
        form.addRow(buddy(tr("&Gebruikersnaam:"), self.username), self.username)
        form.addRow(buddy(tr("&Naam:"), self.fullname), self.fullname)
        form.addRow(buddy(tr("&Rol:"), self.role), self.role)
        form.addRow(buddy(tr("&Wachtwoord:"), self.password), self.password)
        form.addRow(buddy(tr("Nog &een keer:"), self.again), self.again)
        form.addRow("", rules_label)
        self.message = MessageBox(tr("Melding gebruiker toevoegen"))
        self.add_button = primary_button(tr("Toevoegen"), "add_user_confirm")
        self.cancel_button = secondary_button(tr("Annuleren"), "add_user_cancel")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(520)
        self.username.setFocus()

    @staticmethod
    def _field(name: str, accessible: str, *, secret: bool = False) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def add(self) -> None:
        """Create the account; stay open with the problem when it is refused."""
        if self.role.currentIndex() < 0:
            self.message.show_note(tr("Kies de rol van deze gebruiker."))
            self.role.setFocus()
            return
        role = Role(str(self.role.currentData()))
        added = attempt(
            self.message,
            lambda: self.api.add_user(
                self.username.text().strip(),
                self.fullname.text().strip(),
                role,
                self.password.text(),
                self.again.text(),
            ),
        )
        if added is None:
            self.password.clear()
            self.again.clear()
            return
        self.added = added
        self.accept()


class ImportDialog(FittedDialog):
    """Many accounts from a CSV file: the layout explained, the file chosen, all or none added."""

    def __init__(self, parent: QWidget | None, api: AppApi) -> None:
        super().__init__(parent)
        self.api = api
        self.made: tuple[HandedOut, ...] = ()
        self.setWindowTitle(tr("Gebruikers uit een CSV-bestand"))
        self.setObjectName("import_users_dialog")
        heading = QLabel(tr("Gebruikers uit een CSV-bestand"))
        heading.setProperty("kind", "page-title")
        layout_text = QLabel(
            tr(
                "Eén gebruiker per regel: gebruikersnaam;naam;rol (rol: invoerder, coördinator of "
                "beheerder). De eerste regel mag de kopregel zijn. Iedereen krijgt een tijdelijk "
                "wachtwoord. Klopt één regel niet, dan wordt niemand toegevoegd."
            )
        )
        layout_text.setWordWrap(True)
        example = QLabel("gebruikersnaam;naam;rol\nerik;Erik de Vries;invoerder")
        example.setProperty("kind", "fingerprint")
        self.file = FileChooser(
            tr("CSV-bestand met gebruikers"),
            "users-csv",
            caption=tr("Kies het CSV-bestand"),
            file_filter=tr("CSV-bestanden (*.csv *.txt)"),
        )
        self.message = MessageBox(tr("Melding gebruikers inlezen"))
        self.import_button = primary_button(tr("Gebruikers toevoegen"), "import_confirm")
        self.cancel_button = secondary_button(tr("Annuleren"), "import_cancel")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.read)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.cancel_button)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(layout_text)
        layout.addWidget(example)
        form = QFormLayout()
        form.addRow(buddy(tr("&Bestand:"), self.file), self.file)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        self.file.setFocus()

    def read(self) -> None:
        """Add every account of the file, or none."""
        path = self.file.path()
        if path is None:
            self.message.show_note(tr("Kies eerst het bestand (Bladeren…)."))
            return
        data = attempt(self.message, lambda: read_chosen(path))
        if data is None:
            return
        made = attempt(self.message, lambda: self.api.import_users(data))
        if made is not None:
            self.made = made
            self.accept()


def run_modal(dialog: QDialog) -> int:
    """Show ``dialog`` and wait (tests and the screenshot script replace this)."""
    return dialog.exec()


class UsersPage(Page):
    """The accounts table and what can be done with an account."""

    def __init__(self, api: AppApi, back: Callable[[], None]) -> None:
        super().__init__(tr("Gebruikers"), "users_page")
        self.api = api
        self.run_dialog: Callable[[QDialog], int] = run_modal
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self.last_dialog: QDialog | None = None
        self.message = MessageBox(tr("Melding gebruikers"))
        self.model: RecordsModel[UserRow] = RecordsModel(user_columns(), key=lambda u: u.id)
        self.table = records_view(tr("Gebruikers"), self.model)
        self.table.setObjectName("users_table")
        self.content.addWidget(self.message)
        self.content.addWidget(self.table, 1)
        self.back_button = secondary_button(tr("Terug"), "users_back", "Alt+Left")
        self.back_button.clicked.connect(back)
        self.add_action(self.back_button, left=True)
        self.import_button = secondary_button(tr("Uit CSV-bestand…"), "import_users", "Ctrl+I")
        self.reset_button = secondary_button(tr("Nieuw wachtwoord…"), "reset_password", "Ctrl+R")
        self.deactivate_button = danger_button(tr("Uitschakelen…"), "deactivate_user")
        self.add_button = primary_button(tr("Gebruiker toevoegen…"), "add_user", "Ctrl+N")
        for button in (self.import_button, self.reset_button, self.deactivate_button):
            self.add_action(button)
        self.set_primary(self.add_button)
        self.add_button.clicked.connect(self.add_user)
        self.import_button.clicked.connect(self.import_users)
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.table.selectionModel().selectionChanged.connect(self._available)
        self.set_first_focus(self.table)
        self.rules = ""

    def refresh(self) -> None:
        """The accounts as they are now."""
        welcome = attempt(self.message, self.api.welcome)
        if welcome is not None:
            self.rules = said(welcome.password_rules)
        rows = attempt(self.message, self.api.users)
        if rows is not None:
            self.model.set_rows(rows)
        if rows and selected_row(self.table) is None:
            select_row(self.table, 0)
        self._available()

    def chosen(self) -> UserRow | None:
        """The account selected."""
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None and row < len(self.model.rows) else None

    def _available(self) -> None:
        chosen = self.chosen()
        why = tr("Kies eerst een gebruiker in de tabel.")
        set_available(self.reset_button, chosen is not None and chosen.active, why)
        active = chosen is not None and chosen.active
        set_available(
            self.deactivate_button,
            active,
            why if chosen is None else tr("Deze gebruiker is al uitgeschakeld."),
        )
        if chosen is not None and not chosen.active:
            set_available(self.reset_button, False, tr("Deze gebruiker is uitgeschakeld."))

    def _select(self, username: str) -> None:
        row = next((n for n, u in enumerate(self.model.rows) if u.username == username), None)
        if row is not None:
            select_row(self.table, row)

    def add_user(self) -> None:
        """The add-user dialog (a new one each time: the role box starts empty)."""
        dialog = AddUserDialog(self, self.api, self.rules)
        self.last_dialog = dialog
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.added:
            self.refresh()
            self._select(dialog.added.username)
            self.message.show_done(tr("{name} is toegevoegd.").format(name=dialog.added.fullname))

    def import_users(self) -> None:
        """Many accounts from a CSV; their temporary passwords shown once."""
        dialog = ImportDialog(self, self.api)
        self.last_dialog = dialog
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.made:
            return
        self.refresh()
        self.message.show_done(tr("{n} gebruikers toegevoegd.").format(n=len(dialog.made)))
        self.show_handed_out(dialog.made)

    def show_handed_out(self, made: Sequence[HandedOut]) -> None:
        """The temporary passwords, once."""
        dialog = HandedOutDialog(self, made)
        self.last_dialog = dialog
        self.run_dialog(dialog)

    def reset_password(self) -> None:
        """A temporary password for the chosen account (after a question)."""
        chosen = self.chosen()
        if chosen is None or not self.ask(
            self,
            tr("Nieuw wachtwoord"),
            tr(
                "{name} krijgt een tijdelijk wachtwoord; het oude werkt dan niet meer. "
                "Bij de eerste keer inloggen kiest {name} een eigen wachtwoord."
            ).format(name=chosen.fullname),
            tr("Nieuw wachtwoord maken"),
        ):
            return
        handed = attempt(self.message, lambda: self.api.reset_password(chosen.id))
        if handed is not None:
            self.refresh()
            self.show_handed_out((handed,))

    def deactivate(self) -> None:
        """Disable the chosen account (confirmed; it stays in the log)."""
        chosen = self.chosen()
        if chosen is None or not self.ask(
            self,
            tr("Gebruiker uitschakelen"),
            tr(
                "{name} kan daarna niet meer inloggen. Het account blijft bewaard in het "
                "logboek. Dit kan niet ongedaan worden."
            ).format(name=chosen.fullname),
            tr("Uitschakelen"),
        ):
            return
        if perform(self.message, lambda: self.api.deactivate_user(chosen.id)):
            self.refresh()
            self._select(chosen.username)
            self.message.show_done(tr("{name} is uitgeschakeld.").format(name=chosen.fullname))


__all__ = ["AddUserDialog", "HandedOutDialog", "ImportDialog", "UsersPage"]
