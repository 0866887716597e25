"""In English (``--lang en``) the typist's pages show no Dutch (docs/app.md §2.6): neither a
text of the services (section titles, field labels, questions, ja/nee, states, the session, findings,
what happens next — every ``Text`` whose Dutch differs from its English) nor a Dutch source text of the
app's own translation, on the home page, every section of the form, the findings box, check and finish,
and the page after finishing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.main_window import MainWindow
from gui.pages.start import LoginPage
from gui.pages.typist.entry import REVIEW, EntryPage
from gui.pages.typist.finished import FinishedPage
from gui.pages.typist.home import HomePage
from kieskring.app.api import AppApi
from kieskring.app.api.present import ROLE_LABELS, SESSION_LABELS, state_view
from kieskring.app.api.typist import NEXT_STEP, SLOT_LABELS
from kieskring.app.states import EntryState
from kieskring.app.validation import ADVICE, MESSAGES
from tests.app.support import PASSWORD, good_paper
from tests.gui.world import installation, serve, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    assert i18n.install("en")
    try:
        yield
    finally:
        i18n.uninstall()


@pytest.fixture
def api(tmp_path: Path) -> Iterator[AppApi]:
    installation(tmp_path / "gsb.sqlite")
    served = serve(tmp_path / "gsb.sqlite")
    yield served
    served.close()


def dutch_of_the_services(api: AppApi) -> set[str]:
    """Every Dutch text the services hand to the typist's pages that differs from its English."""
    pairs = [(t.nl, t.en) for t in (*SLOT_LABELS.values(), *NEXT_STEP.values())]
    pairs += [(t.nl, t.en) for t in (*ROLE_LABELS.values(), *SESSION_LABELS.values())]
    pairs += [(state_view(s).label.nl, state_view(s).label.en) for s in EntryState]
    pairs += [*MESSAGES.values(), *ADVICE.values()]
    api.login("anna", PASSWORD)
    for section in api.form_sections():
        pairs.append((section.title.nl, section.title.en))
        pairs += [(f.label.nl, f.label.en) for f in section.fields]
        pairs += [(q.text.nl, q.text.en) for q in section.questions]
    api.logout()
    return {nl for nl, en in pairs if nl != en}


def dutch_of_the_app() -> set[str]:
    """The app's own Dutch source texts whose English differs."""
    root = ET.parse(i18n.FOLDER / "uitslag_en.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source, translation = message.findtext("source", ""), message.findtext("translation", "")
        if source != translation and "{" not in source:
            found.add(source.replace("&", ""))
    return found


def shown_texts(window: QWidget) -> list[str]:
    """What a user sees or hears: labels, buttons, tooltips and accessible names of visible widgets."""
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible()]
    found = [w.text() for w in widgets if isinstance(w, QLabel | QAbstractButton)]
    found += [w.accessibleName() for w in widgets] + [w.toolTip() for w in widgets]
    found += [window.windowTitle()]
    return [text.replace("&", "") for text in found if text]


def assert_english(window: MainWindow, services: set[str], app: set[str]) -> None:
    settle()
    for text in shown_texts(window):
        assert text not in app, f"Dutch on screen: {text!r}"
        for dutch in services:
            assert dutch not in text if len(dutch) > 4 else dutch != text, (
                f"Dutch of the services on screen: {dutch!r} in {text!r}"
            )


def test_the_typists_pages_in_english(qtbot: QtBot, api: AppApi, english: None) -> None:
    services, app = dutch_of_the_services(api), dutch_of_the_app()
    assert "Stempassen" in services and "Opslaan en verder" in app  # the check can fail
    window = MainWindow(api)
    qtbot.addWidget(window)
    window.show()
    login = window.page()
    assert isinstance(login, LoginPage)
    assert_english(window, services, app)
    login.username.setText("anna")
    login.password.setText(PASSWORD)
    login.log_in()
    home = window.page()
    assert isinstance(home, HomePage)
    home.number.setText("1")
    home.look_up()
    assert_english(window, services, app)
    assert home.start_button.text() == "Start (Enter)"
    home.start_station(1)
    entry = window.page()
    assert isinstance(entry, EntryPage)
    paper = good_paper()
    paper["voters_votes"]["B"] = 9  # F.201: the findings box in English
    for section, values in paper.items():
        assert entry.current == section
        assert_english(window, services, app)
        assert entry.form is not None
        for key, widget in entry.form.inputs.items():
            widget.set_value(values.get(key))
        entry.save_section()
        settle()
        if entry.current == section:
            assert entry.findings_box.isVisible()
            assert_english(window, services, app)
            entry.findings_box.acknowledge.setChecked(True)
            entry.save_section()
    assert entry.current == REVIEW
    assert_english(window, services, app)
    entry.finish()
    done = window.page()
    assert isinstance(done, FinishedPage)
    assert done.message.text() == "Done. It has errors; the coordinator will look at this entry."
    assert_english(window, services, app)
    window.close()
