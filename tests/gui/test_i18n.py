"""Qt translation: the English .qm shows the login page in English, the language comes from --lang or
the system locale, and every tr() text in gui/ has a finished entry in every .ts (so a new text cannot
be forgotten), compiled into the committed .qm."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import MainWindow
from gui.pages.start import FirstRunPage, LoginPage
from kieskring.app.api import open_local
from tests.app.support import PASSWORD, cheap_hasher

pytestmark = pytest.mark.gui
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "translations.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    assert i18n.install("en")
    try:
        yield
    finally:
        i18n.uninstall()


def test_login_page_in_english(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    api = open_local(tmp_path / "gsb.sqlite", hasher=cheap_hasher())
    window = MainWindow(api)
    qtbot.addWidget(window)
    page = window.page()
    assert isinstance(page, FirstRunPage)
    assert window.windowTitle() == "Uitslag"
    assert page.title.full_text() == "Create administrator"
    labels = {label.text() for label in page.findChildren(QLabel)}
    assert {"&User name", "&Name", "&Password"} <= labels
    assert page.password.accessibleName() == "Password"
    assert "At least" in page.rules.text()  # the services' rules, in English
    api.create_administrator("beheer", "Beheerder", PASSWORD, PASSWORD)
    window.show_start()
    login = window.page()
    assert isinstance(login, LoginPage)
    assert login.submit.text() == "Log in (Enter)"
    login.username.setText("beheer")
    login.password.setText("wrong password!")
    login.log_in()
    assert "(USERS." in login.notice.text(), login.notice.text()
    assert "wachtwoord" not in login.notice.text().lower()  # the English message of the problem
    window.close()
    api.close()


def test_dutch_without_translation(qtbot: QtBot, tmp_path: Path) -> None:
    assert i18n.language() == "nl"
    api = open_local(tmp_path / "gsb.sqlite", hasher=cheap_hasher())
    window = MainWindow(api)
    qtbot.addWidget(window)
    page = window.page()
    assert page is not None and page.title.full_text() == "Beheerder aanmaken"
    window.close()
    api.close()


def test_language_from_lang_or_locale() -> None:
    assert "en" in i18n.available()
    assert i18n.choose("EN") == "en"
    assert i18n.choose(None, QLocale("en_GB")) == "en"
    assert i18n.choose(None, QLocale("de_DE")) == "nl"  # no German translation: Dutch
    assert i18n.choose(None, QLocale("nl_NL")) == "nl"


def test_unknown_language_is_refused(qapp: object) -> None:
    assert not i18n.install("xx")
    assert i18n.language() == "nl"


def test_every_tr_text_has_a_translation() -> None:
    script = _script()
    found = script.sources()
    assert len(found.texts) > 100
    assert ("Uitslag", "Inloggen") in found.texts
    assert script.check(found) == []


def test_the_check_catches_a_new_text(tmp_path: Path) -> None:
    script = _script()
    found = script.sources()
    found.texts[("Uitslag", "Een nieuwe tekst")] = ["gui/new.py:1"]
    assert script.check(found) == [
        "uitslag_en.ts: no translation for 'Een nieuwe tekst' (gui/new.py:1)"
    ]


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    script = _script()
    ts = tmp_path / "uitslag_en.ts"
    ts.write_bytes((i18n.FOLDER / "uitslag_en.ts").read_bytes())
    assert script.compile_qm(ts).read_bytes() == (i18n.FOLDER / "uitslag_en.qm").read_bytes()
