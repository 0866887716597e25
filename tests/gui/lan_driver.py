"""Child process of the LAN test: the real desktop app as a workstation of ``uitslag serve``, driven by
keyboard like a typist in the room.

``python -m tests.gui.lan_driver JOB.json`` starts the app as ``uitslag-app --server URL`` does
(:func:`gui.app.start_client`, offscreen, its pins in the job's own settings folder), types the two
blanked groups of the fingerprint the serving laptop shows into the pin page, logs in by typing, and
then enters every station of the job's order: the number and Enter (the name appears), Enter (start),
every field of every section (Enter to the next field, Shift+Enter saves; a warning is acknowledged
with Space and saved again), and Shift+Enter on "Controleren en afronden". A station the app does not
let this typist start yet (the other typist holds it) goes to the back of the queue.

The job (JSON): ``url``, ``fingerprint`` (as printed by the server), ``settings`` (the workstation's
settings folder), ``username``, ``password``, ``order`` (station numbers) and ``papers`` (number →
the paper as the form's sections). Lines on stdout, flushed at once: ``PINNED``, ``LOGGED_IN``,
``WAITING <station>`` (not yet), ``FINALISED <station>``, ``DONE``.
"""

from __future__ import annotations

import faulthandler
import json
import os
import sys
import time
import traceback
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.app import application, shut_down, start_client
from gui.client import ServerClient
from gui.main_window import MainWindow
from gui.pages.start import LoginPage
from gui.pages.start.pin import PinPage
from gui.pages.typist.entry import REVIEW, EntryPage
from gui.pages.typist.finished import FinishedPage
from gui.pages.typist.home import HomePage
from kieskring.app.api.workstation import PIN_FOLDER_VARIABLE
from kieskring.server.process import typed_groups
from tests.gui.world import focused, key, settle, shift_enter, type_section, type_text

Paper = Mapping[str, Mapping[str, int | None]]
DEADLINE = 900.0
"""Seconds a typist keeps trying before giving up (the test fails then)."""


def say(*words: object) -> None:
    """One line to the parent, flushed at once."""
    print(*words, flush=True)


def pin(client: ServerClient, fingerprint: str) -> MainWindow:
    """Type the two groups the pin page asks for, as the serving laptop shows them; Enter."""
    window = client.window
    page = getattr(window, "page", lambda: None)()
    assert isinstance(page, PinPage), type(page)
    first, second = typed_groups(fingerprint)
    type_text(first, page.check.fields[0])
    type_text(second, page.check.fields[1])
    page.check.fields[1].setFocus()
    key(Qt.Key.Key_Return)
    assert isinstance(client.main, MainWindow), page.notice.text()
    say("PINNED")
    return client.main


def log_in(window: MainWindow, username: str, password: str) -> HomePage:
    """User name, Enter, password, Enter."""
    page = window.page()
    assert isinstance(page, LoginPage)
    type_text(username, page.username)
    key(Qt.Key.Key_Return)
    type_text(password, page.password)
    key(Qt.Key.Key_Return)
    home = window.page()
    assert isinstance(home, HomePage), page.notice.text()
    say("LOGGED_IN")
    return home


def clear_number(home: HomePage) -> None:
    home.number.setFocus()
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_Delete)


def open_station(window: MainWindow, home: HomePage, station: int) -> EntryPage | None:
    """The number, Enter (the name appears), Enter (start); None when not (yet) possible."""
    assert focused() is home.number, focused().objectName()
    type_text(str(station), home.number)
    key(Qt.Key.Key_Return)
    if window.page() is home and (home.lookup is None or not home.lookup.can_start):
        clear_number(home)
        return None
    if window.page() is home:
        key(Qt.Key.Key_Return)
    entry = window.page()
    if not isinstance(entry, EntryPage):  # taken by the other typist in between
        clear_number(home)
        return None
    return entry


def type_entry(window: MainWindow, entry: EntryPage, paper: Paper) -> None:
    """Every section by keyboard (a warning acknowledged), then finish."""
    while entry.current != REVIEW:
        section = entry.current
        assert section is not None
        type_section(entry, paper[section])
        if entry.current == section and entry.findings_box.isVisible():
            assert focused() is entry.findings_box.acknowledge
            key(Qt.Key.Key_Space)
            shift_enter()
        if entry.current == section:
            raise AssertionError(f"not saved: {section}: {entry.alert.text()}")
    assert focused() is entry.save_button
    shift_enter()
    done = window.page()
    assert isinstance(done, FinishedPage), entry.alert.text()
    key(Qt.Key.Key_Return)


def type_all(window: MainWindow, home: HomePage, job: Mapping[str, Any]) -> None:
    """Every station of the job once; one not yet possible waits at the back of the queue."""
    queue = deque(int(n) for n in job["order"])
    deadline = time.monotonic() + DEADLINE
    while queue:
        station = queue.popleft()
        entry = open_station(window, home, station)
        if entry is None:
            say("WAITING", station)
            queue.append(station)
            if time.monotonic() > deadline:
                raise AssertionError(f"stations never ready: {sorted(queue)}")
            time.sleep(0.2)
            settle()
            continue
        type_entry(window, entry, job["papers"][str(station)])
        assert window.page() is home
        say("FINALISED", station)


def drive(client: ServerClient, job: Mapping[str, Any]) -> None:
    """Pin, log in, type; then quit (exit code 1 when anything went wrong)."""
    try:
        window = pin(client, job["fingerprint"])
        home = log_in(window, job["username"], job["password"])
        type_all(window, home, job)
        say("DONE")
    except BaseException:
        traceback.print_exc()
        QApplication.exit(1)
        return
    QApplication.exit(0)


def main(path: Path) -> int:
    """Start the real app in client mode and drive it from inside its event loop."""
    job = json.loads(path.read_text(encoding="utf-8"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ[PIN_FOLDER_VARIABLE] = job["settings"]
    faulthandler.enable()
    app = application([sys.argv[0]])
    client = start_client(job["url"])
    QTimer.singleShot(0, lambda: drive(client, job))
    code = app.exec()
    if client.main is not None:
        shut_down(client.main)
    return int(code)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
