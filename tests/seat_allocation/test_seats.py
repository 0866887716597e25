"""Seat distribution, one test (or a few) per article: hand-computed expectations.

Each case's arithmetic is written out in its docstring so a reader can check it with a pencil.
"""

from __future__ import annotations

import pytest
from gmpy2 import mpq

from seat_allocation.allocate import AllocationWarning, Status
from seat_allocation.lots import InvalidLot, LotKind, LotReason
from seat_allocation.rules import Category
from seat_allocation.steps import StepKind
from seat_allocation.validate import InvalidInput
from tests.seat_allocation.helpers import bare, election, lst, one_candidate_each, run, seats


def test_p5_quota_is_exact_fraction_of_list_votes() -> None:
    """V = 1000 + 333 + 167 = 1500 over 7 seats: Q = 1500/7 = 214 2/7, not a rounded number."""
    result = run(7, one_candidate_each({1: 1000, 2: 333, 3: 167}))
    assert result.quota == mpq(1500, 7)


def test_p6_full_seats_and_fixed_remainders() -> None:
    """Q = 500. 2295 = 4·500 + 295; 1345 = 2·500 + 345; 830 = 1·500 + 330; 30 = 0·500 + 30."""
    result = run(9, one_candidate_each({1: 2295, 2: 1345, 3: 830, 5: 30}))
    first = result.progress.steps[0].standings
    assert [(s.full_seats, s.remainder) for s in first] == [(4, 295), (2, 345), (1, 330), (0, 30)]
    assert result.progress.residual_seats == 2


def test_p7_highest_averages_ties_fit_in_list_order() -> None:
    """19 seats, V = 20000, Q = 1052 12/19. Full: A 9, B 5, C 2, D 0 (16); 3 residual seats.
    Averages after a seat: A 10000/10 = 1000, B 6000/6 = 1000, C 3100/3 = 1033 1/3, D 900.
    Seat 1: C. Seat 2: A and B tie at 1000 with two seats left: A, then B (no lot)."""
    result = run(19, one_candidate_each({1: 10000, 2: 6000, 3: 3100, 4: 900}))
    assert seats(result) == {1: 10, 2: 6, 3: 3, 4: 0}
    steps = result.progress.steps
    assert [s.selected for s in steps] == [3, 1, 2]
    assert all(s.kind is StepKind.HIGHEST_AVERAGE and s.article == "P 7 lid 1" for s in steps)
    assert steps[1].options == (1, 2) and not steps[1].by_lot
    assert steps[2].assigned == (1, 2)


def test_p7_lots_when_tied_lists_outnumber_seats_one_draw_per_seat() -> None:
    """19 seats, A 10000, B 6000, C 3000, D 1000: every list averages 1000 after one seat more,
    four lists for three residual seats. Lots are drawn one seat at a time: options 4, 3, 2."""
    votes = one_candidate_each({1: 10000, 2: 6000, 3: 3000, 4: 1000})
    first = run(19, votes)
    assert first.status is Status.LOTS_REQUIRED
    request = first.lots_required
    assert request is not None
    assert (request.kind, request.article, request.reason) == (
        LotKind.LIST,
        "P 7 lid 1",
        LotReason.EQUAL_AVERAGES,
    )
    assert request.seat_numbers == (1, 2, 3)
    assert request.options == (1, 2, 3, 4)
    second = run(19, votes, lots=[3])
    assert second.lots_required is not None
    assert second.lots_required.options == (1, 2, 4)
    assert second.lots_required.seat_numbers == (2, 3)
    assert seats(second)[3] == 3  # the seats known so far are reported
    third = run(19, votes, lots=[3, 4])
    assert third.lots_required is not None and third.lots_required.options == (1, 2)
    done = run(19, votes, lots=[3, 4, 2])
    assert done.status is Status.COMPLETED
    assert seats(done) == {1: 9, 2: 6, 3: 3, 4: 1}
    assert [s.by_lot for s in done.progress.steps] == [True, True, True]


def test_p7_lid2_tk_residual_seats_only_for_lists_reaching_the_quota() -> None:
    """20 seats, Q = 100. A 909 (9 full), B 892 (8), C 99 (0, below the quota), D 100 (1).
    Seat 1: B (892/9 = 99 1/9). Seat 2: C has the best average (99 > A 909/10 = 90 9/10), but in
    the TK it does not take part (P 7 lid 2), so A gets it."""
    votes = one_candidate_each({1: 909, 2: 892, 3: 99, 4: 100})
    assert seats(run(20, votes)) == {1: 9, 2: 9, 3: 1, 4: 1}
    tk = run(20, votes, category=Category.TK)
    assert seats(tk) == {1: 10, 2: 9, 3: 0, 4: 1}
    assert tk.progress.steps[1].article == "P 7 lid 1, P 7 lid 2"


