"""Seating the candidates of a lijstengroep on its kieskring lists (Kieswet P 15–P 18).

P 15: candidates whose votes, summed over all lists of the group they stand on, exceed the
voorkeurdrempel are elected in order of those votes while the group has seats (lots when equal votes
outnumber the seats left). P 16: each sits on the list where he had most votes among the lists that
still have a seat free (lowest kieskring on equal votes); when none has, on his best list, and the
seat last assigned to another list of the group lapses (lid 2). P 17: the other seats of each list
go to its candidates in list order. P 18: a candidate so elected on several lists sits where he had
most votes (lowest kieskring on equal votes) and the other lists take their next candidate, until no
one is elected twice. A list that runs out of candidates passes its seat on (P 13).
"""

from __future__ import annotations

from dataclasses import dataclass

from gmpy2 import mpq, mpz

from seat_allocation.election import PersonRef
from seat_allocation.lots import LotDrawer, LotKind, LotReason, LotRequest
from seat_allocation.majority import InvalidState
from seat_allocation.multi.group_seats import GroupStep, GroupStepKind
from seat_allocation.multi.model import DistrictList, Party


@dataclass(frozen=True)
class SeatedCandidate:
    """An elected candidate: person, the kieskring list he sits for (``None`` for a set), his
    position there, whether elected by preference, and his summed votes."""

    key: str
    district: int | None
    position: int
    preferential: bool
    votes: mpz


def votes_on(lst: DistrictList, key: str) -> mpz | None:
    """The candidate's votes on this list, or ``None`` when he is not on it."""
    return next((c.votes for c in lst.candidates if c.key == key), None)


def best_list(lists: list[DistrictList], key: str) -> DistrictList:
    """The list with most votes for ``key``; the lowest kieskring on equal votes (P 16, P 18)."""
    return max(lists, key=lambda x: (votes_on(x, key) or 0, -x.district))


def preferential(
    party: Party, threshold: mpq, seats: int, deceased: frozenset[str], drawer: LotDrawer
) -> tuple[str, ...]:
    """Kieswet P 15 for a group: summed votes above the threshold, by votes, as seats allow."""
    totals = party.person_votes()
    passing = [k for k in party.persons() if k not in deceased and totals[k] > threshold]
    passing.sort(key=lambda k: -totals[k])
    if len(passing) <= seats:
        return tuple(passing)
    chosen: list[str] = []
    for seat in range(1, seats + 1):
        remaining = [k for k in passing if k not in chosen]
        group = tuple(k for k in remaining if totals[k] == totals[remaining[0]])
        if len(group) <= seats - seat + 1:
            chosen.append(group[0])
            continue
        options = tuple(PersonRef(party.number, k) for k in group)
        request = LotRequest(
            LotKind.PERSON,
            "P 15",
            LotReason.EQUAL_PREFERENCE_VOTES,
            tuple(range(seat, seats + 1)),
            options,
            mpq(totals[remaining[0]]),
        )
        outcome = drawer.draw(request, None)
        assert isinstance(outcome, PersonRef)
        chosen.append(outcome.key)
    return tuple(chosen)


def withdraw_last(order: list[GroupStep], free: dict[int, int], keep: int) -> GroupStep:
    """P 16 lid 2: the seat last assigned (P 12/P 13) to another list that still has it free."""
    for step in reversed(order):
        if step.district != keep and free[step.district] > 0:
            order.remove(step)
            free[step.district] -= 1
            return GroupStep(GroupStepKind.WITHDRAWN, step.district, "P 16 lid 2")
    raise InvalidState("P 16 lid 2: geen zetel om te laten vervallen")


def seat_preferential(
    party: Party, chosen: tuple[str, ...], free: dict[int, int], order: list[GroupStep]
) -> tuple[dict[str, int], list[GroupStep]]:
    """Kieswet P 16: the list each preferentially elected candidate sits for."""
    seat_of: dict[str, int] = {}
    changes: list[GroupStep] = []
    for key in chosen:
        lists = [x for x in party.lists if votes_on(x, key) is not None]
        open_lists = [x for x in lists if free[x.district] > 0]
        if open_lists:
            home = best_list(open_lists, key).district
        else:
            home = best_list(lists, key).district
            changes.append(withdraw_last(order, free, home))
            free[home] += 1
        free[home] -= 1
        seat_of[key] = home
    return seat_of, changes


def picks(
    party: Party,
    free: dict[int, int],
    taken: set[str],
    settled: dict[str, int],
    deceased: frozenset[str],
) -> dict[int, list[str]]:
    """Kieswet P 17: per list, its next candidates in list order for the seats still open."""
    out: dict[int, list[str]] = {}
    for lst in sorted(party.lists, key=lambda x: x.district):
        wanted = free[lst.district] - sum(1 for d in settled.values() if d == lst.district)
        pool = [c.key for c in lst.candidates if c.key not in taken and c.key not in deceased]
        out[lst.district] = pool[: max(wanted, 0)]
    return out


def fill_in_list_order(
    party: Party, free: dict[int, int], seat_of: dict[str, int], deceased: frozenset[str]
) -> dict[str, int]:
    """Kieswet P 17 with P 18: fill every list in list order until nobody is elected twice."""
    settled: dict[str, int] = {}
    while True:
        taken = set(seat_of) | set(settled)
        chosen = picks(party, free, taken, settled, deceased)
        where: dict[str, list[int]] = {}
        for district, keys in chosen.items():
            for key in keys:
                where.setdefault(key, []).append(district)
        doubles = {k: ds for k, ds in where.items() if len(ds) > 1}
        if not doubles:
            return {**settled, **{k: ds[0] for k, ds in where.items()}}
        for key, districts in doubles.items():
            lists = [x for x in party.lists if x.district in districts]
            settled[key] = best_list(lists, key).district
