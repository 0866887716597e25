"""Votes that look exchanged between two candidates of a list, or between two lists, inside one
station (docs/signals.md §2). A list total or E is unchanged by such a swap, so no rule of the
validation catalogue sees it (docs/pv-models.md §3).

What the rest of the municipality leads one to expect here: the station's total spread as the
other stations spread theirs (``expected_k = total · elsewhere_k / Σ elsewhere``). A pair looks
swapped when the one expected to have clearly more got clearly fewer, the numbers as typed are far
from the expectation, exchanged they fit it at least ten times better, and no other station shows
the same reversal. Exact fractions only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gmpy2 import mpq

from kieskring.signals.thresholds import (
    SWAP_FIT_FACTOR,
    SWAP_MIN_GAP,
    SWAP_MIN_MISFIT,
    SWAP_MIN_RATIO,
    SWAP_REVERSED_ELSEWHERE,
)


@dataclass(frozen=True)
class Swap:
    """Positions ``high`` (expected more) and ``low`` (expected fewer, got more) in the sequences
    given, with the numbers behind it."""

    high: int
    low: int
    observed: tuple[int, int]
    expected: tuple[mpq, mpq]
    misfit: mpq
    swapped_misfit: mpq


def distance(observed: int, expected: mpq) -> mpq:
    """The chi-square term ``(observed − expected)² / expected``; the variance of a count is taken
    as its expectation, but at least 1 (a count expected near 0 may still be 1 by chance)."""
    spread = expected if expected > 1 else mpq(1)
    return (observed - expected) * (observed - expected) / spread


def expectations(total: int, elsewhere: Sequence[int]) -> tuple[mpq, ...] | None:
    """``total`` spread as ``elsewhere`` is spread; ``None`` when there is nothing to compare with."""
    base = sum(elsewhere)
    if total <= 0 or base <= 0:
        return None
    return tuple(mpq(total * part, base) for part in elsewhere)


def _pair(observed: Sequence[int], expected: Sequence[mpq], high: int, low: int) -> Swap | None:
    e_high, e_low = expected[high], expected[low]
    if e_high < SWAP_MIN_RATIO * e_low or e_high - e_low < SWAP_MIN_GAP:
        return None
    o_high, o_low = observed[high], observed[low]
    if o_low <= o_high:
        return None
    misfit = distance(o_high, e_high) + distance(o_low, e_low)
    if misfit < SWAP_MIN_MISFIT:
        return None
    swapped = distance(o_high, e_low) + distance(o_low, e_high)
    if swapped * SWAP_FIT_FACTOR > misfit:
        return None
    return Swap(high, low, (o_high, o_low), (e_high, e_low), misfit, swapped)


def _reversed(every: Sequence[Sequence[int]], high: int, low: int) -> int:
    """In how many stations ``low`` got more votes than ``high``."""
    return sum(1 for votes in every if votes[low] > votes[high])


def swaps(
    observed: Sequence[int], elsewhere: Sequence[int], every: Sequence[Sequence[int]] = ()
) -> tuple[Swap, ...]:
    """Every pair of ``observed`` (this station) that looks exchanged, given the same items'
    votes in the other stations together (``elsewhere``) and in every station one by one
    (``every``, this one included: whether the same reversal happens elsewhere,
    ``SWAP_REVERSED_ELSEWHERE``)."""
    expected = expectations(sum(observed), elsewhere)
    if expected is None:
        return ()
    found: list[Swap] = []
    for high, e_high in enumerate(expected):
        if e_high < SWAP_MIN_GAP:
            continue
        for low in range(len(observed)):
            hit = None if low == high else _pair(observed, expected, high, low)
            if hit is not None and _reversed(every, high, low) - 1 <= SWAP_REVERSED_ELSEWHERE:
                found.append(hit)
    return tuple(found)