def test_p7_lid2_ep_residual_seats_only_for_lists_reaching_the_quota() -> None:
    """20 seats, V = 2000, Q = 100. A 990 (9 full), B 915 (9), C 95 (0, below the quota).
    Seat 19: A (990/10 = 99 > C 95 > B 915/10 = 91 1/2). Seat 20: C has the best average
    (95 > B 91 1/2 > A 990/11 = 90), which wins it at a council; at the European Parliament, as at
    the Tweede Kamer, a list below the quota takes no residual seat (P 7 lid 2), so B gets it."""
    votes = one_candidate_each({1: 990, 2: 915, 3: 95})
    assert seats(run(20, votes)) == {1: 10, 2: 9, 3: 1}
    ep = run(20, votes, category=Category.EP)
    assert seats(ep) == {1: 10, 2: 10, 3: 0}
    assert ep.progress.steps[1].article == "P 7 lid 1, P 7 lid 2"


def test_p8_threshold_exactly_75_percent_qualifies() -> None:
    """10 seats, V = 5000, Q = 500; 3/4·Q = 375. A 2625 (5, rem 125), B 1625 (3, rem 125),
    C 375 and D 375 (0, rem 375, threshold exactly met). Two residual seats: C and D tie at 375,
    two seats left, so list order and no lot."""
    result = run(10, one_candidate_each({1: 2625, 2: 1625, 3: 375, 4: 375}))
    assert seats(result) == {1: 5, 2: 3, 3: 1, 4: 1}
    assert [s.kind for s in result.progress.steps] == [StepKind.LARGEST_REMAINDER] * 2


def test_p8_one_vote_below_threshold_gets_no_remainder_seat() -> None:
    """As above but D 374 (< 375) and A 2626 (rem 126): seat 1 C (375), seat 2 A (126 > 125)."""
    result = run(10, one_candidate_each({1: 2626, 2: 1625, 3: 375, 4: 374}))
    assert seats(result) == {1: 6, 2: 3, 3: 1, 4: 0}


def test_p8_equal_remainders_need_a_lot() -> None:
    """Q = 500, 1 residual seat; B and C both have remainder 300 → lot P 8 between 2 and 3."""
    votes = one_candidate_each({1: 2400, 2: 1300, 3: 800})  # 4+2+1 = 7 full of 9? see below
    # V = 4500, S = 9, Q = 500: A 4 (400), B 2 (300), C 1 (300): 7 full, 2 residual: A, then tie.
    result = run(9, votes)
    assert result.lots_required is not None
    assert result.lots_required.reason is LotReason.EQUAL_REMAINDERS
    assert result.lots_required.options == (2, 3)
    assert result.lots_required.seat_numbers == (2,)
    assert seats(run(9, votes, lots=[3])) == {1: 5, 2: 2, 3: 2}


def test_p8_lid3_unique_highest_averages_after_remainders() -> None:
    """10 seats, Q = 100. A 440 (4, rem 40), B 260 (2, rem 60), C 70, D 69, E 60, F 61, G 40
    (all below 75). 4 residual seats. LR: B (60), A (40). Then no list qualifies for LR, so
    P 8 lid 3: A 440/6 = 73 1/3 (A may win one here after its LR seat), then C 70 (no threshold
    in this round; A may not win a second seat in it)."""
    votes = one_candidate_each({1: 440, 2: 260, 3: 70, 4: 69, 5: 60, 6: 61, 7: 40})
    result = run(10, votes)
    kinds = [(s.kind, s.selected) for s in result.progress.steps]
    assert kinds == [
        (StepKind.LARGEST_REMAINDER, 2),
        (StepKind.LARGEST_REMAINDER, 1),
        (StepKind.UNIQUE_HIGHEST_AVERAGE, 1),
        (StepKind.UNIQUE_HIGHEST_AVERAGE, 3),
    ]
    assert seats(result) == {1: 6, 2: 3, 3: 1, 4: 0, 5: 0, 6: 0, 7: 0}


def test_p8_lid3_equal_averages_need_a_lot() -> None:
    """As above with D 70 and F 60: C and D tie at 70 for the last seat → lot between 3 and 4."""
    votes = one_candidate_each({1: 440, 2: 260, 3: 70, 4: 70, 5: 60, 6: 60, 7: 40})
    result = run(10, votes)
    assert result.lots_required is not None
    assert result.lots_required.options == (3, 4)
    assert result.lots_required.article == "P 8 lid 3"
    assert seats(run(10, votes, lots=[4]))[4] == 1


