"""Rows ↔ records of data entry: the only module that knows the SQL of the entry tables.

:class:`EntryRepository` reads stations' states, entries, results, explanations and the session state,
and writes them inside a confirmed action (:class:`~kieskring.storage.Tx`), so that every change is one
transaction with one audit entry (docs/app.md §2.7, "nothing lost").
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable

from kieskring.app.records import Entry, StationStatus
from kieskring.storage import Store, Tx
from kieskring.storage.canonical import canonical_json


class SessionState(enum.Enum):
    """Data entry for everyone: running, paused by the coordinator, or finished."""

    DATA_ENTRY = "data_entry"
    PAUSED = "paused"
    COMPLETED = "completed"


class EntryRepository:
    """The entry tables of one installation database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading -------------------------------------------------------------------------------

    def status(self, station: int) -> StationStatus:
        """The state of one station (empty when nothing was ever entered)."""
        rows = self.store.query("SELECT * FROM station_status WHERE station = ?", (station,))
        return StationStatus.from_row(rows[0] if rows else None, station)

    def entries(self, station: int) -> dict[int, Entry]:
        """The stored entries of a station by slot (1, 2)."""
        rows = self.store.query("SELECT * FROM entries WHERE station = ?", (station,))
        return {row["slot"]: Entry.from_row(row) for row in rows}

    def result(self, station: int) -> dict[str, int] | None:
        """The definitive values of a station, if it is definitive."""
        rows = self.store.query("SELECT values_json FROM results WHERE station = ?", (station,))
        return dict(json.loads(rows[0]["values_json"])) if rows else None

    def all_results(self) -> dict[int, tuple[dict[str, int], tuple[str, ...], str]]:
        """Every definitive result: values, warnings and explanation, by station."""
        rows = self.store.query(
            "SELECT r.station, r.values_json, r.warnings_json, coalesce(x.text, '') AS text"
            " FROM results AS r LEFT JOIN explanations AS x ON x.station = r.station"
            " ORDER BY r.station"
        )
        return {
            int(r["station"]): (
                dict(json.loads(r["values_json"])),
                tuple(json.loads(r["warnings_json"])),
                str(r["text"]),
            )
            for r in rows
        }

    def all_entries(self) -> list[Entry]:
        """Every stored entry, by station and slot."""
        rows = self.store.query("SELECT * FROM entries ORDER BY station, slot")
        return [Entry.from_row(row) for row in rows]

    def explanation(self, station: int) -> str:
        """The coordinator's explanation for a station ('' when none)."""
        rows = self.store.query("SELECT text FROM explanations WHERE station = ?", (station,))
        return str(rows[0]["text"]) if rows else ""

    def session_state(self) -> SessionState:
        """Whether data entry is running, paused or completed."""
        rows = self.store.query("SELECT state FROM session_state WHERE id = 1")
        return SessionState(rows[0]["state"]) if rows else SessionState.DATA_ENTRY

    def definitive_count(self) -> int:
        """How many stations are definitive."""
        rows = self.store.query(
            "SELECT count(*) AS n FROM station_status WHERE state = 'definitive'"
        )
        return int(rows[0]["n"])

    def authors(self, station: int) -> list[tuple[int, str, str]]:
        """``(slot, username, full name)`` of the typists of a station's stored entries."""
        rows = self.store.query(
            "SELECT e.slot, u.username, u.fullname FROM entries AS e JOIN users AS u "
            "ON u.id = e.user_id WHERE e.station = ? ORDER BY e.slot",
            (station,),
        )
        return [(int(r["slot"]), str(r["username"]), str(r["fullname"])) for r in rows]

    def held_by(self, user_id: int) -> list[int]:
        """The stations whose unfinished entry ``user_id`` holds, by number."""
        rows = self.store.query(
            "SELECT station FROM entries WHERE user_id = ? AND finalised = 0 ORDER BY station",
            (user_id,),
        )
        return [int(r["station"]) for r in rows]

    # -- writing (inside a confirmed action) ---------------------------------------------------

    def put_status(self, tx: Tx, status: StationStatus, counts: tuple[int, int], at: str) -> None:
        """The station's state and its numbers of errors and warnings."""
        status.put(tx, at)
        tx.put(
            "station_findings",
            {"station": status.station, "errors": counts[0], "warnings": counts[1]},
        )

    def put_entry(self, tx: Tx, entry: Entry, sections_total: int) -> None:
        """Write one entry (insert or replace)."""
        entry.put(tx, sections_total)

    def delete_entries(self, tx: Tx, station: int, slots: Iterable[int]) -> None:
        """Remove entries of a station."""
        for slot in slots:
            tx.delete("entries", {"station": station, "slot": slot})

    def put_result(self, tx: Tx, station: int, values: dict[str, int], warnings: list[str]) -> None:
        """The definitive values of a station, with the warnings they carry (for the PV)."""
        tx.put(
            "results",
            {
                "station": station,
                "values_json": canonical_json(values),
                "warnings_json": canonical_json(warnings),
                "decided": "equal",
            },
        )

    def delete_result(self, tx: Tx, station: int) -> None:
        """Remove a station's definitive result (reopening)."""
        tx.delete("results", {"station": station})

    def put_explanation(self, tx: Tx, station: int, text: str, user_id: int, at: str) -> None:
        """The explanation of a station's warnings ('' removes it)."""
        if text:
            tx.put(
                "explanations",
                {"station": station, "text": text, "user_id": user_id, "at": at},
            )
        else:
            tx.delete("explanations", {"station": station})

    def put_session_state(self, tx: Tx, state: SessionState) -> None:
        """Data entry running, paused or completed for everyone."""
        tx.put("session_state", {"id": 1, "state": state.value})
