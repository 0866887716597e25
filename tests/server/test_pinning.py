"""TLS always, and the client trusts exactly the certificate whose fingerprint the user confirmed by
typing two groups from the serving laptop's screen (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kieskring.app.api import connect_server
from kieskring.app.api.pinning import parse_url, pin_server, server_challenge
from kieskring.cli import main as uitslag
from kieskring.eml.fingerprint import blanked_groups, groups
from kieskring.errors import UserError
from kieskring.server.process import ServerProcess, typed_groups
from kieskring.server.tls import tls_folder

from .conftest import QUICK, codes


def test_the_typed_groups_pin_the_servers_certificate(tmp_path: Path) -> None:
    database = tmp_path / "gsb.sqlite"
    server = ServerProcess(database, "--allow-network")
    try:
        challenge = server_challenge(server.url)
        assert challenge.fingerprint == server.fingerprint  # what the serving laptop prints
        hidden = blanked_groups(server.fingerprint)
        assert challenge.challenge.positions == (hidden[0] + 1, hidden[1] + 1)
        shown = [g for g in challenge.challenge.groups if g is not None]
        assert len(shown) == 14 and all(g in groups(server.fingerprint) for g in shown)
        first, second = typed_groups(server.fingerprint)
        assert pin_server(challenge, (first.upper(), f" {second} ")) == server.fingerprint
        wrong = "0000" if first != "0000" else "1111"
        assert codes(lambda: pin_server(challenge, (wrong, second))) == "NET.PIN_TYPED"
        pinned = connect_server(server.url, server.fingerprint, "werkplek-1", allow_network=True)
        assert pinned.welcome().first_run
        pinned.close()
        other = "f" * 64
        stranger = connect_server(server.url, other, "werkplek-2", allow_network=True, retry=QUICK)
        assert codes(stranger.welcome) == "NET.CERT_MISMATCH"  # refused before sending anything
    finally:
        server.stop()
    old = server.fingerprint
    shutil.rmtree(tls_folder(database))  # a new identity: the old pin no longer fits
    server = ServerProcess(database, "--allow-network", listen=f"127.0.0.1:{server.port}")
    try:
        assert server.fingerprint != old
        again = connect_server(server.url, old, "werkplek-1", allow_network=True, retry=QUICK)
        assert codes(again.welcome) == "NET.CERT_MISMATCH"
    finally:
        server.stop()


def test_plain_http_only_on_loopback_and_only_when_asked(tmp_path: Path) -> None:
    code = uitslag(
        ["serve", str(tmp_path / "x.sqlite"), "--listen", "0.0.0.0:0", "--insecure-localhost"]
    )
    assert code == 2 and not (tmp_path / "x.sqlite").exists()
    with pytest.raises(UserError) as err:
        connect_server("http://127.0.0.1:9", None, "werkplek-1", allow_network=True)
    assert err.value.problems[0].code == "NET.NOT_PINNED"
    with pytest.raises(UserError) as err:
        connect_server("https://127.0.0.1:9", None, "werkplek-1", allow_network=True)
    assert err.value.problems[0].code == "NET.NOT_PINNED"
    server = ServerProcess(tmp_path / "gsb.sqlite", "--insecure-localhost", "--allow-network")
    try:
        assert server.url.startswith("http://127.0.0.1:") and server.fingerprint == "-"
        api = connect_server(
            server.url, None, "werkplek-1", allow_network=True, insecure_localhost=True
        )
        assert api.welcome().first_run
        api.close()
    finally:
        server.stop()


def test_server_addresses_are_read_strictly() -> None:
    assert parse_url("https://[::1]:8443").url == "https://[::1]:8443"
    assert parse_url(" https://192.168.10.1:8443 ").port == 8443
    for bad in ("192.168.10.1:8443", "ftp://x:1", "https://host", "https://h:99999"):
        assert codes(lambda value=bad: parse_url(value)) == "NET.BAD_ADDRESS"


def test_a_listen_address_must_have_a_port(tmp_path: Path) -> None:
    assert uitslag(["serve", str(tmp_path / "x.sqlite"), "--listen", "127.0.0.1"]) == 2
