"""Several workstations over HTTPS (issue 14): the same interface object as on one laptop, sessions and
roles checked on every call over the network, claims, backup/restore/pause from the coordinator's
client, size limits, and a retried request applied once."""

from __future__ import annotations

import http.client
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kieskring.app import airgap
from kieskring.app.airgap import AirgapReport, Sign
from kieskring.app.api import AppApi, connect_server, wire
from kieskring.app.api.admin import BackupFile
from kieskring.app.api.client import proxy
from kieskring.app.api.coordinator import StationQuery
from kieskring.app.api.dispatch import Request
from kieskring.app.api.http_transport import (
    REQUEST_HEADER,
    WORKSTATION_HEADER,
    AirgapMonitor,
    HttpTransport,
    Link,
)
from kieskring.app.api.pinning import client_context
from kieskring.app.entry import DifferenceResolution, ErrorResolution, SessionState
from kieskring.app.states import EntryState
from kieskring.app.users import Role
from kieskring.errors import UserError
from kieskring.server.serving import check_or_none

from .conftest import QUICK, Room, codes, open_room

Paper = dict[str, dict[str, int | None]]


def type_entry(api: AppApi, station: int, paper: Paper, *, finish: bool = True) -> None:
    """Open, save every section (acknowledging what is asked), finish."""
    api.open_entry(station)
    for key, values in paper.items():
        if not api.save_section(station, key, values, False).saved:
            assert api.save_section(station, key, values, True).saved
    if finish:
        api.finish_entry(station)


def transport(room: Room, workstation: str = "werkplek-9") -> HttpTransport:
    return HttpTransport(
        room.server.url, room.pin, workstation, retry=QUICK, monitor=AirgapMonitor(None)
    )


def raw(room: Room, method: str, token: str | None, params: dict[str, Any] | None = None) -> Any:
    """One call over HTTPS with an explicit token: the decoded envelope."""
    request = Request(method, wire.encode(params or {}), token, "werkplek-9")
    return json.loads(transport(room).send(request))


def token_of(room: Room, name: str) -> str:
    """A fresh login's session token, as the proxy keeps it."""
    found = raw(room, "login", None, {"username": name, "password": room.passwords[name]})
    return str(found["result"]["token"])


def problem(envelope: Any) -> str:
    return str(envelope["problems"][0]["code"]) if "problems" in envelope else "ok"


def audit(room: Room, action: str) -> list[dict[str, Any]]:
    conn = sqlite3.connect(f"{room.database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT payload FROM audit_log WHERE action = ?", (action,)).fetchall()
    finally:
        conn.close()
    return [json.loads(row[0]) for row in rows]


def test_two_typists_and_the_coordinator_on_three_workstations(room: Room) -> None:
    anna = room.login("werkplek-1", "invoerder01")
    ben = room.login("werkplek-2", "invoerder02")
    assert anna.connection.mode == "server" and anna.connection.where == room.server.url
    type_entry(anna, 1, room.papers[1])
    assert ben.find_station(1).action.nl == "2e invoer starten"
    type_entry(ben, 1, room.papers[1])
    carla = room.login("werkplek-3", "coordinator")
    tiles = {t.state.key: t.count for t in carla.dashboard().tiles}
    assert tiles[EntryState.DEFINITIVE] == 1
    assert [r.number for r in carla.stations(StationQuery(states=(EntryState.DEFINITIVE,)))] == [1]
    starts = {p["details"]["workstation"] for p in audit(room, "session.start")}
    assert {"werkplek-1", "werkplek-2", "werkplek-3"} <= starts


