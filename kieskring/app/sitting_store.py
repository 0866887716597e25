"""Rows ↔ records of the sittings (docs/sittings.md): the only module that knows the SQL of the
tables ``sittings``, ``sitting_results``, ``sitting_entries``, ``sitting_outputs``,
``investigations`` and ``signal_notes``. Writes happen inside a confirmed action
(:meth:`kieskring.storage.Store.confirm`), so each is one transaction with one audit entry.

The first sitting has no row until the second starts: a database without sittings is in sitting 1.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from kieskring.app.records import Entry
from kieskring.storage import Store, Tx
from kieskring.storage.canonical import canonical_json


class Origin(enum.Enum):
    """Who asked for an investigation: the central stembureau (CSB), or the GSB itself."""

    CSB = "csb"
    GSB = "gsb"


@dataclass(frozen=True)
class SittingRecord:
    """One sitting: when it started (and from which audit entry on), and when it was closed."""

    number: int
    started_at: str
    started_by: int | None
    started_seq: int
    closed_at: str | None = None


@dataclass(frozen=True)
class InvestigationRecord:
    """An investigation of one station in one sitting; concluded once, with or without new results."""

    sitting: int
    station: int
    origin: Origin
    reason: str
    assignment: str
    added: bool
    """The station was missing and was added in this sitting (its previous counts are 0)."""
    signal: str
    """The plausibility signal it was opened from ('' when none)."""
    opened_at: str
    opened_by: int
    findings: str | None = None
    new_results: bool | None = None
    concluded_at: str | None = None
    concluded_by: int | None = None

    @property
    def concluded(self) -> bool:
        """Whether the coordinator has recorded the findings."""
        return self.new_results is not None


@dataclass(frozen=True)
class KeptFile:
    """An output file as handed out in a sitting (issue 1, 2 … when made again), kept as given."""

    sitting: int
    issue: int
    name: str
    kind: str
    what_nl: str
    what_en: str
    fingerprint: str
    content: bytes
    made_at: str
    made_by: int


@dataclass(frozen=True)
class ArchivedResult:
    """A station's definitive values, warnings and explanation at the close of a sitting."""

    sitting: int
    station: int
    values: Mapping[str, int]
    warnings: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class ArchivedEntry:
    """One typist's entry of a station as it was at the close of a sitting."""

    sitting: int
    station: int
    slot: int
    user_id: int
    values: Mapping[str, int | None]
    sections: tuple[str, ...]
    finalised: bool


@dataclass(frozen=True)
class SignalNote:
    """The coordinator's note on a plausibility signal (why it is fine), printed on the PV."""

    sitting: int
    key: str
    station: int
    signal_text: str
    text: str
    user_id: int
    at: str


@dataclass(frozen=True)
class AuditLine:
    """One audit entry about a station."""

    seq: int
    at: str
    user_id: int | None
    action: str
    details: Mapping[str, Any]


def _investigation(row: Any) -> InvestigationRecord:
    return InvestigationRecord(
        sitting=row["sitting"],
        station=row["station"],
        origin=Origin(row["origin"]),
        reason=row["reason"],
        assignment=row["assignment"],
        added=bool(row["added"]),
        signal=row["signal"],
        opened_at=row["opened_at"],
        opened_by=row["opened_by"],
        findings=row["findings"],
        new_results=None if row["new_results"] is None else bool(row["new_results"]),
        concluded_at=row["concluded_at"],
        concluded_by=row["concluded_by"],
    )


def _kept(row: Any) -> KeptFile:
    return KeptFile(
        row["sitting"],
        row["issue"],
        row["name"],
        row["kind"],
        row["what_nl"],
        row["what_en"],
        row["fingerprint"],
        base64.b64decode(row["content_b64"]),
        row["made_at"],
        row["made_by"],
    )


