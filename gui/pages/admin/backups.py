"""Backups (app.md §3.2; the coordinator makes them too during the evening): make one, see the list,
copy one onto a USB stick (with its ``.sha256``), and — the administrator only — restore one, from the
list or from a stick. A restore is checked first and the confirmation says what the backup holds and
what is lost ("Annuleren" is the default); afterwards every session has ended and everyone logs in
again.

The backups live beside the installation database on the serving laptop (``make_backup`` and
``backups``); copying writes here (:func:`kieskring.app.api.files.save_backup`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from gui.i18n import tr
from gui.widgets import (
    FileChooser,
    Page,
    confirm,
    danger_button,
    primary_button,
    secondary_button,
    set_available,
)
from gui.widgets.messages import SESSION, MessageBox, attempt, english, said
from gui.widgets.tables import Column, RecordsModel, records_view, select_row, selected_row
from kieskring.app.api import AppApi
from kieskring.app.api.admin import BackupInfo, BackupListing
from kieskring.app.api.files import read_backup, save_backup
from kieskring.app.text import Text

RESTORED = Text(
    "De back-up is teruggezet. Iedereen moet opnieuw inloggen.",
    "The backup has been restored. Everyone must log in again.",
)


def megabytes(size: int) -> str:
    """A file size in MB with one decimal ("12,3 MB")."""
    tenths = (size * 10 + 524_288) // 1_048_576
    separator = "." if english() else ","
    return f"{tenths // 10}{separator}{tenths % 10} MB"


def backup_columns() -> list[Column[BackupListing]]:
    """Name, size and the start of the checksum (all of it in the tooltip)."""
    return [
        Column(tr("Back-up"), lambda b: b.name, 0, tooltip=lambda b: b.name),
        Column(tr("Grootte"), lambda b: megabytes(b.size), 9, "right", numeric=True),
        Column(
            tr("Controlegetal (SHA-256)"),
            lambda b: f"{b.sha256[:16]}…",
            20,
            tooltip=lambda b: b.sha256,
            numeric=True,
        ),
    ]


def describe(info: BackupInfo) -> str:
    """What a checked backup holds and what restoring it means, in words."""
    when = info.last_change[:16].replace("T", " ")
    return "\n".join(
        (
            tr("Deze back-up is gecontroleerd en in orde (controlegetal, database en logboek)."),
            "",
            tr("Verkiezing: {name}").format(name=info.election or tr("nog niet ingericht")),
            tr("Stembureaus: {stations}, waarvan {definitive} definitief").format(
                stations=info.stations, definitive=info.definitive
            ),
            tr("Gebruikers: {accounts}").format(accounts=info.accounts),
            tr("Laatste wijziging: {when} (UTC), logboek tot regel {entries}").format(
                when=when, entries=info.audit_entries
            ),
            "",
            tr("Alles van nu wordt vervangen door de back-up. Wat daarna is ingevoerd, gaat "
               "verloren. Iedereen moet daarna opnieuw inloggen."),
        )
    )  # fmt: skip


class BackupsPage(Page):
    """The backups; ``may_restore`` shows the restore actions (the administrator's)."""

    def __init__(self, api: AppApi, back: Callable[[], None], *, may_restore: bool) -> None:
        super().__init__(tr("Back-ups"), "backups_page")
        self.api = api
        self.may_restore = may_restore
        self.ask: Callable[[QWidget, str, str, str], bool] = confirm
        self.set_title(
            tr("Back-ups"),
            tr(
                "Maak een back-up na elke grote stap en kopieer hem naar een USB-stick. "
                "Een back-up wordt gecontroleerd voordat hij wordt teruggezet."
            ),
        )
        self.message = MessageBox(tr("Melding back-ups"))
        self.model: RecordsModel[BackupListing] = RecordsModel(
            backup_columns(), key=lambda b: b.name
        )
        self.table = records_view(tr("Back-ups"), self.model)
        self.table.setObjectName("backups_table")
        self.stick = FileChooser(
            tr("Map op de USB-stick"), "backup-stick", mode="folder", caption=tr("Kies een map")
        )
        self.copy_button = secondary_button(tr("Kopiëren naar de stick"), "copy_backup")
        self.copy_button.clicked.connect(self.copy_chosen)
        self.content.addWidget(self.message)
        self.content.addWidget(self.table, 1)
        form = QFormLayout()
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.stick, 1)
        copy_row.addWidget(self.copy_button)
        label = QLabel(tr("&Kopie naar USB-stick:"))
        label.setBuddy(self.stick)
        form.addRow(label, copy_row)
        self.restore_file = FileChooser(
            tr("Back-up op een USB-stick"),
            "backup-restore",
            caption=tr("Kies een back-up"),
            file_filter=tr("Back-ups (*.sqlite)"),
        )
        self.restore_button = danger_button(tr("Gekozen back-up terugzetten…"), "restore_backup")
        self.restore_button.clicked.connect(self.restore_chosen)
        self.restore_stick_button = danger_button(tr("Terugzetten…"), "restore_from_stick")
        self.restore_stick_button.clicked.connect(self.restore_from_stick)
        if may_restore:
            stick_row = QHBoxLayout()
            stick_row.addWidget(self.restore_file, 1)
            stick_row.addWidget(self.restore_stick_button)
            label = QLabel(tr("&Terugzetten van stick:"))
            label.setBuddy(self.restore_file)
            form.addRow(label, stick_row)
        self.content.addLayout(form)
        self.back_button = secondary_button(tr("Terug"), "backups_back", "Alt+Left")
        self.back_button.clicked.connect(back)
        self.add_action(self.back_button, left=True)
        if may_restore:
            self.add_action(self.restore_button)
        self.make_button = primary_button(tr("Back-up maken"), "make_backup", "Ctrl+B")
        self.make_button.clicked.connect(self.make)
        self.set_primary(self.make_button)
        self.set_first_focus(self.make_button)
        self.table.selectionModel().selectionChanged.connect(self._available)

    def refresh(self) -> None:
        """The backups as they are now."""
        found = attempt(self.message, self.api.backups)
        if found is not None:
            self.model.set_rows(found)
        if self.model.rows and selected_row(self.table) is None:
            select_row(self.table, 0)
        self._available()

    def _available(self) -> None:
        chosen = self.chosen() is not None
        why = tr("Kies eerst een back-up in de lijst.")
        set_available(self.copy_button, chosen, why)
        set_available(self.restore_button, chosen, why)

    def chosen(self) -> BackupListing | None:
        """The backup selected in the list."""
        row = selected_row(self.table)
        return self.model.rows[row] if row is not None and row < len(self.model.rows) else None

    def make(self) -> None:
        """Make a backup now."""
        made = attempt(self.message, self.api.make_backup)
        if made is None:
            return
        self.refresh()
        row = self.model.row_of(made.name)
        if row is not None:
            select_row(self.table, row)
        self.message.show_done(
            tr("Back-up gemaakt: {name}. Kopieer hem naar een USB-stick.").format(name=made.name)
        )

    def copy_chosen(self) -> None:
        """Copy the selected backup (and its ``.sha256``) into the stick's folder."""
        chosen, folder = self.chosen(), self.stick.path()
        if chosen is None:
            return
        if folder is None:
            self.message.show_note(tr("Kies eerst de map op de USB-stick (Bladeren…)."))
            self.stick.setFocus()
            return
        copy = attempt(self.message, lambda: self.api.download_backup(chosen.name))
        if copy is None:
            return
        written = attempt(self.message, lambda: save_backup(folder, copy))
        if written is not None:
            self.message.show_done(
                tr("Gekopieerd naar {path} (met het controlebestand .sha256).").format(path=written)
            )

    def restore_chosen(self) -> None:
        """Restore the backup selected in the list, after the check and the confirmation."""
        chosen = self.chosen()
        if chosen is not None:
            self._restore(chosen.name)

    def restore_from_stick(self) -> None:
        """Bring a backup from a stick to the serving laptop (checked), then restore it."""
        path = self.restore_file.path()
        if path is None:
            self.message.show_note(tr("Kies eerst de back-up op de USB-stick (Bladeren…)."))
            self.restore_file.setFocus()
            return
        copy = attempt(self.message, lambda: read_backup(path))
        if copy is None:
            return
        uploaded = attempt(self.message, lambda: self.api.upload_backup(copy))
        if uploaded is not None:
            self.refresh()
            self._restore(uploaded.name)

    def _restore(self, name: str) -> None:
        info = attempt(self.message, lambda: self.api.inspect_backup(name))
        if info is None:
            return
        if not self.ask(self, tr("Back-up terugzetten?"), describe(info), tr("Terugzetten")):
            return
        if attempt(self.message, lambda: self.api.restore_backup(name)) is None:
            return
        SESSION.ended.emit(said(RESTORED))
        self.refresh()  # every session has ended: this call says so to whoever watches the calls
        self.message.show_done(said(RESTORED))
