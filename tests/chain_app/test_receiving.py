"""Receiving at the CSB (issue 16; docs/chain-app.md §2): a file that differs from its paper is refused
until a corrected one comes (paper leads), a unit that is in can be reopened, wrong files are refused
with their rule, deceased candidates and investigation requests are recorded, and the database stays
a verified installation (audit log, backup)."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from kieskring.app.api import AppApi, open_local
from kieskring.app.api.admin import FileData
from kieskring.app.api.chain_views import UnitResolution
from kieskring.app.chain.files import FileState
from kieskring.app.chain.overview import Group, UnitStatus
from kieskring.app.outputs import save_files
from kieskring.app.setup import Body
from kieskring.app.states import EntryState
from kieskring.cli import main as uitslag
from kieskring.domain import Count
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.write_510 import write_510
from kieskring.errors import UserError
from kieskring.storage import Store, backup_to, verify_audit, verify_backup
from kieskring.storage.auditkey import default_key_path, installation_key

from .support import (
    KEY_PASSPHRASE,
    PASSWORD,
    Clock,
    cheap_hasher,
    given,
    paper_of,
    set_up_body,
    type_paper,
    typed_groups,
    wmw_definition,
)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "3", "--out", str(folder)]) == 0
    return folder


@pytest.fixture
def api(tmp_path: Path) -> Iterator[AppApi]:
    clock = Clock(dt.datetime(2029, 3, 22, 10, 0, tzinfo=dt.UTC))
    found = open_local(
        tmp_path / "csb.sqlite", workstation="csb", hasher=cheap_hasher(), clock=clock
    )
    yield found
    found.close()


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def one(folder: Path, prefix: str) -> Path:
    return next(folder.glob(f"{prefix}_*.eml.xml"))


def bumped(path: Path) -> bytes:
    """The same count with one more vote for candidate 1 of list 1 at the first station (its list,
    the station's and the municipality's totals raised with it): consistent, and not the paper."""
    count = read_510(path)

    def more(group: object) -> object:
        assert hasattr(group, "model_copy")
        lists = list(group.lists)  # type: ignore[attr-defined]
        first = lists[0]
        cands = list(first.candidates)
        cands[0] = cands[0].model_copy(update={"votes": cands[0].votes + 1})
        lists[0] = first.model_copy(update={"votes": first.votes + 1, "candidates": tuple(cands)})
        counted = group.total_counted + 1  # type: ignore[attr-defined]
        return group.model_copy(update={"lists": tuple(lists), "total_counted": counted})

    units = list(count.units)
    units[0] = units[0].model_copy(update={"counts": more(units[0].counts)})
    changed = Count.model_validate(
        {**count.model_dump(), "units": units, "total": more(count.total)}
    )
    assert count.created is not None
    return write_510(changed, count.created)


def paper(tiny: Path) -> dict[str, dict[str, int | None]]:
    parties = [
        (x.number, len(x.candidates)) for x in read_230b(one(tiny, "Kandidatenlijsten")).lists
    ]
    return paper_of(read_510(one(tiny, "Telling")).total, parties, False)


def set_up(api: AppApi, tiny: Path) -> int:
    set_up_body(
        api,
        given(one(tiny, "Verkiezingsdefinitie")),
        [given(one(tiny, "Kandidatenlijsten"))],
        Body.CSB,
    )
    api.login("carla", PASSWORD)
    number = api.chain_overview().units[0].number
    api.logout()
    return number


def type_as(api: AppApi, user: str, unit: int, tiny: Path) -> EntryState:
    api.login(user, PASSWORD)
    type_paper(api, unit, paper(tiny))
    state = api.finish_unit_entry(unit).state.key
    api.logout()
    return state


def test_a_file_that_differs_from_its_paper_is_refused_until_corrected(
    api: AppApi, tiny: Path, tmp_path: Path
) -> None:
    unit = set_up(api, tiny)
    assert type_as(api, "anna", unit, tiny) is EntryState.FIRST_ENTRY_FINALISED
    api.login("carla", PASSWORD)
    assert api.chain_overview().units[0].status is UnitStatus.PAPER_ONLY
    wrong = FileData(one(tiny, "Telling").name, bumped(one(tiny, "Telling")))
    assert api.import_unit_file(wrong, None, typed_groups(wrong)).status is UnitStatus.DIFFERENT
    detail = api.unit_detail(unit)
    differ = {r.key: (r.first, r.second) for r in detail.rows if r.differs}
    typed = paper(tiny)
    assert set(differ) == {"E.1", "E", "H", "L1.1", "L1.total"}
    assert differ["L1.1"] == (typed["list_1"]["L1.1"], (typed["list_1"]["L1.1"] or 0) + 1)
    with pytest.raises(UserError) as err:  # refusing the GSB's file needs a reason
        api.resolve_unit(unit, UnitResolution.REFUSE_FILE, " ")
    assert code(err) == "ENTRY.REASON_REQUIRED"
    refused = api.resolve_unit(unit, UnitResolution.REFUSE_FILE, "Het Na 31-2 zegt anders")
    assert refused.status is UnitStatus.REFUSED and refused.file is not None
    assert refused.file.state is FileState.REFUSED
    board = api.chain_overview()
    assert {t.group: t.count for t in board.tiles}[Group.DIFFERENT] == 1 and not board.ready
    assert [u.group for u in board.units] == [Group.DIFFERENT]  # the tile it is counted under
    with pytest.raises(UserError) as err:  # nothing is added up while a unit is not in
        api.result_view()
    assert code(err) == "CHAIN.NOT_READY"
    right = given(one(tiny, "Telling"))
    assert api.import_unit_file(right, None, typed_groups(right)).status is UnitStatus.IN
    versions = api.unit_detail(unit).files
    assert [(f.version, f.state) for f in versions] == [
        (1, FileState.REFUSED),
        (2, FileState.CURRENT),
    ]
    api.close()
    assert verify_audit(tmp_path / "csb.sqlite") == []


def test_a_typing_slip_can_be_thrown_away_and_a_unit_reopened(api: AppApi, tiny: Path) -> None:
    unit = set_up(api, tiny)
    api.login("carla", PASSWORD)
    telling = given(one(tiny, "Telling"))
    api.import_unit_file(telling, None, typed_groups(telling))
    api.logout()
    api.login("anna", PASSWORD)
    slip = paper(tiny)
    slip["totals"] = {**slip["totals"], "F": (slip["totals"]["F"] or 0) + 10}
    type_paper(api, unit, slip)
    assert api.finish_unit_entry(unit).state.key is EntryState.ENTRIES_DIFFERENT
    with pytest.raises(UserError) as err:  # one typed PV per unit: no second entry
        api.open_unit_entry(unit)
    assert code(err) == "CHAIN.ENTRY_CLOSED"
    api.logout()
    api.login("carla", PASSWORD)
    assert api.resolve_unit(unit, UnitResolution.DISCARD_TYPED, "").status is UnitStatus.FILE_ONLY
    api.logout()
    assert type_as(api, "ben", unit, tiny) is EntryState.DEFINITIVE
    api.login("carla", PASSWORD)
    reopened = api.resolve_unit(unit, UnitResolution.REOPEN, "Hertelling na onderzoek")
    assert reopened.status is UnitStatus.MISSING and reopened.file is not None
    assert reopened.file.state is FileState.WITHDRAWN


def test_wrong_files_are_refused_with_their_rule(api: AppApi, tiny: Path, wmw_dir: Path) -> None:
    set_up(api, tiny)
    api.login("carla", PASSWORD)
    cases = {
        "EML.006": given(one(tiny, "Kandidatenlijsten")),
        "EML.112": given(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"),
        "EML.001": FileData("kapot.eml.xml", b"<EML"),
        "EML.002": FileData("dtd.eml.xml", b'<!DOCTYPE x [<!ENTITY a "b">]><EML/>'),
    }
    for expected, data in cases.items():
        with pytest.raises(UserError) as err:
            api.inspect_unit_file(data, None)
        assert code(err) == expected, data.name
    telling = given(one(tiny, "Telling"))
    bad_sig = FileData(telling.name + ".sig", b"UITSLAG-HANDTEKENING 1\nkapot\n")
    with pytest.raises(UserError) as err:
        api.import_unit_file(telling, bad_sig, typed_groups(telling))
    assert code(err) == "SIGN.101"
    assert api.chain_overview().units[0].status is UnitStatus.MISSING  # nothing kept


def test_investigation_requests_go_to_the_gsb_as_json_and_pdf(api: AppApi, tiny: Path) -> None:
    unit = set_up(api, tiny)
    api.login("carla", PASSWORD)
    telling = given(one(tiny, "Telling"))
    api.import_unit_file(telling, None, typed_groups(telling))
    municipality = f"{unit:04d}"
    with pytest.raises(UserError) as err:  # the station must be in the GSB's count
        api.add_investigation_request(municipality, 99, "Verschil", "")
    assert code(err) == "CHAIN.STATION"
    with pytest.raises(UserError) as err:
        api.add_investigation_request("0001", 1, "Verschil", "")
    assert code(err) == "CHAIN.MUNICIPALITY"
    api.add_investigation_request(
        municipality, 2, "Lijst 3 en 4 lijken verwisseld", "Hertel lijst 3 en 4"
    )
    found = api.add_investigation_request(municipality, 1, "Onverklaard verschil D en H", "")
    assert [(r.station, r.by) for r in found] == [
        (1, "Carla Coördinator"),
        (2, "Carla Coördinator"),
    ]
    files = api.export_investigation_requests(municipality, "Raadhuis", dt.date(2029, 3, 24))
    data = json.loads(files[0].content)
    identity = read_230b(one(tiny, "Kandidatenlijsten")).identity
    assert identity.domain is not None
    assert data == {
        "format": "uitslag-onderzoeksverzoeken",
        "version": 1,
        "election": {"id": identity.id, "name": identity.name},
        "from": f"Centraal stembureau {identity.domain.name}",
        "municipality": {"code": municipality, "name": found[0].municipality_name},
        "date": "2029-03-24",
        "requests": [
            {"station": 1, "reason": "Onverklaard verschil D en H", "assignment": ""},
            {
                "station": 2,
                "reason": "Lijst 3 en 4 lijken verwisseld",
                "assignment": "Hertel lijst 3 en 4",
            },
        ],
    }
    pdf = files[1]
    assert pdf.name.endswith(".pdf")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Hertel lijst 3 en 4" in text and "Verzoek om onderzoek" in text
    again = api.export_investigation_requests(municipality, "Raadhuis", dt.date(2029, 3, 24))
    assert again == files  # same requests, same bytes
    remaining = api.remove_investigation_request(found[0].id)
    assert [r.station for r in remaining] == [2]


def test_deceased_candidate_is_passed_over_and_named_on_the_pv(
    api: AppApi, wmw_dir: Path, tmp_path: Path, xsd_dir: Path
) -> None:
    lists = wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"
    set_up_body(api, given(wmw_definition(tmp_path, wmw_dir)), [given(lists)], Body.CSB)
    api.login("carla", PASSWORD)
    telling = given(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    unit = api.import_unit_file(telling, None, typed_groups(telling)).number
    api.logout()
    api.login("anna", PASSWORD)
    parties = [(x.number, len(x.candidates)) for x in read_230b(lists).lists]
    type_paper(api, unit, paper_of(read_510(wmw_dir / telling.name).total, parties, False))
    api.finish_unit_entry(unit)
    api.logout()
    api.login("carla", PASSWORD)
    before = {n for e in api.result_view().elected for n in e.by_preference}
    person = api.record_deceased(1, 1, None)
    assert person.name.startswith("Reuvers") and any(n.startswith("Reuvers") for n in before)
    after = api.result_view()
    assert not any(
        n.startswith("Reuvers") for e in after.elected for n in (*e.by_preference, *e.by_list_order)
    )
    outputs = api.chain_outputs(replace(api.chain_output_defaults(), passphrase=KEY_PASSPHRASE))
    saved = {p.name: p for p in save_files(tmp_path / "uit", outputs.files)}
    assert b"Reuvers" not in saved["Resultaat_GR2022_WestMaasenWaal.eml.xml"].read_bytes()
    text = " ".join(
        p.extract_text() for p in PdfReader(saved["P22-2_GR2022_WestMaasenWaal.pdf"]).pages
    )
    assert "Overleden kandidaat" in text and "Reuvers" in text
    assert json.loads(saved["overleden.json"].read_text()) == {
        "deceased": [{"list": 1, "candidate": 1}]
    }
    shutil.copy(lists, tmp_path / "uit")
    shutil.copy(wmw_dir / telling.name, tmp_path / "uit")
    folder = str(tmp_path / "uit")
    deceased = folder + "/overleden.json"
    schemas = str(xsd_dir)
    assert uitslag(["verify", "--quiet", "--schemas", schemas, "--deceased", deceased, folder]) == 0


def test_a_backup_holds_what_was_received(api: AppApi, tiny: Path, tmp_path: Path) -> None:
    unit = set_up(api, tiny)
    api.login("carla", PASSWORD)
    telling = given(one(tiny, "Telling"))
    api.import_unit_file(telling, None, typed_groups(telling))
    api.close()
    path = tmp_path / "csb.sqlite"
    (tmp_path / "stick").mkdir()
    with Store(path) as store:
        report = backup_to(store, tmp_path / "stick")
    key = installation_key(default_key_path(path), path, may_create=False)
    assert verify_backup(report.path, key=key) == []
    with Store(report.path, audit_key=default_key_path(path)) as copy:
        rows = copy.query("SELECT unit, state FROM chain_files")
    assert [(r["unit"], r["state"]) for r in rows] == [(unit, "current")]
