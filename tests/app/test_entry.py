"""Data entry and the coordinator's actions: every transition, the four-eyes rules, saving and resuming."""

from __future__ import annotations

import pytest

from kieskring.app.entry import (
    DataEntry,
    DifferenceResolution,
    ErrorResolution,
    SessionState,
)
from kieskring.app.states import EntryState
from kieskring.app.users import Role, User, Users
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit

from .support import PASSWORD, good_paper, type_paper

S = EntryState


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def both_entries(entry: DataEntry, t1: User, t2: User, station: int = 1) -> None:
    type_paper(entry, t1, station, good_paper())
    entry.finalise(t1, station)
    type_paper(entry, t2, station, good_paper())


def test_equal_entries_by_two_typists_become_definitive(
    entry: DataEntry, typist1: User, typist2: User, store: Store
) -> None:
    assert entry.status(1).state is S.EMPTY
    view = entry.open(typist1, 1)
    assert view.station.name == "Gemeentehuis"
    assert view.next_section == "extra_investigation"
    assert entry.status(1).state is S.FIRST_ENTRY_IN_PROGRESS
    type_paper(entry, typist1, 1, good_paper())
    assert entry.finalise(typist1, 1).state is S.FIRST_ENTRY_FINALISED
    view = entry.open(typist2, 1)
    assert view.slot == 2
    assert view.values == {}  # the second typist does not see the first entry
    type_paper(entry, typist2, 1, good_paper())
    status = entry.finalise(typist2, 1)
    assert status.state is S.DEFINITIVE
    assert (status.first_user, status.second_user) == (typist1.id, typist2.id)
    result = entry.result(1)
    assert result is not None
    assert result["L1.1"] == 30
    assert "C" not in result  # no voter passes at a municipal election
    assert verify_audit(store.path) == []


def test_second_entry_by_the_same_typist_is_refused(entry: DataEntry, typist1: User) -> None:
    type_paper(entry, typist1, 1, good_paper())
    entry.finalise(typist1, 1)
    with pytest.raises(UserError) as err:
        entry.open(typist1, 1)
    assert code(err) == "ENTRY.SAME_TYPIST"


def test_only_the_holder_continues(entry: DataEntry, typist1: User, typist2: User) -> None:
    entry.open(typist1, 1)
    with pytest.raises(UserError) as err:
        entry.open(typist2, 1)
    assert code(err) == "ENTRY.HELD_BY_OTHER"
    with pytest.raises(UserError) as err:
        entry.save_section(typist2, 1, "differences", {"cmp.equal": 1})
    assert code(err) == "ENTRY.NOT_HOLDER"


def test_save_and_resume(entry: DataEntry, typist1: User, store: Store, users: Users) -> None:
    entry.open(typist1, 2)
    paper = good_paper()
    for section in ("extra_investigation", "station_differences", "voters_votes"):
        assert entry.save_section(typist1, 2, section, paper[section]).saved
    again = DataEntry(store, users)  # e.g. after logging out and in again
    view = again.open(typist1, 2)
    assert view.sections_done == {"extra_investigation", "station_differences", "voters_votes"}
    assert view.next_section == "differences"
    assert view.values["H"] == 105


def test_finalise_needs_every_section(entry: DataEntry, typist1: User) -> None:
    entry.open(typist1, 1)
    entry.save_section(typist1, 1, "voters_votes", good_paper()["voters_votes"])
    with pytest.raises(UserError) as err:
        entry.finalise(typist1, 1)
    assert code(err) == "ENTRY.INCOMPLETE"


def test_empty_field_is_zero(entry: DataEntry, typist1: User, typist2: User) -> None:
    type_paper(entry, typist1, 1, good_paper({"L1.3": 0, "L1.2": 30}))
    entry.finalise(typist1, 1)
    type_paper(entry, typist2, 1, good_paper({"L1.3": None, "L1.2": 30}))
    assert entry.finalise(typist2, 1).state is S.DEFINITIVE


def test_values_out_of_range_and_unknown_fields(entry: DataEntry, typist1: User) -> None:
    entry.open(typist1, 1)
    with pytest.raises(UserError) as err:
        entry.save_section(typist1, 1, "voters_votes", {"A": 1_000_000_000})
    assert code(err) == "ENTRY.VALUE_RANGE"
    with pytest.raises(UserError) as err:
        entry.save_section(typist1, 1, "voters_votes", {"A": -1})
    assert code(err) == "ENTRY.VALUE_RANGE"
    with pytest.raises(UserError) as err:
        entry.save_section(typist1, 1, "differences", {"cmp.equal": 2})
    assert code(err) == "ENTRY.VALUE_RANGE"
    with pytest.raises(UserError) as err:
        entry.save_section(typist1, 1, "voters_votes", {"L1.1": 3})
    assert code(err) == "ENTRY.UNKNOWN_FIELD"
    with pytest.raises(UserError) as err:
        entry.save_section(typist1, 1, "nope", {})
    assert code(err) == "ENTRY.UNKNOWN_SECTION"


