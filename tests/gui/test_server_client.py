"""A workstation of a serving laptop (``uitslag-app --server``, issue 14), driven by keyboard: the pin
page of a real ``uitslag serve`` on 127.0.0.1 — wrong groups are refused and nothing is pinned, the
right ones pin the certificate and the login follows (and the next start skips the pin page); and the
lost-connection banner over the typist's form — with a transport that cannot reach the server for a
while, the section typed stays on screen, the banner says so (sign and words), the window tries again
and the section is saved once when the server is back."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.client import ServerClient
from gui.main_window import MainWindow
from gui.pages.start import LoginPage
from gui.pages.start.pin import PinPage
from gui.pages.typist.entry import EntryPage
from gui.pages.typist.home import HomePage
from kieskring.app.api import Backend
from kieskring.app.api.client import proxy
from kieskring.app.api.dispatch import Request
from kieskring.app.api.transport import Connection, LocalTransport
from kieskring.app.api.workstation import PIN_FILE, PIN_FOLDER_VARIABLE, PinBook
from kieskring.errors import Problem, UserError
from kieskring.server.process import ServerProcess, typed_groups
from kieskring.storage import Store
from tests.app.support import PASSWORD, cheap_hasher, good_paper
from tests.gui import fit
from tests.gui.world import focused, installation, key, settle, shift_enter, type_text

pytestmark = pytest.mark.gui
SIZES = [fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    installation(tmp_path / "gsb.sqlite")
    running = ServerProcess(tmp_path / "gsb.sqlite", "--allow-network")
    yield running
    running.stop()


def pin_page(qtbot: QtBot, client: ServerClient) -> PinPage:
    window = client.begin()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settle()
    page = getattr(window, "page", lambda: None)()
    assert isinstance(page, PinPage)
    return page


def type_groups(page: PinPage, groups: tuple[str, str]) -> None:
    """The first group, the second (the focus moves on after four characters), Enter."""
    first, second = page.check.fields
    assert focused() is first
    type_text(groups[0], first)
    assert focused() is second
    type_text(groups[1], second)
    second.setFocus()
    key(Qt.Key.Key_Return)


def test_the_pin_page_refuses_wrong_groups_and_pins_the_right_ones(
    qtbot: QtBot, tmp_path: Path, server: ServerProcess
) -> None:
    book = PinBook(tmp_path / "werkplek" / PIN_FILE)
    client = ServerClient(server.url, book=book, workstation="werkplek-3")
    page = pin_page(qtbot, client)
    hidden = page.challenge.challenge.positions
    labels = page.check.instruction.text()
    assert f"groep {hidden[0]} en groep {hidden[1]}" in labels  # the real group numbers
    names = [f.accessibleName() for f in page.check.fields]
    assert names == [f"Groep {n} van de server, van het papier" for n in hidden]
    assert server.url in page.subtitle.text()
    assert server.url in page.window().windowTitle()
    right = typed_groups(server.fingerprint)
    wrong = ("0000" if right[0] != "0000" else "1111", right[1])
    type_groups(page, wrong)
    assert client.main is None and client.window is page.window()
    assert page.notice.isVisible() and "NET.PIN_TYPED" in page.notice.text()
    assert [f.text() for f in page.check.fields] == ["", ""]
    assert book.remembered(server.url) is None
    for size in SIZES:  # with the refusal shown
        fit.assert_fits(page.window(), primary=page.submit, size=size)
    type_groups(page, (right[0].upper(), right[1].upper()))
    window = client.main
    assert isinstance(window, MainWindow) and client.window is window
    qtbot.addWidget(window)
    login = window.page()
    assert isinstance(login, LoginPage) and focused() is login.username
    assert book.remembered(server.url) == server.fingerprint
    assert window.header.connection.text() == f"Verbonden met: server {server.url}"
    type_text("anna", login.username)
    key(Qt.Key.Key_Return)
    type_text(PASSWORD, login.password)
    key(Qt.Key.Key_Return)
    assert isinstance(window.page(), HomePage), login.notice.text()
    assert window.windowTitle().endswith(f"Anna de Vries · server {server.url}")
    window.close()
    again = ServerClient(server.url, book=book, workstation="werkplek-3")
    second = again.begin()  # pinned before: straight to the login
    qtbot.addWidget(second)
    assert isinstance(second, MainWindow) and isinstance(second.page(), LoginPage)
    second.close()


class Flaky:
    """The serving side in this process, behind a cable the test can pull: while ``down`` every call
    fails as the HTTP transport's does when the server cannot be reached; what arrives is counted."""

    def __init__(self, backend: Backend) -> None:
        where = Connection("server", "https://127.0.0.1:8443", "werkplek-7")
        self.inner = LocalTransport(backend.dispatcher, where, backend.close)
        self.connection = where
        self.down = False
        self.failed = 0
        self.delivered: list[str] = []

    def send(self, request: Request) -> bytes:
        if self.down:
            self.failed += 1
            problem = Problem(
                "NET.CONNECTION_LOST",
                "de verbinding met de server is verbroken",
                "the connection to the server is lost",
            )
            raise UserError((problem,))
        self.delivered.append(request.method)
        return self.inner.send(request)

    def close(self) -> None:
        self.inner.close()


