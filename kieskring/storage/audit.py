"""Verify the audit chain and the rows it guards: :func:`audit_report` (and :func:`verify_audit`).

Detects (issue 5, "any later edit of the log or of a confirmed entry is detectable"):

* a log row edited, inserted or deleted in the middle — the chain ``hash = sha256(prev || payload)``
  breaks, or the sequence numbers have a gap;
* the last log row deleted — ``audit_head`` no longer names the last row, and rows written by it are
  no longer referenced;
* a guarded row (a vote, a user's role, a station's state …) edited — its ``row_hash`` no longer matches
  its content, or (when the attacker recomputed it) no longer matches the hash the log recorded;
* a guarded row inserted or deleted behind the app's back.

A chain rewritten from the first entry with recomputed hashes passes all of that: the hash chain is
public arithmetic. Two things bind it to something the database file does not hold (issue 12 D):

* the **key**: from schema version 2 on every entry carries ``HMAC-SHA256(key, hash)``
  (:mod:`kieskring.storage.auditkey`); with the key, the first rewritten entry is named. The MACs start
  at the entry of the migration to version 2; the entries before it are covered through the chain;
* the **head on paper**: an entry's number and hash printed on the Na 31-2 (``paper_head``): the log up
  to that entry is as it was when the PV was signed.

:attr:`AuditReport.complete` is true only when every entry is bound by one of the two; without either,
only the hash chain was checked and the report says so instead of "in orde".
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kieskring.errors import Problem
from kieskring.storage.auditkey import key_id, mac_matches
from kieskring.storage.canonical import GENESIS_HASH, chain_hash
from kieskring.storage.database import connect, record_key, row_hash
from kieskring.storage.schema import AUDIT_TRIGGERS, MAC_SINCE, MIGRATIONS, TRACKED, TRACKED_SINCE


@dataclass(frozen=True)
class AuditReport:
    """What verifying a database found, and how much of its log is bound to something outside it."""

    path: Path
    problems: tuple[Problem, ...]
    head_seq: int
    head_hash: str
    key_checked: bool
    """A key was given and the MACs were checked with it."""
    mac_from: int | None
    """The first entry that carries a MAC (the migration to schema version 2); ``None``: no MACs."""
    paper_seq: int = 0
    """The entry whose hash a paper head (e.g. the Na 31-2) confirmed; 0: none given."""

    @property
    def proven_through(self) -> int:
        """Entries 1 … this one cannot have been re-chained by someone holding only the file."""
        by_key = self.head_seq if self.key_checked and self.mac_from is not None else 0
        return max(by_key, self.paper_seq)

    @property
    def complete(self) -> bool:
        """No problem, and every entry bound by the key or by the paper head."""
        return not self.problems and self.head_seq > 0 and self.proven_through >= self.head_seq


@dataclass(frozen=True)
class ChainResult:
    """What replaying the log gives: the expected row hashes, the head, and the problems found."""

    expected: dict[str, str | None]
    head_seq: int
    head_hash: str
    problems: tuple[Problem, ...]
    migrations: dict[int, int]
    """Schema version → the entry that logged its migration."""
    mac_from: int | None
    paper_seq: int


def _problem(path: Path, place: str, code: str, nl: str, en: str) -> Problem:
    return Problem(code, nl, en, file=str(path), place=place)


class _MacCheck:
    """Checks every entry's MAC from the migration to version 2 on; remembers the first bad one."""

    def __init__(self, key: bytes | None) -> None:
        self.key = key
        self.since: int | None = None
        self.recorded_id: object = None
        self.missing: list[int] = []
        self.invalid: list[int] = []

    def see(
        self, seq: int, digest: str, mac: str | None, migration: int | None, details: object
    ) -> None:
        if migration == MAC_SINCE and self.since is None:
            self.since = seq
            self.recorded_id = details.get("audit_key_id") if isinstance(details, dict) else None
        if self.key is None or self.since is None:
            return
        if mac is None:
            self.missing.append(seq)
        elif not mac_matches(self.key, digest, mac):
            self.invalid.append(seq)

    def problems(self, path: Path) -> list[Problem]:
        out: list[Problem] = []
        if self.missing:
            first, count = self.missing[0], len(self.missing)
            out.append(
                _problem(
                    path,
                    f"audit_log seq {first}",
                    "AUDIT.MAC_MISSING",
                    f"MAC ontbreekt (vanaf deze regel, {count} regel(s)): de log is buiten de "
                    "applicatie herschreven",
                    f"MAC missing (from this entry on, {count} entr(y/ies)): the log was rewritten "
                    "outside the application",
                )
            )
        if self.invalid and self.key is not None:
            first, count = self.invalid[0], len(self.invalid)
            if first == self.since and self.recorded_id != key_id(self.key):
                out.append(
                    _problem(
                        path,
                        f"audit_log seq {first}",
                        "AUDIT.KEY_MISMATCH",
                        "deze auditsleutel hoort niet bij deze database (of de log is vanaf hier "
                        "vervangen)",
                        "this audit key does not belong to this database (or the log was replaced "
                        "from here on)",
                    )
                )
            else:
                out.append(
                    _problem(
                        path,
                        f"audit_log seq {first}",
                        "AUDIT.MAC_INVALID",
                        f"MAC klopt niet (vanaf deze regel, {count} regel(s)): de log is na deze "
                        "regel of vanaf deze regel opnieuw berekend",
                        f"MAC does not match (from this entry on, {count} entr(y/ies)): the log was "
                        "recomputed from this entry on",
                    )
                )
        return out


