"""Restore at service level: the administrator only, the backup checked before anything is replaced."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kieskring.app.backup import check_backup, make_backup, restore_backup
from kieskring.app.entry import DataEntry
from kieskring.app.users import User, Users
from kieskring.errors import UserError
from kieskring.storage import Store, audit_head, audit_report, restore_from

from .support import good_paper, type_paper


def _backup(store: Store, users: Users, coordinator: User, tmp_path: Path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir()
    return make_backup(store, users, coordinator, usb).path


def test_check_describes_the_backup_for_the_administrator_only(
    entry: DataEntry, store: Store, users: Users, admin: User, coordinator: User, tmp_path: Path
) -> None:
    backup = _backup(store, users, coordinator, tmp_path)
    with pytest.raises(UserError) as refused:
        check_backup(users, coordinator, backup)
    assert refused.value.problems[0].code.startswith("USERS.")
    check = check_backup(users, admin, backup)
    assert (check.audit_entries, check.audit_hash) == audit_head(backup)
    assert check.last_change.startswith(store.clock().strftime("%Y-"))
    assert len(check.sha256) == 64


def test_a_damaged_backup_leaves_the_open_database_untouched(
    entry: DataEntry,
    store: Store,
    users: Users,
    admin: User,
    coordinator: User,
    typist1: User,
    tmp_path: Path,
) -> None:
    backup = _backup(store, users, coordinator, tmp_path)
    type_paper(entry, typist1, 1, good_paper())
    data = bytearray(backup.read_bytes())
    data[100] ^= 0x01
    backup.write_bytes(bytes(data))
    with pytest.raises(UserError) as damaged:
        restore_backup(store, users, admin, backup)
    assert damaged.value.problems[0].code == "BACKUP.CHECKSUM"
    assert entry.status(1).state.value == "first_entry_in_progress"  # the store is still open
    with pytest.raises(UserError):
        restore_backup(store, users, coordinator, backup)
    assert entry.status(1).state.value == "first_entry_in_progress"


def test_restore_records_the_head_of_the_database_it_replaced(
    entry: DataEntry,
    store: Store,
    users: Users,
    admin: User,
    coordinator: User,
    typist1: User,
    tmp_path: Path,
) -> None:
    backup = _backup(store, users, coordinator, tmp_path)
    type_paper(entry, typist1, 1, good_paper())
    conn = sqlite3.connect(store.path)
    replaced = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    reopened = restore_backup(store, users, admin, backup)
    row = reopened.query("SELECT action, payload FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert row["action"] == "backup.restore"
    details = json.loads(row["payload"])["details"]
    assert details["replaced"] == {"seq": replaced[0], "hash": replaced[1]}
    assert details["file"] == backup.name
    assert audit_report(reopened.path, key=reopened.audit_key).complete
    reopened.close()


def test_restore_over_an_unreadable_database_says_so(
    store: Store, users: Users, admin: User, coordinator: User, tmp_path: Path
) -> None:
    backup = _backup(store, users, coordinator, tmp_path)
    path = store.path
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"kapot" * 1000)
    restore_from(backup, path, user_id=admin.id)
    with Store(path) as back:
        payload = back.query("SELECT payload FROM audit_log ORDER BY seq DESC LIMIT 1")[0][0]
    assert json.loads(payload)["details"]["replaced"] == {
        "seq": None,
        "hash": None,
        "reason": "onleesbaar",
    }
