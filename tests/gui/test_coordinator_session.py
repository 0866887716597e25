"""The session from the coordinator's screen (docs/app.md §3.4): pause and resume (the typists see
it), finish (confirmed, "Annuleren" the default), then the outputs: the dialog refuses a wrong
passphrase and keeps what was typed, the files go into a folder chosen with the file dialog, the page
shows every file's fingerprint as on disk, the certificate's and the audit log's head — and
``uitslag verify`` passes the folder with the 230b."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from gui import theme
from gui.pages.coordinator import CoordinatorPage, CoordinatorScreens
from gui.pages.coordinator.outputs import OutputsDialog
from gui.widgets import ConfirmDialog
from kieskring.app.api import AppApi, SessionState, open_local
from kieskring.cli import main as uitslag
from kieskring.eml.fingerprint import fingerprint
from tests.app.support import PASSWORD, cheap_hasher
from tests.app.test_api import KEY_PASSPHRASE, papers, set_up, type_all
from tests.gui import fit

from .screens_support import log_in, private_settings

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--out", str(folder)]) == 0
    return folder


@pytest.fixture
def api(tmp_path: Path, election: Path, qapp: QApplication) -> Iterator[AppApi]:
    theme.apply(qapp)
    private_settings(tmp_path)
    found = open_local(tmp_path / "gsb.sqlite", workstation="tafel-1", hasher=cheap_hasher())
    set_up(found, election)
    yield found
    found.close()


def grouped(digest: str) -> str:
    return " ".join(digest[i : i + 4].upper() for i in range(0, 64, 4))


def typed_by_both(path: Path, election: Path) -> None:
    """Anna and Ben type every station alike, at other tables."""
    other = open_local(path, workstation="tafel-2", hasher=cheap_hasher())
    try:
        for typist in ("anna", "ben"):
            other.login(typist, PASSWORD)
            for station, values in papers(election).items():
                type_all(other, station, values)
                other.finish_entry(station)
            other.logout()
    finally:
        other.close()


@pytest.mark.usefixtures("installed_schemas")
def test_pause_resume_finish_and_outputs(
    api: AppApi, election: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    shell, page = log_in(api, "carla", PASSWORD)
    qtbot.addWidget(shell)
    assert isinstance(page, CoordinatorPage)
    screens = page.screens
    assert isinstance(screens, CoordinatorScreens)
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert page.session_badge.text().endswith("Invoer gepauzeerd")
    assert page.resume_button.isEnabled() and not page.pause_button.isEnabled()
    assert page.pause_button.toolTip() == "De invoer is al gepauzeerd."
    typist = open_local(tmp_path / "gsb.sqlite", workstation="tafel-2", hasher=cheap_hasher())
    typist.login("anna", PASSWORD)
    assert not typist.typist_home().session.entry_open  # the typists see the pause
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    assert typist.typist_home().session.entry_open
    typist.close()

    typed_by_both(tmp_path / "gsb.sqlite", election)
    page.refresh()
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert shell.page() is screens.signals  # signals still to deal with come first (app.md §6)
    assert api.dashboard().session.key is SessionState.DATA_ENTRY
    for signal in api.signals().signals:
        api.note_signal(signal.key, "Nagekeken op het papier")
    screens.show_dashboard()
    assert page.finish_button.isEnabled() and page.finish_button.text() == "Zitting afronden…"
    asked: list[ConfirmDialog] = []

    def ask(parent: QWidget, title: str, question: str, confirm_text: str) -> bool:
        dialog = ConfirmDialog(parent, title, question, confirm_text)
        asked.append(dialog)
        assert dialog.cancel_button.isDefault()
        return len(asked) > 1  # the first time "Annuleren"

    page.ask = ask
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert page.session_badge.text().endswith("Invoer loopt")  # cancelled: still running
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert page.session_badge.text().endswith("Zitting afgerond")
    assert page.finish_button.text() == "Uitvoer maken…" and page.finish_button.isEnabled()
    assert not page.resume_button.isEnabled() and page.resume_button.toolTip()

    usb = tmp_path / "usb"
    seen: list[str] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, OutputsDialog)
        assert dialog.place.text() and dialog.pv_date.text()  # proposed by the services
        dialog.folder.chooser = lambda parent, caption, start, filter_: str(usb)
        qtbot.mouseClick(dialog.folder.browse, Qt.MouseButton.LeftButton)  # the folder dialog
        qtbot.keyClicks(dialog.passphrase, "verkeerd wachtwoord")
        dialog.make()
        seen.append(dialog.message.text())
        assert dialog.saved is None and not usb.exists()
        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, KEY_PASSPHRASE)
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    screens.run_dialog = fill
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert "SIGN." in seen[0]  # the wrong passphrase, in words with its code
    assert shell.page() is screens.outputs
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=screens.outputs.primary, size=size)
    shown = {
        label.objectName(): label.text()
        for label in screens.outputs.findChildren(QLabel)
        if label.property("kind") == "fingerprint"
    }
    files = sorted(usb.iterdir())
    assert sorted(p.name.rsplit(".", 1)[-1] for p in files) == ["csv", "pdf", "sig", "xml"]
    wanted = set()
    for path in files:
        data = path.read_bytes()
        digest = (
            fingerprint(data)
            if path.name.endswith(".eml.xml")
            else hashlib.sha256(data).hexdigest()
        )
        wanted.add(grouped(digest))
    assert {v for k, v in shown.items() if k.startswith("fingerprint_")} == wanted
    key = api.signing_key()
    assert key is not None and shown["certificate_fingerprint"] == key.fingerprint
    conn = sqlite3.connect(tmp_path / "gsb.sqlite")
    # the head printed on the Na 31-2: the log as the PV was made, before keeping the files handed
    # out (the last entry, outputs.keep)
    seq, head = conn.execute(
        "SELECT seq, hash FROM audit_log WHERE seq < (SELECT max(seq) FROM audit_log)"
        " ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    conn.close()
    assert shown["audit_head"] == grouped(head)
    assert f"regel {seq}" in " ".join(x.text() for x in screens.outputs.findChildren(QLabel))
    shutil.copy(next(election.glob("Kandidatenlijsten_*")), usb)
    assert uitslag(["verify", str(usb)]) == 0
    qtbot.mouseClick(screens.outputs.back_button, Qt.MouseButton.LeftButton)
    assert shell.page() is page
