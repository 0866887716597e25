"""One allocation from votes to elected candidates, in the order of chapter P.

P 5–P 6 (:mod:`quota`), P 7 / P 8 (:mod:`residual`), P 9 (:mod:`majority`), P 10 with P 19a
(:mod:`exhaustion`), then P 15–P 19 (:mod:`nomination`). The result is either complete or stops at
the first drawing of lots that has no recorded outcome, with everything known so far
(seat-allocation.md §2.9, §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gmpy2 import mpq

from seat_allocation.election import Election
from seat_allocation.exhaustion import apply_list_exhaustion
from seat_allocation.lots import InvalidLot, LotDrawer, LotRequest, LotsRequired
from seat_allocation.majority import apply_absolute_majority
from seat_allocation.nomination import ListNomination, nominate_list, preference_threshold
from seat_allocation.progress import Progress
from seat_allocation.quota import distribute_full_seats
from seat_allocation.residual import assign_residual_seats
from seat_allocation.steps import StepKind
from seat_allocation.validate import check_election


class Status(StrEnum):
    """Finished, or waiting for a drawing of lots."""

    COMPLETED = "completed"
    LOTS_REQUIRED = "lots_required"


class AllocationWarning(StrEnum):
    """Conditions the CSB must see (seat-allocation.md §2.7)."""

    NOT_ALL_SEATS_ASSIGNED = "NotAllSeatsAssigned"
    ABSOLUTE_MAJORITY_AND_LIST_EXHAUSTION = "AbsoluteMajorityAndListExhaustion"


@dataclass(frozen=True)
class Allocation:
    """The outcome: the seat distribution with its trace, the nominations, lots, warnings."""

    status: Status
    election: Election
    progress: Progress
    threshold: mpq
    threshold_percentage: int
    nominations: tuple[ListNomination, ...]
    lots_required: LotRequest | None
    warnings: tuple[AllocationWarning, ...]
    lots_used: int

    @property
    def quota(self) -> mpq:
        """The kiesdeler (Kieswet P 5)."""
        return self.progress.quota


def distribute_seats(election: Election, drawer: LotDrawer) -> Progress:
    """Kieswet P 5–P 10: the seats per list, step by step."""
    progress = distribute_full_seats(election)
    progress = assign_residual_seats(
        progress, election.rules, 1, progress.residual_seats, False, drawer
    )
    progress = apply_absolute_majority(progress, election.rules, drawer)
    return apply_list_exhaustion(progress, election.rules, drawer)


def nominate(
    election: Election, progress: Progress, threshold: mpq, drawer: LotDrawer
) -> tuple[ListNomination, ...]:
    """Kieswet P 15–P 19 for every list that came with candidate votes."""
    seats = {s.number: s.seats for s in progress.standings}
    return tuple(
        nominate_list(election, lst, seats[lst.number], threshold, drawer)
        for lst in election.lists
        if lst.candidates is not None
    )


def warnings_for(progress: Progress) -> tuple[AllocationWarning, ...]:
    """NotAllSeatsAssigned and AbsoluteMajorityAndListExhaustion (seat-allocation.md §2.7)."""
    kinds = {step.kind for step in progress.steps}
    found: list[AllocationWarning] = []
    if {StepKind.ABSOLUTE_MAJORITY, StepKind.LIST_EXHAUSTION} <= kinds:
        found.append(AllocationWarning.ABSOLUTE_MAJORITY_AND_LIST_EXHAUSTION)
    if progress.unassigned or progress.assigned < progress.seats:
        found.append(AllocationWarning.NOT_ALL_SEATS_ASSIGNED)
    return tuple(found)


def allocate(election: Election) -> Allocation:
    """Chapter P for one district; stops with ``LOTS_REQUIRED`` at a tie without a recorded lot.

    Raises :class:`~seat_allocation.validate.InvalidInput` for bad input and
    :class:`~seat_allocation.lots.InvalidLot` for a recorded outcome that does not fit.
    """
    check_election(election)
    drawer = LotDrawer(election.lots)
    percentage = election.rules.preference_percentage(election.seats)
    progress = distribute_full_seats(election)
    threshold = preference_threshold(progress.quota, election.seats, election.rules)
    try:
        progress = distribute_seats(election, drawer)
    except LotsRequired as stop:
        partial: Progress = stop.partial
        return Allocation(
            Status.LOTS_REQUIRED,
            election,
            partial,
            threshold,
            percentage,
            (),
            stop.request,
            (),
            drawer.used,
        )
    try:
        nominations = nominate(election, progress, threshold, drawer)
    except LotsRequired as stop:
        return Allocation(
            Status.LOTS_REQUIRED,
            election,
            progress,
            threshold,
            percentage,
            (),
            stop.request,
            warnings_for(progress),
            drawer.used,
        )
    if drawer.unused():
        raise InvalidLot(
            f"er zijn {len(election.lots)} lotingen opgegeven, maar de berekening vroeg er "
            f"{drawer.used}"
        )
    return Allocation(
        Status.COMPLETED,
        election,
        progress,
        threshold,
        percentage,
        nominations,
        None,
        warnings_for(progress),
        drawer.used,
    )
