"""Invariants of chapter P, checked by Hypothesis on random elections."""

from __future__ import annotations

import re
from dataclasses import replace

from gmpy2 import mpq, mpz
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from seat_allocation.allocate import Allocation, Status, allocate
from seat_allocation.election import CandidateRef, CandidateVotes, Election, ListVotes
from seat_allocation.explain import explain
from seat_allocation.rules import Category, Rules
from seat_allocation.steps import StepKind

candidate_votes = st.lists(st.integers(0, 3000), min_size=1, max_size=12)


@st.composite
def elections(draw: st.DrawFn, min_seats: int = 1, max_seats: int = 45) -> Election:
    seats = draw(st.integers(min_seats, max_seats))
    category = draw(st.sampled_from([Category.GR, Category.TK, Category.EP]))
    votes = draw(st.lists(candidate_votes, min_size=1, max_size=8))
    lists = tuple(
        ListVotes.from_candidates(
            n + 1, tuple(CandidateVotes(i + 1, mpz(v)) for i, v in enumerate(vs))
        )
        for n, vs in enumerate(votes)
    )
    dead = draw(st.sets(st.tuples(st.integers(1, len(lists)), st.integers(1, 3)), max_size=2))
    deceased = frozenset(
        CandidateRef(a, b) for a, b in dead if b <= len(lists[a - 1].candidates or ())
    )
    return Election(seats, Rules.for_category(category), lists, deceased)


def settle(election: Election, limit: int = 400) -> Allocation:
    """Allocate, answering every request for lots with its first option."""
    result = allocate(election)
    while result.status is Status.LOTS_REQUIRED and limit:
        assert result.lots_required is not None
        election = replace(election, lots=(*election.lots, result.lots_required.options[0]))
        result = allocate(election)
        limit -= 1
    assert result.status is Status.COMPLETED
    return result


def seats_by_list(result: Allocation) -> dict[int, int]:
    return {s.number: s.seats for s in result.progress.standings}


@settings(max_examples=300, deadline=None)
@given(elections())
def test_seats_never_exceed_s_and_equal_s_unless_every_list_is_exhausted(
    election: Election,
) -> None:
    result = settle(election)
    total = sum(seats_by_list(result).values())
    assert total <= election.seats
    assert total + result.progress.unassigned == election.seats
    for standing in result.progress.standings:
        assert standing.seats <= max(standing.alive, 0)
    if total < election.seats:
        rules = election.rules
        for s in result.progress.standings:
            assert (
                s.votes == 0
                or s.alive <= s.seats
                or (rules.residual_requires_quota and not s.reaches_quota)
            )


@settings(max_examples=200, deadline=None)
@given(elections(), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_list_numbering(election: Election, rnd: object) -> None:
    first = allocate(election)
    assume(first.status is Status.COMPLETED)
    order = list(range(len(election.lists)))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    # the same lists, presented in another order and renumbered 1..n in that order
    renumber = {election.lists[old].number: new + 1 for new, old in enumerate(order)}
    lists = tuple(replace(election.lists[old], number=new + 1) for new, old in enumerate(order))
    deceased = frozenset(replace(d, list=renumber[d.list]) for d in election.deceased)
    second = allocate(replace(election, lists=lists, deceased=deceased))
    assume(second.status is Status.COMPLETED)
    assert {renumber[n]: s for n, s in seats_by_list(first).items()} == seats_by_list(second)
    elected_first = {renumber[n.list_number]: n.elected for n in first.nominations}
    assert elected_first == {n.list_number: n.elected for n in second.nominations}


@settings(max_examples=200, deadline=None)
@given(elections(), st.integers(2, 7))
def test_scaling_all_votes_changes_nothing(election: Election, k: int) -> None:
    first = settle(election)
    scaled = tuple(
        ListVotes.from_candidates(
            lst.number,
            tuple(CandidateVotes(c.number, c.votes * k) for c in lst.candidates or ()),
        )
        for lst in election.lists
    )
    second = allocate(replace(election, lists=scaled, lots=first.election.lots))
    assert second.status is Status.COMPLETED
    assert seats_by_list(first) == seats_by_list(second)
    assert [n.elected for n in first.nominations] == [n.elected for n in second.nominations]
    assert second.quota == first.quota * k


def plain(result: Allocation) -> bool:
    kinds = {s.kind for s in result.progress.steps}
    special = kinds & {StepKind.ABSOLUTE_MAJORITY, StepKind.LIST_EXHAUSTION}
    return not special and result.progress.unassigned == 0


@st.composite
def large_councils(draw: st.DrawFn) -> Election:
    """19–60 seats, lists given by stemcijfer with enough candidates never to run out."""
    seats = draw(st.integers(19, 60))
    votes = draw(st.lists(st.integers(1, 100_000), min_size=2, max_size=12))
    lists = tuple(ListVotes(n + 1, mpz(v), 100) for n, v in enumerate(votes))
    return Election(seats, Rules.for_category(Category.GR), lists)


@settings(max_examples=300, deadline=None)
@given(large_councils())
def test_house_monotonicity_from_19_seats(election: Election) -> None:
    """Highest averages (P 7 lid 1) without P 9 / P 10: one seat more never takes one away."""
    bigger = replace(election, seats=election.seats + 1)
    first, second = allocate(election), allocate(bigger)
    assume(first.status is Status.COMPLETED and second.status is Status.COMPLETED)
    assume(plain(first) and plain(second))
    before, after = seats_by_list(first), seats_by_list(second)
    assert all(after[n] >= before[n] for n in before)
    assert sum(after.values()) == sum(before.values()) + 1


@settings(max_examples=100, deadline=None)
@given(elections())
def test_every_recorded_number_is_exact(election: Election) -> None:
    """Quota, threshold, remainders, averages and step values are gmpy2 rationals, never floats."""
    result = settle(election)
    assert isinstance(result.quota, type(mpq(0)))
    assert isinstance(result.threshold, type(mpq(0)))
    for step in result.progress.steps:
        assert step.value is None or isinstance(step.value, type(mpq(0)))
        for s in step.standings:
            assert isinstance(s.remainder, type(mpq(0)))
            assert isinstance(s.votes, type(mpz(0)))


@settings(max_examples=100, deadline=None)
@given(elections())
def test_elected_candidates_fill_exactly_the_seats_and_are_alive(election: Election) -> None:
    result = settle(election)
    seats = seats_by_list(result)
    for nomination in result.nominations:
        assert len(nomination.elected) == seats[nomination.list_number]
        assert len(set(nomination.elected)) == len(nomination.elected)
        for candidate in nomination.elected:
            assert CandidateRef(nomination.list_number, candidate) not in election.deceased
        assert nomination.ranking[: len(nomination.elected)] == (
            *nomination.preferential,
            *nomination.other,
        )


@settings(max_examples=200, deadline=None)
@given(elections())
def test_the_explanation_adds_up(election: Election) -> None:
    """Issue 12 E: full seats and restzetels named by the explanation add up to the seats; the seats
    per list plus those named unassigned too; and one is always singular."""
    result = settle(election)
    text = explain(result)
    full, residual = map(
        int, re.findall(r"Volle zetels samen: (\d+)\. Restzetels: (\d+)\.", text)[0]
    )
    assert full + residual == election.seats
    assigned = sum(seats_by_list(result).values())
    unassigned = re.findall(r"niet toegewezen: (\d+) zetels? \(Kieswet P 10\)", text)
    assert assigned + sum(map(int, unassigned)) == election.seats
    assert not re.search(r"(?<![\d./])1 (stemmen|zetels|kandidaten)\b", text)