def test_p9_absolute_majority_takes_the_last_residual_seat() -> None:
    """Q = 500. A 2295 > 4500/2 has 4 full seats, no remainder seat (295 < 345, 330): 4 ≤ 9/2.
    P 9 takes the last residual seat (list 3) and gives it to A."""
    result = run(9, one_candidate_each({1: 2295, 2: 1345, 3: 830, 5: 30}))
    assert seats(result) == {1: 5, 2: 3, 3: 1, 5: 0}
    last = result.progress.steps[-1]
    assert (last.kind, last.selected, last.retracted, last.article) == (
        StepKind.ABSOLUTE_MAJORITY,
        1,
        3,
        "P 9",
    )
    assert last.residual_seat_number is None


def test_p9_exactly_half_the_votes_is_no_majority() -> None:
    """A 2250 = exactly half of 4500: no P 9 although A has 4 of 9 seats."""
    result = run(9, one_candidate_each({1: 2250, 2: 1385, 3: 840, 5: 25}))
    assert seats(result) == {1: 4, 2: 3, 3: 2, 5: 0}
    assert all(s.kind is not StepKind.ABSOLUTE_MAJORITY for s in result.progress.steps)


def test_p9_lot_when_last_seats_went_to_tied_lists() -> None:
    """B 1340 and C 840 both have remainder 340 and take the two residual seats; A 2295 has the
    majority with 4 seats. The last seat went to B and C at the same remainder: lot P 9."""
    votes = one_candidate_each({1: 2295, 2: 1340, 3: 840, 5: 25})
    result = run(9, votes)
    request = result.lots_required
    assert request is not None
    assert (request.article, request.reason, request.options) == (
        "P 9",
        LotReason.ABSOLUTE_MAJORITY,
        (2, 3),
    )
    assert seats(run(9, votes, lots=[2])) == {1: 5, 2: 2, 3: 2, 5: 0}
    assert seats(run(9, votes, lots=[3])) == {1: 5, 2: 3, 3: 1, 5: 0}


def test_p10_exhaustion_in_full_seats() -> None:
    """10 seats, Q = 100: A 600 (2 candidates) gets 6 full seats and returns 4 full seats.
    Continued P 8 (A exhausted): LR B (rem 0, "geen overschot = kleinste"), LR C (rem 0),
    then P 8 lid 3: B 300/5 = 60 > C 100/2 = 50, then C (B has had its lid 3 seat)."""
    result = run(
        10,
        [
            lst(1, [590, 10]),
            *one_candidate_each({2: 300, 3: 100}, 5)[0:0],
            lst(2, [300, 0, 0, 0, 0]),
            lst(3, [100, 0, 0, 0, 0]),
        ],
    )
    assert seats(result) == {1: 2, 2: 5, 3: 3}
    removals = [s for s in result.progress.steps if s.kind is StepKind.LIST_EXHAUSTION]
    assert len(removals) == 4 and all(s.full_seat for s in removals)
    reassigned = [(s.kind, s.selected, s.residual_seat_number) for s in result.progress.steps[4:]]
    assert reassigned == [
        (StepKind.LARGEST_REMAINDER, 2, 1),
        (StepKind.LARGEST_REMAINDER, 3, 2),
        (StepKind.UNIQUE_HIGHEST_AVERAGE, 2, 3),
        (StepKind.UNIQUE_HIGHEST_AVERAGE, 3, 4),
    ]
    assert result.progress.steps[4].exhausted == (1,)


def test_p10_exhaustion_residual_seat_removed_first() -> None:
    """10 seats, V = 1115, Q = 111 1/2. A 650 (3 candidates): 5 full + LR seat (92 1/2); it
    returns the residual seat first, then two full seats. Seats 3–5 are reassigned."""
    result = run(10, {1: [500, 100, 50], 2: [300, 20, 20, 20], 3: [90, 10], 4: [5]})
    removals = [s for s in result.progress.steps if s.kind is StepKind.LIST_EXHAUSTION]
    assert [s.full_seat for s in removals] == [False, True, True]
    assert seats(result) == {1: 3, 2: 4, 3: 2, 4: 1}
    numbers = [s.residual_seat_number for s in result.progress.steps]
    assert numbers == [1, 2, None, None, None, 3, 4, 5]


def test_p10_after_p9_seat_returns_and_warning() -> None:
    """The P 9 example, but A has only 4 candidates: the P 9 seat makes A exhausted, P 10
    removes it, and it returns by continued P 8 to list 3, whose LR seat P 9 had taken
    (the P 9 exception lets it qualify again). Both P 9 and P 10: warning."""
    result = run(
        9,
        {
            1: [1800, 300, 100, 95],
            2: [1345] + [0] * 9,
            3: [830] + [0] * 9,
            5: [30, 0],
        },
    )
    assert seats(result) == {1: 4, 2: 3, 3: 2, 5: 0}
    kinds = [s.kind for s in result.progress.steps]
    assert kinds[2:] == [
        StepKind.ABSOLUTE_MAJORITY,
        StepKind.LIST_EXHAUSTION,
        StepKind.LARGEST_REMAINDER,
    ]
    assert result.progress.steps[-1].selected == 3
    assert AllocationWarning.ABSOLUTE_MAJORITY_AND_LIST_EXHAUSTION in result.warnings


