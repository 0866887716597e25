"""The GSB totals: the sum of the definitive entries of all stations, in exact integers (issue 5, "Totals").

The data for the Na 31-2 (per-station and municipal counts A–J, votes per list and per candidate, and the
coordinator's explanations of warnings) and for the 510b EML writer. Kieswet art. N 10/N 11: the GSB
totals the stations' counts; nothing is rounded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from kieskring.app.setup import ElectionSetup, load_setup
from kieskring.app.users import Action, User, Users
from kieskring.errors import Problem, UserError
from kieskring.storage import Store

COUNT_FIELDS: tuple[str, ...] = ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J")


@dataclass(frozen=True)
class ListTotal:
    """Votes for one list: its total and the votes per candidate in list order."""

    number: int
    name: str
    votes: int
    candidate_votes: tuple[int, ...]


@dataclass(frozen=True)
class Counts:
    """The counts A–J (see chain.md §2) and the eligible voters Z."""

    A: int
    B: int
    C: int
    D: int
    E: int
    F: int
    G: int
    H: int
    I: int  # noqa: E741 - the letter on the paper
    J: int
    Z: int


@dataclass(frozen=True)
class StationResult:
    """The definitive result of one station."""

    number: int
    name: str
    counts: Counts
    lists: tuple[ListTotal, ...]
    warnings: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class GsbTotals:
    """The municipality: every station's result and their sums."""

    election_id: str
    stations: tuple[StationResult, ...]
    counts: Counts
    lists: tuple[ListTotal, ...]


def _station(
    setup: ElectionSetup, number: int, values: dict[str, int], extra: tuple[tuple[str, ...], str]
) -> StationResult:
    info = setup.station(number)
    counts = Counts(**{k: values.get(k, 0) for k in COUNT_FIELDS}, Z=info.eligible_voters or 0)
    lists = tuple(
        ListTotal(
            item.number,
            item.name,
            values[f"L{item.number}.total"],
            tuple(values[f"L{item.number}.{p}"] for p in range(1, item.candidates + 1)),
        )
        for item in setup.lists
    )
    return StationResult(number, info.name, counts, lists, extra[0], extra[1])


def _sum(
    setup: ElectionSetup, stations: tuple[StationResult, ...]
) -> tuple[Counts, tuple[ListTotal, ...]]:
    counts = Counts(
        **{k: sum(getattr(s.counts, k) for s in stations) for k in (*COUNT_FIELDS, "Z")}
    )
    lists = tuple(
        ListTotal(
            item.number,
            item.name,
            sum(s.lists[n].votes for s in stations),
            tuple(
                sum(s.lists[n].candidate_votes[p] for s in stations) for p in range(item.candidates)
            ),
        )
        for n, item in enumerate(setup.lists)
    )
    return counts, lists


def gsb_totals(
    store: Store, users: Users, user: User, *, allow_incomplete: bool = False
) -> GsbTotals:
    """Sum the definitive results; refused until every station is definitive (unless a preview)."""
    users.require(user, Action.VIEW_TOTALS)
    setup = load_setup(store)
    rows = store.query(
        "SELECT r.station, r.values_json, r.warnings_json, coalesce(x.text, '') AS text"
        " FROM results AS r LEFT JOIN explanations AS x ON x.station = r.station ORDER BY r.station"
    )
    missing = sorted({s.number for s in setup.stations} - {r["station"] for r in rows})
    if missing and not allow_incomplete:
        raise UserError(
            (
                Problem(
                    "TOTALS.NOT_FINISHED",
                    f"nog niet definitief: stembureau {', '.join(map(str, missing))}",
                    f"not yet definitive: polling station {', '.join(map(str, missing))}",
                ),
            )
        )
    stations = tuple(
        _station(
            setup,
            r["station"],
            json.loads(r["values_json"]),
            (tuple(json.loads(r["warnings_json"])), r["text"]),
        )
        for r in rows
    )
    counts, lists = _sum(setup, stations)
    return GsbTotals(setup.election_id, stations, counts, lists)
