"""Status overview (counts, filters, search, progress; fast for 600 stations) and the GSB totals."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from kieskring.app.entry import DataEntry, DifferenceResolution
from kieskring.app.records import StationStatus
from kieskring.app.setup import StationSetup, save_setup
from kieskring.app.states import EntryState
from kieskring.app.status import StatusFilter, overview
from kieskring.app.totals import gsb_totals
from kieskring.app.users import User, Users
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit

from .support import SETUP, good_paper, type_paper

S = EntryState


def test_overview_counts_filters_and_progress(
    entry: DataEntry, store: Store, users: Users, typist1: User, typist2: User, coordinator: User
) -> None:
    type_paper(entry, typist1, 1, good_paper())
    entry.finalise(typist1, 1)
    type_paper(entry, typist2, 1, good_paper())
    entry.finalise(typist2, 1)
    entry.open(typist2, 2)
    entry.save_section(typist2, 2, "extra_investigation", good_paper()["extra_investigation"])
    view = overview(store, users, coordinator)
    assert view.total == 3
    assert view.counts[S.DEFINITIVE] == 1
    assert view.counts[S.FIRST_ENTRY_IN_PROGRESS] == 1
    assert view.counts[S.EMPTY] == 1
    assert sum(view.counts.values()) == 3
    assert view.percent == 33
    rows = {row.number: row for row in view.rows}
    assert rows[2].sections_done == 1
    assert rows[2].sections_total == 6
    assert rows[1].first_typist == "anna"
    assert rows[1].second_typist == "bram"
    only = overview(store, users, coordinator, StatusFilter(states=frozenset({S.EMPTY})))
    assert [r.number for r in only.rows] == [3]
    by_typist = overview(store, users, coordinator, StatusFilter(typist_id=typist2.id))
    assert [r.number for r in by_typist.rows] == [1, 2]
    assert [
        r.number for r in overview(store, users, coordinator, StatusFilter(number="3")).rows
    ] == [3]
    assert overview(store, users, coordinator, StatusFilter(warnings_only=True)).rows == ()


def test_typists_do_not_see_the_overview(
    entry: DataEntry, store: Store, users: Users, typist1: User
) -> None:
    with pytest.raises(UserError):
        overview(store, users, typist1)


def test_overview_of_600_stations_is_fast(
    store: Store, users: Users, admin: User, typist1: User
) -> None:
    stations = tuple(StationSetup(n, f"Stembureau {n}", 1000) for n in range(1, 601))
    save_setup(store, users, admin, replace(SETUP, stations=stations))
    states = list(EntryState)
    with store.confirm("test.bulk", None) as tx:
        for n in range(1, 601):
            status = StationStatus(
                n, states[n % len(states)], first_user=typist1.id, has_warnings=n % 7 == 0
            )
            status.put(tx, "2026-03-18T21:00:00+00:00")
    start = time.perf_counter()
    view = overview(store, users, admin)
    filtered = overview(store, users, admin, StatusFilter(warnings_only=True, number="1"))
    elapsed = time.perf_counter() - start
    assert len(view.rows) == 600
    assert sum(view.counts.values()) == 600
    assert all(r.has_warnings for r in filtered.rows)
    assert elapsed < 0.5, f"overview took {elapsed:.3f} s for 600 stations (twice)"


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
