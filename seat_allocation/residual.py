"""Residual seats (restzetels): highest averages (Kieswet P 7) or the three P 8 rounds.

For 19 seats or more every residual seat goes to the list with the highest average after the seat
(P 7 lid 1; with P 7 lid 2 only lists that reached the kiesdeler). Below 19 seats each seat is
given by the first round that still has an eligible list (seat-allocation.md §2.4): (a) largest
remainders among lists with at least 3/4 of the kiesdeler, at most one such seat per list (P 8
lid 1–2); (b) highest averages, at most one seat per list in this round (P 8 lid 3); (c) highest
averages without restriction (Kiesraad, formele beschrijving; only after P 10). Ties go in list
order while the tied lists fit in the seats left; otherwise the lot decides (§2.5).
"""

from __future__ import annotations

from dataclasses import replace

from gmpy2 import mpq

from seat_allocation.lots import LotDrawer, LotKind, LotReason, LotRequest
from seat_allocation.progress import Progress
from seat_allocation.rules import Rules
from seat_allocation.standing import Standing, find
from seat_allocation.steps import Step, StepKind


def value_of(standing: Standing, kind: StepKind) -> mpq:
    """What a round compares: the remainder (P 8 lid 1) or the average after one seat more (P 7)."""
    if kind is StepKind.LARGEST_REMAINDER:
        return standing.remainder
    return standing.next_average


def takes_part(standing: Standing, rules: Rules, exclude_exhausted: bool) -> bool:
    """May this list get any residual seat now? Votes, P 7 lid 2 / bill 36 641, P 10 exhaustion."""
    if standing.votes <= 0:
        return False
    if rules.residual_requires_quota and not standing.reaches_quota:
        return False
    return not (exclude_exhausted and standing.exhausted)


def eligible_in_round(standing: Standing, kind: StepKind) -> bool:
    """The extra condition of each round (P 8 lid 1–3); none for plain highest averages."""
    match kind:
        case StepKind.LARGEST_REMAINDER:
            return standing.meets_threshold and standing.qualifies_for_remainder()
        case StepKind.UNIQUE_HIGHEST_AVERAGE:
            return standing.qualifies_for_unique_average()
        case StepKind.HIGHEST_AVERAGE:
            return True
        case StepKind.ABSOLUTE_MAJORITY | StepKind.LIST_EXHAUSTION:
            return False


def rounds_for(seats: int) -> tuple[StepKind, ...]:
    """P 7 for bodies of 19 seats or more, the three P 8 rounds below that."""
    if Rules.large_body(seats):
        return (StepKind.HIGHEST_AVERAGE,)
    return (
        StepKind.LARGEST_REMAINDER,
        StepKind.UNIQUE_HIGHEST_AVERAGE,
        StepKind.HIGHEST_AVERAGE,
    )


def article(kind: StepKind, seats: int, rules: Rules, continued: bool) -> str:
    """The article a residual-seat step applies, as printed on the PV."""
    match kind:
        case StepKind.LARGEST_REMAINDER:
            text = "P 8 lid 1-2"
        case StepKind.UNIQUE_HIGHEST_AVERAGE:
            text = "P 8 lid 3"
        case StepKind.HIGHEST_AVERAGE if Rules.large_body(seats):
            text = "P 7 lid 1"
        case StepKind.HIGHEST_AVERAGE:
            text = "P 8 lid 3 (tweede ronde grootste gemiddelden)"
        case StepKind.ABSOLUTE_MAJORITY | StepKind.LIST_EXHAUSTION:
            text = kind.value
    if rules.law_36641:
        text += ", wet 36 641"
    elif rules.residual_requires_quota:
        text += ", P 7 lid 2"
    return f"{text}, P 10" if continued else text


def pick_round(
    progress: Progress, rules: Rules, exclude_exhausted: bool
) -> tuple[StepKind, tuple[Standing, ...]] | None:
    """The first round with an eligible list, and those lists; ``None`` when no list can take a seat."""
    taking_part = tuple(s for s in progress.standings if takes_part(s, rules, exclude_exhausted))
    for kind in rounds_for(progress.seats):
        eligible = tuple(s for s in taking_part if eligible_in_round(s, kind))
        if eligible:
            return kind, eligible
    return None


def assigned_group(progress: Progress, kind: StepKind, selected: int) -> tuple[int, ...]:
    """The lists that got "the last" seat at the same value, for P 9 (seat-allocation.md §2.5)."""
    previous = progress.last_step
    if previous is not None and previous.kind is kind and selected in previous.options:
        return (*previous.assigned, selected)
    return (selected,)


def assign_one(
    progress: Progress,
    rules: Rules,
    number: int,
    last: int,
    exclude_exhausted: bool,
    drawer: LotDrawer,
) -> Progress | None:
    """Residual seat ``number`` (of ``last``); ``None`` when no list can take it (P 10)."""
    picked = pick_round(progress, rules, exclude_exhausted)
    if picked is None:
        return None
    kind, eligible = picked
    best = max(value_of(s, kind) for s in eligible)
    tied = tuple(s.number for s in eligible if value_of(s, kind) == best)
    by_lot = len(tied) > last - number + 1
    selected = tied[0]
    if by_lot:
        reason = (
            LotReason.EQUAL_REMAINDERS
            if kind is StepKind.LARGEST_REMAINDER
            else LotReason.EQUAL_AVERAGES
        )
        request = LotRequest(
            LotKind.LIST,
            article(kind, progress.seats, rules, exclude_exhausted),
            reason,
            tuple(range(number, last + 1)),
            tied,
            best,
        )
        selected = drawer.draw_list(request, progress)
    exhausted = tuple(s.number for s in progress.standings if exclude_exhausted and s.exhausted)
    step = Step(
        kind=kind,
        article=article(kind, progress.seats, rules, exclude_exhausted),
        residual_seat_number=number,
        standings=progress.standings,
        selected=selected,
        options=tied,
        assigned=assigned_group(progress, kind, selected),
        exhausted=exhausted,
        value=best,
        by_lot=by_lot,
    )
    winner = find(progress.standings, selected).add_residual(
        by_remainder=kind is StepKind.LARGEST_REMAINDER,
        by_unique=kind is StepKind.UNIQUE_HIGHEST_AVERAGE,
    )
    return progress.record(step, (winner,))


def assign_residual_seats(
    progress: Progress,
    rules: Rules,
    first: int,
    last: int,
    exclude_exhausted: bool,
    drawer: LotDrawer,
) -> Progress:
    """Residual seats ``first..last`` one by one (P 7 / P 8; with P 10 ``exclude_exhausted``)."""
    for number in range(first, last + 1):
        after = assign_one(progress, rules, number, last, exclude_exhausted, drawer)
        if after is None:
            return replace(progress, unassigned=progress.unassigned + last - number + 1)
        progress = after
    return progress
