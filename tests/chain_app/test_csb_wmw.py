"""West Maas en Waal 2022 as a centraal stembureau, through the interface object only (issue 16):
the Kiesraad's real 510b received with its fingerprint typed from paper, the Na 31-2 totals typed
once with one slip, the difference resolved, the result computed, and the signed P 22-2, the 520 and
the publication CSV written — the 520 and the CSV byte for byte the Kiesraad's own files."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kieskring.app.api import AppApi, open_local
from kieskring.app.api.chain_views import UnitResolution
from kieskring.app.chain.overview import Group, UnitStatus
from kieskring.app.outputs import save_files
from kieskring.app.setup import Body
from kieskring.app.states import EntryState
from kieskring.cli import main as uitslag
from kieskring.eml.fingerprint import fingerprint, grouped
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.errors import UserError
from kieskring.signing.verify import verify_detached, verify_pdf
from kieskring.storage import verify_audit

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

WMW = 668
CREATED = dt.datetime(2022, 3, 18, 11, 7, 6, 451000)
"""The creation time of the Kiesraad's 520 (an input, as ``uitslag result --created``)."""


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2022, 3, 18, 10, 0, tzinfo=dt.UTC))


@pytest.fixture
def api(tmp_path: Path, clock: Clock) -> Iterator[AppApi]:
    found = open_local(
        tmp_path / "csb.sqlite", workstation="csb-1", hasher=cheap_hasher(), clock=clock
    )
    yield found
    found.close()


