"""Verify the audit chain and the rows it guards: ``verify_audit(db_path) -> list[Problem]``.

Detects (issue 5, "any later edit of the log or of a confirmed entry is detectable"):

* a log row edited, inserted or deleted in the middle — the chain ``hash = sha256(prev || payload)``
  breaks, or the sequence numbers have a gap;
* the last log row deleted — ``audit_head`` no longer names the last row, and rows written by it are
  no longer referenced;
* a guarded row (a vote, a user's role, a station's state …) edited — its ``row_hash`` no longer matches
  its content, or (when the attacker recomputed it) no longer matches the hash the log recorded;
* a guarded row inserted or deleted behind the app's back.

A chain rewritten from the first entry with recomputed hashes can only be caught by comparing the head
hash with a copy kept elsewhere (printed by ``uitslag audit verify``; it belongs on the PV or in a note).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kieskring.errors import Problem
from kieskring.storage.canonical import GENESIS_HASH, chain_hash
from kieskring.storage.database import connect, record_key, row_hash
from kieskring.storage.schema import AUDIT_TRIGGERS, MIGRATIONS, TRACKED


@dataclass(frozen=True)
class ChainResult:
    """What replaying the log gives: the expected row hashes, the head, and the problems found."""

    expected: dict[str, str | None]
    head_seq: int
    head_hash: str
    problems: tuple[Problem, ...]


def _problem(path: Path, place: str, code: str, nl: str, en: str) -> Problem:
    return Problem(code, nl, en, file=str(path), place=place)


def _replay(conn: sqlite3.Connection, path: Path) -> ChainResult:
    """Walk the log in sequence order, checking every link and collecting the recorded row hashes."""
    problems: list[Problem] = []
    expected: dict[str, str | None] = {}
    prev, seq_expected = GENESIS_HASH, 1
    rows = conn.execute(
        "SELECT seq, at, user_id, action, payload, prev_hash, hash FROM audit_log ORDER BY seq"
    )
    for seq, at, user_id, action, payload, prev_hash, digest in rows:
        place = f"audit_log seq {seq}"
        if seq != seq_expected:
            problems.append(
                _problem(
                    path,
                    place,
                    "AUDIT.GAP",
                    f"logregel(s) {seq_expected}–{seq - 1} ontbreken",
                    f"log entries {seq_expected}–{seq - 1} are missing",
                )
            )
        if prev_hash != prev:
            problems.append(
                _problem(
                    path,
                    place,
                    "AUDIT.CHAIN_BROKEN",
                    "vorige-hash klopt niet: de log is gewijzigd",
                    "previous hash does not match: the log was changed",
                )
            )
        if chain_hash(str(prev_hash), str(payload)) != digest:
            problems.append(
                _problem(
                    path,
                    place,
                    "AUDIT.ENTRY_ALTERED",
                    "hash van deze logregel klopt niet met de inhoud",
                    "hash of this log entry does not match its content",
                )
            )
        problems.extend(
            _check_payload(path, place, (seq, at, user_id, action), str(payload), expected)
        )
        prev, seq_expected = str(digest), int(seq) + 1
    return ChainResult(expected, seq_expected - 1, prev, tuple(problems))


def _check_payload(
    path: Path,
    place: str,
    columns: tuple[object, ...],
    payload: str,
    expected: dict[str, str | None],
) -> list[Problem]:
    """The payload must parse and agree with the row's own columns; its records update ``expected``."""
    try:
        data = json.loads(payload)
        stated = (data["seq"], data["at"], data["user"], data["action"])
        records = dict(data["records"])
    except (ValueError, KeyError, TypeError):
        return [
            _problem(
                path,
                place,
                "AUDIT.PAYLOAD_INVALID",
                "inhoud van de logregel is onleesbaar",
                "log entry payload cannot be read",
            )
        ]
    expected.update(records)
    if stated != columns:
        return [
            _problem(
                path,
                place,
                "AUDIT.COLUMNS_ALTERED",
                "kolommen van de logregel wijken af van de vastgelegde inhoud",
                "log entry columns differ from its recorded payload",
            )
        ]
    return []


def _head_problems(conn: sqlite3.Connection, path: Path, chain: ChainResult) -> list[Problem]:
    head = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    if head is None and chain.head_seq == 0:
        return []
    if head is None or (int(head[0]), str(head[1])) != (chain.head_seq, chain.head_hash):
        return [
            _problem(
                path,
                "audit_head",
                "AUDIT.HEAD_MISMATCH",
                "laatste logregel ontbreekt of is vervangen",
                "the last log entry is missing or was replaced",
            )
        ]
    return []


