"""Deceased candidates (Kieswet P 19a) and list exhaustion (Kieswet P 10).

A list that holds more seats than it has living candidates gives the excess back, residual seats
first, then full seats; the remainder is not recomputed. The freed seats are then given by
continued application of P 7 / P 8 ("voortgezette toepassing"), numbered after the original
residual seats, with every list that has no candidate left (``alive ≤ seats``) excluded before each
seat and the P 8 history kept. When no list can take a seat it stays unassigned
(seat-allocation.md §2.7).
"""

from __future__ import annotations

from dataclasses import replace

from seat_allocation.lots import LotDrawer
from seat_allocation.progress import Progress
from seat_allocation.residual import assign_residual_seats
from seat_allocation.rules import Rules
from seat_allocation.steps import Step, StepKind


def remove_excess_seats(progress: Progress) -> tuple[Progress, int]:
    """Kieswet P 10: take back, one at a time, the seats a list has no candidates for."""
    removed = 0
    for standing in progress.standings:
        current = standing
        while current.alive < current.seats:
            after = current.remove_seat()
            step = Step(
                kind=StepKind.LIST_EXHAUSTION,
                article="P 10",
                residual_seat_number=None,
                standings=progress.standings,
                selected=current.number,
                full_seat=after.full_seat_removed,
            )
            progress = progress.record(step, (after,))
            current = after
            removed += 1
    return progress, removed


def apply_list_exhaustion(progress: Progress, rules: Rules, drawer: LotDrawer) -> Progress:
    """Kieswet P 10 (with P 19a): remove the excess, then reassign by continued P 7 / P 8."""
    progress, removed = remove_excess_seats(progress)
    if removed == 0:
        return progress
    first = progress.residual_seats + 1
    reassigned = assign_residual_seats(
        progress, rules, first, progress.residual_seats + removed, True, drawer
    )
    return replace(reassigned, residual_seats=progress.residual_seats + removed)