def _link_problems(
    path: Path,
    place: str,
    seq: int,
    seq_expected: int,
    prev: str,
    prev_hash: str,
    payload: str,
    digest: str,
) -> list[Problem]:
    problems: list[Problem] = []
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
    if chain_hash(prev_hash, payload) != digest:
        problems.append(
            _problem(
                path,
                place,
                "AUDIT.ENTRY_ALTERED",
                "hash van deze logregel klopt niet met de inhoud",
                "hash of this log entry does not match its content",
            )
        )
    return problems


def _replay(
    conn: sqlite3.Connection, path: Path, key: bytes | None, paper: tuple[int, str] | None
) -> ChainResult:
    """Walk the log in sequence order: every link, every MAC, and the recorded row hashes."""
    problems: list[Problem] = []
    expected: dict[str, str | None] = {}
    migrations: dict[int, int] = {}
    macs = _MacCheck(key)
    paper_seq = 0
    prev, seq_expected = GENESIS_HASH, 1
    has_mac = "mac" in {str(r[1]) for r in conn.execute("PRAGMA table_info(audit_log)")}
    rows = conn.execute(
        "SELECT seq, at, user_id, action, payload, prev_hash, hash, "
        + ("mac" if has_mac else "NULL")
        + " FROM audit_log ORDER BY seq"
    )
    for seq, at, user_id, action, payload, prev_hash, digest, mac in rows:
        place = f"audit_log seq {seq}"
        problems += _link_problems(
            path, place, seq, seq_expected, prev, str(prev_hash), str(payload), str(digest)
        )
        details, found = _check_payload(
            path, place, (seq, at, user_id, action), str(payload), expected
        )
        problems += found
        migration = _migration_version(action, details)
        if migration is not None:
            migrations.setdefault(migration, int(seq))
        macs.see(int(seq), str(digest), None if mac is None else str(mac), migration, details)
        if paper is not None and int(seq) == paper[0] and str(digest) == paper[1]:
            paper_seq = int(seq)
        prev, seq_expected = str(digest), int(seq) + 1
    problems += macs.problems(path)
    return ChainResult(
        expected, seq_expected - 1, prev, tuple(problems), migrations, macs.since, paper_seq
    )