def test_p10_seats_left_unassigned_when_every_list_is_exhausted() -> None:
    """5 seats, one list with 2 candidates and one with 1: 3 seats stay unassigned."""
    result = run(5, {1: [700, 100], 2: [200]})
    assert sum(seats(result).values()) == 3
    assert result.progress.unassigned == 2
    assert AllocationWarning.NOT_ALL_SEATS_ASSIGNED in result.warnings
    assert result.status is Status.COMPLETED


def test_p5_zero_votes_leaves_every_seat_unassigned() -> None:
    """V = 0: Q = 0, no list takes part; all seats unassigned (Abacus)."""
    result = run(9, {1: [0, 0], 2: [0]})
    assert result.quota == 0
    assert sum(seats(result).values()) == 0
    assert result.warnings == (AllocationWarning.NOT_ALL_SEATS_ASSIGNED,)


def test_p19a_deceased_candidate_causes_exhaustion() -> None:
    """A 600 with 3 candidates of whom 1 died: 2 alive, 6 full seats → returns 4 seats."""
    result = run(
        10, {1: [590, 5, 5], 2: [300, 0, 0, 0, 0, 0], 3: [100, 0, 0, 0, 0]}, deceased=[(1, 2)]
    )
    assert seats(result)[1] == 2


def test_law_36641_full_quota_needed_for_any_residual_seat() -> None:
    """The threshold case (C, D at exactly 3/4 of the quota) under bill 36 641: they no longer
    qualify; A and B (rem 125 each) take the two seats in list order."""
    votes = one_candidate_each({1: 2625, 2: 1625, 3: 375, 4: 375})
    result = run(10, votes, law_36641=True)
    assert seats(result) == {1: 6, 2: 4, 3: 0, 4: 0}
    assert result.progress.steps[0].article.endswith("wet 36 641")


def test_non_consecutive_list_and_candidate_numbers() -> None:
    """Lists 2, 5, 9 and candidates 1, 3, 7: results keep the given numbers."""
    result = run(3, [lst(2, [60, 30, 10], [1, 3, 7]), lst(5, [100], [4]), lst(9, [100, 0], [2, 9])])
    assert seats(result) == {2: 1, 5: 1, 9: 1}
    assert {n.list_number: n.elected for n in result.nominations} == {2: (1,), 5: (4,), 9: (2,)}


def test_bare_list_votes_take_part_without_nomination() -> None:
    """Q = 550/3: list 1 (300, rem 116 2/3) beats list 2 (250, rem 66 2/3) for the residual seat;
    list 2 is given by stemcijfer only and gets a seat but no candidate nomination."""
    result = run(3, [lst(1, [200, 100]), bare(2, 250, 5)])
    assert seats(result) == {1: 2, 2: 1}
    assert [n.list_number for n in result.nominations] == [1]


@pytest.mark.parametrize(
    ("lists", "field"),
    [
        ([lst(2, [1]), lst(1, [1])], "lists[1].number"),
        ([lst(1, [1, 2], [2, 1])], "lists[0].candidates[1].number"),
        ([lst(1, [-5])], "lists[0].candidates[0].votes"),
    ],
)
def test_invalid_input_names_the_field(lists: list, field: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(InvalidInput) as err:
        run(5, lists)
    assert any(p.startswith(field) for p in err.value.problems)


def test_float_votes_are_refused_before_any_arithmetic() -> None:
    """A float can never reach the core: the input check refuses it."""
    from seat_allocation.election import CandidateVotes, ListVotes

    floaty = ListVotes(1, 10.5, 2, (CandidateVotes(1, 10.5),))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        run(5, [floaty])


def test_lot_outcome_not_among_options_is_an_error() -> None:
    votes = one_candidate_each({1: 2400, 2: 1300, 3: 800})
    with pytest.raises(InvalidLot, match="geen van de opties"):
        run(9, votes, lots=[1])


def test_candidate_outcome_for_list_lot_is_an_error() -> None:
    from seat_allocation.election import CandidateRef

    with pytest.raises(InvalidLot, match="lijstnummer"):
        run(9, one_candidate_each({1: 2400, 2: 1300, 3: 800}), lots=[CandidateRef(2, 1)])


def test_lots_never_asked_for_are_an_error() -> None:
    with pytest.raises(InvalidLot, match="lotingen opgegeven"):
        run(9, one_candidate_each({1: 2295, 2: 1345, 3: 830, 5: 30}), lots=[2])


def test_election_helper_builds_rules_per_category() -> None:
    assert election(5, {1: [1]}, category=Category.EP).rules.preference_percentage(5) == 10
