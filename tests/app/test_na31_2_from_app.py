"""The Na 31-2 from the app's definitive totals (kieskring.protocols.from_app)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from kieskring.app.entry import DataEntry
from kieskring.app.export import default_created, export_gsb
from kieskring.app.totals import gsb_totals
from kieskring.app.users import User, Users
from kieskring.domain.candidates import Candidate, CandidateLists, PartyList
from kieskring.domain.election import Authority, ElectionIdentity
from kieskring.eml.fingerprint import fingerprint, grouped
from kieskring.eml.read_510 import read_510
from kieskring.eml.write_520 import write_230b
from kieskring.errors import UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_app import gsb_report
from kieskring.protocols.na31_2 import render
from kieskring.storage import Store
from tests.app.support import good_paper, type_paper


def candidate_lists() -> CandidateLists:
    def people(*names: str) -> tuple[Candidate, ...]:
        return tuple(
            Candidate(number=i, last_name=n, initials="A.") for i, n in enumerate(names, 1)
        )

    return CandidateLists(
        identity=ElectionIdentity.model_validate(
            {
                "id": "GR2026_Testdorp",
                "name": "Gemeenteraad Testdorp 2026",
                "category": "GR",
                "subcategory": "GR1",
                "date": "2026-03-18",
            }
        ),
        authority=Authority(id="9999", name="Testdorp"),
        contest_id="geen",
        lists=(
            PartyList(number=1, name="Partij A", candidates=people("Aalders", "Bakker", "Claes")),
            PartyList(number=2, name="Partij B", candidates=people("Dekker", "Eelman")),
        ),
    )


def test_na31_2_prints_the_app_totals_and_the_explanation(
    entry: DataEntry, store: Store, users: Users, typist1: User, typist2: User, coordinator: User
) -> None:
    papers = {1: good_paper(), 2: good_paper({"L1.1": 31, "L1.2": 19}), 3: good_paper()}
    for station, paper in papers.items():
        for typist in (typist1, typist2):
            type_paper(entry, typist, station, paper)
            entry.finalise(typist, station)
    entry.explain(coordinator, 2, "Herteld op verzoek van de voorzitter")
    totals = gsb_totals(store, users, coordinator)
    info = d.DocumentInfo("Na 31-2", "2024", "Gemeenteraad Testdorp 2026", "GR2026_Testdorp",
                          "Gemeentelijk stembureau Testdorp", "19 maart 2026", "Testdorp",
                          fingerprint="ab" * 32)  # fmt: skip
    report = gsb_report(totals, candidate_lists(), info)
    assert report.total.list_votes == (180, 120)
    assert report.total.candidate_votes == ((91, 59, 30), (75, 45))
    assert report.total.cast == 315 and report.total.admitted == 315
    assert [s.note for s in report.stations] == ["", "Herteld op verzoek van de voorzitter", ""]
    pdf = render(report)
    assert pdf == render(report), "same input, same bytes"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Herteld op verzoek", "Aalders", "Eelman", "315", "180", "ABAB ABAB"):
        assert expected in text, expected


def test_export_writes_510b_and_na31_2_reproducibly(
    entry: DataEntry,
    store: Store,
    users: Users,
    typist1: User,
    typist2: User,
    coordinator: User,
    tmp_path: Path,
) -> None:
    for station in (1, 2, 3):
        for typist in (typist1, typist2):
            type_paper(entry, typist, station, good_paper())
            entry.finalise(typist, station)
    lists = tmp_path / "Kandidatenlijsten.eml.xml"
    lists.write_bytes(write_230b(candidate_lists(), dt.datetime(2026, 2, 3, 12, 0)))
    created = default_created(candidate_lists().identity)
    assert created == dt.datetime(2026, 3, 19, 1, 0)
    runs = [
        export_gsb(
            store,
            users,
            coordinator,
            lists,
            tmp_path / name,
            created=created,
            place="Testdorp",
            pv_date="19 maart 2026",
        )
        for name in ("een", "twee")
    ]
    assert runs[0].eml.read_bytes() == runs[1].eml.read_bytes()
    assert runs[0].pv.read_bytes() == runs[1].pv.read_bytes()
    count = read_510(runs[0].eml)
    assert [u.id for u in count.units] == ["9999::SB1", "9999::SB2", "9999::SB3"]
    assert count.total.total_counted == 300 and count.authority.id == "9999"
    assert runs[0].fingerprint == grouped(fingerprint(runs[0].eml.read_bytes()), upper=True)
    text = " ".join(p.extract_text() for p in PdfReader(runs[0].pv).pages)
    assert runs[0].fingerprint in text
    with pytest.raises(UserError) as refused:
        export_gsb(store, users, typist1, lists, tmp_path / "drie", created=created,
                   place="Testdorp", pv_date="19 maart 2026")  # fmt: skip
    assert refused.value.problems
