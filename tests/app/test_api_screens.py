"""The calls the coordinator's and the administrator's screens added to the interface (issue 13):
short state labels (tiles, table badges) and a reason for every unavailable session action, every
output file with its fingerprint and the audit log's head on the Na 31-2, the publication CSV, the
stations table before data entry, and backups made, copied, checked (what a backup holds) and
restored (every session ends)."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from kieskring.app.api import AppApi, EntryState, Role, SessionState, StationSetup, open_local
from kieskring.app.api.admin import BackupFile
from kieskring.app.api.files import read_backup, save_backup, save_outputs
from kieskring.cli import main as uitslag
from kieskring.errors import UserError

from .support import PASSWORD, cheap_hasher
from .test_api import KEY_PASSPHRASE, Clock, papers, set_up, type_all


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--out", str(folder)]) == 0
    return folder


@pytest.fixture
def api(tmp_path: Path, election: Path) -> Iterator[AppApi]:
    found = open_local(
        tmp_path / "gsb.sqlite", workstation="tafel-1", hasher=cheap_hasher(), clock=Clock()
    )
    set_up(found, election)
    yield found
    found.close()


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def grouped_sha256(data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def test_tiles_have_short_labels_and_every_disabled_action_says_why(api: AppApi) -> None:
    api.login("carla", PASSWORD)
    board = api.dashboard()
    assert [t.state.key for t in board.tiles] == list(EntryState)
    short = {t.state.key: t.state.short.nl for t in board.tiles}
    assert short[EntryState.FIRST_ENTRY_FINALISED] == "Wacht op 2e"
    assert all(len(t.state.short.nl) <= 16 and len(t.state.short.en) <= 16 for t in board.tiles)
    actions = {a.key: a for a in board.actions}
    assert [a.key for a in board.actions] == ["pause", "resume", "finish", "outputs"]
    assert actions["pause"].enabled and not actions["finish"].enabled
    assert actions["finish"].reason is not None and "0 van 3" in actions["finish"].reason.nl
    assert all(a.enabled or a.reason is not None for a in board.actions)
    api.set_session_state(SessionState.PAUSED)
    actions = {a.key: a for a in api.dashboard().actions}
    assert actions["resume"].enabled and not actions["pause"].enabled
    assert all(a.enabled or a.reason is not None for a in actions.values())


def evening(api: AppApi, election: Path) -> None:
    """Both typists type every station alike; the coordinator finishes the session."""
    wanted = papers(election)
    for typist in ("anna", "ben"):
        api.login(typist, PASSWORD)
        for station, paper in wanted.items():
            type_all(api, station, paper)
            api.finish_entry(station)
        api.logout()
    api.login("carla", PASSWORD)
    api.set_session_state(SessionState.COMPLETED)


@pytest.mark.usefixtures("installed_schemas")
def test_every_output_file_has_its_fingerprint_and_the_pv_the_audit_head(
    api: AppApi, election: Path, tmp_path: Path
) -> None:
    evening(api, election)
    board = {a.key: a for a in api.dashboard().actions}
    assert board["outputs"].enabled and not board["finish"].enabled
    outputs = api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    names = [f.name for f in outputs.files]
    assert [n.rsplit(".", 1)[-1] for n in names] == ["xml", "sig", "pdf", "csv"]
    for item in outputs.files[1:]:  # not EML: the SHA-256 of the bytes, as 16 groups
        assert item.fingerprint == grouped_sha256(item.content)
    assert outputs.files[0].fingerprint == outputs.eml_fingerprint
    conn = sqlite3.connect(tmp_path / "gsb.sqlite")
    rows = conn.execute("SELECT seq, hash, action FROM audit_log ORDER BY seq DESC LIMIT 2")
    (last_seq, _, last_action), (seq, digest, _) = rows.fetchall()
    conn.close()
    # the head printed on the Na 31-2 is the log as the PV was made; keeping the files handed out
    # (one audit entry) comes right after it
    assert (outputs.audit_seq, outputs.audit_hash) == (seq, digest)
    assert (last_seq, last_action) == (seq + 1, "outputs.keep")
    pdf = next(f.content for f in outputs.files if f.name.endswith(".pdf"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert " ".join(digest[i : i + 4].upper() for i in range(0, 64, 4)) in text
    usb = tmp_path / "usb"
    saved = save_outputs(usb, outputs.files)
    assert sorted(p.name for p in usb.iterdir()) == sorted(names)
    candidates = next(election.glob("Kandidatenlijsten_*"))
    (usb / candidates.name).write_bytes(candidates.read_bytes())
    assert uitslag(["verify", str(usb)]) == 0
    eml = next(p for p in saved if p.name.endswith(".eml.xml"))
    made = tmp_path / "cli.csv"  # the CLI's CSV of the same 510b, in another process
    subprocess.run(
        [sys.executable, "-m", "kieskring.cli", "csv", str(eml), "--candidates", str(candidates),
         "--out", str(made)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert (usb / names[3]).read_bytes() == made.read_bytes()


def test_stations_change_before_data_entry_only(api: AppApi) -> None:
    api.login("beheer", PASSWORD)
    listed = api.station_list()
    assert listed.editable and listed.reason is None and len(listed.stations) == 3
    first, *rest = listed.stations
    changed = (
        replace(first, name="  Gemeentehuis (hal)  "),
        *rest[1:],
        StationSetup(40, "Bibliotheek", 900),
    )
    saved = api.save_stations(changed)
    assert [(s.number, s.name) for s in saved.stations] == [
        (first.number, "Gemeentehuis (hal)"),
        (rest[1].number, rest[1].name),
        (40, "Bibliotheek"),
    ]
    info = api.welcome().election
    assert info is not None and info.stations == 3
    with pytest.raises(UserError) as err:
        api.save_stations((*changed, StationSetup(40, "Dubbel")))
    assert code(err) == "SETUP.STATIONS"
    with pytest.raises(UserError) as err:
        api.save_stations((StationSetup(7, " "),))
    assert code(err) == "SETUP.STATION_NAME" and err.value.problems[0].place == "SB7"
    api.logout()
    api.login("anna", PASSWORD)
    api.open_entry(40)
    api.logout()
    api.login("beheer", PASSWORD)
    listed = api.station_list()
    assert not listed.editable and listed.reason is not None
    assert "begonnen" in listed.reason.nl and "started" in listed.reason.en
    with pytest.raises(UserError) as err:
        api.save_stations(listed.stations[:1])
    assert code(err) == "SETUP.ENTRY_STARTED"
    api.logout()
    api.login("carla", PASSWORD)
    with pytest.raises(UserError) as err:  # the coordinator does not change the election
        api.station_list()
    assert code(err) == "USERS.NOT_PERMITTED"


def test_backups_made_copied_checked_and_restored(
    api: AppApi, election: Path, tmp_path: Path
) -> None:
    api.login("carla", PASSWORD)
    made = api.make_backup()  # the coordinator backs up during the evening
    assert api.backups()[0] == made
    copy = api.download_backup(made.name)
    assert hashlib.sha256(copy.content).hexdigest() == copy.sha256 == made.sha256
    stick = tmp_path / "stick"
    kept = save_backup(stick, copy)
    assert (stick / f"{made.name}.sha256").read_text().split()[0] == made.sha256
    for forbidden in (lambda: api.inspect_backup(made.name), lambda: api.restore_backup(made.name)):
        with pytest.raises(UserError) as err:
            forbidden()
        assert code(err) == "USERS.NOT_PERMITTED"
    api.logout()

    api.login("beheer", PASSWORD)
    api.add_user("dirk", "Dirk", Role.INVOERDER, PASSWORD, PASSWORD)  # after the backup
    with pytest.raises(UserError) as err:
        api.inspect_backup("../gsb.sqlite")
    assert code(err) == "BACKUP.NAME"
    forged = BackupFile("elders.sqlite", copy.content + b"x", copy.sha256)
    with pytest.raises(UserError) as err:
        api.upload_backup(forged)
    assert code(err) == "BACKUP.CHECKSUM"
    uploaded = api.upload_backup(replace(read_backup(kept), name="van-de-stick.sqlite"))
    info = api.inspect_backup(uploaded.name)
    assert info.sha256 == made.sha256 and info.audit_entries > 0
    assert (info.election, info.stations, info.definitive, info.accounts) == (
        api.welcome().election.name,  # type: ignore[union-attr]
        3,
        0,
        4,  # beheer, anna, ben, carla: not dirk
    )
    done = api.restore_backup(uploaded.name)
    assert done.sessions_ended == 1  # carla's, live when the backup was made
    with pytest.raises(UserError) as err:  # this session began after the backup: unknown there
        api.users()
    assert code(err) == "SESSION.UNKNOWN"
    api.login("beheer", PASSWORD)
    assert "dirk" not in {u.username for u in api.users()}


def test_a_backup_without_its_checksum_file_is_refused(tmp_path: Path) -> None:
    lonely = tmp_path / "los.sqlite"
    lonely.write_bytes(b"SQLite format 3\x00")
    with pytest.raises(UserError) as err:
        read_backup(lonely)
    assert code(err) == "BACKUP.MISSING"
