"""Municipality-wide plausibility signals over station results (docs/signals.md; docs/app.md §6):
candidate or list votes that look swapped inside a station, a list's share far from the
municipality's, turnout far from the other stations. Pure functions, exact arithmetic (gmpy2),
never a float; a signal is a question for the coordinator, never a change of a number."""

from __future__ import annotations

from kieskring.signals.model import (
    Figure,
    Kind,
    ListResult,
    LocalList,
    Measure,
    Signal,
    SignalReport,
    StationResult,
    Subject,
)
from kieskring.signals.run import find_signals

__all__ = [
    "Figure",
    "Kind",
    "ListResult",
    "LocalList",
    "Measure",
    "Signal",
    "SignalReport",
    "StationResult",
    "Subject",
    "find_signals",
]
