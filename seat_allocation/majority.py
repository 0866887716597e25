"""The absolute majority correction (Kieswet P 9).

A list with a strict majority of the votes (``2·v > V``) that holds no more than half the seats
(``2·seats ≤ S``) gets one residual seat more; the list that won "the last" residual seat loses
one. When that last seat went to several lists at the same average or remainder, the lot decides
among them. P 9 is applied once, only after residual seats were assigned, before P 10
(seat-allocation.md §2.6).
"""

from __future__ import annotations

from dataclasses import replace

from gmpy2 import mpq

from seat_allocation.lots import LotDrawer, LotKind, LotReason, LotRequest
from seat_allocation.progress import Progress
from seat_allocation.rules import Rules
from seat_allocation.standing import Standing, find
from seat_allocation.steps import Step, StepKind


class InvalidState(RuntimeError):
    """The calculation reached a state the law excludes (a defect, never user input)."""


def majority_list(progress: Progress) -> Standing | None:
    """The list with more than half of all votes (strict: exactly 50% is no majority)."""
    for standing in progress.standings:
        if 2 * standing.votes > progress.total_votes:
            return standing
    return None


def needs_correction(progress: Progress, rules: Rules) -> Standing | None:
    """The majority list when P 9 must give it a seat, else ``None``."""
    residual_steps = [s for s in progress.steps if s.residual_seat_number is not None]
    if not rules.absolute_majority or not residual_steps:
        return None
    majority = majority_list(progress)
    if majority is None or 2 * majority.seats > progress.seats:
        return None
    return majority


def apply_absolute_majority(progress: Progress, rules: Rules, drawer: LotDrawer) -> Progress:
    """Kieswet P 9: move one residual seat to the majority list when it lacks a seat majority."""
    majority = needs_correction(progress, rules)
    if majority is None:
        return progress
    group = tuple(n for n in progress.steps[-1].assigned if n != majority.number)
    if not group:
        raise InvalidState("P 9: de laatste restzetel ging naar de meerderheidslijst zelf")
    loser = group[0]
    if len(group) > 1:
        request = LotRequest(LotKind.LIST, "P 9", LotReason.ABSOLUTE_MAJORITY, (), group, mpq(0))
        loser = drawer.draw_list(request, progress)
    step = Step(
        kind=StepKind.ABSOLUTE_MAJORITY,
        article="P 9",
        residual_seat_number=None,
        standings=progress.standings,
        selected=majority.number,
        retracted=loser,
        options=group,
        by_lot=len(group) > 1,
    )
    losing = find(progress.standings, loser)
    losing = replace(losing, residual_seats=losing.residual_seats - 1, retracted_by_majority=True)
    gaining = replace(majority, residual_seats=majority.residual_seats + 1)
    return progress.record(step, (losing, gaining))