def test_a_typist_reaches_neither_another_entry_nor_a_coordinators_call(room: Room) -> None:
    anna = room.login("werkplek-1", "invoerder01")
    anna.open_entry(1)
    assert anna.save_section(1, "voters_votes", room.papers[1]["voters_votes"], True).saved
    ben = room.login("werkplek-2", "invoerder02")
    values = room.papers[1]["list_1"]
    for call in (
        lambda: ben.entry_review(1),
        lambda: ben.check_section(1, "list_1", values),
        lambda: ben.save_section(1, "list_1", values, True),
        lambda: ben.finish_entry(1),
        lambda: ben.discard_entry(1),
    ):
        assert codes(call) == "ENTRY.NOT_HOLDER"
    assert codes(lambda: ben.open_entry(1)) == "ENTRY.HELD_BY_OTHER"
    assert all(u.station != 1 for u in ben.typist_home().unfinished)
    for call in (
        ben.dashboard,
        lambda: ben.stations(StationQuery()),
        lambda: ben.station_detail(1),
        lambda: ben.resolve_errors(1, ErrorResolution.DISCARD),
        lambda: ben.resolve_differences(1, DifferenceResolution.DISCARD_BOTH),
        lambda: ben.send_back_differences(1, 1),
        lambda: ben.reopen_station(1, "reden"),
        lambda: ben.explain_station(1, "uitleg"),
        lambda: ben.set_session_state(SessionState.PAUSED),
        lambda: ben.release_entry(1, "reden"),
        ben.make_backup,
        ben.backups,
        lambda: ben.download_backup("gsb.sqlite"),
        ben.output_defaults,
        ben.users,
        lambda: ben.add_user(
            "x", "X", Role.COORDINATOR, "een lang wachtwoord", "een lang wachtwoord"
        ),
    ):
        assert codes(call) == "USERS.NOT_PERMITTED"
    carla = room.login("werkplek-3", "coordinator")
    assert codes(lambda: carla.open_entry(2)) == "USERS.NOT_PERMITTED"
    assert codes(lambda: carla.restore_backup("x.sqlite")) == "USERS.NOT_PERMITTED"


def test_every_call_needs_a_live_session(room: Room) -> None:
    assert problem(raw(room, "typist_home", None)) == "SESSION.REQUIRED"
    assert problem(raw(room, "dashboard", "forged-token")) == "SESSION.UNKNOWN"
    token = token_of(room, "invoerder01")
    assert problem(raw(room, "typist_home", token)) == "ok"
    conn = sqlite3.connect(room.database)  # 31 minutes pass without activity
    conn.execute("UPDATE sessions SET last_seen = '2000-01-01T00:00:00+00:00'")
    conn.commit()
    conn.close()
    assert problem(raw(room, "typist_home", token)) == "SESSION.EXPIRED"
    first = room.login("werkplek-1", "invoerder01")
    second = room.login("werkplek-2", "invoerder01")  # one session per user
    assert second.typist_home().session.entry_open
    assert codes(first.typist_home) == "SESSION.ENDED"
    second.logout()
    assert codes(second.typist_home) == "SESSION.REQUIRED"


def test_size_limits_and_malformed_requests(room: Room) -> None:
    anna = room.login("werkplek-1", "invoerder01")
    huge = {f"L1.{n}": 1 for n in range(1, 90_000)}
    assert codes(lambda: anna.save_section(1, "list_1", huge, True)) == "NET.TOO_LARGE"
    conn = http.client.HTTPSConnection("127.0.0.1", room.server.port, context=client_context())
    try:
        conn.request("POST", "/api/welcome", b"{}", {"Content-Type": "application/json"})
        answer = conn.getresponse()
        assert answer.status == 400
        assert json.loads(answer.read())["problems"][0]["code"] == "NET.BAD_REQUEST"
        headers = {WORKSTATION_HEADER: "x", REQUEST_HEADER: "0" * 32 + ".1"}
        conn.request("POST", "/api/no_such_call", b"{}", headers)
        answer = conn.getresponse()
        assert json.loads(answer.read())["problems"][0]["code"] == "API.UNKNOWN"
        conn.request("POST", "/api/../etc", b"{}", headers)
        assert conn.getresponse().status == 404
    finally:
        conn.close()