def saves_in_log(path: Path, section: str) -> int:
    with Store(path) as store:
        rows = store.query(
            "SELECT count(*) AS n FROM audit_log WHERE action = 'entry.save_section' "
            "AND payload LIKE ?",
            (f"%{section}%",),
        )
    return int(rows[0]["n"])


def fill(entry: EntryPage, section: str) -> dict[str, int | None]:
    """The section's fields as the paper says (what the typist typed)."""
    assert entry.form is not None
    values = good_paper()[section]
    for field, value in values.items():
        entry.form.inputs[field].set_value(value)
    typed = entry.form.values()
    assert {k: typed[k] for k in values} == values
    return typed


def test_a_lost_connection_keeps_the_section_and_saves_it_once_when_the_server_is_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("gui.pages.start.link.retry_delay", lambda attempt: 0.2)
    installation(tmp_path / "gsb.sqlite")
    cable = Flaky(Backend(tmp_path / "gsb.sqlite", hasher=cheap_hasher()))
    window = MainWindow(proxy(cable))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settle()
    login = window.page()
    assert isinstance(login, LoginPage)
    login.username.setText("anna")
    login.password.setText(PASSWORD)
    login.log_in()
    home = window.page()
    assert isinstance(home, HomePage)
    type_text("1", home.number)
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)
    entry = window.page()
    assert isinstance(entry, EntryPage) and entry.current == "extra_investigation"
    fill(entry, "extra_investigation")
    shift_enter()
    assert entry.current == "station_differences"
    typed = fill(entry, "station_differences")
    cable.down = True
    shift_enter()
    banner = window.link.banner
    assert banner.isVisible() and banner.headline.text().startswith("Verbinding met de server")
    assert "⚠" in [w.text() for w in banner.findChildren(type(banner.headline))]
    assert entry.current == "station_differences" and entry.form.values() == typed
    assert not entry.alert.isVisible()  # the banner says it, once
    page = window.page()
    assert page is entry and page.primary is not None
    for size in SIZES:  # the banner over the typist's form
        fit.assert_fits(window, primary=page.primary, size=size)
    qtbot.waitUntil(lambda: cable.failed >= 3, timeout=5000)  # tried again, still away
    assert banner.isVisible() and cable.delivered.count("save_section") == 1  # the questions
    cable.down = False
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    assert entry.current == "voters_votes" and not entry.alert.isVisible()
    assert cable.delivered.count("save_section") == 2  # the questions, then this section once
    assert saves_in_log(tmp_path / "gsb.sqlite", "station_differences") == 1
    window.close()


def test_uitslag_app_takes_a_database_or_a_server_and_says_why_it_cannot_start(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", PIN_FOLDER_VARIABLE: str(tmp_path)}
    app = [sys.executable, "-m", "gui"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*app, *args], check=False, env=env, capture_output=True, text=True, timeout=60
        )

    both, neither = run("x.sqlite", "--server", "https://127.0.0.1:1"), run()
    assert both.returncode == neither.returncode == 2 and "--server" in neither.stderr
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"https://127.0.0.1:{probe.getsockname()[1]}"
    away = run("--server", url)
    assert away.returncode == 1, away.stderr
    assert "NET.UNREACHABLE" in away.stderr and "kabel van deze werkplek" in away.stderr
    assert not (tmp_path / PIN_FILE).exists()


def test_plain_http_to_a_test_server_on_this_machine_needs_no_pin(
    qtbot: QtBot, tmp_path: Path
) -> None:
    installation(tmp_path / "gsb.sqlite")
    server = ServerProcess(tmp_path / "gsb.sqlite", "--allow-network", "--insecure-localhost")
    try:
        assert server.url.startswith("http://127.0.0.1:")
        book = PinBook(tmp_path / PIN_FILE)
        client = ServerClient(server.url, book=book, insecure_localhost=True)
        window = client.begin()
        qtbot.addWidget(window)
        assert isinstance(window, MainWindow) and isinstance(window.page(), LoginPage)
        assert window.windowTitle() == (
            f"Uitslag · Gemeenteraad Testdorp 2026 · Testdorp · GSB · server {server.url}"
        )
        assert not book.path.exists()
        window.close()
        with pytest.raises(UserError) as refused:  # http without the test flag: refused
            ServerClient(server.url, book=book).begin()
        assert refused.value.problems[0].code == "NET.NOT_TLS"
    finally:
        server.stop()
