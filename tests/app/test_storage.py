"""Storage: pragmas, migrations, one transaction per confirmed action, tamper detection, backup/restore."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kieskring.errors import Problem, UserError
from kieskring.storage import Store, backup_to, restore_from, verify_audit, verify_backup
from kieskring.storage.schema import MIGRATIONS


def codes(problems: list[Problem]) -> set[str]:
    return {p.code for p in problems}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "verkiezing.sqlite")
    with s.confirm("test.put", None) as tx:
        tx.put("session_state", {"id": 1, "state": "data_entry"})
    return s


def test_pragmas_and_schema_version(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.version == len(MIGRATIONS)
    tables = store.query("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    for row in tables:
        if row["name"] != "sqlite_sequence":
            assert "STRICT" in row["sql"], row["name"]


def test_reopening_does_not_migrate_twice(store: Store) -> None:
    store.close()
    with Store(store.path) as again:
        assert again.query("SELECT count(*) AS n FROM schema_version")[0]["n"] == len(MIGRATIONS)
    assert verify_audit(store.path) == []


def test_newer_schema_is_refused(store: Store) -> None:
    store.conn.execute("INSERT INTO schema_version VALUES (999)")
    store.close()
    with pytest.raises(UserError) as err:
        Store(store.path)
    assert err.value.problems[0].code == "STORAGE.SCHEMA_TOO_NEW"


def test_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError):
        Store(junk)
    assert codes(verify_audit(junk)) == {"STORAGE.NOT_A_DATABASE"}
    assert codes(verify_audit(tmp_path / "absent.sqlite")) == {"STORAGE.NOT_FOUND"}


def test_failed_action_leaves_nothing(store: Store) -> None:
    before = store.query("SELECT count(*) AS n FROM audit_log")[0]["n"]

    def failing() -> None:
        with store.confirm("test.fail", None) as tx:
            tx.put("session_state", {"id": 1, "state": "paused"})
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        failing()
    assert store.query("SELECT state FROM session_state")[0]["state"] == "data_entry"
    assert store.query("SELECT count(*) AS n FROM audit_log")[0]["n"] == before
    assert verify_audit(store.path) == []


def test_log_is_append_only_by_trigger(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE audit_log SET action = 'x'")


def raw(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_row_edit_detected(store: Store) -> None:
    raw(store.path, "UPDATE session_state SET state = 'completed'")
    assert codes(verify_audit(store.path)) == {"AUDIT.ROW_ALTERED"}


def test_row_edit_with_recomputed_hash_detected(store: Store) -> None:
    from kieskring.storage.database import row_hash

    digest = row_hash("session_state", {"id": 1, "state": "completed"})
    raw(store.path, f"UPDATE session_state SET state = 'completed', row_hash = '{digest}'")
    assert codes(verify_audit(store.path)) == {"AUDIT.ROW_MISMATCH"}


def test_row_delete_and_insert_detected(store: Store) -> None:
    raw(store.path, "DELETE FROM session_state")
    assert codes(verify_audit(store.path)) == {"AUDIT.ROW_MISSING"}

    from kieskring.storage.database import row_hash

    row: dict[str, int | str | None] = {"station": 1, "text": "x", "user_id": 1, "at": "now"}
    digest = row_hash("explanations", row)
    raw(store.path, f"INSERT INTO explanations VALUES (1, 'x', 1, 'now', '{digest}')")
    assert codes(verify_audit(store.path)) == {"AUDIT.ROW_MISSING", "AUDIT.ROW_UNLOGGED"}


def test_log_edit_detected(store: Store) -> None:
    raw(
        store.path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET payload = replace(payload, 'test.put', 'test.xxx')"
        " WHERE action = 'test.put'",
    )
    found = codes(verify_audit(store.path))
    assert {"AUDIT.ENTRY_ALTERED", "AUDIT.TRIGGER_MISSING"} <= found


def test_log_middle_delete_detected(store: Store) -> None:
    with store.confirm("test.more", None) as tx:
        tx.put("session_state", {"id": 1, "state": "paused"})
    raw(store.path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 2")
    assert {"AUDIT.GAP", "AUDIT.CHAIN_BROKEN"} <= codes(verify_audit(store.path))


def test_log_tail_delete_detected(store: Store) -> None:
    raw(
        store.path,
        "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
    )
    assert "AUDIT.HEAD_MISMATCH" in codes(verify_audit(store.path))


def test_backup_and_restore(store: Store, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    report = backup_to(store, usb)
    assert report.path.is_file()
    assert verify_backup(report.path) == []
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [report.path.name, report.path.name + ".sha256"]
    )
    with store.confirm("test.later", None) as tx:
        tx.put("session_state", {"id": 1, "state": "completed"})
    store.close()
    restore_from(report.path, store.path)
    with Store(store.path) as back:
        assert back.query("SELECT state FROM session_state")[0]["state"] == "data_entry"
        actions = [r["action"] for r in back.query("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-1] == "backup.restore"
    assert verify_audit(store.path) == []


def test_corrupt_backup_is_refused(store: Store, tmp_path: Path) -> None:
    report = backup_to(store, tmp_path)
    data = bytearray(report.path.read_bytes())
    data[-10] ^= 0xFF
    report.path.write_bytes(bytes(data))
    assert codes(verify_backup(report.path)) == {"BACKUP.CHECKSUM"}
    with pytest.raises(UserError):
        restore_from(report.path, tmp_path / "new.sqlite")


def test_backup_folder_must_exist(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        backup_to(store, tmp_path / "nope")
    assert err.value.problems[0].code == "BACKUP.FOLDER"


def test_workstation_is_recorded_in_every_entry_while_set(store: Store) -> None:
    from kieskring.storage.context import workstation

    token = workstation.set("balie-3")
    try:
        with store.confirm("test.here", None) as tx:
            tx.put("session_state", {"id": 1, "state": "paused"})
    finally:
        workstation.reset(token)
    with store.confirm("test.there", None):
        pass
    rows = store.query("SELECT action, payload FROM audit_log ORDER BY seq DESC LIMIT 2")
    payloads = {r["action"]: json.loads(r["payload"]) for r in rows}
    assert payloads["test.here"]["workstation"] == "balie-3"
    assert "workstation" not in payloads["test.there"]
    assert verify_audit(store.path) == []
    raw(
        store.path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET payload = replace(payload, 'balie-3', 'balie-4')",
    )
    assert "AUDIT.ENTRY_ALTERED" in codes(verify_audit(store.path))


def test_workstation_is_per_context(store: Store) -> None:
    import contextvars
    import threading

    from kieskring.storage.context import workstation

    seen: dict[str, str | None] = {}

    def work(name: str) -> None:
        workstation.set(name)
        seen[name] = workstation.get()

    threads = [
        threading.Thread(target=contextvars.copy_context().run, args=(work, f"pc-{n}"))
        for n in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {f"pc-{n}": f"pc-{n}" for n in range(3)}
    assert workstation.get() is None


def test_a_disk_error_in_a_confirmed_save_is_coded_and_changes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kieskring.storage import database

    before = store.query("SELECT seq, hash FROM audit_head")[0]
    real = database.append_audit

    def full(*args: object, **kwargs: object) -> str:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "append_audit", full)
    with pytest.raises(UserError) as err, store.confirm("test.full", None) as tx:
        tx.put("session_state", {"id": 1, "state": "paused"})
    problem = err.value.problems[0]
    assert problem.code == "STORAGE.WRITE" and problem.file == str(store.path)
    assert "schijf" in problem.message_nl and "disk" in problem.message_en
    monkeypatch.undo()
    assert tuple(store.query("SELECT seq, hash FROM audit_head")[0]) == tuple(before)
    assert store.query("SELECT state FROM session_state")[0]["state"] == "data_entry"
    assert verify_audit(store.path) == []
