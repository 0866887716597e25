"""An attacker holding the database file (but not the installation's audit key).

:func:`rechain` changes a vote and then does everything a careful attacker can do with the file alone:
recomputes the row hashes, rewrites every audit entry that names the changed rows, recomputes the whole
hash chain from the first entry, moves the head and recreates the append-only triggers. Only the
project's public functions are used, as an attacker would. What it cannot do is compute the HMAC of a
rewritten entry: ``mac`` says what it leaves in the MAC column ("keep", "null" or a forged value made
with a key of its own).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from pathlib import Path

from kieskring.storage.canonical import GENESIS_HASH, canonical_json, chain_hash
from kieskring.storage.database import row_hash


def _change_rows(conn: sqlite3.Connection, old: str, new: str) -> dict[str, str]:
    """Replace ``old`` by ``new`` in the results and both entries; old row hash → new row hash."""
    changed: dict[str, str] = {}
    for table in ("results", "entries"):
        for row in [dict(r) for r in conn.execute(f"SELECT rowid AS rid, * FROM {table}")]:
            if old not in row["values_json"]:
                continue
            rid = row.pop("rid")
            row["values_json"] = row["values_json"].replace(old, new)
            digest = row_hash(table, row)
            changed[str(row["row_hash"])] = digest
            conn.execute(
                f"UPDATE {table} SET values_json = ?, row_hash = ? WHERE rowid = ?",
                (row["values_json"], digest, rid),
            )
    return changed


def rechain(
    path: Path, *, old: str = '"L1.1":30', new: str = '"L1.1":31', mac: str = "keep"
) -> int:
    """Tamper with ``path`` and re-chain its audit log; returns the first audit entry it rewrote."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    triggers = [
        str(r["sql"])
        for r in conn.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'audit_log'")
        if r["sql"] and str(r["sql"]).upper().startswith("CREATE TRIGGER")
    ]
    columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(audit_log)")}
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    changed = _change_rows(conn, old, new)
    assert changed, "nothing to tamper with"
    prev, first = GENESIS_HASH, 0
    for entry in [dict(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY seq")]:
        payload = json.loads(entry["payload"])
        records = payload["records"]
        for key, digest in records.items():
            if digest in changed:
                records[key] = changed[digest]
        text = canonical_json(payload)
        digest = chain_hash(prev, text)
        if digest != entry["hash"]:
            first = first or int(entry["seq"])
            sets = {"payload": text, "prev_hash": prev, "hash": digest}
            if "mac" in columns and mac != "keep":
                forged = hmac.new(b"attacker", digest.encode(), hashlib.sha256).hexdigest()
                sets["mac"] = None if mac == "null" else forged  # type: ignore[assignment]
            conn.execute(
                f"UPDATE audit_log SET {', '.join(f'{k} = ?' for k in sets)} WHERE seq = ?",
                (*sets.values(), entry["seq"]),
            )
        prev = digest
    conn.execute("UPDATE audit_head SET hash = ? WHERE id = 1", (prev,))
    for sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    return first
