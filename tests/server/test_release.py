"""Releasing a stale claim (issue 14): the coordinator discards an unfinished entry whose typist has
gone, with the reason in the audit log; during a correction the other entry stays as the first, and a
station never becomes definitive by a release (four eyes, Kieswet N 11)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kieskring.app.entry import DataEntry
from kieskring.app.setup import save_setup
from kieskring.app.states import EntryState
from kieskring.app.users import Role, Users
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit
from tests.app.support import PASSWORD, SETUP, cheap_hasher, good_paper, type_paper


class Room:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.users = Users(store, cheap_hasher())
        admin = self.users.create_administrator("beheer", "Beheerder", PASSWORD)
        save_setup(store, self.users, admin, SETUP)
        self.entry = DataEntry(store, self.users)
        self.anna = self.users.create_user(admin, "anna", "Anna", Role.INVOERDER, PASSWORD)
        self.bram = self.users.create_user(admin, "bram", "Bram", Role.INVOERDER, PASSWORD)
        self.cees = self.users.create_user(admin, "cees", "Cees", Role.INVOERDER, PASSWORD)
        self.carla = self.users.create_user(admin, "carla", "Carla", Role.COORDINATOR, PASSWORD)

    def state(self, station: int) -> EntryState:
        return self.entry.status(station).state


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    with Store(tmp_path / "gsb.sqlite") as store:
        yield Room(store)


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def test_a_released_first_entry_is_gone_and_anyone_may_start(room: Room) -> None:
    room.entry.open(room.anna, 1)
    room.entry.save_section(
        room.anna, 1, "voters_votes", good_paper()["voters_votes"], acknowledged=True
    )
    with pytest.raises(UserError) as err:
        room.entry.release(room.anna, 1, "weg")
    assert code(err) == "USERS.NOT_PERMITTED"
    status = room.entry.release(room.carla, 1, "Anna is ziek naar huis")
    assert status.state is EntryState.EMPTY and status.first_user is None
    assert room.entry.entries(1) == {}
    assert room.entry.open(room.bram, 1).slot == 1
    rows = room.store.query("SELECT payload FROM audit_log WHERE action = 'entry.release'")
    assert '"reason":"Anna is ziek naar huis"' in rows[0]["payload"]
    assert f'"released_user":{room.anna.id}' in rows[0]["payload"]
    assert verify_audit(room.store.path) == []


def test_a_released_second_entry_leaves_the_first(room: Room) -> None:
    type_paper(room.entry, room.anna, 1, good_paper())
    room.entry.finalise(room.anna, 1)
    room.entry.open(room.bram, 1)
    status = room.entry.release(room.carla, 1, "Bram is weg")
    assert status.state is EntryState.FIRST_ENTRY_FINALISED
    assert status.first_user == room.anna.id and status.second_user is None
    assert list(room.entry.entries(1)) == [1] and room.entry.entries(1)[1].finalised
    with pytest.raises(UserError) as err:  # four eyes: still not the first typist
        room.entry.open(room.anna, 1)
    assert code(err) == "ENTRY.SAME_TYPIST"
    type_paper(room.entry, room.cees, 1, good_paper())
    assert room.entry.finalise(room.cees, 1).state is EntryState.DEFINITIVE


@pytest.mark.parametrize(("slot", "kept_typist"), [(1, "bram"), (2, "anna")])
def test_releasing_a_correction_keeps_the_other_entry_as_the_first(
    room: Room, slot: int, kept_typist: str
) -> None:
    type_paper(room.entry, room.anna, 1, good_paper())
    room.entry.finalise(room.anna, 1)
    type_paper(room.entry, room.bram, 1, good_paper({"L1.1": 31, "L1.2": 19}))
    assert room.entry.finalise(room.bram, 1).state is EntryState.ENTRIES_DIFFERENT
    room.entry.send_back_differences(room.carla, 1, slot)
    status = room.entry.release(room.carla, 1, "de invoerder is weg")
    kept = getattr(room, kept_typist)
    assert status.state is EntryState.FIRST_ENTRY_FINALISED  # never definitive by a release
    assert status.first_user == kept.id and status.resolved_by == room.carla.id
    assert list(room.entry.entries(1)) == [1] and room.entry.entries(1)[1].user_id == kept.id
    type_paper(room.entry, room.cees, 1, room_paper(kept_typist))
    assert room.entry.finalise(room.cees, 1).state is EntryState.DEFINITIVE


def room_paper(typist: str) -> dict[str, dict[str, int | None]]:
    return good_paper() if typist == "anna" else good_paper({"L1.1": 31, "L1.2": 19})


def test_nothing_to_release_and_a_reason_is_required(room: Room) -> None:
    with pytest.raises(UserError) as err:
        room.entry.release(room.carla, 1, "niets bezig")
    assert code(err) == "ENTRY.INVALID_TRANSITION"
    room.entry.open(room.anna, 1)
    with pytest.raises(UserError) as err:
        room.entry.release(room.carla, 1, " ")
    assert code(err) == "ENTRY.REASON_REQUIRED"
    assert room.state(1) is EntryState.FIRST_ENTRY_IN_PROGRESS
