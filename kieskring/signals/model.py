"""What the plausibility signals read and what they report (docs/signals.md §1).

The input is one municipality's station results as plain integers — from the app's definitive
results or from a published 510b — and the output is a list of :class:`Signal`, each with the
numbers that raised it. Nothing here changes a number; a signal is a question for the coordinator
(docs/app.md §6).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(frozen=True)
class ListResult:
    """One list in one station: its number and name, its votes (E.x) and its candidates' votes in
    list order, with their names when known (else empty)."""

    number: int
    name: str
    votes: int
    candidates: tuple[int, ...] = ()
    candidate_names: tuple[str, ...] = ()

    def candidate_name(self, position: int) -> str:
        """The name of candidate ``position`` (1-based), or ``kandidaat n``."""
        if 0 < position <= len(self.candidate_names) and self.candidate_names[position - 1]:
            return self.candidate_names[position - 1]
        return f"kandidaat {position}"


@dataclass(frozen=True)
class StationResult:
    """One polling station: its id as in the 510b (``SB3``), name, eligible voters Z (0: not known),
    admitted voters D (the ballots counted H where D is not given) and the lists."""

    id: str
    name: str
    eligible: int
    admitted: int
    lists: tuple[ListResult, ...]

    @property
    def valid(self) -> int:
        """E: the votes for all lists."""
        return sum(x.votes for x in self.lists)


class Kind(enum.Enum):
    """The four signals (docs/signals.md §2–§4)."""

    CANDIDATE_SWAP = "candidate_swap"
    LIST_SWAP = "list_swap"
    SHARE = "share"
    TURNOUT = "turnout"


@dataclass(frozen=True)
class Subject:
    """A list, or a candidate of a list, that a signal is about."""

    list_number: int
    list_name: str
    candidate: int | None = None
    candidate_name: str = ""

    @property
    def code(self) -> str:
        """``L3`` for a list, ``L3.5`` for its fifth candidate (the form's keys)."""
        return f"L{self.list_number}" + (f".{self.candidate}" if self.candidate else "")


class Measure(enum.Enum):
    """What a number behind a signal is (its words are in :mod:`kieskring.signals.text`)."""

    OBSERVED = "observed"
    EXPECTED = "expected"
    STATION_SHARE = "station_share"
    MUNICIPAL_SHARE = "municipal_share"
    TURNOUT = "turnout"
    MEDIAN = "median"
    LOWER_FENCE = "lower_fence"
    UPPER_FENCE = "upper_fence"
    ADMITTED = "admitted"
    ELIGIBLE = "eligible"
    MISFIT = "misfit"
    """The chi-square distance of the numbers as typed from what the rest leads one to expect."""
    SWAPPED_MISFIT = "swapped_misfit"
    """The same distance with the two numbers exchanged."""


@dataclass(frozen=True)
class Figure:
    """One number behind a signal, exact: ``numerator / denominator``; ``subject`` says which list
    or candidate it belongs to (``None``: the station)."""

    measure: Measure
    numerator: int
    denominator: int = 1
    subject: int | None = None
    """Index into the signal's subjects."""


@dataclass(frozen=True)
class Signal:
    """A plausibility signal: which station, what about, and the numbers behind it. ``key`` is
    stable for the same finding on the same numbers, so a coordinator's note stays with it."""

    kind: Kind
    key: str
    station: str
    station_name: str
    subjects: tuple[Subject, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class LocalList:
    """A list whose votes come mostly from a few stations (a village or neighbourhood list): its
    share is not compared with the municipality's (docs/signals.md §3). The figures say why: the
    stations that gave half its votes hold ``stations_votes`` of the ``valid_votes``."""

    number: int
    name: str
    stations: int
    stations_votes: int
    valid_votes: int


@dataclass(frozen=True)
class SignalReport:
    """Every signal of a municipality, in station order, and the lists left out of the share
    comparison with the reason."""

    signals: tuple[Signal, ...]
    local_lists: tuple[LocalList, ...]
    stations: int
