"""Exact quartiles and Tukey's fences over fractions (docs/signals.md §5): Tukey's hinges, the
medians of the lower and upper halves (the middle value belonging to both when the count is odd)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gmpy2 import mpq

from kieskring.signals.thresholds import FENCE


def median(values: Sequence[mpq]) -> mpq:
    """The median of sorted ``values`` (not empty)."""
    n = len(values)
    middle = n // 2
    if n % 2:
        return values[middle]
    return (values[middle - 1] + values[middle]) / 2


@dataclass(frozen=True)
class Fences:
    """The median and the far-out fences of a set of fractions."""

    median: mpq
    lower: mpq
    upper: mpq

    def outside(self, value: mpq) -> bool:
        """Whether ``value`` lies beyond a fence."""
        return value < self.lower or value > self.upper


def fences(values: Sequence[mpq]) -> Fences:
    """Tukey's hinges of ``values`` (at least one) and the fences ``FENCE`` interquartile ranges out."""
    ordered = sorted(values)
    half = (len(ordered) + 1) // 2
    low, high = median(ordered[:half]), median(ordered[len(ordered) - half :])
    spread = high - low
    return Fences(median(ordered), low - FENCE * spread, high + FENCE * spread)
