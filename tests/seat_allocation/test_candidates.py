"""Candidate nomination (Kieswet P 15, P 17, P 19, P 19a), hand-computed."""

from __future__ import annotations

from gmpy2 import mpq

from seat_allocation.election import CandidateRef
from seat_allocation.lots import LotKind, LotReason
from seat_allocation.rules import Category
from tests.seat_allocation.helpers import elected, run

# 3 seats, V = 600, Q = 200. Below 19 seats the threshold is 50% of Q = 100 votes.


def nomination(result, number):  # type: ignore[no-untyped-def]
    return next(n for n in result.nominations if n.list_number == number)


def test_p15_threshold_is_strictly_greater_than_half_the_quota_below_19_seats() -> None:
    """List 1: 400 votes, 2 seats. Candidate 3 has exactly 100 = T: not preferential.
    Candidate 4 has 101 > T: elected by preference though fourth on the list."""
    result = run(3, {1: [150, 49, 100, 101], 2: [200]})
    assert result.threshold == mpq(100)
    n1 = nomination(result, 1)
    assert n1.preferential == (1, 4)
    assert n1.elected == (1, 4)
    assert n1.other == ()
    assert n1.ranking == (1, 4, 2, 3)
    assert n1.ranking_updated


def test_p15_threshold_25_percent_from_19_seats_and_10_percent_for_ep() -> None:
    """19 seats, V = 1900, Q = 100: T = 25 (GR) and 10 (EP)."""
    votes = {1: [1000, 26, 25] + [0] * 17, 2: [849] + [0] * 19, 3: [0, 0]}
    gr = run(19, votes)
    assert gr.threshold == 25
    assert nomination(gr, 1).preferential == (1, 2)
    ep = run(19, votes, category=Category.EP)
    assert ep.threshold == 10
    assert nomination(ep, 1).preferential == (1, 2, 3)


def test_p15_more_preferential_than_seats_by_votes_then_p19_ranking() -> None:
    """5 seats, V = 1000, Q = 200, T = 100. List 1 (690): 3 full, rem 90; list 2 (310): 1 full,
    rem 110, takes the residual seat. List 1 has 4 candidates above T (300, 150, 120, 110) for
    3 seats: 1, 2, 4 by preference; ranking 1, 2, 4, then 3 (110, above T), then 5."""
    result = run(5, {1: [300, 150, 110, 120, 10], 2: [310, 0]})
    n1 = nomination(result, 1)
    assert n1.seats == 3
    assert n1.preferential == (1, 2, 4)
    assert n1.ranking == (1, 2, 4, 3, 5)


def test_p15_equal_votes_that_fit_keep_list_order() -> None:
    """Two candidates with 150 each and 2 seats: both elected, in list order, no lot."""
    result = run(3, {1: [50, 150, 150, 50], 2: [200]})
    assert nomination(result, 1).preferential == (2, 3)


def test_p15_equal_votes_outnumbering_seats_need_a_candidate_lot() -> None:
    """List 1 has 1 seat; candidates 2 and 3 tie at 150 above T. Lot P 15 for seat 1."""
    votes = {1: [0, 150, 150], 2: [300]}
    # V = 600, 2 seats, Q = 300, T = 150: 150 is not > 150 → no preference at all.
    assert nomination(run(2, votes), 1).preferential == ()
    votes = {1: [0, 160, 160], 2: [330]}
    # V = 650, Q = 325, T = 162 1/2: still nobody. Use 3 seats instead:
    votes = {1: [0, 150, 150, 0], 2: [200, 100]}
    # V = 600, Q = 200, T = 100; list 1 (300): 1 full, rem 100; list 2 (300) same; 1 residual seat
    # tied → list lot first.
    first = run(3, votes)
    assert first.lots_required is not None and first.lots_required.kind is LotKind.LIST
    second = run(3, votes, lots=[2])
    request = second.lots_required
    assert request is not None
    assert (request.kind, request.article, request.reason) == (
        LotKind.CANDIDATE,
        "P 15",
        LotReason.EQUAL_PREFERENCE_VOTES,
    )
    assert request.seat_numbers == (1,)
    assert request.options == (CandidateRef(1, 2), CandidateRef(1, 3))
    done = run(3, votes, lots=[2, CandidateRef(1, 3)])
    assert elected(done)[1] == (3,)
    assert nomination(done, 1).ranking == (3, 2, 1, 4)


def test_p17_remaining_seats_in_list_order() -> None:
    """V = 360, Q = 120, T = 60: nobody has more than 60, so list 1's two seats go to its first
    two candidates and the ranking stays the list as submitted."""
    result = run(3, {1: [60, 60, 60, 60], 2: [60, 20, 20, 20]})
    n1 = nomination(result, 1)
    assert n1.other == n1.elected == (1, 2)
    assert not n1.ranking_updated


def test_p19_list_without_seats_gets_updated_ranking_below_19_seats() -> None:
    """Below 19 seats a list without seats whose candidate passed the threshold is re-ranked."""
    result = run(3, {1: [300, 0], 2: [150, 0], 3: [40, 60]})
    # V = 550, Q = 183 1/3, T = 91 2/3: list 3 (100 votes) gets no seat (below 3/4 Q = 137 1/2).
    # No candidate of list 3 passes (60 < 91 2/3): ranking stays. Check list 2: 150 > T.
    assert nomination(result, 3).ranking == (1, 2)
    result = run(3, {1: [300, 0], 2: [50, 100], 3: [150, 0]})
    # V = 600, Q = 200, T = 100. List 2 has 150 (≥ 150 = 3/4 Q) and wins the residual seat...
    n2 = nomination(result, 2)
    assert n2.seats == 1 and n2.preferential == ()  # 100 is not > 100


def test_p19_zero_seat_list_ranking_below_and_above_19_seats() -> None:
    """Small body: candidate 2 of list 3 (0 seats) passes T and moves up. 19 seats: it does not."""
    small = run(3, {1: [500, 0, 0, 0], 2: [250, 0], 3: [0, 160, 0]})
    # V = 910, Q = 303 1/3, T = 151 2/3. List 3 (160 < 3/4 Q = 227 1/2) gets no seat; LR seats go
    # to list 2 (250) and list 1 (196 2/3). Candidate 2 of list 3 has 160 > T.
    n3 = nomination(small, 3)
    assert n3.seats == 0 and n3.ranking == (2, 1, 3) and n3.ranking_updated
    large = run(19, {1: [1800] + [0] * 19, 2: [0, 30, 0]})
    # V = 1830, Q = 96 6/19, T = 24 3/38: list 2 has 30 votes, 0 seats; large body keeps order.
    assert nomination(large, 2).ranking == (1, 2, 3)


def test_p19a_deceased_candidate_skipped_in_nomination_and_ranking() -> None:
    """Candidate 1 (most votes) died: not elected; the ranking leaves them out."""
    result = run(3, {1: [300, 50, 50, 0], 2: [200, 0]}, deceased=[(1, 1)])
    n1 = nomination(result, 1)
    assert n1.seats == 2
    assert n1.elected == (2, 3)
    assert 1 not in n1.ranking
    assert n1.ranking_updated
