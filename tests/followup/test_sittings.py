"""Sittings, investigations and the corrigendum through the services (docs/sittings.md): the rules
one by one on the three-station election of tests/app (good_paper: A 100, B 5, D 105, E.1 60,
E.2 40, E 100, F 2, G 3, H 105; list 1: 30, 20, 10; list 2: 25, 15)."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kieskring.app.corrigendum import changed_only, corrigendum_layout, fill, result_layout
from kieskring.app.entry import DataEntry, DifferenceResolution, SessionState
from kieskring.app.followup_outputs import corrections
from kieskring.app.outputs import OutputFile, keep_outputs
from kieskring.app.setup import StationSetup
from kieskring.app.sitting_store import Origin
from kieskring.app.sittings import Sittings
from kieskring.app.states import EntryState
from kieskring.app.text import Text
from kieskring.app.totals import gsb_totals
from kieskring.app.users import User, Users
from kieskring.app.validation import validate
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit
from tests.app.support import SETUP, good_paper, type_paper


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def first_sitting(entry: DataEntry, coordinator: User, typists: tuple[User, User]) -> None:
    for station in (1, 2, 3):
        for typist in typists:
            type_paper(entry, typist, station, good_paper())
            entry.finalise(typist, station)
    entry.set_session_state(coordinator, SessionState.COMPLETED)


def outputs_made(store: Store, user: User, sitting: int) -> None:
    """Stand-in for the signed outputs (made for real in test_wmw_followup): kept as handed out."""
    keep_outputs(
        store,
        user,
        sitting,
        (OutputFile("Telling.eml.xml", b"<EML/>", Text("t", "t"), "", "510b"),),
    )


@pytest.fixture
def second(
    store: Store,
    entry: DataEntry,
    sittings: Sittings,
    coordinator: User,
    typist1: User,
    typist2: User,
) -> Sittings:
    """The first sitting finished and its outputs made, the second started."""
    first_sitting(entry, coordinator, (typist1, typist2))
    outputs_made(store, coordinator, 1)
    assert sittings.start(coordinator) == 2
    return sittings


def test_a_sitting_starts_only_after_the_last_one_finished_with_outputs(
    store: Store,
    entry: DataEntry,
    sittings: Sittings,
    coordinator: User,
    typist1: User,
    typist2: User,
) -> None:
    with pytest.raises(UserError) as err:
        sittings.start(coordinator)
    assert code(err) == "SITTING.NOT_FINISHED"
    first_sitting(entry, coordinator, (typist1, typist2))
    with pytest.raises(UserError) as err:
        sittings.start(coordinator)
    assert code(err) == "SITTING.NO_OUTPUTS"
    with pytest.raises(UserError) as err:
        sittings.start(typist1)
    assert code(err) == "USERS.NOT_PERMITTED"
    outputs_made(store, coordinator, 1)
    assert sittings.start(coordinator) == 2
    records = sittings.repo.sittings()
    assert [(r.number, r.closed_at is not None) for r in records] == [(1, True), (2, False)]
    assert entry.session_state() is SessionState.DATA_ENTRY
    kept = sittings.repo.archived_results(1)
    assert sorted(kept) == [1, 2, 3] and kept[2].values["F"] == 2
    assert len(sittings.repo.archived_entries(1, 2)) == 2
    assert verify_audit(store.path) == []


def test_in_a_follow_up_sitting_only_investigated_stations_are_entered(
    second: Sittings, entry: DataEntry, coordinator: User, typist1: User
) -> None:
    with pytest.raises(UserError) as err:
        entry.reopen(coordinator, 2, "zomaar")
    assert code(err) == "SITTING.NOT_INVESTIGATED"
    second.open_investigation(coordinator, 2, Origin.CSB, "Verschil D en H")
    with pytest.raises(UserError) as err:  # not concluded yet: still definitive
        entry.open(typist1, 2)
    assert code(err) == "ENTRY.INVALID_TRANSITION"
    with pytest.raises(UserError) as err:
        entry.set_session_state(coordinator, SessionState.COMPLETED)
    assert code(err) == "SESSION.INVESTIGATIONS_OPEN"
    with pytest.raises(UserError) as err:
        second.open_investigation(coordinator, 2, Origin.GSB, "nog een keer")
    assert code(err) == "INVESTIGATION.EXISTS"


def test_concluded_without_new_results_the_numbers_stand(
    second: Sittings, entry: DataEntry, coordinator: User
) -> None:
    second.open_investigation(coordinator, 1, Origin.GSB, "Eigen controle", "Tel de stembiljetten")
    with pytest.raises(UserError) as err:
        second.conclude(coordinator, 1, "  ", False)
    assert code(err) == "SITTING.TEXT_REQUIRED"
    record = second.conclude(coordinator, 1, "Geteld; klopt.", False)
    assert record.concluded and record.new_results is False
    assert entry.status(1).state is EntryState.DEFINITIVE
    with pytest.raises(UserError) as err:
        second.conclude(coordinator, 1, "Toch niet", True)
    assert code(err) == "INVESTIGATION.CONCLUDED"
    entry.set_session_state(coordinator, SessionState.COMPLETED)


def corrigendum(
    entry: DataEntry, typist: User, station: int, typed: dict[str, dict[str, int | None]]
) -> None:
    """Open the station and save every section of the corrigendum form with only ``typed``."""
    entry.open(typist, station)
    for section in entry.layout_for(station).sections:
        result = entry.save_section(
            typist, station, section.key, typed.get(section.key, {}), acknowledged=True
        )
        assert result.saved, (section.key, result.findings)


# the recount of station 2: three blank ballots were votes for list 1 candidate 2
RECOUNT: dict[str, dict[str, int | None]] = {
    "voters_votes": {"E.1": 63, "E": 103, "F": None, "G": 0},
    "list_1": {"L1.2": 23, "L1.total": 63},
}


def test_corrected_results_are_entered_twice_typing_only_what_changed(
    second: Sittings,
    entry: DataEntry,
    coordinator: User,
    typist1: User,
    typist2: User,
    store: Store,
    users: Users,
) -> None:
    second.open_investigation(coordinator, 2, Origin.CSB, "Veel ongeldige stemmen")
    second.conclude(coordinator, 2, "Drie ongeldige stembiljetten waren stemmen op lijst 1.", True)
    assert entry.status(2).state is EntryState.EMPTY
    layout = entry.layout_for(2)
    assert [s.key for s in layout.sections] == ["voters_votes", "differences", "list_1", "list_2"]
    basis = entry.basis(2)
    assert basis is not None and basis.previous["G"] == 3 and basis.previous["L1.2"] == 20
    corrigendum(entry, typist1, 2, RECOUNT)
    view = entry.view(typist1, 2)
    # empty kept the previous number, 0 was typed as 0, the rest was left alone
    assert (view.values["F"], view.values["G"], view.values["A"], view.values["L2.1"]) == (
        2,
        0,
        100,
        25,
    )
    assert [f.code for f in view.findings] == [], "F.101–F.112 do not apply to the corrigendum"
    entry.finalise(typist1, 2)
    with pytest.raises(UserError) as err:
        entry.open(typist1, 2)
    assert code(err) == "ENTRY.SAME_TYPIST"
    slip: dict[str, dict[str, int | None]] = {**RECOUNT, "list_1": {"L1.2": 32, "L1.total": 63}}
    corrigendum(entry, typist2, 2, slip)
    assert entry.finalise(typist2, 2).state is EntryState.ENTRIES_DIFFERENT
    assert [(d.field, d.first, d.second) for d in entry.differences(coordinator, 2)] == [
        ("L1.2", 23, 32)
    ]
    entry.resolve_differences(coordinator, 2, DifferenceResolution.KEEP_FIRST)
    corrigendum(entry, typist2, 2, RECOUNT)
    assert entry.finalise(typist2, 2).state is EntryState.DEFINITIVE
    result = entry.result(2)
    assert result is not None and (result["E"], result["G"], result["H"], result["L1.2"]) == (
        103,
        0,
        105,
        23,
    )
    assert "inv.other_reason.no" not in result
    entry.set_session_state(coordinator, SessionState.COMPLETED)
    totals = gsb_totals(store, users, coordinator)
    assert totals.counts.G == 3 + 0 + 3 and totals.lists[0].candidate_votes[1] == 20 + 23 + 20
    assert second.repo.archived_result(1, 2).values["G"] == 3, "the first sitting stays as it was"  # type: ignore[union-attr]


def test_a_missing_station_is_added_with_zero_before(
    second: Sittings,
    entry: DataEntry,
    coordinator: User,
    typist1: User,
    typist2: User,
    store: Store,
) -> None:
    new = StationSetup(4, "Mobiel stembureau", 300)
    record = second.add_station(coordinator, new, Origin.CSB, "Stembureau 4 ontbrak in de telling")
    assert record.added and [s.number for s in entry.setup.stations] == [1, 2, 3, 4]
    with pytest.raises(UserError) as err:
        second.conclude(coordinator, 4, "geteld", False)
    assert code(err) == "INVESTIGATION.ADDED_NEEDS_RESULTS"
    second.conclude(coordinator, 4, "Alsnog geteld", True)
    basis = entry.basis(4)
    assert basis is not None and set(basis.previous.values()) == {0}
    paper = {
        k: v for k, v in good_paper().items() if k in {s.key for s in entry.layout_for(4).sections}
    }
    for typist in (typist1, typist2):
        corrigendum(entry, typist, 4, paper)
        entry.finalise(typist, 4)
    assert entry.status(4).state is EntryState.DEFINITIVE
    audit = store.query("SELECT payload FROM audit_log WHERE action = 'sitting.add_station'")
    assert '"name":"Mobiel stembureau"' in audit[0]["payload"]
    with pytest.raises(UserError) as err:
        second.add_station(coordinator, StationSetup(4, "Dubbel"), Origin.GSB, "nog eens")
    assert code(err) in {"INVESTIGATION.EXISTS", "SITTING.STATION_EXISTS"}
    assert verify_audit(store.path) == []


def test_a_station_cannot_be_added_in_the_first_sitting(
    entry: DataEntry, sittings: Sittings, coordinator: User
) -> None:
    with pytest.raises(UserError) as err:
        sittings.add_station(coordinator, StationSetup(9, "Later"), Origin.GSB, "vergeten")
    assert code(err) == "SITTING.FIRST"


def test_an_investigation_needs_a_definitive_station(
    entry: DataEntry, sittings: Sittings, coordinator: User, typist1: User
) -> None:
    type_paper(entry, typist1, 1, good_paper())
    with pytest.raises(UserError) as err:
        sittings.open_investigation(coordinator, 1, Origin.GSB, "signaal")
    assert code(err) == "INVESTIGATION.NOT_DEFINITIVE"


def test_after_the_outputs_nothing_of_the_sitting_changes(
    second: Sittings, entry: DataEntry, coordinator: User, store: Store
) -> None:
    second.open_investigation(coordinator, 3, Origin.CSB, "controle")
    second.conclude(coordinator, 3, "klopt", False)
    entry.set_session_state(coordinator, SessionState.COMPLETED)
    outputs_made(store, coordinator, 2)
    for attempt in (
        lambda: second.open_investigation(coordinator, 1, Origin.GSB, "te laat"),
        lambda: entry.reopen(coordinator, 3, "te laat"),
    ):
        with pytest.raises(UserError) as err:
            attempt()
        assert code(err) in {"SITTING.OUTPUTS_MADE", "SITTING.NOT_INVESTIGATED"}
    assert second.start(coordinator) == 3


def test_history_keeps_every_sitting_and_the_archive_is_guarded(
    second: Sittings,
    entry: DataEntry,
    coordinator: User,
    typist1: User,
    typist2: User,
    store: Store,
) -> None:
    second.open_investigation(coordinator, 2, Origin.CSB, "Veel ongeldige stemmen")
    second.conclude(coordinator, 2, "Hertelling", True)
    for typist in (typist1, typist2):
        corrigendum(entry, typist, 2, RECOUNT)
        entry.finalise(typist, 2)
    history = second.history(coordinator, 2)
    assert [(s.sitting, s.current) for s in history.sittings] == [(1, False), (2, True)]
    first, now = history.sittings
    assert first.values is not None and now.values is not None
    assert (first.values["G"], now.values["G"]) == (3, 0)
    assert {a.action for a in first.audit} >= {"entry.open", "entry.finalise"}
    assert [a.action for a in now.audit][:2] == ["investigation.open", "investigation.conclude"]
    assert first.investigation is None and now.investigation is not None
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute(
        "UPDATE sitting_results SET values_json = replace(values_json, '\"G\":3', '\"G\":0') WHERE station = 2"
    )
    conn.commit()
    conn.close()
    assert [p.code for p in verify_audit(store.path)] == ["AUDIT.ROW_ALTERED"]


def test_a_note_on_a_signal_needs_the_signal(second: Sittings, coordinator: User) -> None:
    with pytest.raises(UserError) as err:
        second.note_signal(coordinator, "share/SB9/L1", "bestaat niet")
    assert code(err) == "SIGNAL.UNKNOWN"


values = st.dictionaries(
    st.sampled_from(["A", "B", "D", "E.1", "E.2", "E", "F", "G", "H"]), st.integers(0, 10**6)
)
typed = st.dictionaries(
    st.sampled_from(["A", "B", "D", "E.1", "E.2", "E", "F", "G", "H"]),
    st.none() | st.integers(0, 10**6),
)


@given(values, typed)
def test_an_empty_field_keeps_the_previous_number(
    previous: dict[str, int], given_: dict[str, int | None]
) -> None:
    layout = corrigendum_layout(SETUP)
    section = layout.section("voters_votes")
    assert section is not None
    filled = fill(layout, "voters_votes", given_, previous)
    for f in section.fields:
        wanted = given_.get(f.key)
        assert filled[f.key] == (previous.get(f.key, 0) if wanted is None else wanted)
    # what is shown again (only the changed numbers) fills back to the same values
    shown = changed_only(filled, previous)
    assert fill(layout, "voters_votes", shown, previous) == filled


def test_a_corrected_result_is_read_with_its_own_form(
    second: Sittings, entry: DataEntry, coordinator: User, typist1: User, typist2: User
) -> None:
    """In a later sitting the station is no longer under investigation, but its result came from the
    corrigendum form: it is not asked the first sitting's yes/no questions (no F.111)."""
    second.open_investigation(coordinator, 2, Origin.CSB, "Veel ongeldige stemmen")
    second.conclude(coordinator, 2, "Hertelling", True)
    for typist in (typist1, typist2):
        corrigendum(entry, typist, 2, RECOUNT)
        entry.finalise(typist, 2)
    result = entry.result(2)
    assert result is not None
    assert result_layout(SETUP, result) is corrigendum_layout(SETUP)
    assert validate(SETUP, result_layout(SETUP, result), result) == ()
    assert [f.code for f in validate(SETUP, entry.layout, result)] == ["F.111"]
    first = entry.result(1)
    assert first is not None and result_layout(SETUP, first) is entry.layout


CODES = ["A", "B", "D", "E.1", "E.2", "E", "F", "G", "H", "I", "J", "L1.1", "L1.2", "L1.3", "L2.1"]
station_values = st.dictionaries(st.sampled_from(CODES), st.integers(0, 10**5))


@given(
    st.dictionaries(st.sampled_from([1, 2, 3]), station_values),
    st.dictionaries(st.sampled_from([1, 2, 3]), station_values),
)
def test_the_corrigendum_lists_exactly_what_changed(
    before: dict[int, dict[str, int]], after: dict[int, dict[str, int]]
) -> None:
    """Every number that differs is on the Na 14-2 once, with old and new; applying it to the old
    numbers gives the new ones (a station or field absent counts as 0)."""
    rows = corrections(SETUP, before, after)
    assert len({(r.station.number, r.code) for r in rows}) == len(rows)
    rebuilt = {n: dict(v) for n, v in before.items()}
    for row in rows:
        assert row.old == before.get(row.station.number, {}).get(row.code, 0) != row.new
        rebuilt.setdefault(row.station.number, {})[row.code] = row.new
    for n in (1, 2, 3):
        for code_ in CODES:
            assert rebuilt.get(n, {}).get(code_, 0) == after.get(n, {}).get(code_, 0)