def test_warning_needs_acknowledgement(entry: DataEntry, typist1: User) -> None:
    entry.open(typist1, 1)
    counts = good_paper({"F": 20, "E.1": 43, "E": 83, "L1.total": 43})["voters_votes"]
    result = entry.save_section(typist1, 1, "voters_votes", counts)
    assert not result.saved
    assert [w.code for w in result.warnings] == ["W.201"]
    assert "voters_votes" not in entry.open(typist1, 1).sections_done
    result = entry.save_section(typist1, 1, "voters_votes", counts, acknowledged=True)
    assert result.saved
    assert entry.status(1).has_warnings


def test_error_does_not_block_but_routes_to_coordinator(
    entry: DataEntry, typist1: User, coordinator: User
) -> None:
    entry.open(typist1, 1)
    paper = good_paper({"D": 104})  # F.201: A + B ≠ D; also F.301 (D = H ticked)
    for section, values in paper.items():
        result = entry.save_section(typist1, 1, section, values)
        assert result.saved
    assert entry.status(1).has_errors
    assert entry.finalise(typist1, 1).state is S.FIRST_ENTRY_HAS_ERRORS
    assert entry.resolve_errors(coordinator, 1, ErrorResolution.SEND_BACK).state is (
        S.FIRST_ENTRY_IN_PROGRESS
    )
    entry.save_section(typist1, 1, "voters_votes", good_paper()["voters_votes"])
    assert not entry.status(1).has_errors
    assert entry.finalise(typist1, 1).state is S.FIRST_ENTRY_FINALISED


def test_coordinator_discards_first_entry_with_errors(
    entry: DataEntry, typist1: User, coordinator: User
) -> None:
    type_paper(entry, typist1, 1, good_paper({"D": 104}))
    entry.finalise(typist1, 1)
    assert entry.resolve_errors(coordinator, 1, ErrorResolution.DISCARD).state is S.EMPTY
    assert entry.entries(1) == {}


def test_typist_cannot_resolve(entry: DataEntry, typist1: User, typist2: User) -> None:
    type_paper(entry, typist1, 1, good_paper({"D": 104}))
    entry.finalise(typist1, 1)
    with pytest.raises(UserError) as err:
        entry.resolve_errors(typist2, 1, ErrorResolution.DISCARD)
    assert code(err) == "USERS.NOT_PERMITTED"


def test_coordinator_and_administrator_do_not_count(
    entry: DataEntry, coordinator: User, admin: User
) -> None:
    for user in (coordinator, admin):
        with pytest.raises(UserError) as err:
            entry.open(user, 1)
        assert code(err) == "USERS.NOT_PERMITTED"


def different(entry: DataEntry, t1: User, t2: User) -> None:
    type_paper(entry, t1, 1, good_paper())
    entry.finalise(t1, 1)
    type_paper(entry, t2, 1, good_paper({"L1.1": 31, "L1.2": 19}))
    assert entry.finalise(t2, 1).state is S.ENTRIES_DIFFERENT


def test_second_typist_sees_w001_where_it_differs(
    entry: DataEntry, typist1: User, typist2: User
) -> None:
    type_paper(entry, typist1, 1, good_paper())
    entry.finalise(typist1, 1)
    entry.open(typist2, 1)
    values = good_paper({"L1.1": 31, "L1.2": 19})["list_1"]
    result = entry.save_section(typist2, 1, "list_1", values)
    assert not result.saved
    assert {(w.code, w.fields) for w in result.warnings} == {
        ("W.001", ("L1.1",)),
        ("W.001", ("L1.2",)),
    }


def test_differences_side_by_side(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User
) -> None:
    different(entry, typist1, typist2)
    diffs = entry.differences(coordinator, 1)
    assert [(d.field, d.first, d.second) for d in diffs] == [("L1.1", 30, 31), ("L1.2", 20, 19)]


