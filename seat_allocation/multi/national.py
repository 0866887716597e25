"""The national distribution over parties (Kieswet P 5–P 10 with P 7 lid 2; seat-allocation-multi.md §2).

Every lijstengroep, stel gelijkluidende lijsten and single list is one unit with the summed
stemcijfer; the single-district machinery distributes the seats, with the category's rules (for
the TK only units that reach the kiesdeler take part in the residual seats).
"""

from __future__ import annotations

from seat_allocation.allocate import distribute_seats
from seat_allocation.election import Election, ListVotes
from seat_allocation.lots import LotDrawer
from seat_allocation.multi.model import NationalElection, Party
from seat_allocation.progress import Progress


def alive_persons(party: Party, deceased: frozenset[str]) -> int:
    """Living candidates of the party, each person once (Kieswet P 10, P 19a)."""
    return sum(1 for key in party.persons() if key not in deceased)


def as_units(election: NationalElection) -> Election:
    """The parties as lists of a single-district election (by party number)."""
    units = tuple(
        ListVotes(party.number, party.votes, alive_persons(party, election.deceased))
        for party in sorted(election.parties, key=lambda p: p.number)
    )
    return Election(election.seats, election.rules, units, frozenset(), election.lots)


def distribute_national(election: NationalElection, drawer: LotDrawer) -> Progress:
    """Kieswet P 5–P 10 over the parties."""
    return distribute_seats(as_units(election), drawer)
