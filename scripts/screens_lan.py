"""Screenshots of a workstation of a serving laptop (``uitslag-app --server``, issue 14), made by
``scripts/screenshots.py``: the pin page (two groups of the server's fingerprint to type) and the
banner of a lost connection over the typist's form. The window and pages are the real ones; the server
is the installation in this process behind a transport whose cable the script pulls (no packet is
sent anywhere), shown at the address a room would use."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtTest import QTest
from screens_typist import fill, installation, log_in, paper, settle
from screenshots import hasher, screenshot

from gui.main_window import MainWindow
from gui.pages.start.pin import PinPage
from gui.pages.typist.entry import EntryPage
from gui.pages.typist.home import HomePage
from gui.widgets.header import HeaderInfo
from gui.widgets.shell import Shell
from kieskring.app.api import Backend
from kieskring.app.api.client import proxy
from kieskring.app.api.dispatch import Request
from kieskring.app.api.pinning import challenge_of
from kieskring.app.api.transport import Connection, LocalTransport
from kieskring.app.api.workstation import PIN_FILE, PinBook, ServerStart
from kieskring.errors import Problem, UserError
from kieskring.server.process import typed_groups

URL = "https://192.168.10.1:8443"
"""The serving laptop's address in the room (README: "Several workstations in one room")."""


class Cable:
    """The installation served in this process, as if over the room's LAN; ``pulled`` makes every
    call fail as the HTTP transport's does when the server cannot be reached."""

    def __init__(self, backend: Backend) -> None:
        self.connection = Connection("server", URL, "werkplek-12")
        self.inner = LocalTransport(backend.dispatcher, self.connection, backend.close)
        self.pulled = False

    def send(self, request: Request) -> bytes:
        if self.pulled:
            raise UserError(
                (
                    Problem(
                        "NET.CONNECTION_LOST",
                        f"de verbinding met de server ({URL}) is verbroken; wat je typte is bewaard. "
                        "Controleer de kabel en probeer het opnieuw, of ga verder op een andere "
                        "werkplek",
                        f"the connection to the server ({URL}) is lost; what you typed is kept",
                    ),
                )
            )
        return self.inner.send(request)

    def close(self) -> None:
        self.inner.close()


def pin_page(folder: Path, out: Path) -> None:
    """The first connection: the fingerprint with two groups to type, the first one typed."""
    digest = hashlib.sha256(b"certificaat van de server in de raadszaal").hexdigest()
    start = ServerStart(URL, None, challenge_of(URL, digest))
    window = Shell(HeaderInfo(server=URL))
    page = PinPage(start, PinBook(folder / PIN_FILE), lambda fingerprint: None)
    window.show_page(page)
    window.show()
    settle()
    first = page.check.fields[0]
    first.setFocus()
    QTest.keyClicks(first, typed_groups(digest)[0].upper())  # the first group typed, on to the next
    settle()
    screenshot(window, "verbinden-server-vingerafdruk", out=out)
    window.close()


def lost_connection(folder: Path, out: Path) -> None:
    """Anna types station 12's voters and votes; the cable is pulled as she saves."""
    path = folder / "gsb.sqlite"
    installation(path)
    cable = Cable(Backend(path, hasher=hasher()))
    window = MainWindow(proxy(cable))
    window.show()
    log_in(window, "anna")
    home = window.page()
    assert isinstance(home, HomePage)
    home.start_station(12)
    settle()
    entry = window.page()
    assert isinstance(entry, EntryPage)
    sheet = paper(12)
    for section in ("extra_investigation", "station_differences"):
        fill(entry, sheet[section])
        entry.save_section()
    fill(entry, sheet["voters_votes"])
    cable.pulled = True
    entry.save_section()
    window.link.timer.stop()  # the picture: the banner up while the app waits to try again
    settle()
    screenshot(window, "verbinding-verbroken", out=out)
    cable.pulled = False
    window.link.again()
    settle()
    assert not window.link.banner.isVisible() and entry.current == "differences"
    window.close()
    cable.close()


def lan_screens(folder: Path, out: Path) -> None:
    """Both screenshots into ``out``."""
    pin_page(folder, out)
    lost_connection(folder, out)
