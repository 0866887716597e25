"""The set-up wizard walked by keyboard with the generated ``tiny`` election (docs/app.md §3.2): the
110a chosen with the file dialog (the folder remembered for the next file), what was read shown;
the 230b typed; the fingerprint groups labelled with their real positions, a wrongly typed group
refused naming its position; the stations as a table to check; CSO; saved; the signing key made
with its certificate's fingerprint shown. Every step fits 1366×768, 125 % and 1920×1080."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui import theme
from gui.pages.admin import AdminHome, AdminScreens
from gui.pages.admin.steps import DefinitionStep
from gui.pages.admin.wizard import SetupWizard
from gui.widgets import Shell
from kieskring.app.api import AppApi, open_local
from kieskring.cli import main as uitslag
from kieskring.eml.fingerprint import blanked_groups, fingerprint, groups
from tests.app.support import PASSWORD, cheap_hasher
from tests.conftest import shared_path
from tests.gui import fit

from .screens_support import log_in, private_settings

pytestmark = pytest.mark.gui
KEY_PASSPHRASE = "sleutel van de GSB 2029"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--out", str(folder)]) == 0
    return folder


@pytest.fixture
def api(tmp_path: Path, qapp: QApplication) -> Iterator[AppApi]:
    theme.apply(qapp)
    private_settings(tmp_path)
    found = open_local(tmp_path / "gsb.sqlite", workstation="tafel-1", hasher=cheap_hasher())
    found.create_administrator("beheer", "Beheerder", PASSWORD, PASSWORD)
    yield found
    found.close()


@pytest.fixture
def home(api: AppApi, qtbot: QtBot) -> tuple[Shell, AdminHome]:
    shell, page = log_in(api, "beheer", PASSWORD)
    qtbot.addWidget(shell)
    assert isinstance(page, AdminHome)
    return shell, page


def file_of(folder: Path, prefix: str) -> Path:
    return next(folder.glob(f"{prefix}_*.eml.xml"))


def blanks(path: Path) -> tuple[tuple[int, int], tuple[str, str]]:
    """The blanked positions (1–16) and their groups, from the file itself."""
    digest = fingerprint(path.read_bytes())
    first, second = blanked_groups(digest)
    return (first + 1, second + 1), (groups(digest)[first], groups(digest)[second])


def fits_everywhere(shell: Shell, wizard: SetupWizard) -> None:
    """The step on screen fits 1366×768, 125 % and 1920×1080 (then back to 1366×768)."""
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=wizard.primary, size=size)
    shell.resize(*fit.LAPTOP)


def next_step(qtbot: QtBot, wizard: SetupWizard, expected: str) -> None:
    """Alt+→ and wait for the step ``expected`` (a button's shortcut clicks a moment later)."""
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: wizard.current == expected)


