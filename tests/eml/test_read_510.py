"""Reading the real 510b/c/d files: values as published, rules enforced with their own codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kieskring.eml.read_510 import read_510
from kieskring.errors import Problem, UserError

TELLING_WMW = "Telling_GR2022_WestMaasenWaal.eml.xml"
FIRST_CANDIDATE = (
    b'<Selection><Candidate><CandidateIdentifier Id="1"></CandidateIdentifier></Candidate>'
    b"<ValidVotes>581</ValidVotes>"
)


def test_wmw_510b_values(wmw_dir: Path) -> None:
    count = read_510(wmw_dir / TELLING_WMW)
    assert count.level == "b"
    assert count.authority.id == "0668"
    assert count.identity.id == "GR2022_WestMaasenWaal"
    assert count.identity.subcategory == "GR1"
    assert count.contest_id == "geen"
    assert len(count.units) == 21
    assert count.units[0].id == "0668::SB1"
    total = count.total
    assert (total.cast, total.total_counted, total.invalid, total.blank) == (16202, 9350, 27, 21)
    first = total.lists[0]
    assert (first.number, first.name, first.votes) == (1, "FD Partij Beneden-Leeuwen", 1893)
    assert (first.candidates[0].id, first.candidates[0].votes) == (1, 581)
    assert total.reason("geldige stempassen") == 8121
    assert (count.units[0].counts.cast, count.units[0].counts.total_counted) == (1415, 687)


def test_tk2021_510d_values(tk2021_dir: Path) -> None:
    count = read_510(tk2021_dir / "Totaaltelling_TK2021.eml.xml", levels="d")
    assert count.authority.id == "CSB"
    assert count.contest_id == "alle"
    assert [u.id for u in count.units] == [f"HSB{n}" for n in range(1, 21)]
    total = count.total
    assert (total.cast, total.total_counted, total.invalid, total.blank) == (
        13187770,
        10422852,
        22652,
        17173,
    )
    vvd = total.lists[0]
    assert (vvd.name, vvd.votes) == ("VVD", 2279130)
    assert vvd.candidates[0].short_code == "RutteM"
    assert count.units[0].counts.cast == 461525


def test_every_real_count_reads_without_error(shared_dir: Path) -> None:
    files = sorted(shared_dir.glob("data/*/Telling_*.eml.xml"))
    files += sorted(shared_dir.glob("data/*/Totaaltelling_*.eml.xml"))
    assert len(files) == 21
    warnings: list[Problem] = []
    for path in files:
        read_510(path, warnings=warnings)
    # TK2021 errata: kiesgerechtigden 0 for Berg en Dal, Bloemendaal, Haarlem,
    # Leidschendam-Voorburg, Weststellingwerf and Zandvoort in the kieskring files.
    zero_cast = [w for w in warnings if w.code == "EML.203"]
    assert len(zero_cast) == 6
    assert {w.code for w in warnings} == {"EML.203"}


def test_wrong_level_is_refused(wmw_dir: Path) -> None:
    with pytest.raises(UserError) as caught:
        read_510(wmw_dir / TELLING_WMW, levels="c")
    assert caught.value.problems[0].code == "EML.006"


def _tampered(wmw_dir: Path, tmp_path: Path, old: bytes, new: bytes, count: int = 1) -> Path:
    data = (wmw_dir / TELLING_WMW).read_bytes()
    assert data.count(old) >= count
    path = tmp_path / TELLING_WMW
    path.write_bytes(data.replace(old, new, count))
    return path


def codes(path: Path) -> set[str]:
    with pytest.raises(UserError) as caught:
        read_510(path)
    return {p.code for p in caught.value.problems}


def test_candidate_sum_off_by_one(wmw_dir: Path, tmp_path: Path) -> None:
    path = _tampered(wmw_dir, tmp_path, FIRST_CANDIDATE, FIRST_CANDIDATE.replace(b"581", b"582"))
    assert "EML.101" in codes(path)


def test_total_not_sum_of_units(wmw_dir: Path, tmp_path: Path) -> None:
    path = _tampered(wmw_dir, tmp_path, b"<Cast>16202</Cast>", b"<Cast>16203</Cast>")
    assert codes(path) == {"EML.103"}


def test_list_total_not_total_counted(wmw_dir: Path, tmp_path: Path) -> None:
    path = _tampered(
        wmw_dir,
        tmp_path,
        b"<TotalCounted>9350</TotalCounted>",
        b"<TotalCounted>9351</TotalCounted>",
    )
    assert codes(path) == {"EML.102", "EML.103"}


def test_duplicate_and_misfit_reporting_units(wmw_dir: Path, tmp_path: Path) -> None:
    path = _tampered(wmw_dir, tmp_path, b'Id="0668::SB2"', b'Id="0668::SB1"')
    assert codes(path) == {"EML.108"}
    path = _tampered(wmw_dir, tmp_path, b'Id="0668::SB2"', b'Id="0999::SB2"')
    assert codes(path) == {"EML.109"}
