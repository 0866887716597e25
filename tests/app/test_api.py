"""The one interface object (issues 13 and 14): the whole GSB evening through :class:`AppApi` only —
set-up from generated EML files with the fingerprint groups typed, two typists, a difference resolved by
the coordinator, sessions and roles checked on every call (reads included)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kieskring.app.api import AppApi, open_local
from kieskring.app.api.admin import FileData, SetupRequest
from kieskring.app.api.coordinator import StationQuery
from kieskring.app.api.sessions import IDLE_LIMIT
from kieskring.app.api.typist import SectionStatus
from kieskring.app.entry import SessionState
from kieskring.app.import_eml import DefinitionFiles, paper_from_counts, setup_from_definition
from kieskring.app.outputs import save_files
from kieskring.app.setup import Counting
from kieskring.app.states import EntryState
from kieskring.app.users import Role
from kieskring.cli import main as uitslag
from kieskring.eml.fingerprint import blanked_groups, fingerprint, groups
from kieskring.eml.read_510 import read_510
from kieskring.errors import UserError
from kieskring.storage import verify_audit

from .support import PASSWORD, cheap_hasher

Paper = dict[str, dict[str, int | None]]
KEY_PASSPHRASE = "sleutel van de GSB 2029"


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = dt.datetime(2029, 3, 21, 21, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--out", str(folder)]) == 0
    return folder


def file(folder: Path, prefix: str) -> FileData:
    path = next(folder.glob(f"{prefix}_*.eml.xml"))
    return FileData(path.name, path.read_bytes())


def typed_groups(data: FileData) -> tuple[str, str]:
    """What the clerk types from the paper: the two blanked groups."""
    digest = fingerprint(data.content)
    first, second = blanked_groups(digest)
    return groups(digest)[first], groups(digest)[second]


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(tmp_path: Path, clock: Clock) -> Iterator[AppApi]:
    found = open_local(
        tmp_path / "gsb.sqlite", workstation="tafel-1", hasher=cheap_hasher(), clock=clock
    )
    yield found
    found.close()


def set_up(api: AppApi, election: Path) -> None:
    assert api.welcome().first_run
    api.create_administrator("beheer", "Beheerder", PASSWORD, PASSWORD)
    assert api.login("beheer", PASSWORD).session.role is Role.BEHEERDER
    definition, candidates = (
        file(election, "Verkiezingsdefinitie"),
        file(election, "Kandidatenlijsten"),
    )
    stations = file(election, "Stembureaus")
    preview = api.inspect_definition(definition)
    assert preview.challenge.groups.count(None) == 2
    blank = [i + 1 for i, g in enumerate(preview.challenge.groups) if g is None]
    assert tuple(blank) == preview.challenge.positions  # labelled with their real numbers
    code_ = preview.municipalities[0].code
    api.inspect_candidates(definition, candidates, code_)
    assert api.inspect_stations(definition, stations, "", code_)
    request = SetupRequest(
        definition, candidates, stations, "", code_, Counting.CSO,
        typed_groups(definition), typed_groups(candidates),
    )  # fmt: skip
    info = api.save_setup(request)
    assert info.body == "GSB" and info.stations >= 1
    assert api.signing_key() is None
    key = api.create_signing_key(KEY_PASSPHRASE, KEY_PASSPHRASE)
    assert api.signing_key() == key and len(key.fingerprint.split()) == 16
    for name, role in (
        ("anna", Role.INVOERDER),
        ("ben", Role.INVOERDER),
        ("carla", Role.COORDINATOR),
    ):
        api.add_user(name, name.title(), role, PASSWORD, PASSWORD)
    api.logout()


def papers(election: Path) -> dict[int, Paper]:
    """What each station's paper says: the generated count as the form's sections."""
    files = DefinitionFiles(
        next(election.glob("Verkiezingsdefinitie_*")),
        next(election.glob("Kandidatenlijsten_*")),
        next(election.glob("Stembureaus_*")),
    )
    setup = setup_from_definition(files)
    count = read_510(next(election.glob("Telling_*.eml.xml")))
    return {int(u.id.rsplit("SB", 1)[1]): paper_from_counts(setup, u.counts) for u in count.units}


def type_all(api: AppApi, station: int, paper: Paper) -> None:
    """Type every section; acknowledge what the findings box asks for."""
    api.open_entry(station)
    for key, values in paper.items():
        result = api.save_section(station, key, values, acknowledged=False)
        if not result.saved:
            assert result.needs_acknowledgement and result.findings
            result = api.save_section(station, key, values, acknowledged=True)
        assert result.saved, key


@pytest.mark.usefixtures("installed_schemas")
def test_the_evening_through_the_interface(api: AppApi, election: Path, tmp_path: Path) -> None:
    set_up(api, election)
    wanted = papers(election)
    api.login("anna", PASSWORD)
    lists = [s for s in api.form_sections() if s.list_number is not None]
    assert lists and all(not f.label.nl.startswith("Kandidaat") for f in lists[0].fields[:-1])
    assert api.typist_home().session.entry_open
    first = min(wanted)
    lookup = api.find_station(first)
    assert lookup.can_start and lookup.action.nl == "1e invoer starten"
    for station, paper in wanted.items():
        type_all(api, station, paper)
        review = api.entry_review(station)
        assert review.can_finish and all(
            s.status is not SectionStatus.NOT_STARTED for s in review.sections
        )
        assert api.finish_entry(station).state.key is EntryState.FIRST_ENTRY_FINALISED
    api.logout()

    api.login("ben", PASSWORD)
    changed = {**wanted[first]}
    page = dict(changed["list_1"])
    page["L1.1"], page["L1.2"] = (page["L1.1"] or 0) + 1, (page["L1.2"] or 0) - 1
    changed["list_1"] = page
    for station, paper in wanted.items():
        type_all(api, station, changed if station == first else paper)
        api.finish_entry(station)
    api.logout()

    api.login("carla", PASSWORD)
    board = api.dashboard()
    tiles = {t.state.key: t.count for t in board.tiles}
    assert tiles[EntryState.ENTRIES_DIFFERENT] == 1
    assert tiles[EntryState.DEFINITIVE] == len(wanted) - 1
    rows = api.stations(StationQuery(not_definitive=True))
    assert [r.number for r in rows] == [first]
    detail = api.station_detail(first)
    differing = [r for r in detail.rows if r.differs]
    assert [r.key for r in differing] == ["L1.1", "L1.2"]
    assert differing[0].label.nl.startswith("Lijst 1 · 1 ")
    actions = {a.key: a for a in detail.actions}
    assert "Ben" in actions["send_back_second"].label.nl and actions["send_back_second"].enabled
    api.send_back_differences(first, 2)
    api.logout()

    api.login("ben", PASSWORD)
    opened = api.open_entry(first)
    assert opened.to_retype == ("L1.1", "L1.2")
    assert {s.key: s.status for s in opened.sections}["list_1"] is SectionStatus.TO_RETYPE
    retype = {k: wanted[first]["list_1"][k] for k in opened.to_retype}
    assert api.save_section(first, "list_1", retype, acknowledged=True).saved
    assert api.finish_entry(first).state.key is EntryState.DEFINITIVE
    api.logout()
    api.login("carla", PASSWORD)
    board = api.dashboard()
    assert board.progress.percent == 100
    assert {a.key: a.enabled for a in board.actions}["finish"]
    api.set_session_state(SessionState.COMPLETED)
    request = replace(api.output_defaults(), passphrase=KEY_PASSPHRASE)
    outputs = api.gsb_outputs(request)
    saved = save_files(tmp_path / "usb", outputs.files)
    eml = next(p for p in saved if p.name.endswith(".eml.xml"))
    ours, generated = read_510(eml), read_510(next(election.glob("Telling_*.eml.xml")))
    assert ours.total.total_counted == generated.total.total_counted
    assert [x.votes for x in ours.total.lists] == [x.votes for x in generated.total.lists]
    assert outputs.eml_fingerprint.replace(" ", "").lower() == fingerprint(eml.read_bytes())
    candidates = next(election.glob("Kandidatenlijsten_*"))
    shutil.copy(candidates, tmp_path / "usb")
    assert uitslag(["verify", str(tmp_path / "usb")]) == 0


def test_every_call_needs_a_session_and_the_right_role(api: AppApi, election: Path) -> None:
    with pytest.raises(UserError) as err:
        api.dashboard()
    assert code(err) == "SESSION.REQUIRED"
    set_up(api, election)
    api.login("anna", PASSWORD)
    for call in (api.dashboard, api.users, lambda: api.station_detail(1)):
        with pytest.raises(UserError) as err:
            call()
        assert code(err) == "USERS.NOT_PERMITTED"
    api.logout()
    api.login("carla", PASSWORD)
    with pytest.raises(UserError) as err:  # a coordinator does not type
        api.open_entry(1)
    assert code(err) == "USERS.NOT_PERMITTED"


def test_a_typist_never_reads_another_entry(api: AppApi, election: Path) -> None:
    set_up(api, election)
    api.login("anna", PASSWORD)
    api.open_entry(1)
    api.logout()
    api.login("ben", PASSWORD)
    with pytest.raises(UserError) as err:
        api.entry_review(1)
    assert code(err) in {"ENTRY.NOT_HOLDER", "ENTRY.HELD_BY_OTHER"}
    with pytest.raises(UserError) as err:
        api.open_entry(1)
    assert code(err) == "ENTRY.HELD_BY_OTHER"


def test_sessions_end_when_idle_or_replaced(
    api: AppApi, election: Path, clock: Clock, tmp_path: Path
) -> None:
    set_up(api, election)
    api.login("anna", PASSWORD)
    clock.now += IDLE_LIMIT - dt.timedelta(seconds=1)
    api.typist_home()  # a refresh: not activity
    clock.now += dt.timedelta(seconds=2)
    with pytest.raises(UserError) as err:
        api.typist_home()
    assert code(err) == "SESSION.EXPIRED"
    api.login("anna", PASSWORD)
    other = open_local(
        tmp_path / "gsb.sqlite", workstation="tafel-2", hasher=cheap_hasher(), clock=clock
    )
    try:
        other.login("anna", PASSWORD)  # one session per user: the first one ends
        assert other.typist_home().session.entry_open
    finally:
        other.close()
    with pytest.raises(UserError) as err:
        api.typist_home()
    assert code(err) == "SESSION.ENDED"
    assert "andere werkplek" in err.value.problems[0].message_nl


def test_the_workstation_is_in_every_audit_entry_of_a_call(
    api: AppApi, election: Path, tmp_path: Path
) -> None:
    set_up(api, election)
    api.login("anna", PASSWORD)
    api.open_entry(1)
    api.close()
    import sqlite3

    conn = sqlite3.connect(tmp_path / "gsb.sqlite")
    payloads = [
        row[0] for row in conn.execute("SELECT payload FROM audit_log WHERE action = 'entry.open'")
    ]
    conn.close()
    assert payloads and all('"workstation":"tafel-1"' in p for p in payloads)
    assert verify_audit(tmp_path / "gsb.sqlite") == []


def test_users_table_temporary_passwords_and_csv(api: AppApi, election: Path) -> None:
    set_up(api, election)
    api.login("beheer", PASSWORD)
    with pytest.raises(UserError) as err:  # the first password is asked twice
        api.add_user("dirk", "Dirk", Role.INVOERDER, PASSWORD, PASSWORD + "x")
    assert code(err) == "USERS.PASSWORDS_DIFFER"
    anna = next(row for row in api.users() if row.username == "anna")
    handed = api.reset_password(anna.id)
    assert handed.username == "anna" and len(handed.temporary_password) >= 12
    csv = "gebruikersnaam;naam;rol\nerik;Erik de Vries;invoerder\nfenna;Fenna Bos;invoerder\n"
    made = api.import_users(FileData("invoerders.csv", csv.encode()))
    assert [m.username for m in made] == ["erik", "fenna"]
    rows = {row.username: row for row in api.users()}
    assert rows["erik"].must_change_password and rows["anna"].must_change_password
    api.logout()
    session = api.login("anna", handed.temporary_password).session
    assert session.must_change_password
    with pytest.raises(UserError) as err:  # nothing but changing the password
        api.typist_home()
    assert code(err) == "USERS.MUST_CHANGE_PASSWORD"
    api.change_password(handed.temporary_password, PASSWORD + "!", PASSWORD + "!")
    assert api.typist_home().session.entry_open


def test_every_call_of_the_interface_is_served_with_the_same_signature(tmp_path: Path) -> None:
    """The screens' protocol and the serving side cannot drift apart: every call of ``AppApi`` has
    an endpoint of the same name, parameters and types, and every endpoint is in the protocol."""
    import inspect

    from kieskring.app.api.backend import Backend
    from kieskring.app.api.client import AppApi, remote_calls
    from kieskring.app.api.wire import hints

    backend = Backend(tmp_path / "x.sqlite", hasher=cheap_hasher())
    try:
        served = backend.dispatcher.endpoints
        assert set(served) == set(remote_calls())
        for name in remote_calls():
            wanted = hints(getattr(AppApi, name))
            endpoint = served[name]
            given = {k: v for k, v in endpoint.hints.items() if k not in {"call", "visitor"}}
            assert given == dict(wanted), name
            ours = list(inspect.signature(getattr(AppApi, name)).parameters)[1:]
            assert ours == list(endpoint.parameters), name
    finally:
        backend.close()