def _table_rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, int | str | None]]:
    cursor = conn.execute(f"SELECT * FROM {table}")
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _row_problems(
    conn: sqlite3.Connection, path: Path, expected: dict[str, str | None]
) -> list[Problem]:
    """Compare every guarded row with its own hash and with the hash the log recorded for it."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for table in TRACKED:
        for row in _table_rows(conn, table):
            key = record_key(table, row)
            seen.add(key)
            if row_hash(table, row) != row["row_hash"]:
                problems.append(
                    _problem(
                        path,
                        key,
                        "AUDIT.ROW_ALTERED",
                        "rij is gewijzigd buiten de applicatie om",
                        "row was changed outside the application",
                    )
                )
            elif expected.get(key) is None:
                problems.append(
                    _problem(
                        path,
                        key,
                        "AUDIT.ROW_UNLOGGED",
                        "rij staat niet in de auditlog (buiten de applicatie toegevoegd)",
                        "row is not in the audit log (added outside the application)",
                    )
                )
            elif expected[key] != row["row_hash"]:
                problems.append(
                    _problem(
                        path,
                        key,
                        "AUDIT.ROW_MISMATCH",
                        "rij wijkt af van wat de auditlog vastlegde",
                        "row differs from what the audit log recorded",
                    )
                )
    for key, digest in sorted(expected.items()):
        if digest is not None and key not in seen:
            problems.append(
                _problem(
                    path,
                    key,
                    "AUDIT.ROW_MISSING",
                    "rij ontbreekt maar de auditlog zegt dat zij bestaat",
                    "row is missing but the audit log says it exists",
                )
            )
    return problems


def _structure_problems(conn: sqlite3.Connection, path: Path) -> list[Problem]:
    integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    problems = [
        _problem(
            path,
            "integrity_check",
            "STORAGE.INTEGRITY",
            f"database beschadigd: {line}",
            f"database damaged: {line}",
        )
        for line in integrity
        if line != "ok"
    ]
    version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    if version != len(MIGRATIONS):
        problems.append(
            _problem(
                path,
                "schema_version",
                "STORAGE.SCHEMA_VERSION",
                f"schemaversie {version}, verwacht {len(MIGRATIONS)}",
                f"schema version {version}, expected {len(MIGRATIONS)}",
            )
        )
    triggers = {
        str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    problems.extend(
        _problem(
            path,
            name,
            "AUDIT.TRIGGER_MISSING",
            "beveiliging van de auditlog is verwijderd",
            "audit log protection trigger was removed",
        )
        for name in AUDIT_TRIGGERS
        if name not in triggers
    )
    return problems


def verify_audit(db_path: Path | str) -> list[Problem]:
    """Every problem with the database at ``db_path``: structure, audit chain and guarded rows (empty: intact)."""
    path = Path(db_path)
    if not path.is_file():
        return [
            _problem(
                path,
                "",
                "STORAGE.NOT_FOUND",
                "databasebestand niet gevonden",
                "database file not found",
            )
        ]
    try:
        conn = connect(path, read_only=True)
    except Exception as err:
        return [
            _problem(
                path, "", "STORAGE.NOT_A_DATABASE", f"kan niet openen: {err}", f"cannot open: {err}"
            )
        ]
    try:
        problems = _structure_problems(conn, path)
        chain = _replay(conn, path)
        problems.extend(chain.problems)
        problems.extend(_head_problems(conn, path, chain))
        problems.extend(_row_problems(conn, path, chain.expected))
        return problems
    except sqlite3.DatabaseError as err:
        return [
            _problem(
                path,
                "",
                "STORAGE.NOT_A_DATABASE",
                f"geen leesbare Uitslag-database: {err}",
                f"not a readable Uitslag database: {err}",
            )
        ]
    finally:
        conn.close()


def audit_head(db_path: Path | str) -> tuple[int, str]:
    """The sequence number and hash of the last log entry — the value to keep outside the database."""
    conn = connect(Path(db_path), read_only=True)
    try:
        head = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        return (int(head[0]), str(head[1])) if head else (0, GENESIS_HASH)
    finally:
        conn.close()
