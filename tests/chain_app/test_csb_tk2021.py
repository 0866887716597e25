"""The Tweede Kamer 2021 as a centraal stembureau, through the interface object only (issue 16): the
kieskringen's 510c files received with their fingerprints typed from paper, every O 3 typed once,
the findings on those PVs noted, the 510d added up with ShortCodes, and the 520 — byte for byte the
Kiesraad's — with the signed P 22-1.

The Kiesraad's published set has no 510c for kieskring 20 (Bonaire). Its HSB's count is taken from
the Kiesraad's own 510d (unit ``HSB20``, every list and candidate by position) and written as that
HSB's 510c, with the kieskring as its one unit: the split over the three public bodies was not
published. Every other number comes from the Kiesraad's 510c files as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kieskring.app.api import AppApi, open_local
from kieskring.app.chain.overview import UnitStatus
from kieskring.app.outputs import save_files
from kieskring.app.setup import Body
from kieskring.app.states import EntryState
from kieskring.domain import Authority, CandidateVotes, Count, ReportingUnitVotes
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.stream_510 import read_510_totals
from kieskring.eml.write_510 import write_510
from kieskring.signing.verify import verify_detached, verify_pdf

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
)

CREATED = dt.datetime(2021, 3, 23, 20, 11, 35, 240000)
"""The creation time of the Kiesraad's 520."""


def bonaire_510c(tk2021_dir: Path) -> bytes:
    """HSB20's count as its 510c, from the Kiesraad's 510d unit ``HSB20`` (see the module doc)."""
    national = read_510(tk2021_dir / "Totaaltelling_TK2021.eml.xml")
    unit = next(u for u in national.units if u.id == "HSB20")
    lists = tuple(
        lst.model_copy(
            update={
                "candidates": tuple(CandidateVotes(id=c.id, votes=c.votes) for c in lst.candidates)
            }
        )
        for lst in unit.counts.lists
    )
    counts = unit.counts.model_copy(update={"lists": lists})
    assen = read_510(tk2021_dir / "Telling_TK2021_kieskring_Assen.eml.xml")
    count = Count(
        level="c",
        identity=assen.identity,
        authority=Authority(id="HSB20", name="Bonaire"),
        contest_id="20",
        contest_name="Bonaire",
        total=counts,
        units=(ReportingUnitVotes(id="HSB20::9001", name="Bonaire", counts=counts),),
    )
    return write_510(count, dt.datetime(2021, 3, 19, 12, 0))


@pytest.fixture
def api(tmp_path: Path) -> Iterator[AppApi]:
    clock = Clock(dt.datetime(2021, 3, 23, 19, 0, tzinfo=dt.UTC))
    found = open_local(
        tmp_path / "csb.sqlite", workstation="kiesraad", hasher=cheap_hasher(), clock=clock
    )
    yield found
    found.close()


@pytest.mark.slow
def test_tk2021_as_csb_through_the_interface(api: AppApi, tk2021_dir: Path, tmp_path: Path) -> None:
    lists = sorted(tk2021_dir.glob("Kandidatenlijsten_TK2021_*.eml.xml"))
    set_up_body(
        api,
        given(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml"),
        [given(p) for p in lists],
        Body.CSB,
    )
    files = [given(p) for p in sorted(tk2021_dir.glob("Telling_TK2021_kieskring_*.eml.xml"))]
    assert len(files) == 19
    bonaire = tmp_path / "Telling_TK2021_kieskring_Bonaire.eml.xml"
    bonaire.write_bytes(bonaire_510c(tk2021_dir))
    files.append(given(bonaire))

    api.login("carla", PASSWORD)
    assert [u.code for u in api.chain_overview().units] == [f"HSB{n}" for n in range(1, 21)]
    preview = api.inspect_unit_file(files[0], None)
    assert preview.code.startswith("HSB") and preview.challenge.groups.count(None) == 2
    units: dict[int, Path] = {}
    for data in files:
        unit = api.import_unit_file(data, None, typed_groups(data))
        assert unit.status is UnitStatus.FILE_ONLY
        units[unit.number] = tk2021_dir / data.name if data.name != bonaire.name else bonaire
    assert sorted(units) == list(range(1, 21))
    api.logout()

    by_contest = {read_230b(p).contest_id: read_230b(p) for p in lists}
    api.login("anna", PASSWORD)
    for number, path in sorted(units.items()):
        own = by_contest[str(number)]
        paper = paper_of(
            read_510(path).total, [(x.number, len(x.candidates)) for x in own.lists], True
        )
        type_paper(api, number, paper)
        assert api.finish_unit_entry(number).state.key is EntryState.DEFINITIVE
    api.logout()

    api.login("carla", PASSWORD)
    board = api.chain_overview()
    assert all(u.status is UnitStatus.IN for u in board.units)
    # TK2021's O 3 totals carry no A and no D (docs/chain.md §3, real errata): F.201 and F.312 on
    # paper and file alike. The CSB cannot change them; it notes them before adding up.
    assert not board.ready and all(u.errors for u in board.units if u.number != 20)
    for unit in board.units:
        if unit.errors or unit.warnings:
            api.note_unit(unit.number, "A en D staan niet op het O 3 van 2021; de stemmen kloppen.")
    assert api.chain_overview().ready
    sources = {s.code: s for s in api.provenance()}
    assert sources["HSB9"].fed == ("HSB9::0363",) and len(sources["HSB7"].fed) == 37

    result = api.result_view()
    assert result.completed and result.seats == 150
    assert sum(x.full_seats + x.residual_seats for x in result.lists) == 150
    request = replace(api.chain_output_defaults(), created=CREATED, passphrase=KEY_PASSPHRASE)
    outputs = api.chain_outputs(request)
    saved = {p.name: p for p in save_files(tmp_path / "uitvoer", outputs.files)}
    official = tk2021_dir / "Resultaat_TK2021.eml.xml"
    assert saved[official.name].read_bytes() == official.read_bytes()
    assert verify_pdf(saved["P22-1_TK2021.pdf"]).ok
    total = saved["Totaaltelling_TK2021.eml.xml"]
    assert verify_detached(total, total.with_name(total.name + ".sig")).ok
    published = read_510_totals(tk2021_dir / "Totaaltelling_TK2021.eml.xml").count
    ours = read_510_totals(total).count
    assert [(x.number, x.votes) for x in ours.total.lists] == [
        (x.number, x.votes) for x in published.total.lists
    ]
