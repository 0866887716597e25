"""A list's share of the votes in a station that differs by half or more from its share in the
whole municipality (docs/signals.md §3; docs/pv-models.md §3).

Three further conditions keep the ordinary spread between neighbourhoods out: the difference is
not chance (three standard deviations), the station is far out among the municipality's own
stations for that list (Tukey's fence) and the only one beyond it, and the list is not local — a village list's share
elsewhere says nothing about a count. Exact fractions only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gmpy2 import mpq

from kieskring.signals.model import LocalList, StationResult
from kieskring.signals.robust import Fences, fences
from kieskring.signals.thresholds import (
    LOCAL_VOTES,
    SHARE_BEYOND_ELSEWHERE,
    SHARE_MIN_MISFIT,
    SHARE_RELATIVE,
)


@dataclass(frozen=True)
class ShareHit:
    """List ``index`` in station ``station`` (positions in the inputs), with the numbers."""

    station: int
    index: int
    votes: int
    valid: int
    station_share: mpq
    municipal_share: mpq
    fences: Fences


def local_list(stations: Sequence[StationResult], index: int) -> LocalList | None:
    """The list at ``index`` when the stations that gave it half its votes hold at most
    ``LOCAL_VOTES`` of all valid votes (stations taken from its highest share down)."""
    total = sum(s.lists[index].votes for s in stations)
    valid = sum(s.valid for s in stations)
    if total == 0 or valid == 0:
        return None
    ranked = sorted(
        (s for s in stations if s.valid),
        key=lambda s: mpq(s.lists[index].votes, s.valid),
        reverse=True,
    )
    gathered = held = used = 0
    for station in ranked:
        if 2 * gathered >= total:
            break
        gathered += station.lists[index].votes
        held += station.valid
        used += 1
    if mpq(held, valid) > LOCAL_VOTES:
        return None
    first = stations[0].lists[index]
    return LocalList(first.number, first.name, used, held, valid)


def _hit(
    stations: Sequence[StationResult], at: int, index: int, total: int, valid: int, spread: Fences
) -> ShareHit | None:
    station = stations[at]
    votes, here = station.lists[index].votes, station.valid
    if here == 0:
        return None
    difference = votes * valid - total * here
    if abs(difference) < SHARE_RELATIVE * total * here:
        return None
    if difference * difference < SHARE_MIN_MISFIT * total * here * valid:
        return None
    share = mpq(votes, here)
    if not spread.outside(share):
        return None
    return ShareHit(at, index, votes, here, share, mpq(total, valid), spread)


def share_hits(stations: Sequence[StationResult], skip: frozenset[int]) -> tuple[ShareHit, ...]:
    """Every (station, list) whose share differs as described, lists at ``skip`` left out."""
    if not stations:
        return ()
    valid = sum(s.valid for s in stations)
    found: list[ShareHit] = []
    for index in range(len(stations[0].lists)):
        total = sum(s.lists[index].votes for s in stations)
        if index in skip or total == 0 or valid == 0:
            continue
        shares = [mpq(s.lists[index].votes, s.valid) for s in stations if s.valid]
        spread = fences(shares)
        above = sum(share > spread.upper for share in shares)
        below = sum(share < spread.lower for share in shares)
        for at in range(len(stations)):
            hit = _hit(stations, at, index, total, valid, spread)
            if hit is None:
                continue
            side = above if hit.station_share > spread.upper else below
            if side - 1 <= SHARE_BEYOND_ELSEWHERE:
                found.append(hit)
    return tuple(sorted(found, key=lambda h: (h.station, h.index)))
