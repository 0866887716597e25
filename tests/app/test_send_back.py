"""Sending the differing fields back to the typist the coordinator chooses (pv-models.md §4): only that
typist re-enters only those fields; the other entry is kept exactly as it was."""

from __future__ import annotations

import pytest

from kieskring.app.entry import DataEntry, EntryAuthor
from kieskring.app.states import EntryState
from kieskring.app.users import User
from kieskring.errors import UserError

from .support import good_paper, type_paper

DIFFERING = {"L1.1", "L1.2"}


def _different(entry: DataEntry, first: User, second: User) -> None:
    type_paper(entry, first, 1, good_paper())
    entry.finalise(first, 1)
    type_paper(entry, second, 1, good_paper({"L1.1": 31, "L1.2": 19}))
    assert entry.finalise(second, 1).state is EntryState.ENTRIES_DIFFERENT


def test_authors_name_the_typist_of_each_entry(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User
) -> None:
    _different(entry, typist1, typist2)
    assert entry.entry_authors(coordinator, 1) == (
        EntryAuthor(1, "anna", "Anna"),
        EntryAuthor(2, "bram", "Bram"),
    )
    with pytest.raises(UserError):
        entry.entry_authors(typist1, 1)


@pytest.mark.parametrize("slot", [1, 2])
def test_only_the_chosen_typist_reenters_only_the_differing_fields(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User, slot: int
) -> None:
    _different(entry, typist1, typist2)
    before = entry.entries(1)
    entry.send_back_differences(coordinator, 1, slot)
    after = entry.entries(1)
    kept = 3 - slot
    assert after[kept] == before[kept]  # the other entry is untouched
    assert after[slot].pending == DIFFERING
    assert all(after[slot].values[k] is None for k in DIFFERING)
    assert {k: v for k, v in after[slot].values.items() if k not in DIFFERING} == {
        k: v for k, v in before[slot].values.items() if k not in DIFFERING
    }
    chosen, other = (typist1, typist2) if slot == 1 else (typist2, typist1)
    with pytest.raises(UserError) as held:
        entry.open(other, 1)
    assert held.value.problems[0].code == "ENTRY.HELD_BY_OTHER"
    assert entry.open(chosen, 1).pending == DIFFERING


def test_an_unknown_entry_number_is_refused(
    entry: DataEntry, typist1: User, typist2: User, coordinator: User
) -> None:
    _different(entry, typist1, typist2)
    with pytest.raises(UserError) as refused:
        entry.send_back_differences(coordinator, 1, 3)
    assert refused.value.problems[0].code == "ENTRY.UNKNOWN_SLOT"
    assert entry.status(1).state is EntryState.ENTRIES_DIFFERENT
