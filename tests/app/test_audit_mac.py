"""The audit log bound to a key the database does not hold (issue 12 D, "make it count").

Before the key, anyone with the database file could change a vote, recompute the row hashes, re-chain the
whole log and recreate the triggers: ``uitslag audit verify`` then said "in orde". These tests make that
attack (:mod:`tests.app.attack`) and expect it to be caught with the key, and expect an honest "only the
hash chain was checked" without it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kieskring.app.entry import DataEntry
from kieskring.app.users import User
from kieskring.cli import main
from kieskring.errors import UserError
from kieskring.storage import Store, audit_report, backup_to, restore_from, verify_audit
from kieskring.storage.canonical import GENESIS_HASH, canonical_json, chain_hash
from kieskring.storage.database import row_hash
from kieskring.storage.schema import MIGRATIONS

from .attack import rechain
from .support import good_paper, type_paper


@pytest.fixture
def definitive(entry: DataEntry, store: Store, typist1: User, typist2: User) -> Path:
    for typist in (typist1, typist2):
        type_paper(entry, typist, 1, good_paper())
        entry.finalise(typist, 1)
    return store.path


def key_file(db: Path) -> Path:
    return db.with_name(db.name + ".auditkey")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["audit", "verify", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def last_entry(db: Path) -> tuple[int, str]:
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    return int(row[0]), str(row[1])


def test_key_is_created_with_the_database_outside_it(store: Store) -> None:
    path = key_file(store.path)
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="ascii").strip()
    assert len(text) == 64 and int(text, 16) >= 0
    assert text not in store.path.read_bytes().hex() + store.path.read_bytes().decode("latin-1")


def test_intact_database_with_key_is_in_order(
    definitive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, str(definitive))
    assert code == 0, out
    seq, digest = last_entry(definitive)
    assert "in orde" in out and str(seq) in out and digest in out
    assert "MAC" in out


@pytest.mark.parametrize(
    ("mac", "expected"),
    [("keep", "AUDIT.MAC_INVALID"), ("null", "AUDIT.MAC_MISSING"), ("forged", "AUDIT.MAC_INVALID")],
)
def test_rechained_log_is_caught_with_the_key(
    definitive: Path, capsys: pytest.CaptureFixture[str], mac: str, expected: str
) -> None:
    first = rechain(definitive, mac=mac)
    assert first > 1
    code, out = run(capsys, str(definitive))
    assert code == 1, out
    assert expected in out
    assert f"audit_log seq {first}:" in out, out
    assert "in orde" not in out


def test_rechained_log_without_the_key_is_not_called_in_order(
    definitive: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rechain(definitive)
    key_file(definitive).rename(tmp_path / "elders.auditkey")
    code, out = run(capsys, str(definitive))
    assert code == 1
    assert "in orde" not in out
    assert "ONVOLLEDIG" in out and "alleen de hash-keten" in out
    code, out = run(capsys, str(definitive), "--audit-key", str(tmp_path / "elders.auditkey"))
    assert code == 1 and "AUDIT.MAC_INVALID" in out


def test_without_key_only_the_chain_is_checked(
    definitive: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    moved = tmp_path / "usb.auditkey"
    key_file(definitive).rename(moved)
    code, out = run(capsys, str(definitive))
    assert code == 1 and "ONVOLLEDIG" in out and "in orde" not in out
    code, out = run(capsys, str(definitive), "--english")
    assert code == 1 and "INCOMPLETE" in out and "only the hash chain" in out
    code, out = run(capsys, str(definitive), "--audit-key", str(moved))
    assert code == 0 and "in orde" in out
    report = audit_report(definitive)
    assert report.problems == () and not report.key_checked and not report.complete


def test_another_installations_key_is_named_as_such(
    definitive: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Store(tmp_path / "ander.sqlite"):
        pass
    code, out = run(
        capsys, str(definitive), "--audit-key", str(key_file(tmp_path / "ander.sqlite"))
    )
    assert code == 1 and "AUDIT.KEY_MISMATCH" in out


def test_missing_key_file_given_is_a_problem_not_a_traceback(
    definitive: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out = run(capsys, str(definitive), "--audit-key", str(tmp_path / "geen"))
    assert code == 1 and "STORAGE.AUDIT_KEY" in out and "Traceback" not in out
    (tmp_path / "kapot").write_text("geen sleutel\n", encoding="ascii")
    code, out = run(capsys, str(definitive), "--audit-key", str(tmp_path / "kapot"))
    assert code == 1 and "STORAGE.AUDIT_KEY_INVALID" in out


def test_store_refuses_to_write_without_its_key(definitive: Path, tmp_path: Path) -> None:
    key_file(definitive).rename(tmp_path / "weg")
    with pytest.raises(UserError) as err:
        Store(definitive)
    assert err.value.problems[0].code == "STORAGE.AUDIT_KEY_MISSING"
    assert str(key_file(definitive)) in err.value.problems[0].message_nl
    assert not key_file(definitive).exists(), "no new key may replace the installation's"


def test_store_refuses_another_installations_key(definitive: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "ander.sqlite"):
        pass
    key_file(definitive).write_bytes(key_file(tmp_path / "ander.sqlite").read_bytes())
    with pytest.raises(UserError) as err:
        Store(definitive)
    assert err.value.problems[0].code == "STORAGE.AUDIT_KEY_MISMATCH"


def test_paper_head_proves_the_log_up_to_it_without_the_key(
    definitive: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seq, digest = last_entry(definitive)
    key_file(definitive).rename(tmp_path / "weg")
    grouped = " ".join(digest[i : i + 4].upper() for i in range(0, 64, 4))
    code, out = run(capsys, str(definitive), "--head", f"{seq}:{grouped}")
    assert code == 0 and "in orde" in out, out
    code, out = run(capsys, str(definitive), "--head", f"{seq + 1}:{digest}")
    assert code == 1 and "AUDIT.PAPER_HEAD_MISSING" in out
    rechain(definitive)
    code, out = run(capsys, str(definitive), "--head", f"{seq}:{digest}")
    assert code == 1 and "AUDIT.PAPER_HEAD_MISMATCH" in out
    with pytest.raises(SystemExit) as usage:
        run(capsys, str(definitive), "--head", "twaalf")
    assert usage.value.code == 2


def _v1_database(path: Path) -> None:
    """A database as Uitslag wrote it before schema version 2 (built here by hand, not by the code)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(MIGRATIONS[0])
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL) STRICT")
    conn.execute("INSERT INTO schema_version VALUES (1)")
    state = {"id": 1, "state": "data_entry"}
    digest = row_hash("session_state", state)
    conn.execute("INSERT INTO session_state VALUES (1, 'data_entry', ?)", (digest,))
    prev = GENESIS_HASH
    for seq, (action, details, records) in enumerate(
        [
            ("schema.migrate", {"version": 1}, {}),
            ("session.state", {}, {"session_state:1": digest}),
        ],
        start=1,
    ):
        at = f"2026-03-18T2{seq}:00:00+00:00"
        text = canonical_json(
            {"seq": seq, "at": at, "user": None, "action": action, "details": details,
             "records": records}
        )  # fmt: skip
        new = chain_hash(prev, text)
        conn.execute(
            "INSERT INTO audit_log VALUES (?, ?, NULL, ?, ?, ?, ?)",
            (seq, at, action, text, prev, new),
        )
        prev = new
    conn.execute("INSERT INTO audit_head VALUES (1, 2, ?)", (prev,))
    conn.close()


