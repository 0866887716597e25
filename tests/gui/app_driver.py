"""Child process of the app kill-safety test: the real desktop app, driven by keyboard like a typist.

``python -m tests.gui.app_driver DB`` starts the app as ``uitslag-app DB`` does (:func:`gui.app.start`,
offscreen), logs in as typist ``anna`` by typing into the login form, and then for stations 1, 2 and 3:
types the number and Enter, types every field of every section (Enter to the next field, Shift+Enter on
the last field saves the section), and presses Enter on "Invoer afronden". Every key goes to the widget
that has the keyboard focus, so the test also checks the app's focus order.

Lines on stdout (flushed at once, so a SIGKILL loses none that were printed):

* ``AT <station> <section>``: the station is open; the app shows this section first;
* ``REFUSED <station>``: the app would not open it for this typist (already finalised by her);
* ``CONFIRMED <station> <section>``: the app saved the section (it moved on to the next one);
* ``FINALISED <station>``: the entry of the station is finished.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui.app import application, start
from gui.entry_page import EntryPage
from gui.main_window import MainWindow
from tests.app.support import PASSWORD, Paper, good_paper

TYPIST = "anna"
STATIONS = (1, 2, 3)


def paper(station: int) -> Paper:
    """What the paper of ``station`` says (consistent; candidate votes differ per station)."""
    return good_paper({"L1.1": 30 + station, "L1.2": 20 - station})


def say(*words: object) -> None:
    """One line to the parent, flushed at once."""
    print(*words, flush=True)


def focused() -> QWidget:
    """The widget with the keyboard focus (where a user's keys go)."""
    QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def key(name: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key on the focused widget."""
    QTest.keyClick(focused(), name, modifier)
    QApplication.processEvents()


def type_text(text: str, expected: QWidget | None = None) -> None:
    """Type ``text`` into the focused widget (which must be ``expected`` when given)."""
    widget = focused()
    assert expected is None or widget is expected, (widget.objectName(), expected)
    QTest.keyClicks(widget, text)


def log_in(window: MainWindow) -> EntryPage:
    """User name, Tab, password, Enter."""
    type_text(TYPIST, window.login.username)
    key(Qt.Key.Key_Tab)
    type_text(PASSWORD, window.login.password)
    key(Qt.Key.Key_Return)
    page = window.page
    assert isinstance(page, EntryPage), window.login.message.text()
    return page


def type_section(page: EntryPage, values: dict[str, int | None]) -> None:
    """Every field in order; Enter between fields, Shift+Enter on the last one saves."""
    keys = list(page.inputs)
    for i, field in enumerate(keys):
        edit = page.inputs[field]
        assert focused() is edit, (field, focused().objectName())
        edit.selectAll()
        type_text(str(values.get(field) or ""), edit)
        last = i == len(keys) - 1
        key(
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ShiftModifier if last else Qt.KeyboardModifier.NoModifier,
        )


def type_station(page: EntryPage, station: int) -> None:
    """Open ``station`` by number and type it to the end."""
    type_text(str(station), page.number)
    key(Qt.Key.Key_Return)
    if page.station != station:
        assert page.message.text().startswith("FOUT"), page.message.text()
        say("REFUSED", station)
        page.number.selectAll()
        return
    say("AT", station, page.sections[page.section_index].key)
    sheet = paper(station)
    while True:
        section = page.sections[page.section_index]
        before = page.section_title.text()
        type_section(page, sheet[section.key])
        if page.section_title.text() == before:
            raise AssertionError(f"not saved: {section.key}: {page.message.text()}")
        say("CONFIRMED", station, section.key)
        if focused() is page.finalise_button:
            break
    key(Qt.Key.Key_Return)
    assert page.message.text().startswith("Afgerond"), page.message.text()
    say("FINALISED", station)


def drive(window: MainWindow) -> None:
    """The whole session of typist anna, then quit (exit code 1 when anything went wrong)."""
    try:
        page = log_in(window)
        for station in STATIONS:
            assert focused() is page.number, focused().objectName()
            type_station(page, station)
    except BaseException:
        traceback.print_exc()
        QApplication.exit(1)
        return
    QApplication.exit(0)


def main(database: Path) -> int:
    """Start the real app and drive it from inside its event loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application([sys.argv[0]])
    window = start(database)
    QTimer.singleShot(0, lambda: drive(window))
    code = app.exec()
    window.context.store.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