def test_a_retried_request_is_applied_once(room: Room) -> None:
    anna = room.login("werkplek-1", "invoerder01")
    anna.open_entry(2)
    token = token_of(room, "invoerder01")
    params = {"station": 2, "section": "voters_votes", "values": room.papers[2]["voters_votes"]}
    request = Request("save_section", wire.encode({**params, "acknowledged": True}), token, "w")
    link = transport(room)
    request_id = link.ids.next()
    first = link._exchange(request, request_id)
    again = link._exchange(request, request_id)  # the answer was lost on the way: sent again
    assert again == first and "result" in json.loads(first)
    assert len(audit(room, "entry.save_section")) == 1
    room.server.kill()  # the server dies after answering; the retry reaches a new process
    room.restart()
    relink = HttpTransport(room.server.url, room.pin, "w", retry=QUICK, monitor=AirgapMonitor(None))
    late = json.loads(relink._exchange(request, request_id))
    assert late["problems"][0]["code"] == "NET.ALREADY_APPLIED"
    assert len(audit(room, "entry.save_section")) == 1
    assert "result" in json.loads(relink._exchange(request, relink.ids.next()))
    assert len(audit(room, "entry.save_section")) == 2


def test_the_coordinator_releases_a_stale_claim(room: Room) -> None:
    anna = room.login("werkplek-1", "invoerder01")
    anna.open_entry(1)
    anna.save_section(1, "voters_votes", room.papers[1]["voters_votes"], True)
    anna.close()  # Anna's laptop stays behind, her entry held
    ben = room.login("werkplek-2", "invoerder02")
    assert codes(lambda: ben.open_entry(1)) == "ENTRY.HELD_BY_OTHER"
    carla = room.login("werkplek-3", "coordinator")
    assert codes(lambda: carla.release_entry(1, "  ")) == "ENTRY.REASON_REQUIRED"
    assert carla.release_entry(1, "Anna is naar huis").key is EntryState.EMPTY
    assert [p["details"]["reason"] for p in audit(room, "entry.release")] == ["Anna is naar huis"]
    assert codes(lambda: carla.release_entry(1, "nog eens")) == "ENTRY.INVALID_TRANSITION"
    opened = ben.open_entry(1)
    assert opened.slot == 1 and not any(opened.values.values())


def test_pause_backup_and_restore_from_the_coordinators_client(room: Room, tmp_path: Path) -> None:
    anna = room.login("werkplek-1", "invoerder01")
    carla = room.login("werkplek-3", "coordinator")
    assert not carla.set_session_state(SessionState.PAUSED).entry_open
    assert codes(lambda: anna.open_entry(1)) == "ENTRY.PAUSED"
    assert carla.set_session_state(SessionState.DATA_ENTRY).entry_open
    assert codes(lambda: carla.set_session_state(SessionState.COMPLETED)) == "SESSION.NOT_FINISHED"
    type_entry(anna, 1, room.papers[1])
    made = carla.make_backup()
    assert [b.name for b in carla.backups()] == [made.name]
    copy = carla.download_backup(made.name)
    assert copy.sha256 == made.sha256 and len(copy.content) == made.size
    type_entry(anna, 2, room.papers[2])  # after the backup: lost by the restore
    admin = room.login("werkplek-4", "beheer")
    bad = BackupFile("kopie.sqlite", copy.content, "0" * 64)
    assert codes(lambda: admin.upload_backup(bad)) == "BACKUP.CHECKSUM"
    uploaded = admin.upload_backup(BackupFile("kopie-van-usb.sqlite", copy.content, copy.sha256))
    info = admin.inspect_backup(uploaded.name)
    assert info.sha256 == copy.sha256 and info.audit_entries > 0
    assert codes(lambda: admin.inspect_backup("../gsb.sqlite")) == "BACKUP.NAME"
    done = admin.restore_backup(uploaded.name)
    assert done.sessions_ended == 2  # Anna's and Carla's, live in the backup
    for call in (anna.typist_home, carla.dashboard):
        assert codes(call) == "SESSION.ENDED"
    assert codes(admin.users) == "SESSION.UNKNOWN"  # logged in after the backup was made
    anna = room.login("werkplek-1", "invoerder01")
    assert anna.find_station(1).can_start is False  # kept: before the backup
    assert anna.find_station(2).action.nl == "1e invoer starten"  # gone with the restore