@pytest.fixture
def csb(api: AppApi, wmw_dir: Path, tmp_path: Path) -> AppApi:
    definition = given(wmw_definition(tmp_path, wmw_dir))
    lists = given(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    set_up_body(api, definition, [lists], Body.CSB)
    return api


def wmw_paper(wmw_dir: Path) -> dict[str, dict[str, int | None]]:
    """The GSB's Na 31-2 totals, from the real 510b (what the paper says)."""
    count = read_510(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    lists = read_230b(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    return paper_of(count.total, [(x.number, len(x.candidates)) for x in lists.lists], False)


def test_wmw_as_csb_through_the_interface(
    csb: AppApi, wmw_dir: Path, tmp_path: Path, xsd_dir: Path
) -> None:
    api = csb
    telling = given(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    api.login("carla", PASSWORD)
    overview = api.chain_overview()
    assert (overview.body, overview.area) == ("CSB", "West Maas en Waal")
    assert [(u.code, u.status) for u in overview.units] == [("0668", UnitStatus.MISSING)]
    preview = api.inspect_unit_file(telling, None)
    assert (preview.unit, preview.code, preview.signed) == (WMW, "0668", False)
    assert preview.challenge.groups.count(None) == 2
    with pytest.raises(UserError) as refused:  # a group mistyped: nothing is kept
        api.import_unit_file(telling, None, ("0000", "0000"))
    assert refused.value.problems[0].code in {"EML.301", "EML.302"}
    unit = api.import_unit_file(telling, None, typed_groups(telling))
    assert unit.status is UnitStatus.FILE_ONLY
    assert unit.file is not None
    assert unit.file.fingerprint == grouped(
        "d6bed099cb7e30b918634300407eeb8d2624d8c89029f47becc4d4a2063f801e", upper=True
    )  # docs/chain.md §4: the known fingerprint of this file
    api.logout()

    paper = wmw_paper(wmw_dir)
    slip = replace_field(paper, "totals", "Z", 16203)  # the paper says 16,202; one key slipped
    api.login("anna", PASSWORD)
    assert [(u.number, u.can_start) for u in api.chain_units()] == [(WMW, True)]
    sections = api.unit_form(WMW)
    assert [s.key for s in sections][:2] == ["totals", "list_1"]
    assert [f.key for f in sections[0].fields][:5] == ["Z", "A", "B", "D", "E.1"]  # no C at GR
    type_paper(api, WMW, slip)
    assert api.unit_entry_review(WMW).can_finish
    finished = api.finish_unit_entry(WMW)
    assert finished.state.key is EntryState.ENTRIES_DIFFERENT
    api.logout()

    api.login("carla", PASSWORD)
    board = api.chain_overview()
    assert {t.group: t.count for t in board.tiles} == {
        Group.IN: 0,
        Group.MISSING: 0,
        Group.DIFFERENT: 1,
    }
    assert not board.ready
    detail = api.unit_detail(WMW)
    differing = [r for r in detail.rows if r.differs]
    assert [(r.label.nl, r.first, r.second) for r in differing] == [
        ("Z Kiesgerechtigden", 16203, 16202)
    ]
    actions = {a.key: a.enabled for a in detail.actions}
    assert actions["retype"] and actions["refuse_file"] and not actions["reopen"]
    api.resolve_unit(WMW, UnitResolution.RETYPE, "")
    api.logout()

    api.login("anna", PASSWORD)
    opened = api.open_unit_entry(WMW)
    assert opened.to_retype == ("Z",) and "Z" not in {k for k, v in opened.values.items() if v}
    assert api.save_unit_section(WMW, "totals", paper["totals"], acknowledged=False).saved
    assert api.finish_unit_entry(WMW).state.key is EntryState.DEFINITIVE
    api.logout()

    api.login("carla", PASSWORD)
    board = api.chain_overview()
    assert board.ready and board.units[0].status is UnitStatus.IN
    assert board.units[0].errors == 0 and board.units[0].warnings == 0
    sources = api.provenance()
    assert [(s.code, s.file, len(s.fed)) for s in sources] == [
        ("0668", "Telling_GR2022_WestMaasenWaal.eml.xml", 21)
    ]
    result = api.result_view()
    assert result.completed and result.seats == 17 and result.lot is None
    assert sum(x.full_seats + x.residual_seats for x in result.lists) == 17
    assert result.steps and all(s.article.startswith("Kieswet P") for s in result.steps)
    # Kiesdeler 9,350 / 17 = 550; 13 full seats; the 4 residual seats by largest remainder (fewer
    # than 19 seats, P 8): list 7 999 − 550 = 449, list 6 972 − 550 = 422, list 5 941 − 550 = 391,
    # list 3 1,372 − 1,100 = 272 (then list 2 245, list 1 243, list 8 121, list 4 57 go without).
    assert [(s.seat, s.selected, s.value, s.how.nl) for s in result.steps] == [
        (1, 7, "449", "grootste overschot"),
        (2, 6, "422", "grootste overschot"),
        (3, 5, "391", "grootste overschot"),
        (4, 3, "272", "grootste overschot"),
    ]
    assert "Kiesdeler (Kieswet P 5)" in result.explanation
    elected = sum(len(e.by_preference) + len(e.by_list_order) for e in result.elected)
    assert elected == 17

    request = replace(api.chain_output_defaults(), created=CREATED, passphrase=KEY_PASSPHRASE)
    outputs = api.chain_outputs(request)
    folder = tmp_path / "uitvoer"
    saved = {p.name: p for p in save_files(folder, outputs.files)}
    official = wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    assert saved[official.name].read_bytes() == official.read_bytes()
    csv = wmw_dir / "osv4-3_telling_gr2022_westmaasenwaal.csv"
    assert saved[csv.name].read_bytes() == csv.read_bytes()
    assert outputs.eml_fingerprint.replace(" ", "").lower() == fingerprint(official.read_bytes())
    pv = saved["P22-2_GR2022_WestMaasenWaal.pdf"]
    assert verify_pdf(pv).ok
    assert verify_detached(saved[official.name], saved[official.name + ".sig"]).ok
    assert "berekening.txt" in saved and "Totaaltelling_GR2022_WestMaasenWaal.eml.xml" not in saved
    again = api.chain_outputs(request)  # same inputs, same bytes
    assert [f.content for f in again.files] == [f.content for f in outputs.files]

    for name in (
        "Telling_GR2022_WestMaasenWaal.eml.xml",
        "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml",
    ):
        shutil.copy(wmw_dir / name, folder)
    assert uitslag(["verify", "--quiet", "--schemas", str(xsd_dir), str(folder)]) == 0
    api.close()
    assert verify_audit(tmp_path / "csb.sqlite") == []


def replace_field(
    paper: dict[str, dict[str, int | None]], section: str, key: str, value: int
) -> dict[str, dict[str, int | None]]:
    """The paper with one field typed differently."""
    return {**paper, section: {**paper[section], key: value}}
