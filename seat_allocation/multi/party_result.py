"""One party's candidates after the national distribution: a lijstengroep across its kieskring
lists (P 12–P 18), or a set of identical lists / a single list as one list (P 15, P 17, P 19)."""

from __future__ import annotations

from dataclasses import dataclass

from gmpy2 import mpq

from seat_allocation.election import CandidateRef, CandidateVotes, Election, ListVotes
from seat_allocation.lots import LotDrawer
from seat_allocation.multi.group_candidates import (
    SeatedCandidate,
    fill_in_list_order,
    preferential,
    seat_preferential,
)
from seat_allocation.multi.group_seats import (
    GroupSeats,
    GroupStep,
    GroupStepKind,
    divide_group_seats,
)
from seat_allocation.multi.model import NationalElection, Party, PartyKind
from seat_allocation.nomination import ListNomination, nominate_list


@dataclass(frozen=True)
class PartyOutcome:
    """Seats and elected candidates of one party, in the order of the 520: elected by
    preference in order of election, then the others by list position (and kieskring)."""

    party: int
    kind: PartyKind
    seats: int
    elected: tuple[SeatedCandidate, ...]
    group: GroupSeats | None = None
    nomination: ListNomination | None = None


def capacity(party: Party, deceased: frozenset[str]) -> dict[int, int]:
    """Living candidates per kieskring list (P 13, P 19a)."""
    return {x.district: sum(1 for c in x.candidates if c.key not in deceased) for x in party.lists}


def pass_on_shortfall(
    party: Party, free: dict[int, int], seated: dict[str, int], deceased: frozenset[str]
) -> GroupStep | None:
    """Kieswet P 13: a list without candidates left passes a seat to the list of the group with
    the highest average that still has one; ``None`` when every list could fill its seats."""
    filled = {d: sum(1 for v in seated.values() if v == d) for d in free}
    short = [d for d, n in free.items() if filled[d] < n]
    if not short:
        return None
    taken = set(seated)
    able = [
        x
        for x in party.lists
        if x.district not in short
        and any(c.key not in taken and c.key not in deceased for c in x.candidates)
    ]
    if not able:
        return None
    target = max(able, key=lambda x: (mpq(x.votes, free[x.district] + 1), -x.district))
    free[short[0]] -= 1
    free[target.district] += 1
    return GroupStep(GroupStepKind.PASSED_ON, target.district, "P 13", options=(short[0],))


def seat_group(
    party: Party, seats: int, threshold: mpq, deceased: frozenset[str], drawer: LotDrawer
) -> PartyOutcome:
    """Kieswet P 12–P 18 for one lijstengroep."""
    division = divide_group_seats(party, seats, capacity(party, deceased), drawer)
    order = list(division.steps)
    free = dict(division.seats)
    chosen = preferential(party, threshold, sum(free.values()), deceased, drawer)
    seat_of, changes = seat_preferential(party, chosen, free, order)
    while True:
        seated = {**seat_of, **fill_in_list_order(party, free, seat_of, deceased)}
        step = pass_on_shortfall(party, free, {**seated}, deceased)
        if step is None:
            break
        changes.append(step)
    totals = party.person_votes()
    positions = {(x.district, c.key): c.position for x in party.lists for c in x.candidates}
    elected = [
        SeatedCandidate(k, d, positions[(d, k)], k in seat_of, totals[k]) for k, d in seated.items()
    ]
    rank = {k: i for i, k in enumerate(chosen)}
    elected.sort(
        key=lambda c: (0, rank[c.key], 0) if c.preferential else (1, c.position, c.district or 0)
    )
    final = {d: n + sum(1 for v in seat_of.values() if v == d) for d, n in free.items()}
    group = GroupSeats(
        party.number, division.quota, tuple(sorted(final.items())), (*division.steps, *changes)
    )
    return PartyOutcome(party.number, party.kind, seats, tuple(elected), group)


def seat_list(
    election: NationalElection, party: Party, seats: int, threshold: mpq, drawer: LotDrawer
) -> PartyOutcome:
    """A set of identical lists or a single list: one list with the summed votes (P 15–P 19)."""
    first = min(party.lists, key=lambda x: x.district)
    totals = party.person_votes()
    keys = {c.position: c.key for c in first.candidates}
    as_list = ListVotes.from_candidates(
        party.number, tuple(CandidateVotes(c.position, totals[c.key]) for c in first.candidates)
    )
    dead = frozenset(
        CandidateRef(party.number, p) for p, k in keys.items() if k in election.deceased
    )
    single = Election(election.seats, election.rules, (as_list,), dead)
    nomination = nominate_list(single, as_list, seats, threshold, drawer)
    elected = tuple(
        SeatedCandidate(keys[p], None, p, p in nomination.preferential, totals[keys[p]])
        for p in (*nomination.preferential, *nomination.other)
    )
    return PartyOutcome(party.number, party.kind, seats, elected, None, nomination)


def seat_party(
    election: NationalElection, party: Party, seats: int, threshold: mpq, drawer: LotDrawer
) -> PartyOutcome:
    """The candidates of one party, by its kind."""
    match party.kind:
        case PartyKind.GROUP if len(party.lists) > 1:
            return seat_group(party, seats, threshold, election.deceased, drawer)
        case PartyKind.GROUP | PartyKind.SET | PartyKind.SINGLE:
            return seat_list(election, party, seats, threshold, drawer)