def test_the_wizard_by_keyboard(
    api: AppApi, home: tuple[Shell, AdminHome], election: Path, qtbot: QtBot
) -> None:
    shell, page = home
    assert page.next_button.text() == "Verkiezing inrichten…"
    page.next_button.setFocus()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    screens = page.screens
    assert isinstance(screens, AdminScreens) and screens.wizard is not None
    wizard = screens.wizard
    assert shell.page() is wizard and wizard.current == "definition"
    definition, candidates = (
        file_of(election, "Verkiezingsdefinitie"),
        file_of(election, "Kandidatenlijsten"),
    )
    starts: list[str] = []

    def dialog(path: Path):  # type: ignore[no-untyped-def]
        def choose(parent: object, caption: str, start: str, filter_: str) -> str:
            starts.append(start)
            return str(path)

        return choose

    step1 = wizard.pages["definition"]
    step1.file.chooser = dialog(definition)  # type: ignore[attr-defined]
    assert step1.file.field.hasFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to "Bladeren…"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert step1.election.text() == "Gemeenteraad Berkelstad 2029 (GR2029_Berkelstad)"  # type: ignore[attr-defined]
    assert step1.seats.text() == "9" and step1.date.text() == "21 maart 2029"  # type: ignore[attr-defined]
    fits_everywhere(shell, wizard)
    next_step(qtbot, wizard, "candidates")
    qtbot.keyClicks(QApplication.focusWidget(), str(candidates))
    assert wizard.pages["candidates"].model.rowCount() >= 2  # type: ignore[attr-defined]
    fits_everywhere(shell, wizard)
    next_step(qtbot, wizard, "fingerprints")

    step3 = wizard.pages["fingerprints"]
    (d_at, d_groups), (c_at, c_groups) = blanks(definition), blanks(candidates)
    check = step3.definition  # type: ignore[attr-defined]
    assert check.positions == d_at
    assert [f.accessibleName() for f in check.fields] == [
        f"Groep {d_at[0]} van de verkiezingsdefinitie, van het papier",
        f"Groep {d_at[1]} van de verkiezingsdefinitie, van het papier",
    ]
    assert f"groep {d_at[0]} en groep {d_at[1]}" in check.instruction.text()
    assert step3.candidates.positions == c_at  # type: ignore[attr-defined]
    fits_everywhere(shell, wizard)
    assert check.fields[0].hasFocus()
    wrong = "0000" if d_groups[0] != "0000" else "ffff"
    for typed in (wrong, d_groups[1], *c_groups):  # four characters move on to the next group
        qtbot.keyClicks(QApplication.focusWidget(), typed)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: "EML.301" in wizard.message.text())  # refused, naming the group
    assert f"groep {d_at[0]}" in wizard.message.text() and wizard.current == "fingerprints"
    assert wizard.steps.section_state("fingerprints") == "error"
    assert check.fields[0].hasFocus()
    check.fields[0].selectAll()
    qtbot.keyClicks(check.fields[0], d_groups[0])
    next_step(qtbot, wizard, "stations")

    step4 = wizard.pages["stations"]
    step4.file.chooser = dialog(file_of(election, "Stembureaus"))  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert starts == ["", str(election)]  # the folder of the 110a, remembered
    assert step4.model.rowCount() == 3 and "3 stembureaus" in step4.count.text()  # type: ignore[attr-defined]
    fits_everywhere(shell, wizard)
    next_step(qtbot, wizard, "counting")
    assert wizard.pages["counting"].buttons  # type: ignore[attr-defined]
    fits_everywhere(shell, wizard)
    next_step(qtbot, wizard, "check")
    assert wizard.pages["check"].values["stations"].text() == "3"  # type: ignore[attr-defined]
    fits_everywhere(shell, wizard)
    next_step(qtbot, wizard, "key")
    info = api.welcome().election
    assert info is not None and info.stations == 3 and info.municipality == "Aardenburg"

    key_step = wizard.pages["key"]
    fits_everywhere(shell, wizard)
    key_step.passphrase.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(QApplication.focusWidget(), KEY_PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), KEY_PASSPHRASE + "x")  # not the same twice
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: "USERS.PASSWORDS_DIFFER" in wizard.message.text())
    assert api.signing_key() is None
    qtbot.keyClicks(QApplication.focusWidget(), KEY_PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), KEY_PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: api.signing_key() is not None)
    made = api.signing_key()
    assert made is not None and key_step.fingerprint.text() == made.fingerprint  # type: ignore[attr-defined]
    assert len(made.fingerprint.split()) == 16
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)  # "Klaar"
    qtbot.waitUntil(lambda: shell.page() is page)
    assert page.status["key"].text().endswith(made.fingerprint)
    assert page.next_button.text() == "Gebruikers…"


@pytest.mark.parametrize("size", [fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD], ids=str)
def test_the_start_page_fits(home: tuple[Shell, AdminHome], size: tuple[int, int]) -> None:
    shell, page = home
    fit.assert_fits(shell, primary=page.primary, size=size)
    assert page.status["setup"].text() == "Nog niet ingericht."
    assert not page.buttons["stations"].isEnabled() and page.buttons["stations"].toolTip()


def test_a_province_definition_asks_for_the_municipality(
    home: tuple[Shell, AdminHome], qtbot: QtBot
) -> None:
    definition = shared_path("data", "definitions", "Verkiezingsdefinitie_PS2023_Drenthe.eml.xml")
    shell, page = home
    assert isinstance(page.screens, AdminScreens)
    page.screens.open_setup()
    wizard = page.screens.wizard
    assert wizard is not None
    step = wizard.step(DefinitionStep, "definition")
    step.file.set_path(definition)  # read when the path names a file
    choices = [step.municipality.itemText(i) for i in range(step.municipality.count())]
    assert choices[0] == "— kies de gemeente —"
    assert "Assen (0106)" in choices and "Emmen (0114)" in choices  # Drenthe's, by CBS code
    assert step.chosen_municipality() is None
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: "Kies de gemeente" in wizard.message.text())
    assert wizard.current == "definition" and step.municipality.hasFocus()
    step.municipality.setCurrentIndex(choices.index("Assen (0106)"))
    next_step(qtbot, wizard, "candidates")
    fit.assert_fits(shell, primary=wizard.primary)
