"""The streaming 510 reader agrees with the careful one: same count, same unit ids, same warnings,
and it never accepts what the careful reader refuses (it only ever concludes "all is well")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures.generate.chain import generate
from kieskring.eml.read_510 import read_510
from kieskring.eml.stream_510 import (
    CountTotals,
    careful_totals,
    read_510_totals,
    read_many_totals,
    stream_510,
)
from kieskring.eml.unit_scan import Unusual
from kieskring.eml.validate import schema_for
from kieskring.errors import UserError

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
STEMPASSEN = re.compile(rb'"geldige stempassen">(\d+)<')
VOTES = re.compile(rb"<ValidVotes>(\d+)</ValidVotes>")


def outcome(path: Path, reader: str) -> CountTotals | tuple[str, ...]:
    """A reader's result, or the codes and places of its problems."""
    try:
        if reader == "careful":
            return careful_totals(path, "bcd")
        return read_510_totals(path)
    except UserError as err:
        return tuple(p.render() for p in err.problems)


@pytest.fixture
def telling(wmw_dir: Path) -> bytes:
    return (wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml").read_bytes()


def test_real_wmw_count_takes_the_fast_path_and_agrees(wmw_dir: Path) -> None:
    path = wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"
    fast = stream_510(path.read_bytes(), str(path))
    assert fast == careful_totals(path, "bcd")
    assert len(fast.unit_ids) == 21
    assert fast.count.units == ()
    careful = read_510(path)
    assert fast.count.total == careful.total
    assert fast.unit_ids == tuple(u.id for u in careful.units)


def test_real_tk2021_kieskring_counts_agree(tk2021_dir: Path) -> None:
    paths = sorted(tk2021_dir.glob("Telling_TK2021_kieskring_*.eml.xml"))[:4]
    for path in paths:
        fast = stream_510(path.read_bytes(), str(path))
        assert fast == careful_totals(path, "bcd"), path.name
        assert fast.unit_ids and all(u.startswith("HSB") for u in fast.unit_ids)
        whole = stream_510(path.read_bytes(), str(path), keep_units=True)
        assert whole == careful_totals(path, "bcd", keep_units=True), path.name
        assert [u.id for u in whole.count.units] == list(fast.unit_ids)


def test_generated_sets_agree(tmp_path: Path) -> None:
    files = generate("ps2", 3, tmp_path)
    counts = [p for p in files if p.name.startswith("Telling_")]
    assert len(counts) > 20
    for path in counts:
        fast = stream_510(path.read_bytes(), str(path))
        assert fast == careful_totals(path, "bcd"), path.name


def test_warnings_of_total_and_station_agree(telling: bytes, tmp_path: Path) -> None:
    """One more poll card in the last station and in the total: D = A + B + C fails there
    (EML.201, a warning); the file stays consistent, so the fast path reports it itself."""
    cards = list(STEMPASSEN.finditer(telling))
    data = telling
    for spot in (cards[-1], cards[0]):
        value = int(spot.group(1)) + 1
        data = data[: spot.start(1)] + str(value).encode() + data[spot.end(1) :]
    path = tmp_path / "t.xml"
    path.write_bytes(data)
    fast = stream_510(data, str(path))
    assert fast == careful_totals(path, "bcd")
    assert [w.code for w in fast.warnings] == ["EML.201", "EML.201"]
    assert fast.warnings[0].place == "TotalVotes" and fast.warnings[1].place == fast.unit_ids[-1]


def test_many_files_in_parallel_equal_one_by_one(tmp_path: Path) -> None:
    files = [p for p in generate("ps2", 4, tmp_path) if p.name.startswith("Telling_")]
    assert read_many_totals(files, jobs=2) == read_many_totals(files, jobs=1)


def test_problems_of_all_files_are_raised_together(telling: bytes, tmp_path: Path) -> None:
    good = tmp_path / "good.xml"
    good.write_bytes(telling)
    bad = tmp_path / "bad.xml"
    bad.write_bytes(VOTES.sub(b"<ValidVotes>7</ValidVotes>", telling, count=1))
    worse = tmp_path / "worse.xml"
    worse.write_bytes(telling[: len(telling) // 2])
    with pytest.raises(UserError) as err:
        read_many_totals([good, bad, worse], jobs=2)
    files = [p.file for p in err.value.problems]
    assert str(bad) in files and str(worse) in files and str(good) not in files


def test_schema_checked_on_the_way(telling: bytes, xsd_dir: Path) -> None:
    schema = schema_for("510b", xsd_dir)
    assert stream_510(telling, "wmw", schema=schema).unit_ids
    with pytest.raises(Unusual):
        stream_510(telling.replace(b"<Cast>", b"<Extra/><Cast>", 1), "wmw", schema=schema)


@SETTINGS
@given(which=st.integers(0, 10_000), value=st.integers(0, 2_000))
def test_any_changed_vote_gives_the_careful_outcome(
    telling: bytes, tmp_path: Path, which: int, value: int
) -> None:
    spots = list(VOTES.finditer(telling))
    spot = spots[which % len(spots)]
    data = telling[: spot.start(1)] + str(value).encode() + telling[spot.end(1) :]
    path = tmp_path / "t.xml"
    path.write_bytes(data)
    assert outcome(path, "fast") == outcome(path, "careful")


@SETTINGS
@given(
    position=st.integers(0, 10**9),
    replacement=st.sampled_from(
        [b"", b"0", b"1", b"9", b" ", b"-", b"<!-- x -->", b"Selection", b"Candidate", b'"', b"<"]
    ),
    width=st.integers(0, 12),
)
def test_any_edit_never_makes_the_fast_path_disagree(
    telling: bytes, tmp_path: Path, position: int, replacement: bytes, width: int
) -> None:
    at = position % len(telling)
    data = telling[:at] + replacement + telling[at + width :]
    path = tmp_path / "t.xml"
    path.write_bytes(data)
    careful = outcome(path, "careful")
    try:
        fast: CountTotals | tuple[str, ...] = stream_510(data, str(path))
    except Unusual:
        fast = careful
    except UserError as err:
        fast = tuple(p.render() for p in err.problems)
    assert fast == careful
    assert outcome(path, "fast") == careful


def test_unit_shaped_differently_falls_back_and_agrees(telling: bytes, tmp_path: Path) -> None:
    """A station that leaves out a candidate with no votes is legal for the careful reader; the
    fast path hands it over instead of guessing."""
    unit = telling.index(b"<ReportingUnitVotes>")
    start = telling.index(b"<Selection><Candidate>", unit)
    end = telling.index(b"</Selection>", start) + len(b"</Selection>")
    path = tmp_path / "t.xml"
    path.write_bytes(telling[:start] + telling[end:])
    with pytest.raises(Unusual):
        stream_510(path.read_bytes(), str(path))
    assert outcome(path, "fast") == outcome(path, "careful")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"<ValidVotes>", b"<ValidVotes><Extra/>"),  # text after a child: .text is empty
        (b"<Selection><Candidate>", b"<Selection><!-- c --><Candidate>"),  # [0] is a comment
        (b"</CandidateIdentifier>", b"</CandidateIdentifier><CandidateIdentifier Id='9'/>"),
        (b"<Selection><Candidate>", b"<Selection><AffiliationIdentifier Id='1'/><Candidate>"),
        (b"<ValidVotes>", b"<ValidVotes>0<!-- x -->"),  # the text split by a comment
    ],
)
def test_irregular_selections_in_a_station_get_the_careful_outcome(
    telling: bytes, tmp_path: Path, old: bytes, new: bytes
) -> None:
    unit = telling.index(b"<ReportingUnitVotes>")
    at = telling.index(old, telling.index(b"<Selection><Candidate>", unit))
    data = telling[:at] + new + telling[at + len(old) :]
    path = tmp_path / "t.xml"
    path.write_bytes(data)
    careful = outcome(path, "careful")
    if not isinstance(careful, CountTotals):  # refused: the fast path must not accept it
        with pytest.raises(Unusual):
            stream_510(data, str(path))
    assert outcome(path, "fast") == careful
