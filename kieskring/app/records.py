"""Rows of the data-entry tables as frozen values, and their conversion to and from storage.

Kept apart from :mod:`kieskring.app.entry` so that the status overview and the totals read the same
shapes. Every list or mapping is stored as canonical JSON, so the row hash is stable.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from kieskring.app.states import EntryState
from kieskring.storage import Tx
from kieskring.storage.canonical import canonical_json


@dataclass(frozen=True)
class Entry:
    """One typist's entry (slot 1 = first, 2 = second) of one station."""

    station: int
    slot: int
    user_id: int
    values: Mapping[str, int | None]
    sections: frozenset[str]
    acks: frozenset[str]
    pending: frozenset[str]
    finalised: bool

    @classmethod
    def empty(cls, station: int, slot: int, user_id: int) -> Entry:
        """A new entry with nothing typed yet."""
        return cls(
            station,
            slot,
            user_id,
            MappingProxyType({}),
            frozenset(),
            frozenset(),
            frozenset(),
            False,
        )

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Entry:
        """From an ``entries`` row."""
        return cls(
            station=row["station"],
            slot=row["slot"],
            user_id=row["user_id"],
            values=MappingProxyType(json.loads(row["values_json"])),
            sections=frozenset(json.loads(row["sections_json"])),
            acks=frozenset(json.loads(row["acks_json"])),
            pending=frozenset(json.loads(row["pending_json"])),
            finalised=bool(row["finalised"]),
        )

    def put(self, tx: Tx, sections_total: int) -> None:
        """Write this entry (insert or replace) in the confirmed action ``tx``."""
        tx.put(
            "entries",
            {
                "station": self.station,
                "slot": self.slot,
                "user_id": self.user_id,
                "values_json": canonical_json(dict(self.values)),
                "sections_json": canonical_json(sorted(self.sections)),
                "acks_json": canonical_json(sorted(self.acks)),
                "pending_json": canonical_json(sorted(self.pending)),
                "finalised": int(self.finalised),
                "sections_done": len(self.sections),
                "sections_total": sections_total,
            },
        )


@dataclass(frozen=True)
class StationStatus:
    """Where one station's data entry stands, and who did what."""

    station: int
    state: EntryState
    first_user: int | None = None
    second_user: int | None = None
    resolved_by: int | None = None
    has_errors: bool = False
    has_warnings: bool = False

    @classmethod
    def from_row(cls, row: sqlite3.Row | None, station: int) -> StationStatus:
        """From a ``station_status`` row; a station without one is empty."""
        if row is None:
            return cls(station, EntryState.EMPTY)
        return cls(
            station=row["station"],
            state=EntryState(row["state"]),
            first_user=row["first_user"],
            second_user=row["second_user"],
            resolved_by=row["resolved_by"],
            has_errors=bool(row["has_errors"]),
            has_warnings=bool(row["has_warnings"]),
        )

    def put(self, tx: Tx, at: str) -> None:
        """Write this status in the confirmed action ``tx``."""
        tx.put(
            "station_status",
            {
                "station": self.station,
                "state": self.state.value,
                "first_user": self.first_user,
                "second_user": self.second_user,
                "resolved_by": self.resolved_by,
                "has_errors": int(self.has_errors),
                "has_warnings": int(self.has_warnings),
                "updated_at": at,
            },
        )