class SittingRepository:
    """The sitting tables of one installation database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading -------------------------------------------------------------------------------

    def current(self) -> int:
        """The number of the sitting now held (1 until a follow-up sitting starts)."""
        rows = self.store.query("SELECT max(number) AS n FROM sittings")
        return int(rows[0]["n"] or 1)

    def sittings(self) -> tuple[SittingRecord, ...]:
        """Every sitting, the first included (from the first audit entry when it has no row)."""
        rows = self.store.query("SELECT * FROM sittings ORDER BY number")
        found = tuple(
            SittingRecord(
                r["number"], r["started_at"], r["started_by"], r["started_seq"], r["closed_at"]
            )
            for r in rows
        )
        if found:
            return found
        first = self.store.query("SELECT at FROM audit_log ORDER BY seq LIMIT 1")
        return (SittingRecord(1, str(first[0]["at"]) if first else "", None, 1),)

    def outputs_made(self, sitting: int) -> bool:
        """Whether output files were handed out in ``sitting``."""
        rows = self.store.query(
            "SELECT 1 FROM sitting_outputs WHERE sitting = ? LIMIT 1", (sitting,)
        )
        return bool(rows)

    def next_issue(self, sitting: int) -> int:
        """The number the next making of outputs in ``sitting`` gets."""
        rows = self.store.query(
            "SELECT max(issue) AS n FROM sitting_outputs WHERE sitting = ?", (sitting,)
        )
        return int(rows[0]["n"] or 0) + 1

    def kept_files(self, sitting: int) -> tuple[KeptFile, ...]:
        """The files of the last making of outputs in ``sitting`` (empty: none made)."""
        issue = self.next_issue(sitting) - 1
        rows = self.store.query(
            "SELECT * FROM sitting_outputs WHERE sitting = ? AND issue = ? ORDER BY rowid",
            (sitting, issue),
        )
        return tuple(_kept(r) for r in rows)

    def investigation(self, sitting: int, station: int) -> InvestigationRecord | None:
        """The investigation of ``station`` in ``sitting``, if any."""
        rows = self.store.query(
            "SELECT * FROM investigations WHERE sitting = ? AND station = ?", (sitting, station)
        )
        return _investigation(rows[0]) if rows else None

    def investigations(self, sitting: int | None = None) -> tuple[InvestigationRecord, ...]:
        """The investigations of ``sitting`` (all sittings when ``None``), by sitting and station."""
        if sitting is None:
            rows = self.store.query("SELECT * FROM investigations ORDER BY sitting, station")
        else:
            rows = self.store.query(
                "SELECT * FROM investigations WHERE sitting = ? ORDER BY station", (sitting,)
            )
        return tuple(_investigation(r) for r in rows)

    def archived_results(self, sitting: int) -> dict[int, ArchivedResult]:
        """Every station's result as ``sitting`` left it, by station."""
        rows = self.store.query("SELECT * FROM sitting_results WHERE sitting = ?", (sitting,))
        return {
            r["station"]: ArchivedResult(
                r["sitting"],
                r["station"],
                MappingProxyType(json.loads(r["values_json"])),
                tuple(json.loads(r["warnings_json"])),
                r["explanation"],
            )
            for r in rows
        }

    def archived_result(self, sitting: int, station: int) -> ArchivedResult | None:
        """One station's result as ``sitting`` left it."""
        rows = self.store.query(
            "SELECT * FROM sitting_results WHERE sitting = ? AND station = ?", (sitting, station)
        )
        if not rows:
            return None
        r = rows[0]
        return ArchivedResult(
            r["sitting"],
            r["station"],
            MappingProxyType(json.loads(r["values_json"])),
            tuple(json.loads(r["warnings_json"])),
            r["explanation"],
        )

    def archived_entries(self, sitting: int, station: int) -> tuple[ArchivedEntry, ...]:
        """A station's entries as ``sitting`` left them, by slot."""
        rows = self.store.query(
            "SELECT * FROM sitting_entries WHERE sitting = ? AND station = ? ORDER BY slot",
            (sitting, station),
        )
        return tuple(
            ArchivedEntry(
                r["sitting"],
                r["station"],
                r["slot"],
                r["user_id"],
                MappingProxyType(json.loads(r["values_json"])),
                tuple(json.loads(r["sections_json"])),
                bool(r["finalised"]),
            )
            for r in rows
        )

    def notes(self, sitting: int) -> dict[str, SignalNote]:
        """The coordinator's notes on signals in ``sitting``, by signal key."""
        rows = self.store.query("SELECT * FROM signal_notes WHERE sitting = ?", (sitting,))
        return {
            r["key"]: SignalNote(
                r["sitting"],
                r["key"],
                r["station"],
                r["signal_text"],
                r["text"],
                r["user_id"],
                r["at"],
            )
            for r in rows
        }

    def audit_lines(self, station: int) -> tuple[AuditLine, ...]:
        """Every audit entry whose details name ``station``, in order."""
        rows = self.store.query(
            "SELECT seq, at, user_id, action, payload FROM audit_log"
            " WHERE json_extract(payload, '$.details.station') = ? ORDER BY seq",
            (station,),
        )
        return tuple(
            AuditLine(
                r["seq"], r["at"], r["user_id"], r["action"], json.loads(r["payload"])["details"]
            )
            for r in rows
        )

    def next_seq(self) -> int:
        """The sequence number the next audit entry gets (read inside the writing transaction)."""
        rows = self.store.query("SELECT seq FROM audit_head WHERE id = 1")
        return int(rows[0]["seq"]) + 1 if rows else 1

    # -- writing (inside a confirmed action) ---------------------------------------------------

    def put_sitting(self, tx: Tx, record: SittingRecord) -> None:
        """Write a sitting's row (insert, or its closing)."""
        tx.put(
            "sittings",
            {
                "number": record.number,
                "started_at": record.started_at,
                "started_by": record.started_by,
                "started_seq": record.started_seq,
                "closed_at": record.closed_at,
            },
        )

    def archive(
        self, tx: Tx, sitting: int, results: Sequence[ArchivedResult], entries: Sequence[Entry]
    ) -> None:
        """Keep ``sitting``'s results and entries as they are now (written once, never changed)."""
        for r in results:
            tx.put(
                "sitting_results",
                {
                    "sitting": sitting,
                    "station": r.station,
                    "values_json": canonical_json(dict(r.values)),
                    "warnings_json": canonical_json(list(r.warnings)),
                    "explanation": r.explanation,
                },
            )
        for e in entries:
            tx.put(
                "sitting_entries",
                {
                    "sitting": sitting,
                    "station": e.station,
                    "slot": e.slot,
                    "user_id": e.user_id,
                    "values_json": canonical_json(dict(e.values)),
                    "sections_json": canonical_json(sorted(e.sections)),
                    "acks_json": canonical_json(sorted(e.acks)),
                    "pending_json": canonical_json(sorted(e.pending)),
                    "finalised": int(e.finalised),
                },
            )

    def put_investigation(self, tx: Tx, record: InvestigationRecord) -> None:
        """Write an investigation (opened, or concluded)."""
        tx.put(
            "investigations",
            {
                "sitting": record.sitting,
                "station": record.station,
                "origin": record.origin.value,
                "reason": record.reason,
                "assignment": record.assignment,
                "added": int(record.added),
                "signal": record.signal,
                "opened_at": record.opened_at,
                "opened_by": record.opened_by,
                "findings": record.findings,
                "new_results": None if record.new_results is None else int(record.new_results),
                "concluded_at": record.concluded_at,
                "concluded_by": record.concluded_by,
            },
        )

    def put_note(self, tx: Tx, note: SignalNote) -> None:
        """Write a note on a signal ('' text removes it)."""
        if not note.text:
            tx.delete("signal_notes", {"sitting": note.sitting, "key": note.key})
            return
        tx.put(
            "signal_notes",
            {
                "sitting": note.sitting,
                "key": note.key,
                "station": note.station,
                "signal_text": note.signal_text,
                "text": note.text,
                "user_id": note.user_id,
                "at": note.at,
            },
        )

    def put_file(self, tx: Tx, kept: KeptFile) -> None:
        """Keep one output file as it was handed out."""
        tx.put(
            "sitting_outputs",
            {
                "sitting": kept.sitting,
                "issue": kept.issue,
                "name": kept.name,
                "kind": kept.kind,
                "what_nl": kept.what_nl,
                "what_en": kept.what_en,
                "fingerprint": kept.fingerprint,
                "sha256": hashlib.sha256(kept.content).hexdigest(),
                "content_b64": base64.b64encode(kept.content).decode("ascii"),
                "made_at": kept.made_at,
                "made_by": kept.made_by,
            },
        )