def test_v1_database_keeps_verifying_and_says_where_macs_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "oud.sqlite"
    _v1_database(db)
    assert verify_audit(db) == []
    code, out = run(capsys, str(db))
    assert code == 1 and "ONVOLLEDIG" in out
    with Store(db) as store:  # the upgrade: key created, migration 2 is the first entry with a MAC
        assert store.version == len(MIGRATIONS)
    assert key_file(db).is_file()
    code, out = run(capsys, str(db))
    assert code == 0, out
    assert "vanaf regel 3" in out
    report = audit_report(db, key=bytes.fromhex(key_file(db).read_text(encoding="ascii")))
    assert (report.mac_from, report.complete) == (3, True)
    conn = sqlite3.connect(db)  # the v1 part is covered too: change it and re-chain
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET at = '2026-03-18T20:30:00+00:00' WHERE seq = 1")
    conn.commit()
    conn.close()
    code, out = run(capsys, str(db))
    assert code == 1 and "AUDIT." in out


def test_a_v2_database_dressed_as_v1_is_not_in_order(
    definitive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rechain(definitive, mac="null")
    conn = sqlite3.connect(definitive)
    conn.execute("DELETE FROM schema_version WHERE version > 1")
    conn.commit()
    conn.close()
    code, out = run(capsys, str(definitive))
    assert code == 1 and "in orde" not in out


def test_backup_restore_verify_with_the_installation_key(
    definitive: Path, store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    report = backup_to(store, usb)
    assert sorted(p.name for p in usb.iterdir()) == [report.path.name, report.path.name + ".sha256"]
    code, out = run(capsys, str(report.path))
    assert code == 1 and "ONVOLLEDIG" in out  # the key is not on the stick
    code, out = run(capsys, str(report.path), "--audit-key", str(key_file(definitive)))
    assert code == 0, out
    store.close()
    restore_from(report.path, definitive)
    code, out = run(capsys, str(definitive))
    assert code == 0, out


def test_a_rechained_backup_is_not_restored(definitive: Path, store: Store, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    report = backup_to(store, usb)
    store.close()
    rechain(report.path)
    digest = __import__("hashlib").sha256(report.path.read_bytes()).hexdigest()
    report.path.with_name(report.path.name + ".sha256").write_text(f"{digest}  x\n", "utf-8")
    before = definitive.read_bytes()
    with pytest.raises(UserError) as err:
        restore_from(report.path, definitive)
    assert "AUDIT.MAC_INVALID" in {p.code for p in err.value.problems}
    assert definitive.read_bytes() == before


def test_restore_on_a_machine_without_the_key_is_refused(
    definitive: Path, store: Store, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    report = backup_to(store, usb)
    elsewhere = tmp_path / "nieuw" / "verkiezing.sqlite"
    elsewhere.parent.mkdir()
    with pytest.raises(UserError) as err:
        restore_from(report.path, elsewhere)
    assert err.value.problems[0].code == "STORAGE.AUDIT_KEY_MISSING"
    assert not elsewhere.exists()
    key_file(elsewhere).write_bytes(key_file(definitive).read_bytes())
    os.chmod(key_file(elsewhere), 0o600)
    restore_from(report.path, elsewhere)
    assert audit_report(elsewhere, key=bytes.fromhex(key_file(elsewhere).read_text())).complete


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_rewritten_entry_is_named_by_its_mac(
    definitive: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Rewrite the details of any one entry and re-chain everything after it: the first bad MAC is
    exactly that entry."""
    folder = tmp_path_factory.mktemp("kopie")
    copy = folder / "db.sqlite"
    source = sqlite3.connect(definitive)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    key = bytes.fromhex(key_file(definitive).read_text(encoding="ascii"))
    last, _ = last_entry(copy)
    victim = data.draw(st.integers(min_value=1, max_value=last), label="entry")
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_no_update")
    rows = conn.execute("SELECT seq, payload FROM audit_log ORDER BY seq").fetchall()
    prev = GENESIS_HASH
    for seq, payload in rows:
        if seq == victim and '"details":{}' in payload:
            payload = payload.replace('"details":{}', '"details":{"x":1}', 1)
        elif seq == victim:
            payload = payload.replace('"details":{', '"details":{"x":1,', 1)
        digest = chain_hash(prev, payload)
        conn.execute(
            "UPDATE audit_log SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (payload, prev, digest, seq),
        )
        prev = digest
    conn.execute("UPDATE audit_head SET hash = ? WHERE id = 1", (prev,))
    conn.close()
    report = audit_report(copy, key=key)
    bad = [p for p in report.problems if p.code in {"AUDIT.MAC_INVALID", "AUDIT.KEY_MISMATCH"}]
    assert bad and not report.complete
    assert bad[0].place == f"audit_log seq {max(victim, report.mac_from or 0)}"