@pytest.mark.parametrize(
    ("how", "kept_value", "kept_by"),
    [(DifferenceResolution.KEEP_FIRST, 30, 1), (DifferenceResolution.KEEP_SECOND, 31, 2)],
)
def test_keeping_one_entry_never_decides_alone(
    entry: DataEntry,
    users: Users,
    admin: User,
    typist1: User,
    typist2: User,
    coordinator: User,
    how: DifferenceResolution,
    kept_value: int,
    kept_by: int,
) -> None:
    """Issue 12 D: "keep first/second" used to make one typist's numbers definitive by itself. Now the
    kept entry waits for a new entry by another typist than its own, and only agreement decides."""
    different(entry, typist1, typist2)  # typist1 typed L1.1 = 30, typist2 typed 31
    status = entry.resolve_differences(coordinator, 1, how)
    assert status.state is S.FIRST_ENTRY_FINALISED
    assert entry.result(1) is None
    keeper = typist1 if kept_by == 1 else typist2
    assert status.first_user == keeper.id and status.second_user is None
    assert set(entry.entries(1)) == {1}
    assert entry.entries(1)[1].values["L1.1"] == kept_value
    with pytest.raises(UserError) as err:  # the kept entry's own typist cannot confirm it
        entry.open(keeper, 1)
    assert code(err) == "ENTRY.SAME_TYPIST"
    third = users.create_user(admin, "typist3", "Derde", Role.INVOERDER, PASSWORD)
    changes = {"L1.1": 31, "L1.2": 19} if kept_value == 31 else {}
    type_paper(entry, third, 1, good_paper(changes))
    assert entry.finalise(third, 1).state is S.DEFINITIVE
    result = entry.result(1)
    assert result is not None and result["L1.1"] == kept_value


def test_a_new_entry_that_differs_from_the_kept_one_goes_back_to_the_coordinator(
    entry: DataEntry, users: Users, admin: User, typist1: User, typist2: User, coordinator: User
) -> None:
    different(entry, typist1, typist2)
    entry.resolve_differences(coordinator, 1, DifferenceResolution.KEEP_FIRST)
    third = users.create_user(admin, "typist3", "Derde", Role.INVOERDER, PASSWORD)
    type_paper(entry, third, 1, good_paper({"L1.1": 31, "L1.2": 19}))
    assert entry.finalise(third, 1).state is S.ENTRIES_DIFFERENT
    assert entry.result(1) is None


def test_keeping_an_entry_with_errors_is_refused(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User
) -> None:
    type_paper(entry, typist1, 1, good_paper())
    entry.finalise(typist1, 1)
    type_paper(entry, typist2, 1, good_paper({"L1.total": 61}))  # F.402 and F.403
    assert entry.finalise(typist2, 1).state is S.ENTRIES_DIFFERENT
    with pytest.raises(UserError) as err:
        entry.resolve_differences(coordinator, 1, DifferenceResolution.KEEP_SECOND)
    assert code(err) == "ENTRY.KEPT_HAS_ERRORS"
    assert entry.status(1).state is S.ENTRIES_DIFFERENT


def test_discard_both(entry: DataEntry, typist1: User, typist2: User, coordinator: User) -> None:
    different(entry, typist1, typist2)
    assert entry.resolve_differences(coordinator, 1, DifferenceResolution.DISCARD_BOTH).state is (
        S.EMPTY
    )
    assert entry.entries(1) == {}
    type_paper(entry, typist2, 1, good_paper())  # anyone may start again
    assert entry.status(1).first_user == typist2.id


@pytest.mark.parametrize("slot", [1, 2])
def test_send_back_only_the_differing_fields(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User, slot: int
) -> None:
    different(entry, typist1, typist2)
    state = entry.send_back_differences(coordinator, 1, slot)
    assert state.state is (S.FIRST_ENTRY_CORRECTION if slot == 1 else S.SECOND_ENTRY_CORRECTION)
    typist = typist1 if slot == 1 else typist2
    view = entry.open(typist, 1)
    assert view.pending == {"L1.1", "L1.2"}
    assert {f.code for f in view.findings} == {"W.002"}
    assert view.next_section == "list_1"
    with pytest.raises(UserError) as err:  # other fields are locked
        entry.save_section(typist, 1, "list_1", {"L1.1": 30, "L1.2": 20, "L1.3": 11})
    assert code(err) == "ENTRY.FIELD_LOCKED"
    with pytest.raises(UserError):
        entry.finalise(typist, 1)
    # the paper says 30 and 20: the second typist corrects to that (definitive); the first typist
    # confirms their own values, which still differ from the second entry (back to the coordinator)
    values = {"L1.1": 30, "L1.2": 20, "L1.3": 10, "L1.total": 60}
    assert entry.save_section(typist, 1, "list_1", values, acknowledged=True).saved
    expected = S.ENTRIES_DIFFERENT if slot == 1 else S.DEFINITIVE
    assert entry.finalise(typist, 1).state is expected


