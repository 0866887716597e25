"""The window and the start (docs/app.md §3.1): the first administrator with the password twice and the
rules shown, login refused and accepted by keyboard, the header saying who works where, a temporary
password replaced before anything else, Ctrl+L, a session ended elsewhere, the idle warning with
"Doorgaan", expiry back to the login with the services' message, and F1 listing the page's keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.pages.start import ChangePasswordPage, FirstRunPage, IdleDialog, LoginPage, NoScreenPage
from gui.pages.typist.entry import EntryPage
from gui.pages.typist.home import HomePage
from kieskring.app.api import AppApi, open_local
from kieskring.app.api.sessions import IDLE_LIMIT, IDLE_WARNING
from kieskring.app.users import Role
from kieskring.errors import UserError
from tests.app.support import PASSWORD, cheap_hasher
from tests.gui.world import Clock, focused, installation, key, serve, settle, type_text

pytestmark = pytest.mark.gui


class Monotonic:
    """The window's clock for idleness, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(tmp_path: Path, clock: Clock) -> Iterator[AppApi]:
    installation(tmp_path / "gsb.sqlite")
    served = serve(tmp_path / "gsb.sqlite", clock)
    yield served
    served.close()


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
def window(qtbot: QtBot, api: AppApi, monotonic: Monotonic) -> Iterator[MainWindow]:
    shown = MainWindow(api, clock=monotonic)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    settle()
    yield shown
    shown.idle.stop()


def log_in(window: MainWindow, username: str, password: str = PASSWORD) -> None:
    """User name, Enter, password, Enter — by keyboard only."""
    page = window.page()
    assert isinstance(page, LoginPage)
    assert focused() is page.username
    type_text(username, page.username)
    key(Qt.Key.Key_Return)
    type_text(password, page.password)
    key(Qt.Key.Key_Return)
    settle()


def test_the_first_start_creates_the_administrator_with_the_password_twice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    api = open_local(tmp_path / "nieuw.sqlite", hasher=cheap_hasher())
    window = MainWindow(api)
    qtbot.addWidget(window)
    window.show()
    settle()
    page = window.page()
    assert isinstance(page, FirstRunPage)
    assert "Minstens" in page.rules.text() and "tekens" in page.rules.text()  # the rules shown
    for text in ("beheer", "Bea Beheer", PASSWORD, PASSWORD + "x"):
        type_text(text)
        key(Qt.Key.Key_Return)
    assert window.page() is page, "two different passwords are refused"
    assert "USERS.PASSWORDS_DIFFER" in page.notice.text()
    assert "niet gelijk" in page.notice.text()
    assert page.password.text() == "" and focused() is page.password
    type_text(PASSWORD)
    key(Qt.Key.Key_Return)
    type_text(PASSWORD)
    key(Qt.Key.Key_Return)
    assert window.session is not None and window.session.role is Role.BEHEERDER
    assert window.windowTitle().endswith("Beheerder · Bea Beheer")
    assert not isinstance(window.page(), FirstRunPage)
    window.close()
    api.close()


def test_login_refused_then_accepted_and_the_header(window: MainWindow) -> None:
    page = window.page()
    assert isinstance(page, LoginPage)
    assert page.subtitle.text() == "Gemeenteraad Testdorp 2026 · Testdorp · GSB"
    log_in(window, "anna", "verkeerd wachtwoord")
    assert window.page() is page
    assert "USERS." in page.notice.text() and page.notice.isVisible()
    assert "Traceback" not in page.notice.text()
    assert focused() is page.password and page.password.text() == ""
    key(Qt.Key.Key_Backtab)
    page.username.clear()
    log_in(window, "anna")
    assert isinstance(window.page(), HomePage)
    title = "Uitslag · Gemeenteraad Testdorp 2026 · Testdorp · GSB · Invoerder · Anna de Vries"
    assert window.windowTitle() == title
    assert window.header.title.full_text() == title
    assert window.header.connection.text() == "Verbonden met: deze laptop"
    assert window.logout_button.isVisible()


def test_a_role_without_pages_gets_a_way_out(window: MainWindow) -> None:
    window.pages = {}
    log_in(window, "carla")
    page = window.page()
    assert isinstance(page, NoScreenPage)
    assert page.primary is page.log_out
    page.log_out.click()
    assert isinstance(window.page(), LoginPage)


def test_a_temporary_password_is_replaced_before_anything_else(
    window: MainWindow, tmp_path: Path
) -> None:
    admin = serve(tmp_path / "gsb.sqlite")
    admin.login("beheer", PASSWORD)
    anna = next(row for row in admin.users() if row.username == "anna")
    temporary = admin.reset_password(anna.id).temporary_password
    admin.close()
    log_in(window, "anna", temporary)
    page = window.page()
    assert isinstance(page, ChangePasswordPage)
    assert focused() is page.password
    assert "Regels voor het wachtwoord" in page.rules.text()
    with pytest.raises(UserError) as refused:  # nothing else until the password is changed
        window.guarded.typist_home()
    assert refused.value.problems[0].code == "USERS.MUST_CHANGE_PASSWORD"
    for text in ("een nieuw wachtwoord", "een ander wachtwoord"):
        type_text(text)
        key(Qt.Key.Key_Return)
    assert window.page() is page and "USERS.PASSWORDS_DIFFER" in page.notice.text()
    for _ in range(2):
        type_text("een nieuw wachtwoord")
        key(Qt.Key.Key_Return)
    assert isinstance(window.page(), HomePage)
    window.logout()
    log_in(window, "anna", "een nieuw wachtwoord")
    assert isinstance(window.page(), HomePage)


