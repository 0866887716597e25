"""The workstation's side of ``uitslag-app --server`` without Qt (issue 14): the pin typed once and
remembered per server, asked again when the server shows another certificate; which refusals mean a
lost connection (worth sending again) and how long to wait."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from kieskring.app.api import connect_server
from kieskring.app.api.http_transport import RetryPolicy
from kieskring.app.api.workstation import (
    PIN_FILE,
    PIN_FOLDER_VARIABLE,
    PinBook,
    confirm_pin,
    is_transient,
    retry_delay,
    settings_folder,
    start_server,
)
from kieskring.errors import Problem, UserError
from kieskring.server.process import ServerProcess, typed_groups
from kieskring.server.tls import tls_folder

from .conftest import codes


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_pin_is_typed_once_remembered_and_asked_again_for_another_certificate(
    tmp_path: Path,
) -> None:
    database, book = tmp_path / "gsb.sqlite", PinBook(tmp_path / "werkplek" / PIN_FILE)
    server = ServerProcess(database, "--allow-network")
    try:
        first = start_server(server.url, book)
        assert first.pinned is None and not first.changed and first.challenge is not None
        right = typed_groups(server.fingerprint)
        wrong = ("0000" if right[0] != "0000" else "1111", right[1])
        assert codes(lambda: confirm_pin(book, first.challenge, wrong)) == "NET.PIN_TYPED"
        assert book.remembered(server.url) is None and not book.path.exists()
        assert (
            confirm_pin(book, first.challenge, (right[0].upper(), right[1])) == server.fingerprint
        )
        again = start_server(f" {server.url}/", book)
        assert again.pinned == server.fingerprint and again.challenge is None
        api = connect_server(server.url, again.pinned, "werkplek-1", allow_network=True)
        assert api.welcome().first_run
        api.close()
    finally:
        server.stop()
    shutil.rmtree(tls_folder(database))  # the serving laptop got a new identity
    server = ServerProcess(database, "--allow-network", listen=f"127.0.0.1:{server.port}")
    try:
        changed = start_server(server.url, book)
        assert changed.changed and changed.pinned is None and changed.challenge is not None
        assert changed.challenge.fingerprint == server.fingerprint
        assert book.remembered(server.url) not in (None, server.fingerprint)
    finally:
        server.stop()


def test_a_server_that_cannot_be_reached_is_transient_a_refusal_is_not(tmp_path: Path) -> None:
    url = f"https://127.0.0.1:{free_port()}"  # nobody listens there
    with pytest.raises(UserError) as unreachable:
        start_server(url, PinBook(tmp_path / PIN_FILE), timeout=2.0)
    assert unreachable.value.problems[0].code == "NET.UNREACHABLE"
    assert is_transient(unreachable.value)
    quick = RetryPolicy(total_seconds=0.3, first_delay=0.05, max_delay=0.1, timeout=2.0)
    api = connect_server(url, "a" * 64, "werkplek-1", allow_network=True, retry=quick)
    with pytest.raises(UserError) as lost:
        api.login("anna", "geheim")
    assert lost.value.problems[0].code == "NET.CONNECTION_LOST" and is_transient(lost.value)
    for code in ("NET.CERT_MISMATCH", "SESSION.EXPIRED", "NET.ALREADY_APPLIED", "ENTRY.CLAIMED"):
        assert not is_transient(UserError((Problem(code, "nee", "no"),)))
    mixed = (Problem("NET.CONNECTION_LOST", "weg", "gone"), Problem("X.Y", "nee", "no"))
    assert not is_transient(UserError(mixed)) and not is_transient(UserError(()))
    assert [retry_delay(n) for n in (0, 1, 2, 3, 4, 5, 50)] == [1, 1, 2, 3, 5, 5, 5]


def test_the_pins_live_in_the_workstations_settings_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIN_FOLDER_VARIABLE, str(tmp_path / "elders"))
    assert PinBook().path == tmp_path / "elders" / PIN_FILE
    monkeypatch.delenv(PIN_FOLDER_VARIABLE)
    assert settings_folder().name == "uitslag"
    book = PinBook(tmp_path / PIN_FILE)
    book.remember("https://192.168.10.1:8443", "AB" * 32)
    book.remember("https://192.168.10.2:8443/", "cd" * 32)
    assert book.remembered("https://192.168.10.1:8443") == "ab" * 32
    assert book.remembered("https://192.168.10.2:8443") == "cd" * 32
    assert book.remembered("https://192.168.10.3:8443") is None
    book.path.write_text("geen json", encoding="utf-8")
    assert book.remembered("https://192.168.10.1:8443") is None  # unreadable: pin again
