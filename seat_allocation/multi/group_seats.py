"""Dividing a lijstengroep's seats over its kieskring lists (Kieswet P 12, P 13).

The groepskiesdeler is the group's stemcijfer divided by its seats; each list gets as many full
seats as it fits wholly into the list's stemcijfer; the rest go one by one to the largest
remainders (P 12 lid 5; ties: the lot, when the tied lists outnumber the seats left). A list gets
no more seats than it has living candidates: the excess passes to the other lists by the same
rule, then by highest averages (P 13). The order of assignment is kept: P 16 lid 2 withdraws "the
seat last assigned".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gmpy2 import mpq

from seat_allocation.lots import LotDrawer, LotKind, LotReason, LotRequest
from seat_allocation.multi.model import Party


class GroupStepKind(StrEnum):
    """How a list of the group got (or lost) a seat."""

    FULL = "full"  # P 12 lid 4
    REMAINDER = "remainder"  # P 12 lid 5
    AVERAGE = "average"  # P 13 lid 2
    WITHDRAWN = "withdrawn"  # P 16 lid 2
    PASSED_ON = "passed_on"  # P 13 lid 1, after the candidates


@dataclass(frozen=True)
class GroupStep:
    """One seat of the group: to which kieskring list, why, compared at which value."""

    kind: GroupStepKind
    district: int
    article: str
    value: mpq | None = None
    options: tuple[int, ...] = ()
    by_lot: bool = False


@dataclass(frozen=True)
class GroupSeats:
    """The seats per kieskring list of one group and how they were assigned."""

    party: int
    quota: mpq
    seats: tuple[tuple[int, int], ...]
    steps: tuple[GroupStep, ...]

    def of(self, district: int) -> int:
        """Seats of the list in ``district``."""
        return dict(self.seats).get(district, 0)


def full_seats(party: Party, quota: mpq, capacity: dict[int, int]) -> list[GroupStep]:
    """P 12 lid 4: full seats per list, never more than its living candidates (P 13)."""
    steps: list[GroupStep] = []
    for lst in sorted(party.lists, key=lambda x: x.district):
        full = int(mpq(lst.votes) // quota) if quota else 0
        steps += [
            GroupStep(GroupStepKind.FULL, lst.district, "P 12")
            for _ in range(min(full, capacity[lst.district]))
        ]
    return steps


def next_seat(
    party: Party,
    quota: mpq,
    held: dict[int, int],
    capacity: dict[int, int],
    left: int,
    drawer: LotDrawer,
) -> GroupStep:
    """P 12 lid 5 (largest remainder, one per list) or P 13 lid 2 (highest averages)."""
    open_lists = [x for x in party.lists if held[x.district] < capacity[x.district] and x.votes > 0]
    got_remainder = {d for d, n in held.items() if n > full_count(party, quota, d, capacity)}
    by_remainder = [x for x in open_lists if x.district not in got_remainder]
    if by_remainder:
        kind, article = GroupStepKind.REMAINDER, "P 12"
        values = {
            x.district: x.votes - full_count(party, quota, x.district, capacity) * quota
            for x in by_remainder
        }
    else:
        kind, article = GroupStepKind.AVERAGE, "P 13"
        values = {x.district: mpq(x.votes, held[x.district] + 1) for x in open_lists}
    if not values:
        raise GroupExhausted(party.number)
    best = max(values.values())
    tied = tuple(sorted(d for d, v in values.items() if v == best))
    chosen = tied[0]
    if len(tied) > left:
        reason = (
            LotReason.EQUAL_REMAINDERS
            if kind is GroupStepKind.REMAINDER
            else LotReason.EQUAL_AVERAGES
        )
        request = LotRequest(
            LotKind.LIST, f"{article} (lijst {party.number})", reason, (), tied, mpq(best)
        )
        chosen = drawer.draw_list(request, None)
    return GroupStep(kind, chosen, article, mpq(best), tied, len(tied) > left)


def full_count(party: Party, quota: mpq, district: int, capacity: dict[int, int]) -> int:
    """The full seats of the list in ``district`` (P 12 lid 4, capped by P 13)."""
    lst = next(x for x in party.lists if x.district == district)
    full = int(mpq(lst.votes) // quota) if quota else 0
    return min(full, capacity[district])


class GroupExhausted(Exception):
    """No list of the group has a candidate left for the next seat."""


def divide_group_seats(
    party: Party, seats: int, capacity: dict[int, int], drawer: LotDrawer
) -> GroupSeats:
    """Kieswet P 12 and P 13 for one lijstengroep with ``seats`` seats."""
    quota = mpq(party.votes, seats) if seats and party.votes else mpq(0)
    steps = full_seats(party, quota, capacity)
    held = {x.district: 0 for x in party.lists}
    for step in steps:
        held[step.district] += 1
    while len(steps) < seats:
        try:
            step = next_seat(party, quota, held, capacity, seats - len(steps), drawer)
        except GroupExhausted:
            break
        steps.append(step)
        held[step.district] += 1
    return GroupSeats(party.number, quota, tuple(sorted(held.items())), tuple(steps))