def _migration_version(action: object, details: object) -> int | None:
    if action != "schema.migrate" or not isinstance(details, dict):
        return None
    version = details.get("version")
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def _check_payload(
    path: Path,
    place: str,
    columns: tuple[object, ...],
    payload: str,
    expected: dict[str, str | None],
) -> tuple[object, list[Problem]]:
    """The payload must parse and agree with the row's own columns; its records update ``expected``.

    Returns the entry's details (``None`` when unreadable) and the problems."""
    try:
        data = json.loads(payload)
        stated = (data["seq"], data["at"], data["user"], data["action"])
        records = dict(data["records"])
        details = data.get("details")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None, [
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
        return details, [
            _problem(
                path,
                place,
                "AUDIT.COLUMNS_ALTERED",
                "kolommen van de logregel wijken af van de vastgelegde inhoud",
                "log entry columns differ from its recorded payload",
            )
        ]
    return details, []


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
    conn: sqlite3.Connection, path: Path, expected: dict[str, str | None], version: int
) -> list[Problem]:
    """Compare every guarded row with its own hash and with the hash the log recorded for it
    (tables younger than the database's schema version are not there to compare)."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for table in (t for t in TRACKED if TRACKED_SINCE.get(t, 1) <= version):
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


def _schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0)


def _version_problems(
    conn: sqlite3.Connection, path: Path, version: int, chain: ChainResult
) -> list[Problem]:
    """The schema version must be one this code knows, logged by its migration entries, and match
    the tables (a version-2 database cannot pass for version 1 to shed its MACs)."""
    problems: list[Problem] = []
    if version > len(MIGRATIONS):
        problems.append(
            _problem(
                path,
                "schema_version",
                "STORAGE.SCHEMA_VERSION",
                f"schemaversie {version}; deze versie van Uitslag kent er {len(MIGRATIONS)}",
                f"schema version {version}; this Uitslag knows {len(MIGRATIONS)}",
            )
        )
    applied = sorted(int(r[0]) for r in conn.execute("SELECT version FROM schema_version"))
    has_mac = "mac" in {str(r[1]) for r in conn.execute("PRAGMA table_info(audit_log)")}
    if applied != sorted(chain.migrations) or has_mac != (version >= MAC_SINCE):
        problems.append(
            _problem(
                path,
                "schema_version",
                "AUDIT.SCHEMA_UNLOGGED",
                "schemaversies in de database kloppen niet met de auditlog of met de tabellen",
                "schema versions in the database do not match the audit log or the tables",
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


def _paper_problems(path: Path, chain: ChainResult, paper: tuple[int, str] | None) -> list[Problem]:
    if paper is None or chain.paper_seq:
        return []
    seq, digest = paper
    if seq > chain.head_seq:
        return [
            _problem(
                path,
                f"audit_log seq {seq}",
                "AUDIT.PAPER_HEAD_MISSING",
                f"regel {seq} van de papieren kop bestaat niet (meer): de log is ingekort",
                f"entry {seq} of the paper head does not exist (any more): the log was truncated",
            )
        ]
    return [
        _problem(
            path,
            f"audit_log seq {seq}",
            "AUDIT.PAPER_HEAD_MISMATCH",
            f"hash van regel {seq} wijkt af van de hash op papier ({digest[:16]}…): de log is "
            "herschreven",
            f"hash of entry {seq} differs from the hash on paper ({digest[:16]}…): the log was "
            "rewritten",
        )
    ]


def _not_found(path: Path, code: str, nl: str, en: str) -> AuditReport:
    return AuditReport(path, (_problem(path, "", code, nl, en),), 0, GENESIS_HASH, False, None)


def audit_report(
    db_path: Path | str, *, key: bytes | None = None, paper_head: tuple[int, str] | None = None
) -> AuditReport:
    """Verify the database at ``db_path``: structure, chain, MACs (with ``key``), the paper head
    (``(seq, lowercase hex hash)``) and the guarded rows."""
    path = Path(db_path)
    if not path.is_file():
        return _not_found(
            path, "STORAGE.NOT_FOUND", "databasebestand niet gevonden", "database file not found"
        )
    try:
        conn = connect(path, read_only=True)
    except Exception as err:
        return _not_found(
            path, "STORAGE.NOT_A_DATABASE", f"kan niet openen: {err}", f"cannot open: {err}"
        )
    try:
        problems = _structure_problems(conn, path)
        version = _schema_version(conn)
        chain = _replay(conn, path, key, paper_head)
        problems += _version_problems(conn, path, version, chain)
        problems += chain.problems
        problems += _paper_problems(path, chain, paper_head)
        problems += _head_problems(conn, path, chain)
        problems += _row_problems(conn, path, chain.expected, min(version, len(MIGRATIONS)))
        return AuditReport(
            path,
            tuple(problems),
            chain.head_seq,
            chain.head_hash,
            key is not None,
            chain.mac_from,
            chain.paper_seq,
        )
    except sqlite3.DatabaseError as err:
        return _not_found(
            path,
            "STORAGE.NOT_A_DATABASE",
            f"geen leesbare Uitslag-database: {err}",
            f"not a readable Uitslag database: {err}",
        )
    finally:
        conn.close()


def verify_audit(db_path: Path | str, *, key: bytes | None = None) -> list[Problem]:
    """Every problem with the database at ``db_path`` (empty: intact as far as checked — see
    :func:`audit_report` for whether the log is also bound to the key or a paper head)."""
    return list(audit_report(db_path, key=key).problems)


def audit_head(db_path: Path | str) -> tuple[int, str]:
    """The sequence number and hash of the last log entry — the value to keep outside the database."""
    conn = connect(Path(db_path), read_only=True)
    try:
        head = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        return (int(head[0]), str(head[1])) if head else (0, GENESIS_HASH)
    finally:
        conn.close()
