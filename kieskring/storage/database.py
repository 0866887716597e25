"""The installation database: one SQLite file, WAL, ``synchronous=FULL``, foreign keys, STRICT tables.

Every confirmed action of a user runs in :meth:`Store.confirm`: one ``BEGIN IMMEDIATE`` transaction that
writes the changed rows (each with its ``row_hash``) and appends exactly one hash-chained audit entry that
names those row hashes. Either all of it is on disk or none of it is (issue 5: "each confirmed section
committed in a transaction"); with ``synchronous=FULL`` a commit survives a crash or power cut.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kieskring.errors import Problem, UserError
from kieskring.storage.auditkey import default_key_path, entry_mac, installation_key, key_id
from kieskring.storage.canonical import GENESIS_HASH, canonical_json, chain_hash, sha256_hex
from kieskring.storage.context import in_transaction, workstation
from kieskring.storage.files import is_disk_error, write_error
from kieskring.storage.schema import MAC_SINCE, MIGRATIONS, TRACKED

Clock = Callable[[], datetime]
Scalar = int | str | None


def utc_now() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


def storage_error(code: str, nl: str, en: str, path: Path | str = "") -> UserError:
    """A :class:`UserError` about the database file."""
    return UserError((Problem(code, nl, en, file=str(path)),))


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open ``path`` in autocommit mode (transactions are explicit) with the pragmas of this project."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as err:
        conn.close()
        raise storage_error(
            "STORAGE.NOT_A_DATABASE",
            f"dit bestand is geen Uitslag-database ({err})",
            f"this file is not an Uitslag database ({err})",
            path,
        ) from err
    return conn


def row_hash(table: str, row: Mapping[str, Scalar]) -> str:
    """SHA-256 over the canonical JSON of a tracked row (all columns except ``row_hash``)."""
    content = {key: value for key, value in row.items() if key != "row_hash"}
    return sha256_hex(canonical_json({"table": table, "row": content}))


def record_key(table: str, row: Mapping[str, Scalar]) -> str:
    """The audit log's name for a row: ``table:key1[:key2]``."""
    return ":".join([table, *(str(row[column]) for column in TRACKED[table])])


def schema_version(conn: sqlite3.Connection) -> int:
    """The applied schema version (0 for a new, empty file)."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT")
    found = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    return int(found or 0)


def append_audit(
    conn: sqlite3.Connection,
    *,
    at: datetime,
    user_id: int | None,
    action: str,
    details: Mapping[str, Any],
    records: Mapping[str, str | None],
    key: bytes | None = None,
) -> str:
    """Append one chained entry inside the caller's transaction; returns its hash.

    ``hash = sha256(prev_hash || canonical_json(payload))`` where the payload holds the sequence number,
    time, user, action, details, the new ``row_hash`` of every changed row (``None``: deleted) and,
    while :data:`~kieskring.storage.context.workstation` is set, the workstation. With ``key`` (from
    schema version 2 on, always) the entry's ``mac`` is HMAC-SHA256 over its hash with the
    installation's key (:mod:`kieskring.storage.auditkey`).
    """
    head = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    seq, prev = (int(head[0]) + 1, str(head[1])) if head else (1, GENESIS_HASH)
    payload: dict[str, Any] = {
        "seq": seq,
        "at": at.isoformat(),
        "user": user_id,
        "action": action,
        "details": dict(details),
        "records": dict(records),
    }
    station = workstation.get()
    if station is not None:
        payload["workstation"] = station
    text = canonical_json(payload)
    digest = chain_hash(prev, text)
    if key is None:
        conn.execute(
            "INSERT INTO audit_log (seq, at, user_id, action, payload, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, payload["at"], user_id, action, text, prev, digest),
        )
    else:
        conn.execute(
            "INSERT INTO audit_log (seq, at, user_id, action, payload, prev_hash, hash, mac)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, payload["at"], user_id, action, text, prev, digest, entry_mac(key, digest)),
        )
    conn.execute(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        (seq, digest),
    )
    return digest


def migrate(conn: sqlite3.Connection, at: datetime, key: bytes) -> int:
    """Apply the missing migrations, each in its own transaction with an audit entry; returns the version.

    The entry of migration :data:`~kieskring.storage.schema.MAC_SINCE` is the first with a MAC; it
    records the key's public id (:func:`~kieskring.storage.auditkey.key_id`)."""
    current = schema_version(conn)
    if current > len(MIGRATIONS):
        raise storage_error(
            "STORAGE.SCHEMA_TOO_NEW",
            f"database heeft schemaversie {current}; deze versie van Uitslag kent er {len(MIGRATIONS)}",
            f"database has schema version {current}; this Uitslag knows {len(MIGRATIONS)}",
        )
    for version in range(current + 1, len(MIGRATIONS) + 1):
        try:
            conn.executescript("BEGIN IMMEDIATE;\n" + MIGRATIONS[version - 1])
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            details: dict[str, Any] = {"version": version}
            if version == MAC_SINCE:
                details["audit_key_id"] = key_id(key)
            append_audit(
                conn,
                at=at,
                user_id=None,
                action="schema.migrate",
                details=details,
                records={},
                key=key if version >= MAC_SINCE else None,
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)


