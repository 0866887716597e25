"""Choosing a file or a folder (app.md §3.2): a path field and "Bladeren…", which opens the file dialog
in the folder used last for this purpose (remembered in QSettings). Paths are never typed by hand,
though they may be pasted. The dialog and the settings are injectable, so tests need no real dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QWidget

from gui.i18n import tr
from gui.widgets.buttons import secondary_button

Chooser = Callable[[QWidget, str, str, str], str]
"""``(parent, caption, start folder, filter) → chosen path`` ("" when cancelled)."""

MODES = ("open", "save", "folder")
ORGANISATION = "Uitslag"


def _open(parent: QWidget, caption: str, folder: str, filter_: str) -> str:
    return QFileDialog.getOpenFileName(parent, caption, folder, filter_)[0]


def _save(parent: QWidget, caption: str, folder: str, filter_: str) -> str:
    return QFileDialog.getSaveFileName(parent, caption, folder, filter_)[0]


def _folder(parent: QWidget, caption: str, folder: str, filter_: str) -> str:
    return QFileDialog.getExistingDirectory(parent, caption, folder)


DIALOGS: dict[str, Chooser] = {"open": _open, "save": _save, "folder": _folder}


def app_settings() -> QSettings:
    """The app's own settings (per user, outside the election database)."""
    return QSettings(ORGANISATION, ORGANISATION)


class FileChooser(QWidget):
    """A path and "Bladeren…". ``purpose`` names the remembered folder (e.g. ``"definition"``)."""

    changed = Signal(str)

    def __init__(
        self,
        name: str,
        purpose: str,
        *,
        mode: str = "open",
        caption: str = "",
        file_filter: str = "",
        settings: QSettings | None = None,
        chooser: Chooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.purpose = purpose
        self.mode = mode
        self.caption = caption or name
        self.file_filter = file_filter
        self.settings = settings if settings is not None else app_settings()
        self.chooser = chooser or DIALOGS[mode]
        self.field = QLineEdit()
        self.field.setAccessibleName(name)
        self.field.setObjectName(f"{name}_path")
        self.browse = secondary_button(tr("Bladeren…"), f"{name}_browse")
        self.browse.setAccessibleName(f"{tr('Bladeren…')} {name}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.browse)
        self.setFocusProxy(self.field)
        self.browse.clicked.connect(self.choose)
        self.field.textChanged.connect(self.changed)

    @property
    def settings_key(self) -> str:
        """Where the last folder for this purpose is remembered."""
        return f"folders/{self.purpose}"

    def last_folder(self) -> str:
        """The folder of the previous choice for this purpose ("" the first time)."""
        value = self.settings.value(self.settings_key, "")
        return str(value) if value else ""

    def choose(self) -> None:
        """Open the dialog in the folder of the field or of the last choice; remember the new one."""
        current = self.path()
        start = str(current if current and self.mode == "folder" else "")
        if not start and current is not None:
            start = str(current.parent)
        chosen = self.chooser(self, self.caption, start or self.last_folder(), self.file_filter)
        if not chosen:
            return
        path = Path(chosen)
        self.settings.setValue(
            self.settings_key, str(path if self.mode == "folder" else path.parent)
        )
        self.settings.sync()
        self.field.setText(str(path))

    def path(self) -> Path | None:
        """The chosen path (None: nothing chosen)."""
        text = self.field.text().strip()
        return Path(text) if text else None

    def set_path(self, path: Path | None) -> None:
        """Show ``path`` (None: empty)."""
        self.field.setText("" if path is None else str(path))
