"""The server's worker side without HTTP: retried requests, the airgap gate and its audit entries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kieskring.app.airgap import AirgapReport, Sign
from kieskring.app.api import wire
from kieskring.app.api.dispatch import Request
from kieskring.server.requests import Answers, RequestId, parse_request_id
from kieskring.server.service import Incoming, LanService
from kieskring.storage import verify_audit
from tests.app.support import PASSWORD, cheap_hasher

CLIENT = "0123456789abcdef0123456789abcdef"
CLEAR = AirgapReport(())
WIFI = AirgapReport((Sign("default_route", "wlan0 (192.168.1.1)"),))


def service(path: Path, *, allow_network: bool = False) -> LanService:
    return LanService(
        path, allow_network=allow_network, server_name="server-1", hasher=cheap_hasher()
    )


def send(
    lan: LanService,
    method: str,
    number: int,
    params: dict[str, Any] | None = None,
    *,
    token: str | None = None,
    airgap: AirgapReport | None = CLEAR,
    workstation: str = "werkplek-1",
) -> Any:
    request = Request(method, wire.encode(params or {}), token, workstation)
    return json.loads(lan.answer(Incoming(request, RequestId(CLIENT, number), airgap)))


def actions(lan: LanService, action: str) -> list[dict[str, Any]]:
    rows = lan.backend.store.query("SELECT payload FROM audit_log WHERE action = ?", (action,))
    return [json.loads(r["payload"]) for r in rows]


def admin_token(lan: LanService) -> str:
    params = {"username": "beheer", "fullname": "B", "password": PASSWORD}
    send(lan, "create_administrator", 1, {**params, "password_again": PASSWORD})
    found = send(lan, "login", 2, {"username": "beheer", "password": PASSWORD})
    return str(found["result"]["token"])


def test_a_retry_gets_the_same_answer_and_changes_nothing(tmp_path: Path) -> None:
    lan = service(tmp_path / "gsb.sqlite")
    lan.note_server(CLEAR)
    token = admin_token(lan)
    params = {
        "username": "anna",
        "fullname": "Anna",
        "role": "invoerder",
        "password": PASSWORD,
        "password_again": PASSWORD,
    }
    first = send(lan, "add_user", 3, params, token=token)
    assert send(lan, "add_user", 3, params, token=token) == first
    assert len(actions(lan, "user.create")) == 2  # the administrator and Anna, once
    lan.close()
    restarted = service(tmp_path / "gsb.sqlite")  # the answer was lost with the process
    restarted.note_server(CLEAR)
    late = send(restarted, "add_user", 3, params, token=token)
    assert late["problems"][0]["code"] == "NET.ALREADY_APPLIED"
    again = send(restarted, "add_user", 4, params, token=token)  # a new request: runs, refused
    assert again["problems"][0]["code"] == "USERS.USERNAME_TAKEN"
    refused_again = send(restarted, "add_user", 4, params, token=token)
    assert refused_again == again  # a refusal changed nothing: not recorded as applied
    restarted.close()
    assert verify_audit(tmp_path / "gsb.sqlite") == []


def test_reads_are_never_recorded_as_applied(tmp_path: Path) -> None:
    lan = service(tmp_path / "gsb.sqlite", allow_network=True)
    token = admin_token(lan)
    send(lan, "users", 7, token=token)
    rows = lan.backend.store.query("SELECT request_id, method FROM applied_requests")
    assert sorted(r["method"] for r in rows) == ["create_administrator", "login"]
    lan.close()


def test_data_entry_waits_for_an_air_gapped_room(tmp_path: Path) -> None:
    lan = service(tmp_path / "gsb.sqlite")
    token = admin_token(lan)
    refused = send(lan, "typist_home", 5, token=token)
    assert refused["problems"][0]["code"] == "AIRGAP.UNCHECKED"  # the server has not looked yet
    lan.note_server(WIFI)
    refused = send(lan, "typist_home", 6, token=token)
    assert refused["problems"][0]["code"] == "AIRGAP.CONNECTED"
    assert "wlan0 (192.168.1.1)" in refused["problems"][0]["nl"]
    assert refused["problems"][0]["place"] == "server-1"
    lan.note_server(CLEAR)
    found = send(lan, "typist_home", 7, token=token, airgap=WIFI, workstation="werkplek-2")
    assert found["problems"][0]["code"] == "AIRGAP.CONNECTED"
    assert found["problems"][0]["place"] == "werkplek-2"
    unchecked = send(lan, "typist_home", 8, token=token, airgap=None, workstation="werkplek-3")
    assert unchecked["problems"][0]["code"] == "AIRGAP.UNCHECKED"
    allowed = send(lan, "typist_home", 9, token=token)  # now the role check speaks
    assert allowed["problems"][0]["code"] == "USERS.NOT_PERMITTED"
    assert "result" in send(lan, "users", 10, token=token, airgap=WIFI)  # not data entry
    logged = [(p["action"], p["details"]["workstation"]) for p in actions_like(lan, "airgap.")]
    assert logged == [  # every change a machine shows, once
        ("airgap.clear", "werkplek-1"),
        ("airgap.connected", "server-1"),
        ("airgap.clear", "server-1"),
        ("airgap.connected", "werkplek-2"),
        ("airgap.unchecked", "werkplek-3"),
        ("airgap.connected", "werkplek-1"),
    ]
    lan.close()


def actions_like(lan: LanService, prefix: str) -> list[dict[str, Any]]:
    rows = lan.backend.store.query(
        "SELECT payload FROM audit_log WHERE action LIKE ? ORDER BY seq", (prefix + "%",)
    )
    return [json.loads(r["payload"]) for r in rows]


def test_allow_network_is_written_in_the_audit_log(tmp_path: Path) -> None:
    lan = service(tmp_path / "gsb.sqlite", allow_network=True)
    token = admin_token(lan)
    assert send(lan, "typist_home", 5, token=token, airgap=WIFI)["problems"][0]["code"] == (
        "USERS.NOT_PERMITTED"
    )
    assert [p["details"]["reason"] for p in actions(lan, "airgap.check_off")] == ["--allow-network"]
    lan.close()


def test_answers_are_kept_per_client_and_bounded() -> None:
    answers = Answers(limit=2)
    a, b, c = (RequestId(x * 32, 1) for x in "abc")
    answers.put(a, b"A")
    answers.put(RequestId(a.client, 2), b"A2")
    assert answers.get(a) is None and answers.get(RequestId(a.client, 2)) == b"A2"
    answers.put(b, b"B")
    answers.put(c, b"C")
    assert answers.get(RequestId(a.client, 2)) is None  # the oldest client was let go
    assert answers.get(c) == b"C"


@given(st.text(alphabet="0123456789abcdef", min_size=32, max_size=32), st.integers(1, 10**17))
def test_request_ids_read_back(client: str, number: int) -> None:
    rid = RequestId(client, number)
    assert parse_request_id(str(rid)) == rid


def test_malformed_request_ids_are_refused() -> None:
    for value in (
        "",
        "x",
        "0" * 32,
        "0" * 32 + ".0",
        "0" * 31 + ".1",
        "0" * 32 + ".1 ",
        "A" * 32 + ".1",
    ):
        assert parse_request_id(value) is None
