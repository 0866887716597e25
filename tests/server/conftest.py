"""A room for the LAN tests: ``uitslag serve`` in a subprocess on 127.0.0.1 (an ephemeral port, TLS), its
certificate pinned by typing two groups, a generated election set up through the administrator's calls,
and workstations connected with :func:`kieskring.app.api.connect_server`. Nothing is sent anywhere but
127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kieskring.app.api import AppApi, connect_server
from kieskring.app.api.http_transport import RetryPolicy
from kieskring.cli import main as uitslag
from kieskring.server.process import ServerProcess, pinned
from kieskring.server.rehearsal import Paper, papers, set_up

QUICK = RetryPolicy(total_seconds=2.0, first_delay=0.1, max_delay=0.5, timeout=30.0)


@dataclass
class Room:
    """A serving laptop and what a test needs to reach it."""

    server: ServerProcess
    database: Path
    pin: str
    passwords: dict[str, str]
    papers: dict[int, Paper]

    def connect(self, workstation: str, retry: RetryPolicy = QUICK) -> AppApi:
        """A workstation's interface object (its own airgap check off: the server's is off too)."""
        return connect_server(
            self.server.url, self.pin, workstation, allow_network=True, retry=retry
        )

    def login(self, workstation: str, name: str, retry: RetryPolicy = QUICK) -> AppApi:
        """A workstation with ``name`` logged in."""
        api = self.connect(workstation, retry)
        api.login(name, self.passwords[name])
        return api

    def restart(self, *extra: str) -> None:
        """Start the server again on the same port (after a kill)."""
        self.server = ServerProcess(
            self.database, "--allow-network", *extra, listen=f"127.0.0.1:{self.server.port}"
        )


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "3", "--out", str(folder)]) == 0
    return folder


def open_room(folder: Path, election: Path, *extra: str) -> Room:
    """A served, set-up installation with two typists and a coordinator."""
    database = folder / "gsb.sqlite"
    server = ServerProcess(database, *extra)
    pin = pinned(server)
    admin = connect_server(server.url, pin, "werkplek-beheer", allow_network=True, retry=QUICK)
    passwords = set_up(admin, election, 2, signing_key=False)
    admin.close()
    return Room(server, database, pin, passwords, papers(election))


@pytest.fixture
def room(tmp_path: Path, election: Path) -> Iterator[Room]:
    opened = open_room(tmp_path, election, "--allow-network")
    yield opened
    if opened.server.process.poll() is None:
        opened.server.stop()


def codes(action: Callable[[], object]) -> str:
    """The code of the first problem ``action`` is refused with (the test fails if it is not)."""
    from kieskring.errors import UserError

    with pytest.raises(UserError) as err:
        action()
    return err.value.problems[0].code
