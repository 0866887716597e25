"""A small installation for the tests of the window, the typist's screens and the projector: an
election with two lists whose candidates have names, three stations, two typists and a coordinator,
served through the interface object (:func:`kieskring.app.api.open_local`), and keyboard helpers that
press keys on whatever widget has the focus (as a user's keys go)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui.pages.typist.entry import EntryPage
from gui.pages.typist.form import TickBox
from kieskring.app.api import AppApi, open_local
from kieskring.app.setup import ElectionSetup, ListSetup, StationSetup, save_setup
from kieskring.app.users import Role, Users
from kieskring.storage import Store
from tests.app.support import PASSWORD, SETUP, cheap_hasher

LISTS = (
    ListSetup(1, "Partij A", 3, ("Peters, H.J. (Erik)", "Wassink, N.", "Jansen, M.A.C. (Marie)")),
    ListSetup(2, "Partij B", 2, ("de Vries, A.", "Bos, F. (Fenna)")),
)
ELECTION = replace(SETUP, lists=LISTS, municipality_id="9999", municipality_name="Testdorp")
BIG = ElectionSetup(
    election_id="GR2029_Groot",
    name="Gemeenteraad Groot 2029",
    counting=SETUP.counting,
    voter_passes=False,
    lists=(
        ListSetup(
            1,
            "Dorpsbelang Maas en Waal",
            50,
            tuple(f"Kandidaat-Achternaam{n}, V.W.X. (Voornaam{n})" for n in range(1, 51)),
        ),
        ListSetup(2, "Groen Vooruit", 2, ("Groen, A.", "Vooruit, B.")),
    ),
    stations=(StationSetup(1, "Dorpshuis De Hucht, Dorpsstraat 12 (6626 AC)", 1500),),
    municipality_id="9998",
    municipality_name="Berkelstad",
)
"""A list page of 50 candidates with long names (fit and speed)."""
USERS = (("anna", "Anna de Vries", Role.INVOERDER), ("bram", "Bram Bos", Role.INVOERDER),
         ("carla", "Carla Coördinator", Role.COORDINATOR))  # fmt: skip


class Clock:
    """A clock for the serving side that a test moves."""

    def __init__(self) -> None:
        self.now = dt.datetime(2029, 3, 21, 21, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def installation(path: Path, setup: ElectionSetup = ELECTION) -> None:
    """An administrator, the election and the users, made through the services."""
    with Store(path) as store:
        users = Users(store, cheap_hasher())
        admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
        save_setup(store, users, admin, setup)
        for name, full, role in USERS:
            users.create_user(admin, name, full, role, PASSWORD)


def serve(path: Path, clock: Clock | None = None) -> AppApi:
    """The interface to the installation at ``path`` (this laptop)."""
    if clock is None:
        return open_local(path, workstation="tafel-1", hasher=cheap_hasher())
    return open_local(path, workstation="tafel-1", hasher=cheap_hasher(), clock=clock)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def focused() -> QWidget:
    """The widget with the keyboard focus."""
    settle()
    widget = QApplication.focusWidget()
    if widget is None or not widget.window().isVisible():
        # the offscreen platform does not give the focus back to the window after a dialog
        modal = QApplication.activeModalWidget()
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        for window in [modal] if modal is not None else windows:
            window.activateWindow()
        settle()
        widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def key(name: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key where the focus is."""
    QTest.keyClick(focused(), name, modifier)
    settle()


def type_text(text: str, expected: QWidget | None = None) -> None:
    """Type ``text`` where the focus is (which must be ``expected`` when given)."""
    widget = focused()
    assert expected is None or widget is expected, (widget.objectName(), expected.objectName())
    QTest.keyClicks(widget, text)
    settle()


def tab_to(name: str, limit: int = 60) -> QWidget:
    """Press Tab until the widget named ``name`` has the focus (it must be reachable by keyboard)."""
    passed = []
    for _ in range(limit):
        widget = focused()
        if widget.objectName() == name:
            return widget
        passed.append(widget.objectName())
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"{name} not reached by Tab; passed {passed}")


def shift_enter() -> None:
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)


def type_section(page: EntryPage, values: Mapping[str, int | None], *, save: bool = True) -> None:
    """Type ``values`` into the section on screen, field by field in the focus order: digits into a
    number field (over what was there), Space to tick a box that must be ticked (or unticked); Enter
    between fields, and Shift+Enter on the last one saves (``save``)."""
    form = page.form
    assert form is not None, "no section on screen"
    order = list(form.order)
    assert focused() is order[0], (focused().objectName(), order[0].objectName())
    for index, widget in enumerate(order):
        assert focused() is widget, (index, focused().objectName(), widget.objectName())
        value = values.get(next(k for k, w in form.inputs.items() if w is widget))
        if isinstance(widget, TickBox):
            if bool(value) != widget.isChecked():
                key(Qt.Key.Key_Space)
        else:
            key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            if value is None:
                key(Qt.Key.Key_Delete)
            else:
                type_text(str(value))
        if index + 1 < len(order):
            key(Qt.Key.Key_Return)
    if save:
        shift_enter()


def shown_modal() -> QWidget | None:
    """The modal dialog on screen now: Qt's active one, else the last one shown (offscreen Qt's
    idea of the active modal may lag behind)."""
    active = QApplication.activeModalWidget()
    if active is not None and active.isVisible():
        return active
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]
    return shown[-1] if shown else None


def when_modal(*steps: Callable[[QWidget], None], timeout_ms: int = 30_000) -> list[str]:
    """Answer the modal dialogs that will open, in order: each step gets the dialog on screen (the
    keys go where its focus is). Returns the titles of the dialogs answered (for the assertion that
    they all opened). A dialog still waiting when the time is up is closed, so that the test fails
    on its assertion instead of hanging in the dialog's event loop. (A dialog left open by an
    earlier test would take the keys: ``conftest.py`` closes them after every test.)"""
    answered: list[str] = []
    pending = list(steps)
    deadline = time.monotonic() + timeout_ms / 1000
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = shown_modal()
        if dialog is not None and dialog.focusWidget() is None:
            dialog.activateWindow()  # offscreen, another test's window may still hold activation
        ready = dialog is not None and dialog.focusWidget() is not None
        if dialog is not None and ready and dialog not in seen:
            seen.append(dialog)
            step = pending.pop(0)
            answered.append(dialog.windowTitle())
            step(dialog)
        if not pending:
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(10, poll)
        elif dialog is not None:
            dialog.close()

    QTimer.singleShot(0, poll)
    return answered


def press_in(
    dialog: QWidget, name: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key in ``dialog`` where its focus is."""
    target = dialog.focusWidget() or dialog
    QTest.keyClick(target, name, modifier)