def test_the_workstation_is_in_every_audit_entry_of_a_call(room: Room) -> None:
    anna = room.login("werkplek-7", "invoerder01")
    anna.open_entry(1)
    anna.save_section(1, "voters_votes", room.papers[1]["voters_votes"], True)
    anna.logout()
    conn = sqlite3.connect(f"{room.database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT a.action, a.payload FROM audit_log AS a JOIN users AS u ON u.id = a.user_id"
            " WHERE u.username = 'invoerder01'"
        ).fetchall()
    finally:
        conn.close()
    actions = [action for action, _ in rows]
    assert actions == [
        "user.login",
        "session.start",
        "entry.open",
        "entry.save_section",
        "session.logout",
    ]
    assert all(json.loads(payload)["workstation"] == "werkplek-7" for _, payload in rows)


def test_a_connection_that_stays_lost_keeps_the_request(room: Room) -> None:
    heard: list[Link] = []
    anna = connect_server(
        room.server.url,
        room.pin,
        "werkplek-1",
        allow_network=True,
        retry=QUICK,
        listener=heard.append,
    )
    anna.login("invoerder01", room.passwords["invoerder01"])
    anna.open_entry(1)
    values = room.papers[1]["voters_votes"]
    room.server.kill()
    with pytest.raises(UserError) as lost:
        anna.save_section(1, "voters_votes", values, True)
    assert lost.value.problems[0].code == "NET.CONNECTION_LOST"
    assert "bewaard" in lost.value.problems[0].message_nl
    assert heard == [Link.LOST]  # the title bar says so while it retries
    room.restart()
    assert anna.save_section(1, "voters_votes", values, True).saved  # the same request, again
    assert heard == [Link.LOST, Link.RESTORED]
    assert len(audit(room, "entry.save_section")) == 1


def test_the_workstations_own_check_is_made_at_most_every_30_seconds() -> None:
    calls: list[int] = []

    def check() -> AirgapReport:
        calls.append(1)
        return AirgapReport(())

    monitor = AirgapMonitor(check, every=30.0)
    assert [monitor.header() for _ in range(5)] == ["clear"] * 5 and len(calls) == 1
    assert AirgapMonitor(None).header() == "unchecked"

    def broken() -> AirgapReport:
        raise OSError("no /proc")

    assert AirgapMonitor(broken).header() == "unchecked"  # never taken for an air-gapped room
    assert check_or_none(broken) is None


def test_data_entry_is_blocked_while_a_workstation_looks_connected(
    tmp_path: Path, election: Path
) -> None:
    strict = open_room(tmp_path, election)  # the airgap check on
    try:
        wifi = AirgapReport((Sign("default_route", "wlan0 (192.168.1.1)"),))
        link = HttpTransport(
            strict.server.url,
            strict.pin,
            "werkplek-1",
            retry=QUICK,
            monitor=AirgapMonitor(lambda: wifi),
        )
        anna = proxy(link)
        anna.login("invoerder01", strict.passwords["invoerder01"])
        with pytest.raises(UserError) as err:
            anna.open_entry(1)
        found = err.value.problems[0]
        assert found.code == "AIRGAP.CONNECTED"
        server_connected = airgap.check_machine().connected  # this machine's own state
        assert ("wlan0 (192.168.1.1)" in found.message_nl) != server_connected
        logged = {p["details"]["workstation"]: p for p in audit(strict, "airgap.connected")}
        assert logged["werkplek-1"]["details"]["signs"] == ["default_route: wlan0 (192.168.1.1)"]
        carla = strict.login("werkplek-3", "coordinator")
        assert carla.dashboard().progress.definitive == 0  # the coordinator's calls go on
    finally:
        strict.server.stop()
