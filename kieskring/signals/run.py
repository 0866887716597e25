"""All plausibility signals of one municipality (docs/signals.md): swaps of candidates and of lists
inside a station, list shares far from the municipality's, and unusual turnout — each with its
numbers, in station order. The software never changes a number because of a signal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gmpy2 import mpq

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
from kieskring.signals.share import ShareHit, local_list, share_hits
from kieskring.signals.swap import Swap, swaps
from kieskring.signals.turnout import TurnoutHit, turnout_hits


def _fraction(measure: Measure, value: mpq, subject: int | None = None) -> Figure:
    return Figure(measure, int(value.numerator), int(value.denominator), subject)


def _swap_figures(hit: Swap) -> tuple[Figure, ...]:
    return (
        Figure(Measure.OBSERVED, hit.observed[0], 1, 0),
        _fraction(Measure.EXPECTED, hit.expected[0], 0),
        Figure(Measure.OBSERVED, hit.observed[1], 1, 1),
        _fraction(Measure.EXPECTED, hit.expected[1], 1),
        _fraction(Measure.MISFIT, hit.misfit),
        _fraction(Measure.SWAPPED_MISFIT, hit.swapped_misfit),
    )


def _list_subject(item: ListResult) -> Subject:
    return Subject(item.number, item.name)


@dataclass(frozen=True)
class _Votes:
    """The votes of every station by list (and by candidate), and the municipality's totals —
    gathered once, so that "elsewhere" is the total minus this station."""

    lists: tuple[tuple[int, ...], ...]
    """Per station, the votes per list."""
    candidates: tuple[tuple[tuple[int, ...], ...], ...]
    """Per list, per station, the candidates' votes."""
    list_totals: tuple[int, ...]
    candidate_totals: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, stations: Sequence[StationResult]) -> _Votes:
        lists = tuple(tuple(x.votes for x in s.lists) for s in stations)
        candidates = tuple(
            tuple(s.lists[i].candidates for s in stations) for i in range(len(stations[0].lists))
        )
        return cls(
            lists,
            candidates,
            tuple(sum(column) for column in zip(*lists, strict=True)),
            tuple(
                tuple(sum(column) for column in zip(*per_list, strict=True))
                for per_list in candidates
            ),
        )


def _candidate_swaps(station: StationResult, votes: _Votes) -> list[Signal]:
    found: list[Signal] = []
    for index, item in enumerate(station.lists):
        totals = votes.candidate_totals[index]
        elsewhere = [t - v for t, v in zip(totals, item.candidates, strict=True)]
        for hit in swaps(item.candidates, elsewhere, votes.candidates[index]):
            high, low = hit.high + 1, hit.low + 1
            subjects = tuple(
                Subject(item.number, item.name, pos, item.candidate_name(pos))
                for pos in (high, low)
            )
            key = f"{Kind.CANDIDATE_SWAP.value}/{station.id}/L{item.number}/{high}-{low}"
            found.append(
                Signal(
                    Kind.CANDIDATE_SWAP, key, station.id, station.name, subjects, _swap_figures(hit)
                )
            )
    return found


def _list_swaps(station: StationResult, votes: _Votes) -> list[Signal]:
    own = [x.votes for x in station.lists]
    elsewhere = [t - v for t, v in zip(votes.list_totals, own, strict=True)]
    found: list[Signal] = []
    for hit in swaps(own, elsewhere, votes.lists):
        pair = (station.lists[hit.high], station.lists[hit.low])
        key = f"{Kind.LIST_SWAP.value}/{station.id}/L{pair[0].number}-L{pair[1].number}"
        found.append(
            Signal(
                Kind.LIST_SWAP,
                key,
                station.id,
                station.name,
                tuple(_list_subject(x) for x in pair),
                _swap_figures(hit),
            )
        )
    return found


def _share_signal(stations: Sequence[StationResult], hit: ShareHit) -> Signal:
    station = stations[hit.station]
    item = station.lists[hit.index]
    figures = (
        Figure(Measure.OBSERVED, hit.votes, 1, 0),
        _fraction(Measure.EXPECTED, hit.municipal_share * hit.valid, 0),
        _fraction(Measure.STATION_SHARE, hit.station_share, 0),
        _fraction(Measure.MUNICIPAL_SHARE, hit.municipal_share, 0),
        _fraction(Measure.LOWER_FENCE, max(hit.fences.lower, mpq(0)), 0),
        _fraction(Measure.UPPER_FENCE, hit.fences.upper, 0),
    )
    key = f"{Kind.SHARE.value}/{station.id}/L{item.number}"
    return Signal(Kind.SHARE, key, station.id, station.name, (_list_subject(item),), figures)


def _turnout_signal(stations: Sequence[StationResult], hit: TurnoutHit) -> Signal:
    station = stations[hit.station]
    figures = (
        Figure(Measure.ADMITTED, hit.admitted),
        Figure(Measure.ELIGIBLE, hit.eligible),
        _fraction(Measure.TURNOUT, hit.turnout),
        _fraction(Measure.MEDIAN, hit.fences.median),
        _fraction(Measure.LOWER_FENCE, max(hit.fences.lower, mpq(0))),
        _fraction(Measure.UPPER_FENCE, hit.fences.upper),
    )
    key = f"{Kind.TURNOUT.value}/{station.id}"
    return Signal(Kind.TURNOUT, key, station.id, station.name, (), figures)


def _check_shape(stations: Sequence[StationResult]) -> None:
    """Every station has the same lists with the same numbers of candidates (one municipality)."""
    shape = [(x.number, len(x.candidates)) for x in stations[0].lists]
    for station in stations:
        if [(x.number, len(x.candidates)) for x in station.lists] != shape:
            raise ValueError(f"{station.id}: lists differ from the first station's")


def find_signals(stations: Sequence[StationResult]) -> SignalReport:
    """Every signal over ``stations`` (one municipality, the same lists in each)."""
    if not stations:
        return SignalReport((), (), 0)
    _check_shape(stations)
    local = [local_list(stations, i) for i in range(len(stations[0].lists))]
    skip = frozenset(i for i, found in enumerate(local) if found is not None)
    votes = _Votes.of(stations)
    per_station = {
        at: _candidate_swaps(s, votes) + _list_swaps(s, votes) for at, s in enumerate(stations)
    }
    for hit in share_hits(stations, skip):
        per_station[hit.station].append(_share_signal(stations, hit))
    for turnout in turnout_hits(stations):
        per_station[turnout.station].append(_turnout_signal(stations, turnout))
    signals = tuple(s for at in range(len(stations)) for s in per_station[at])
    kept: tuple[LocalList, ...] = tuple(x for x in local if x is not None)
    return SignalReport(signals, kept, len(stations))
