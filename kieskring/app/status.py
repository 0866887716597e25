"""The status overview for hundreds of stations (issue 5, "Status overview"): counts per state, filters by
state / typist / warnings, search by number, progress. One query over three small tables; no per-station
queries, so 600 stations stay well inside the 500 ms target. Read-only: also backs the projector view.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from kieskring.app.setup import load_setup
from kieskring.app.states import EntryState, in_progress_slot
from kieskring.app.users import Action, User, Users
from kieskring.storage import Store

_QUERY = """
SELECT s.station, s.state, s.has_errors, s.has_warnings, s.first_user, s.second_user,
       u1.username AS first_name, u2.username AS second_name,
       e1.sections_done AS done1, e2.sections_done AS done2, e1.sections_total AS total,
       x.station IS NOT NULL AS explained
FROM station_status AS s
LEFT JOIN users AS u1 ON u1.id = s.first_user
LEFT JOIN users AS u2 ON u2.id = s.second_user
LEFT JOIN entries AS e1 ON e1.station = s.station AND e1.slot = 1
LEFT JOIN entries AS e2 ON e2.station = s.station AND e2.slot = 2
LEFT JOIN explanations AS x ON x.station = s.station
"""


@dataclass(frozen=True)
class StationRow:
    """One line of the overview."""

    number: int
    name: str
    state: EntryState
    first_typist: str | None
    second_typist: str | None
    has_errors: bool
    has_warnings: bool
    explained: bool
    sections_done: int
    sections_total: int


@dataclass(frozen=True)
class StatusFilter:
    """Which rows to show; every condition given must hold. ``number`` searches by (the start of) the
    station number, as typed."""

    states: frozenset[EntryState] = frozenset()
    typist_id: int | None = None
    warnings_only: bool = False
    errors_only: bool = False
    number: str = ""


@dataclass(frozen=True)
class Overview:
    """Counts of all stations per state, the filtered rows, and progress (definitive / total)."""

    counts: Mapping[EntryState, int]
    rows: tuple[StationRow, ...]
    total: int

    @property
    def definitive(self) -> int:
        """Stations done."""
        return self.counts[EntryState.DEFINITIVE]

    @property
    def percent(self) -> int:
        """Progress in whole percent, rounded down (100 only when everything is definitive)."""
        return 100 * self.definitive // self.total if self.total else 0


def _matches(row: StationRow, ids: tuple[int | None, int | None], f: StatusFilter) -> bool:
    return (
        (not f.states or row.state in f.states)
        and (f.typist_id is None or f.typist_id in ids)
        and (not f.warnings_only or row.has_warnings)
        and (not f.errors_only or row.has_errors)
        and (not f.number or str(row.number).startswith(f.number.strip()))
    )


def overview(store: Store, users: Users, user: User, flt: StatusFilter | None = None) -> Overview:
    """The overview for a coordinator or administrator (or the projector view they open)."""
    users.require(user, Action.VIEW_STATUS)
    flt = flt or StatusFilter()
    setup = load_setup(store)
    found = {row["station"]: row for row in store.query(_QUERY)}
    counts: Counter[EntryState] = Counter()
    rows: list[StationRow] = []
    for station in setup.stations:
        data = found.get(station.number)
        state = EntryState(data["state"]) if data else EntryState.EMPTY
        counts[state] += 1
        slot = in_progress_slot(state)
        done = (data[f"done{slot}"] or 0) if data and slot else 0
        row = StationRow(
            number=station.number,
            name=station.name,
            state=state,
            first_typist=data["first_name"] if data else None,
            second_typist=data["second_name"] if data else None,
            has_errors=bool(data and data["has_errors"]),
            has_warnings=bool(data and data["has_warnings"]),
            explained=bool(data and data["explained"]),
            sections_done=done,
            sections_total=(data["total"] or 0) if data else 0,
        )
        ids = (data["first_user"], data["second_user"]) if data else (None, None)
        if _matches(row, ids, flt):
            rows.append(row)
    every = {state: counts.get(state, 0) for state in EntryState}
    return Overview(MappingProxyType(every), tuple(rows), len(setup.stations))
