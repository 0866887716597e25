"""The Na 31-2 from the app's definitive totals (kieskring.protocols.from_app)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from kieskring.app.entry import DataEntry
from kieskring.app.export import default_created
from kieskring.app.outputs import GsbOutputs, gsb_outputs, read_back, save_files
from kieskring.app.totals import gsb_totals
from kieskring.app.users import User, Users
from kieskring.eml.fingerprint import fingerprint, grouped
from kieskring.eml.read_510 import count_from_root, read_510
from kieskring.eml.safe import parse_eml
from kieskring.eml.stream_510 import stream_510
from kieskring.eml.unit_scan import Unusual
from kieskring.errors import UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_app import gsb_report
from kieskring.protocols.na31_2 import render
from kieskring.storage import Store
from tests.app.support import (
    SIGNING_TIME,
    all_definitive,
    candidate_lists,
    good_paper,
    prepare_outputs,
    type_paper,
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


def test_outputs_write_the_510b_and_the_signed_na31_2_reproducibly(
    entry: DataEntry,
    store: Store,
    users: Users,
    admin: User,
    typist1: User,
    typist2: User,
    coordinator: User,
    tmp_path: Path,
) -> None:
    all_definitive(entry, typist1, typist2)
    key = prepare_outputs(store, users, admin, coordinator, tmp_path / "sleutel")
    created = default_created(candidate_lists().identity)
    assert created == dt.datetime(2026, 3, 19, 1, 0)

    def make(user: User) -> GsbOutputs:
        return gsb_outputs(store, users, user, key, created=created, place="Testdorp",
                           pv_date="19 maart 2026", signing_time=SIGNING_TIME)  # fmt: skip

    runs = [make(coordinator) for _ in (1, 2)]
    emls = [next(f for f in run.files if f.kind == "510b") for run in runs]
    assert emls[0].content == emls[1].content, "same input, same bytes"
    saved = save_files(tmp_path / "usb", runs[0].files)
    eml = next(p for p in saved if p.name.endswith(".eml.xml"))
    count = read_510(eml)
    assert [u.id for u in count.units] == ["9999::SB1", "9999::SB2", "9999::SB3"]
    assert count.total.total_counted == 300 and count.authority.id == "9999"
    assert runs[0].eml_fingerprint == grouped(fingerprint(eml.read_bytes()), upper=True)
    pv = next(p for p in saved if p.suffix == ".pdf")
    text = " ".join(p.extract_text() for p in PdfReader(pv).pages)
    assert runs[0].eml_fingerprint in text
    with pytest.raises(UserError) as refused:  # a typist makes no outputs
        make(typist1)
    assert refused.value.problems[0].code == "USERS.NOT_PERMITTED"


def test_the_written_count_is_read_back_in_one_pass_as_the_careful_reader_reads_it(
    wmw_dir: Path,
) -> None:
    """The CSV is made from the 510b as written. The streaming read-back (which frees every
    station's tree) gives the same count as the careful reader on the real West Maas en Waal
    510b; a file the pass finds unusual (here a comment) is read by the careful reader."""
    path = next(wmw_dir.glob("Telling_*.eml.xml"))
    data = path.read_bytes()
    careful = count_from_root(parse_eml(data, path.name, ("510b",)), path.name)
    assert read_back(data, path.name) == careful
    assert len(careful.units) == 21
    commented = b"<!-- x -->\n" + data
    with pytest.raises(Unusual):
        stream_510(commented, path.name, levels="b", keep_units=True)
    assert read_back(commented, path.name) == count_from_root(
        parse_eml(commented, path.name, ("510b",)), path.name
    )
