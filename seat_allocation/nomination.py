"""Which candidates take a list's seats (Kieswet P 15, P 17, P 19, P 19a), single district.

The voorkeurdrempel is a share of the kiesdeler (P 15 lid 1: 25%; lid 2: 50% below 19 seats; EP
10%, Y 23a). Living candidates with *more* votes than the threshold are elected first, by votes
(stable: equal votes keep list order), as far as the list has seats; when equal-vote candidates
outnumber the seats left, the lot decides (P 15). The other seats go in list order (P 17). The
ranking for later vacancies (P 19) puts the preferentially elected first, then the other
candidates above the threshold by votes, then the rest in list order; deceased candidates are left
out (P 19a). seat-allocation.md §2.8.
"""

from __future__ import annotations

from dataclasses import dataclass

from gmpy2 import mpq

from seat_allocation.election import CandidateRef, CandidateVotes, Election, ListVotes
from seat_allocation.lots import LotDrawer, LotKind, LotReason, LotRequest
from seat_allocation.rules import Rules


@dataclass(frozen=True)
class ListNomination:
    """The candidates of one list: elected by preference (in order), elected in list order,
    the P 19 ranking, and whether that ranking differs from the list as submitted."""

    list_number: int
    seats: int
    preferential: tuple[int, ...]
    other: tuple[int, ...]
    ranking: tuple[int, ...]
    ranking_updated: bool

    @property
    def elected(self) -> tuple[int, ...]:
        """The elected candidates in list order (candidate number order)."""
        return tuple(sorted((*self.preferential, *self.other)))


def preference_threshold(quota: mpq, seats: int, rules: Rules) -> mpq:
    """Kieswet P 15 lid 1–2, Y 23a: the voorkeurdrempel as an exact number of votes."""
    return quota * rules.preference_percentage(seats) / mpq(100)


def above_threshold(
    alive: tuple[CandidateVotes, ...], threshold: mpq
) -> tuple[CandidateVotes, ...]:
    """Living candidates with strictly more votes than the threshold, by votes, stable (P 15)."""
    passing = [c for c in alive if c.votes > threshold]
    return tuple(sorted(passing, key=lambda c: -c.votes))


def preferential(
    lst: ListVotes, passing: tuple[CandidateVotes, ...], seats: int, drawer: LotDrawer
) -> tuple[int, ...]:
    """Kieswet P 15: elect by preference while seats last; lots when equal votes outnumber them."""
    if len(passing) <= seats:
        return tuple(c.number for c in passing)
    chosen: list[int] = []
    for seat in range(1, seats + 1):
        remaining = [c for c in passing if c.number not in chosen]
        top = remaining[0].votes
        group = tuple(c.number for c in remaining if c.votes == top)
        left = seats - seat + 1
        if len(group) <= left:
            chosen.append(group[0])
            continue
        request = LotRequest(
            LotKind.CANDIDATE,
            "P 15",
            LotReason.EQUAL_PREFERENCE_VOTES,
            tuple(range(seat, seats + 1)),
            tuple(CandidateRef(lst.number, n) for n in group),
            mpq(top),
        )
        outcome = drawer.draw(request, chosen)
        assert isinstance(outcome, CandidateRef)
        chosen.append(outcome.candidate)
    return tuple(chosen)


def ranking(
    original: tuple[int, ...],
    alive: tuple[int, ...],
    chosen: tuple[int, ...],
    passing: tuple[int, ...],
) -> tuple[int, ...]:
    """Kieswet P 19: the elected by preference, the rest above the threshold, the rest in order."""
    head = (*chosen, *(n for n in passing if n not in chosen))
    return (*head, *(n for n in alive if n not in head))


def keeps_original(has_deceased: bool, passing: int, seats: int, large: bool) -> bool:
    """The ranking stays the list as submitted (seat-allocation.md §2.8 step 4)."""
    return not has_deceased and (passing == 0 or (large and seats == 0))


def nominate_list(
    election: Election, lst: ListVotes, seats: int, threshold: mpq, drawer: LotDrawer
) -> ListNomination:
    """Kieswet P 15, P 17, P 19, P 19a for one list with candidate votes."""
    candidates = lst.candidates or ()
    deceased = election.deceased_on(lst.number)
    alive = tuple(c for c in candidates if c.number not in deceased)
    passing = above_threshold(alive, threshold)
    chosen = preferential(lst, passing, seats, drawer)
    others = tuple(c.number for c in alive if c.number not in chosen)[: seats - len(chosen)]
    original = tuple(c.number for c in candidates)
    alive_numbers = tuple(c.number for c in alive)
    passing_numbers = tuple(c.number for c in passing)
    if keeps_original(bool(deceased), len(passing), seats, Rules.large_body(election.seats)):
        order = original
    else:
        order = ranking(original, alive_numbers, chosen, passing_numbers)
    return ListNomination(lst.number, seats, chosen, others, order, order != original)
