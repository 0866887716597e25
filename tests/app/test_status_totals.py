"""The GSB totals (the overview of stations is the coordinator's interface call: tests/app/test_api*.py)."""

from __future__ import annotations

import pytest

from kieskring.app.entry import DataEntry, DifferenceResolution
from kieskring.app.states import EntryState
from kieskring.app.totals import gsb_totals
from kieskring.app.users import User, Users
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit

from .support import good_paper, type_paper

S = EntryState


def test_gsb_totals_sum_the_definitive_results(
    entry: DataEntry, store: Store, users: Users, typist1: User, typist2: User, coordinator: User
) -> None:
    papers = {
        1: good_paper(),
        2: good_paper({"L1.1": 31, "L1.2": 19}),
        3: good_paper({"F": 3, "G": 2}),
    }
    for station, paper in papers.items():
        type_paper(entry, typist1, station, paper)
        entry.finalise(typist1, station)
        type_paper(entry, typist2, station, paper if station != 3 else good_paper())
        entry.finalise(typist2, station)
    assert entry.status(3).state is S.ENTRIES_DIFFERENT
    with pytest.raises(UserError) as err:
        gsb_totals(store, users, coordinator)
    assert err.value.problems[0].code == "TOTALS.NOT_FINISHED"
    preview = gsb_totals(store, users, coordinator, allow_incomplete=True)
    assert len(preview.stations) == 2
    entry.resolve_differences(coordinator, 3, DifferenceResolution.KEEP_FIRST)
    type_paper(entry, typist2, 3, papers[3])  # the second typist types the kept numbers again
    assert entry.finalise(typist2, 3).state is S.DEFINITIVE
    entry.explain(coordinator, 3, "Uitleg")
    totals = gsb_totals(store, users, coordinator)
    assert totals.counts.H == 315
    assert totals.counts.Z == 3000
    assert totals.counts.F == 2 + 2 + 3
    assert totals.lists[0].votes == 180
    assert totals.lists[0].candidate_votes == (91, 59, 30)
    assert totals.lists[1].candidate_votes == (75, 45)
    assert totals.stations[2].explanation == "Uitleg"
    assert sum(lst.votes for lst in totals.lists) == totals.counts.E
    with pytest.raises(UserError):
        gsb_totals(store, users, typist1)
    assert verify_audit(store.path) == []
