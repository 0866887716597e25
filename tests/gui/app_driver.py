"""Child process of the app kill-safety test: the real desktop app, driven by keyboard like a typist.

``python -m tests.gui.app_driver DB`` starts the app as ``uitslag-app DB`` does (:func:`gui.app.start`,
offscreen), logs in as typist ``anna`` by typing into the login page, and then for stations 1, 2 and 3:
types the number and Enter (the name appears), Enter again (start or resume), types every field of
every section (Enter to the next field, Shift+Enter saves the section), and on "Controleren en
afronden" Shift+Enter finishes, then Enter goes back to the home page. Every key goes to the widget that
has the keyboard focus, so the run also checks the pages' focus order.

Lines on stdout (flushed at once, so a SIGKILL loses none that were printed):

* ``AT <station> <section>``: the station is open; the form shows this section first (``review``:
  every section was saved, check and finish);
* ``REFUSED <station>``: the app would not open it for this typist (already finished by her);
* ``CONFIRMED <station> <section>``: the app saved the section (it moved on to the next one);
* ``FINALISED <station>``: the entry of the station is finished.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.app import application, shut_down, start
from gui.main_window import MainWindow
from gui.pages.start import LoginPage
from gui.pages.typist.entry import REVIEW, EntryPage
from gui.pages.typist.finished import FinishedPage
from gui.pages.typist.home import HomePage
from tests.app.support import PASSWORD, Paper, good_paper
from tests.gui.world import focused, key, shift_enter, type_section, type_text

TYPIST = "anna"
STATIONS = (1, 2, 3)


def paper(station: int) -> Paper:
    """What the paper of ``station`` says (consistent; candidate votes differ per station)."""
    return good_paper({"L1.1": 30 + station, "L1.2": 20 - station})


def say(*words: object) -> None:
    """One line to the parent, flushed at once."""
    print(*words, flush=True)


def log_in(window: MainWindow) -> HomePage:
    """User name, Enter, password, Enter."""
    page = window.page()
    assert isinstance(page, LoginPage)
    type_text(TYPIST, page.username)
    key(Qt.Key.Key_Return)
    type_text(PASSWORD, page.password)
    key(Qt.Key.Key_Return)
    home = window.page()
    assert isinstance(home, HomePage), page.notice.text()
    return home


def open_station(window: MainWindow, home: HomePage, station: int) -> EntryPage | None:
    """The number, Enter (the name appears), Enter (start or resume); None when refused."""
    assert focused() is home.number, focused().objectName()
    type_text(str(station), home.number)
    key(Qt.Key.Key_Return)
    if window.page() is home and home.lookup is not None and not home.lookup.can_start:
        say("REFUSED", station)
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        key(Qt.Key.Key_Delete)
        return None
    if window.page() is home:
        key(Qt.Key.Key_Return)
    entry = window.page()
    assert isinstance(entry, EntryPage), (home.why.text(), home.notice.text())
    return entry


def type_station(window: MainWindow, home: HomePage, station: int) -> None:
    """Open ``station`` by number and type it to the end."""
    entry = open_station(window, home, station)
    if entry is None:
        return
    say("AT", station, "review" if entry.current == REVIEW else entry.current)
    sheet = paper(station)
    while entry.current != REVIEW:
        section = entry.current
        assert section is not None
        type_section(entry, sheet[section])
        if entry.current == section:
            raise AssertionError(f"not saved: {section}: {entry.alert.text()}")
        say("CONFIRMED", station, section)
    assert focused() is entry.save_button
    shift_enter()
    done = window.page()
    assert isinstance(done, FinishedPage), entry.alert.text()
    say("FINALISED", station)
    key(Qt.Key.Key_Return)
    assert window.page() is home


def drive(window: MainWindow) -> None:
    """The whole session of typist anna, then quit (exit code 1 when anything went wrong)."""
    try:
        home = log_in(window)
        for station in STATIONS:
            type_station(window, home, station)
    except BaseException:
        traceback.print_exc()
        QApplication.exit(1)
        return
    QApplication.exit(0)


def main(database: Path) -> int:
    """Start the real app and drive it from inside its event loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    faulthandler.enable()  # a crash names its place on stderr
    app = application([sys.argv[0]])
    window = start(database)
    QTimer.singleShot(0, lambda: drive(window))
    code = app.exec()
    shut_down(window)
    return int(code)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