def test_ctrl_l_logs_out(window: MainWindow, api: AppApi) -> None:
    log_in(window, "anna")
    home = window.page()
    assert isinstance(home, HomePage)
    key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    page = window.page()
    assert isinstance(page, LoginPage)
    assert page.notice.text() == "Je bent uitgelogd."
    assert window.windowTitle() == "Uitslag · Gemeenteraad Testdorp 2026 · Testdorp · GSB"
    assert not window.logout_button.isVisible()
    with pytest.raises(UserError) as ended:
        api.typist_home()
    assert ended.value.problems[0].code == "SESSION.REQUIRED"


def test_a_login_elsewhere_ends_this_session_with_the_services_message(
    window: MainWindow, tmp_path: Path
) -> None:
    log_in(window, "anna")
    home = window.page()
    assert isinstance(home, HomePage)
    other = serve(tmp_path / "gsb.sqlite")
    other.login("anna", PASSWORD)
    other.close()
    home.refresh()  # the next call of the page
    settle()
    page = window.page()
    assert isinstance(page, LoginPage)
    assert "andere werkplek" in page.notice.text() and "SESSION.ENDED" in page.notice.text()
    assert window.session is None


def test_the_idle_warning_keeps_a_session_and_expiry_returns_to_the_login(
    window: MainWindow, clock: Clock, monotonic: Monotonic, api: AppApi
) -> None:
    log_in(window, "anna")
    watch = window.idle
    assert (watch.warning_after, watch.limit) == (
        IDLE_WARNING.total_seconds(),
        IDLE_LIMIT.total_seconds(),
    )
    monotonic.now += watch.warning_after - 1
    watch.check()
    assert watch.dialog is None
    monotonic.now += 2
    clock.now += IDLE_WARNING + IDLE_WARNING / 1500
    watch.check()
    dialog = watch.dialog
    assert isinstance(dialog, IdleDialog) and dialog.isVisible()
    assert "Over 5 minuten word je uitgelogd" in dialog.findChild(QLabel, "idle_text").text()
    assert focused() is dialog.go_on
    key(Qt.Key.Key_Return)  # "Doorgaan"
    assert watch.dialog is None
    clock.now += IDLE_LIMIT - IDLE_WARNING / 1500  # within the limit of the keep-alive
    assert api.typist_home().session.entry_open
    # idle again, past the limit: the services end the session and the window says why
    monotonic.now += watch.warning_after
    watch.check()
    assert watch.dialog is not None
    clock.now += IDLE_LIMIT * 2
    monotonic.now += watch.limit - watch.warning_after
    watch.check()
    settle()
    page = window.page()
    assert isinstance(page, LoginPage)
    assert "30 minuten niet actief" in page.notice.text()
    assert "SESSION.EXPIRED" in page.notice.text()
    assert watch.dialog is None and not watch.watching


def test_working_keeps_the_session_alive_without_a_warning(
    window: MainWindow, clock: Clock, monotonic: Monotonic, api: AppApi
) -> None:
    log_in(window, "anna")
    watch = window.idle
    home = window.page()
    assert isinstance(home, HomePage)
    for _ in range(4):  # 40 minutes at work, without a call the services count meanwhile
        monotonic.now += 600
        clock.now += IDLE_LIMIT / 3
        key(Qt.Key.Key_Tab)  # on to the next control
        home.refresh()  # the page's own refresh is no activity (for the services neither)
        watch.check()
        assert watch.dialog is None
    assert api.typist_home().session.entry_open
    monotonic.now += watch.warning_after  # then nothing at all, while the page refreshes itself
    home.refresh()
    watch.check()
    assert watch.dialog is not None


def test_f1_lists_the_shortcuts_of_the_page_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    log_in(window, "anna")
    home = window.page()
    assert isinstance(home, HomePage)
    type_text("1", home.number)
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)
    entry = window.page()
    assert isinstance(entry, EntryPage)
    key(Qt.Key.Key_F1)
    overlay = window.help
    assert overlay.isVisible()
    listed = {s.keys: s.description for s in overlay.shortcuts}
    assert listed["Shift+Return"] == "Opslaan en verder"
    assert listed["Alt+Left"] == "Vorige"
    assert listed["Ctrl+S"] == "Stoppen…"
    assert listed["Ctrl+L"] == "Uitloggen"
    assert listed["Shift+Down"] == "Naar het totaal van de lijst"
    assert "F6" in listed and "F1" in listed
    shown = {label.text() for label in overlay.findChildren(QLabel)}
    assert {"Shift+Enter", "Alt+←", "Ctrl+L"} <= shown
    key(Qt.Key.Key_Escape)  # the overlay's "Sluiten (Esc)"
    qtbot.waitUntil(lambda: not overlay.isVisible(), timeout=2000)
    assert entry.form is not None and focused() is entry.form.first_input()
