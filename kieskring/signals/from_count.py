"""Station results for the signals from a published 510b (``uitslag signals``): per station its
id (``SB3``), name, eligible voters (``Cast``), admitted voters D (H where the file has no D), and
per list the votes and its candidates' votes by position, with names from the 230b when given.
Every station gets the total's lists and candidates (a list a station did not report has 0)."""

from __future__ import annotations

from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import Count, VoteCounts
from kieskring.signals.model import ListResult, StationResult


def _names(lists: CandidateLists | None) -> dict[int, tuple[str, ...]]:
    if lists is None:
        return {}
    return {x.number: tuple(c.display_name for c in x.candidates) for x in lists.lists}


def _station(
    unit_id: str, name: str, counts: VoteCounts, shape: Count, names: dict[int, tuple[str, ...]]
) -> StationResult:
    found = {x.number: x for x in counts.lists}
    lists = []
    for item in shape.total.lists:
        own = found.get(item.number)
        votes = {c.id: c.votes for c in own.candidates} if own else {}
        positions = [c.id or 0 for c in item.candidates]
        lists.append(
            ListResult(
                item.number,
                item.name,
                own.votes if own else 0,
                tuple(votes.get(p, 0) for p in positions),
                names.get(item.number, ()),
            )
        )
    admitted = counts.admitted if counts.admitted is not None else counts.ballots
    return StationResult(unit_id.rsplit("::", 1)[-1], name, counts.cast, admitted, tuple(lists))


def stations_of(count: Count, lists: CandidateLists | None = None) -> tuple[StationResult, ...]:
    """The stations of a 510b, in file order."""
    names = _names(lists)
    return tuple(_station(u.id, u.name, u.counts, count, names) for u in count.units)
