"""The Na 31-2 from the app's definitive totals (kieskring.protocols.from_app)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from kieskring.app.entry import DataEntry
from kieskring.app.totals import gsb_totals
from kieskring.app.users import User, Users
from kieskring.domain.candidates import Candidate, CandidateLists, PartyList
from kieskring.domain.election import Authority, ElectionIdentity
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