class Tx:
    """The writes of one confirmed action; collects the row hashes for its audit entry."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.records: dict[str, str | None] = {}
        self.details: dict[str, Any] = {}

    def put(self, table: str, row: Mapping[str, Scalar]) -> str:
        """Insert or update one tracked row (every column but ``row_hash`` given); returns its hash."""
        if table not in TRACKED:
            raise ValueError(f"{table} is not a tracked table")
        for value in row.values():
            if isinstance(value, bool | float) or not isinstance(value, int | str | None):
                raise TypeError(f"{table}: only int, str and None are stored, not {value!r}")
        digest = row_hash(table, row)
        columns = [*row.keys(), "row_hash"]
        keys = TRACKED[table]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
        self.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            f" ON CONFLICT({', '.join(keys)}) DO UPDATE SET {updates}",
            (*row.values(), digest),
        )
        self.records[record_key(table, row)] = digest
        return digest

    def delete(self, table: str, key: Mapping[str, Scalar]) -> None:
        """Delete one tracked row by its key columns (recorded as ``None`` in the audit entry)."""
        keys = TRACKED[table]
        where = " AND ".join(f"{c} = ?" for c in keys)
        cursor = self.conn.execute(f"DELETE FROM {table} WHERE {where}", [key[c] for c in keys])
        if cursor.rowcount:
            self.records[record_key(table, key)] = None


def _check_key_id(conn: sqlite3.Connection, key: bytes, key_path: Path) -> None:
    """Refuse a key that is not the one the log's MACs started with (another installation's key
    would sign new entries that no longer verify with the right one)."""
    for (payload,) in conn.execute(
        "SELECT payload FROM audit_log WHERE action = 'schema.migrate' ORDER BY seq"
    ):
        details = json.loads(payload).get("details", {})
        if details.get("version") == MAC_SINCE:
            if details.get("audit_key_id") != key_id(key):
                raise storage_error(
                    "STORAGE.AUDIT_KEY_MISMATCH",
                    f"auditsleutel {key_path} hoort niet bij deze database; zet de sleutel van "
                    "deze installatie terug",
                    f"audit key {key_path} does not belong to this database; put this "
                    "installation's key back",
                    key_path,
                )
            return


def disk_error(path: Path, err: BaseException) -> UserError:
    """A coded problem for the database file when the device fails during a confirmed action."""
    return write_error("STORAGE.WRITE", path, err)


class Store:
    """One open installation database (create it, migrate it, run confirmed actions in it).

    ``audit_key``: the installation's key file (default ``<database>.auditkey``). It is created with a
    new database (or on the upgrade of a version-1 one); a database that already has MACs is not
    opened without it (``STORAGE.AUDIT_KEY_MISSING``) — a fresh key would make its log unverifiable.
    """

    def __init__(
        self, path: Path, *, clock: Clock = utc_now, audit_key: Path | None = None
    ) -> None:
        self.path = Path(path)
        self.clock = clock
        self.audit_key_path = audit_key or default_key_path(self.path)
        self.conn = connect(self.path)
        try:
            current = schema_version(self.conn)
            self.audit_key = installation_key(
                self.audit_key_path, self.path, may_create=current < MAC_SINCE
            )
            if current >= MAC_SINCE:
                _check_key_id(self.conn, self.audit_key, self.audit_key_path)
            self.version = migrate(self.conn, clock(), self.audit_key)
        except sqlite3.Error as err:
            self.conn.close()
            if is_disk_error(err):
                raise disk_error(self.path, err) from err
            raise
        except BaseException:
            self.conn.close()
            raise

    def close(self) -> None:
        """Close the connection (everything confirmed is already committed)."""
        self.conn.close()

    def is_open(self) -> bool:
        """Whether the connection can still be used (a restore closes it)."""
        try:
            self.conn.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            return False
        return True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Run a read-only query; rows support access by column name."""
        cursor = self.conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return list(cursor.fetchall())

    @contextmanager
    def confirm(
        self, action: str, user_id: int | None, details: Mapping[str, Any] | None = None
    ) -> Iterator[Tx]:
        """One confirmed action: a transaction with its writes and one audit entry, or nothing at all.

        A full disk or an I/O error rolls everything back and becomes ``STORAGE.WRITE`` naming the
        database (issue 12 E)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            if is_disk_error(err):
                raise disk_error(self.path, err) from err
            raise
        tx = Tx(self.conn)
        tx.details.update(details or {})
        try:
            yield tx
            also = in_transaction.get()
            if also is not None:
                also(self.conn)
            append_audit(
                self.conn,
                at=self.clock(),
                user_id=user_id,
                action=action,
                details=tx.details,
                records=tx.records,
                key=self.audit_key,
            )
            self.conn.execute("COMMIT")
        except BaseException as err:
            self._rollback()
            if isinstance(err, sqlite3.Error) and is_disk_error(err):
                raise disk_error(self.path, err) from err
            raise

    def _rollback(self) -> None:
        """Undo the open transaction (SQLite may already have rolled back after an I/O error)."""
        if self.conn.in_transaction:
            with suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
