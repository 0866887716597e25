"""A whole multi-district allocation: national seats, then every party's lists and candidates.

Stops at the first drawing of lots without a recorded outcome, like the single district
(seat-allocation-multi.md; Kieswet P 5–P 19).
"""

from __future__ import annotations

from dataclasses import dataclass

from gmpy2 import mpq

from seat_allocation.allocate import AllocationWarning, Status, warnings_for
from seat_allocation.lots import InvalidLot, LotDrawer, LotRequest, LotsRequired
from seat_allocation.multi.model import NationalElection
from seat_allocation.multi.national import as_units, distribute_national
from seat_allocation.multi.party_result import PartyOutcome, seat_party
from seat_allocation.multi.validate import check_national
from seat_allocation.nomination import preference_threshold
from seat_allocation.progress import Progress
from seat_allocation.quota import distribute_full_seats
from seat_allocation.validate import check_election


@dataclass(frozen=True)
class NationalAllocation:
    """The national distribution (with its trace) and every party's outcome."""

    status: Status
    election: NationalElection
    progress: Progress
    threshold: mpq
    threshold_percentage: int
    parties: tuple[PartyOutcome, ...]
    lots_required: LotRequest | None
    warnings: tuple[AllocationWarning, ...]
    lots_used: int


def allocate_national(election: NationalElection) -> NationalAllocation:
    """Kieswet P 5–P 19 for an election with kieskringen and list groups. Raises
    :class:`~seat_allocation.validate.InvalidInput` when a person stands twice on one list, a set's
    lists differ, or a deceased key is no candidate (:mod:`seat_allocation.multi.validate`)."""
    check_national(election)
    units = as_units(election)
    check_election(units)
    drawer = LotDrawer(election.lots)
    percentage = election.rules.preference_percentage(election.seats)
    progress = distribute_full_seats(units)
    threshold = preference_threshold(progress.quota, election.seats, election.rules)
    parties: list[PartyOutcome] = []
    status, request = Status.COMPLETED, None
    try:
        progress = distribute_national(election, drawer)
        seats = {s.number: s.seats for s in progress.standings}
        for party in sorted(election.parties, key=lambda p: p.number):
            parties.append(seat_party(election, party, seats[party.number], threshold, drawer))
    except LotsRequired as stop:
        status, request = Status.LOTS_REQUIRED, stop.request
        if isinstance(stop.partial, Progress):
            progress = stop.partial
    if status is Status.COMPLETED and drawer.unused():
        raise InvalidLot(
            f"er zijn {len(election.lots)} lotingen opgegeven, maar de berekening vroeg er "
            f"{drawer.used}"
        )
    return NationalAllocation(
        status,
        election,
        progress,
        threshold,
        percentage,
        tuple(parties),
        request,
        warnings_for(progress),
        drawer.used,
    )