def test_correction_still_different_goes_back_to_coordinator(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User
) -> None:
    different(entry, typist1, typist2)
    entry.send_back_differences(coordinator, 1, 2)
    values = {"L1.1": 32, "L1.2": 18, "L1.3": 10, "L1.total": 60}
    entry.save_section(typist2, 1, "list_1", values, acknowledged=True)
    assert entry.finalise(typist2, 1).state is S.ENTRIES_DIFFERENT


def test_abandon_own_entry(entry: DataEntry, typist1: User, typist2: User) -> None:
    entry.open(typist1, 1)
    assert entry.abandon(typist1, 1).state is S.EMPTY
    type_paper(entry, typist1, 1, good_paper())
    entry.finalise(typist1, 1)
    entry.open(typist2, 1)
    status = entry.abandon(typist2, 1)
    assert status.state is S.FIRST_ENTRY_FINALISED
    assert status.second_user is None


def test_reopen_definitive_needs_a_reason(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User, store: Store
) -> None:
    both_entries(entry, typist1, typist2)
    entry.finalise(typist2, 1)
    with pytest.raises(UserError) as err:
        entry.reopen(coordinator, 1, "  ")
    assert code(err) == "ENTRY.REASON_REQUIRED"
    assert entry.reopen(coordinator, 1, "hertelling na bezwaar").state is S.EMPTY
    assert entry.result(1) is None
    assert entry.entries(1) == {}
    payload = store.query("SELECT payload FROM audit_log ORDER BY seq DESC LIMIT 1")[0][0]
    assert "hertelling na bezwaar" in payload
    assert verify_audit(store.path) == []


def test_invalid_transitions_are_user_errors(
    entry: DataEntry, typist1: User, coordinator: User
) -> None:
    with pytest.raises(UserError) as err:
        entry.reopen(coordinator, 1, "reden")
    assert code(err) == "ENTRY.INVALID_TRANSITION"
    with pytest.raises(UserError) as err:
        entry.resolve_differences(coordinator, 1, DifferenceResolution.KEEP_FIRST)
    assert code(err) == "ENTRY.INVALID_TRANSITION"
    with pytest.raises(UserError) as err:
        entry.finalise(typist1, 1)
    assert code(err) == "ENTRY.NOT_IN_PROGRESS"
    with pytest.raises(UserError) as err:
        entry.open(typist1, 99)
    assert code(err) == "ENTRY.UNKNOWN_STATION"


def test_explanation(entry: DataEntry, coordinator: User, typist1: User) -> None:
    entry.explain(coordinator, 2, "Veel blanco stemmen door een actie van een kiezersvereniging.")
    assert entry.explanation(2).startswith("Veel blanco")
    with pytest.raises(UserError):
        entry.explain(typist1, 2, "mag niet")
    entry.explain(coordinator, 2, "")
    assert entry.explanation(2) == ""


def test_pause_and_finish(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User
) -> None:
    entry.set_session_state(coordinator, SessionState.PAUSED)
    with pytest.raises(UserError) as err:
        entry.open(typist1, 1)
    assert code(err) == "ENTRY.PAUSED"
    entry.set_session_state(coordinator, SessionState.DATA_ENTRY)
    with pytest.raises(UserError) as err:
        entry.set_session_state(coordinator, SessionState.COMPLETED)
    assert code(err) == "SESSION.NOT_FINISHED"
    for station in (1, 2, 3):
        both_entries(entry, typist1, typist2, station)
        entry.finalise(typist2, station)
    entry.set_session_state(coordinator, SessionState.COMPLETED)
    assert entry.session_state() is SessionState.COMPLETED
    entry.reopen(coordinator, 3, "onderzoek")
    assert entry.session_state() is SessionState.DATA_ENTRY


def test_deactivated_typist_cannot_continue(
    entry: DataEntry, users: Users, admin: User, typist1: User
) -> None:
    entry.open(typist1, 1)
    users.deactivate(admin, typist1.id)
    with pytest.raises(UserError) as err:
        entry.save_section(typist1, 1, "differences", {"cmp.equal": 1})
    assert code(err) == "USERS.INACTIVE"


def test_setup_is_locked_once_entry_started(
    entry: DataEntry, store: Store, users: Users, admin: User, typist1: User
) -> None:
    from kieskring.app.setup import save_setup

    entry.open(typist1, 1)
    with pytest.raises(UserError) as err:
        save_setup(store, users, admin, entry.setup)
    assert code(err) == "SETUP.ENTRY_STARTED"
    third = users.create_user(admin, "cees", "Cees", Role.INVOERDER, PASSWORD)
    assert users.login("cees", PASSWORD) == third
