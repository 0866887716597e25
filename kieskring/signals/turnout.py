"""Turnout far outside that of the municipality's other stations (docs/signals.md §4): admitted
voters D over eligible voters Z, beyond Tukey's far-out fences of the stations whose Z is known.
With free choice of polling station a station's turnout can exceed 100 % (a station at a railway
station); the fences follow the municipality's own spread. Exact fractions only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gmpy2 import mpq

from kieskring.signals.model import StationResult
from kieskring.signals.robust import Fences, fences
from kieskring.signals.thresholds import TURNOUT_MIN_STATIONS


@dataclass(frozen=True)
class TurnoutHit:
    """Station at ``station`` (position in the input) and the numbers."""

    station: int
    admitted: int
    eligible: int
    turnout: mpq
    fences: Fences


def turnout_hits(stations: Sequence[StationResult]) -> tuple[TurnoutHit, ...]:
    """Every station whose turnout is beyond the fences (none when fewer than
    ``TURNOUT_MIN_STATIONS`` stations have a known number of eligible voters)."""
    known = [(at, s) for at, s in enumerate(stations) if s.eligible > 0]
    if len(known) < TURNOUT_MIN_STATIONS:
        return ()
    spread = fences([mpq(s.admitted, s.eligible) for _, s in known])
    return tuple(
        TurnoutHit(at, s.admitted, s.eligible, mpq(s.admitted, s.eligible), spread)
        for at, s in known
        if spread.outside(mpq(s.admitted, s.eligible))
    )
