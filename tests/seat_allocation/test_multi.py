"""Multi-district allocation (Kieswet P 7 lid 2, P 12–P 18), hand-computed.

Every case: 20 seats nationally, so the body is "large" (P 7 highest averages, 25% threshold).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from gmpy2 import mpz

from seat_allocation.allocate import Status
from seat_allocation.election import PersonRef
from seat_allocation.lots import LotKind
from seat_allocation.multi.allocate import NationalAllocation, allocate_national
from seat_allocation.multi.group_seats import GroupStepKind
from seat_allocation.multi.model import (
    DistrictCandidate,
    DistrictList,
    NationalElection,
    Party,
    PartyKind,
)
from seat_allocation.multi.party_result import PartyOutcome
from seat_allocation.rules import Category, Rules

Lists = Mapping[int, Sequence[tuple[str, int]]]


def party(number: int, kind: PartyKind, lists: Lists) -> Party:
    return Party(
        number,
        kind,
        tuple(
            DistrictList(
                d, tuple(DistrictCandidate(k, i + 1, mpz(v)) for i, (k, v) in enumerate(c))
            )
            for d, c in sorted(lists.items())
        ),
    )


def filler(prefix: str, total: int, each: int) -> list[tuple[str, int]]:
    """Candidates with ``each`` votes (last one the rest) adding up to ``total``."""
    out, left, i = [], total, 0
    while left > 0:
        i += 1
        out.append((f"{prefix}{i}", min(each, left)))
        left -= each
    return out


def national(
    *parties: Party, seats: int = 20, category: Category = Category.PS, lots: Sequence[object] = ()
) -> NationalAllocation:
    election = NationalElection(seats, Rules.for_category(category), parties, lots=tuple(lots))  # type: ignore[arg-type]
    return allocate_national(election)


def outcome(result: NationalAllocation, number: int) -> PartyOutcome:
    return next(p for p in result.parties if p.party == number)


def seated(result: NationalAllocation, number: int) -> list[tuple[str, int | None, bool]]:
    return [(c.key, c.district, c.preferential) for c in outcome(result, number).elected]


REST = party(2, PartyKind.SET, {1: filler("r", 800, 25), 2: filler("r", 800, 25)})
"""A set of identical lists with 1600 votes: with a group of 400, V = 2000 and Q = 100, T = 25."""


def test_p15_p16_group_preference_votes_summed_and_seated_where_most_votes() -> None:
    """Group 400 votes → 4 seats; group quota 100: kieskring 1 (200) 2 seats, kieskring 2 (200) 2.
    Summed: A 150+50 = 200, B 30+70 = 100, D 80, C 20. Above T = 25: A, B, D (3 ≤ 4 seats).
    P 16: A sits in kieskring 1 (150 > 50); B in 2 (70 > 30); D in 2. P 17: kieskring 1's other seat
    goes to C, the next on its list."""
    group = party(
        1,
        PartyKind.GROUP,
        {
            1: [("A", 150), ("B", 30), ("C", 20)],
            2: [("A", 50), ("D", 80), ("B", 70)],
        },
    )
    result = national(group, REST)
    assert outcome(result, 1).seats == 4
    assert seated(result, 1) == [("A", 1, True), ("B", 2, True), ("D", 2, True), ("C", 1, False)]
    assert outcome(result, 1).group is not None
    assert outcome(result, 1).group.seats == ((1, 2), (2, 2))  # type: ignore[union-attr]


def test_p12_largest_remainder_between_kieskring_lists() -> None:
    """Group quota 100: kieskring 1 (260) 2 full, rem 60; kieskring 2 (140) 1 full, rem 40.
    The fourth seat goes to kieskring 1."""
    group = party(
        1,
        PartyKind.GROUP,
        {
            1: [("P", 160), ("Q", 60), ("R", 40)],
            2: [("X", 75), ("Y", 65)],
        },
    )
    division = outcome(national(group, REST), 1).group
    assert division is not None
    kinds = [(s.kind, s.district) for s in division.steps[:4]]
    assert kinds == [
        (GroupStepKind.FULL, 1),
        (GroupStepKind.FULL, 1),
        (GroupStepKind.FULL, 2),
        (GroupStepKind.REMAINDER, 1),
    ]


def test_p16_lid2_preferential_candidate_without_free_seat_takes_the_last_assigned() -> None:
    """Same group: kieskring 1 holds 3 seats, kieskring 2 one. Summed above T: P 160, X 75, Y 65,
    Q 60, R 40 — five for four seats: P, X, Y, Q by preference. X takes kieskring 2's only seat;
    Y stands only there: he is seated there anyway and the seat last assigned to another list
    (kieskring 1's remainder seat) lapses (P 16 lid 2). Q takes kieskring 1's remaining free seat."""
    group = party(
        1,
        PartyKind.GROUP,
        {
            1: [("P", 160), ("Q", 60), ("R", 40)],
            2: [("X", 75), ("Y", 65)],
        },
    )
    result = national(group, REST)
    assert seated(result, 1) == [("P", 1, True), ("X", 2, True), ("Y", 2, True), ("Q", 1, True)]
    division = outcome(result, 1).group
    assert division is not None
    assert division.seats == ((1, 2), (2, 2))
    withdrawn = [s for s in division.steps if s.kind is GroupStepKind.WITHDRAWN]
    assert [(s.district, s.article) for s in withdrawn] == [(1, "P 16 lid 2")]


def test_p12_lots_between_kieskring_lists_with_equal_remainders() -> None:
    """Kieskring 1 (250) and 2 (150) both have remainder 50 for the one remaining seat: lot."""
    group = party(
        1,
        PartyKind.GROUP,
        {
            1: [("P", 150), ("Q", 50), ("R", 50)],
            2: [("X", 75), ("Y", 75)],
        },
    )
    first = national(group, REST)
    assert first.status is Status.LOTS_REQUIRED
    request = first.lots_required
    assert request is not None
    assert request.kind is LotKind.LIST and request.options == (1, 2)
    assert request.article.startswith("P 12")
    # After the lot, five candidates pass T (P 150, X 75, Y 75, Q 50, R 50) for four seats: Q and
    # R tie for the last one, so a second (person) lot follows.
    second = national(group, REST, lots=[2])
    assert second.lots_required is not None
    assert second.lots_required.options == (PersonRef(1, "Q"), PersonRef(1, "R"))
    done = national(group, REST, lots=[2, PersonRef(1, "R")])
    assert outcome(done, 1).group.seats == ((1, 2), (2, 2))  # type: ignore[union-attr]
    assert {c.key for c in outcome(done, 1).elected} == {"P", "X", "Y", "R"}


def test_p13_exhaustion_inside_the_group() -> None:
    """Kieskring 1 (300) has one candidate but 3 full seats: capped at 1 (P 13); kieskring 2 (100)
    has 1 full seat, then the remainder seat (rem 0) and, no list left for remainders, the last
    seat by highest averages (P 13 lid 2)."""
    group = party(1, PartyKind.GROUP, {1: [("A", 300)], 2: [("B", 50), ("C", 30), ("D", 20)]})
    result = national(group, REST)
    division = outcome(result, 1).group
    assert division is not None
    assert division.seats == ((1, 1), (2, 3))
    assert [s.kind for s in division.steps] == [
        GroupStepKind.FULL,
        GroupStepKind.FULL,
        GroupStepKind.REMAINDER,
        GroupStepKind.AVERAGE,
    ]
    assert {c.key for c in outcome(result, 1).elected} == {"A", "B", "C", "D"}


def test_p18_candidate_elected_on_two_lists_sits_where_he_had_most_votes() -> None:
    """V = 20000, Q = 1000, T = 250: nobody passes. Group 2000 → 2 seats, one per kieskring. S
    heads both lists: elected on both by P 17, he sits in kieskring 2 (130 > 100); kieskring 1
    takes its next candidate, A."""
    group = party(
        1,
        PartyKind.GROUP,
        {
            1: [("S", 100), ("A", 120), *filler("f", 780, 195)],
            2: [("S", 130), ("U", 90), *filler("g", 780, 195)],
        },
    )
    rest = party(2, PartyKind.SET, {1: filler("r", 9000, 200), 2: filler("r", 9000, 200)})
    result = national(group, rest)
    assert outcome(result, 1).seats == 2
    assert seated(result, 1) == [("S", 2, False), ("A", 1, False)]


def test_p7_lid2_party_below_quota_gets_no_residual_seat_in_the_tk() -> None:
    """Q = 100: party 3 (99) would win the last residual seat by highest averages (99 > 909/10);
    in the TK it does not take part and party 1 gets it."""

    parties = [
        party(n, PartyKind.SET, {1: [(f"c{n}", v)] + [(f"c{n}-{i}", 0) for i in range(30)]})
        for n, v in ((1, 909), (2, 892), (3, 99), (4, 100))
    ]
    ps = national(*parties, category=Category.PS)
    tk = national(*parties, category=Category.TK)
    assert [p.seats for p in ps.parties] == [9, 9, 1, 1]
    assert [p.seats for p in tk.parties] == [10, 9, 0, 1]


def test_ep_ten_percent_threshold_elects_a_candidate_the_tk_would_not() -> None:
    """Q = 100. Candidate L has 20 votes: above 10 (EP, 10%) but not above 25 (TK, 25%)."""
    main = party(
        1, PartyKind.SET, {1: [("H", 1000), ("K", 30), ("M", 30), ("L", 20), *filler("z", 920, 10)]}
    )
    other = party(2, PartyKind.SET, {1: [("O", 0)]})
    ep = national(main, other, category=Category.EP)
    tk = national(main, other, category=Category.TK)
    assert ep.threshold == 10 and tk.threshold == 25
    assert [c.key for c in outcome(ep, 1).elected if c.preferential] == ["H", "K", "M", "L"]
    assert [c.key for c in outcome(tk, 1).elected if c.preferential] == ["H", "K", "M"]


def test_p15_equal_summed_votes_outnumbering_seats_need_a_person_lot() -> None:
    """V = 3000, Q = 150, T = 37 1/2. The group (300) has 2 seats; A, B and C each have 100 summed
    votes: three for two seats, lot for seats 1–2, then A and B for seat 2. Group quota 150:
    kieskring 1 (180) one full seat, kieskring 2 (120) the remainder seat. C sits in kieskring 2
    (60 > 40), A in kieskring 1."""
    group = party(
        1,
        PartyKind.GROUP,
        {
            1: [("A", 100), ("B", 40), ("C", 40)],
            2: [("B", 60), ("C", 60), ("D", 0)],
        },
    )
    rest = party(2, PartyKind.SET, {1: filler("r", 2700, 25)})
    result = national(group, rest)
    request = result.lots_required
    assert request is not None
    assert request.kind is LotKind.PERSON
    assert request.seat_numbers == (1, 2)
    assert request.options == (PersonRef(1, "A"), PersonRef(1, "B"), PersonRef(1, "C"))
    again = national(group, rest, lots=[PersonRef(1, "C")])
    assert again.lots_required is not None
    assert again.lots_required.options == (PersonRef(1, "A"), PersonRef(1, "B"))
    done = national(group, rest, lots=[PersonRef(1, "C"), PersonRef(1, "A")])
    assert done.status is Status.COMPLETED
    assert seated(done, 1) == [("C", 2, True), ("A", 1, True)]
