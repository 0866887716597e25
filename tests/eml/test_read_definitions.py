"""Reading 110a, 230b and 520 files, and the cross-file rules, against the published values."""

from __future__ import annotations

from pathlib import Path

import pytest

from kieskring.domain import Authority
from kieskring.eml.consistency import authority_in_tree, count_matches_lists, same_election
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from kieskring.errors import UserError
from tests.conftest import shared_path

DEFINITIONS = [
    ("Verkiezingsdefinitie_AB2023_Limburg.eml.xml", "AB", "AB2", 26),
    ("Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml", "GR", "GR2", 23),
    ("Verkiezingsdefinitie_PS2023_Drenthe.eml.xml", "PS", "PS1", 43),
    ("Verkiezingsdefinitie_PS2023_Gelderland.eml.xml", "PS", "PS2", 55),
    ("Verkiezingsdefinitie_PS2023_Limburg.eml.xml", "PS", "PS2", 47),
]


@pytest.mark.parametrize(("name", "category", "sub", "seats"), DEFINITIONS)
def test_definitions(name: str, category: str, sub: str, seats: int) -> None:
    election = read_110a(shared_path("data", "definitions", name))
    assert (election.identity.category, election.identity.subcategory) == (category, sub)
    assert (election.seats, election.preference_threshold) == (seats, 25)


def test_tk2021_definition(tk2021_dir: Path) -> None:
    election = read_110a(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml")
    assert (election.id, election.seats, election.preference_threshold) == ("TK2021", 150, 25)
    assert len(election.kieskringen) == 20
    assert election.kieskringen[0] == ("1", "Groningen")
    assert election.kieskringen[19] == ("20", "Bonaire")
    assert len(election.registered_parties) == 37
    assert election.identity.domain is None


def _tampered_110a(tmp_path: Path, old: bytes, new: bytes) -> Path:
    source = shared_path("data", "definitions", "Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml")
    data = source.read_bytes()
    assert old in data
    path = tmp_path / source.name
    path.write_bytes(data.replace(old, new))
    return path


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        (b"<kr:NumberOfSeats>23<", b"<kr:NumberOfSeats>17<", "EML.110"),
        (b"<kr:NumberOfSeats>23<", b"<kr:NumberOfSeats>24<", "EML.110"),
        (b"<kr:PreferenceThreshold>25<", b"<kr:PreferenceThreshold>50<", "EML.111"),
        (b"<ElectionCategory>GR<", b"<ElectionCategory>XX<", "EML.013"),
        (b"<kr:ElectionDate>2026-03-18<", b"<kr:ElectionDate>2026-02-30<", "EML.012"),
    ],
)
def test_definition_rules(tmp_path: Path, old: bytes, new: bytes, code: str) -> None:
    with pytest.raises(UserError) as caught:
        read_110a(_tampered_110a(tmp_path, old, new))
    assert caught.value.problems[0].code == code


def test_wmw_candidate_lists(wmw_dir: Path) -> None:
    lists = read_230b(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    assert lists.contest_id == "geen"
    assert len(lists.lists) == 8
    assert sum(len(lst.candidates) for lst in lists.lists) == 251
    first = lists.lists[0]
    assert (first.name, first.type) == ("FD Partij Beneden-Leeuwen", "op zichzelf staande lijst")
    rob = first.candidates[0]
    assert (rob.initials, rob.first_name, rob.last_name) == ("R.A.N.", "Rob", "Reuvers")
    assert (rob.gender, rob.locality, rob.name_prefix) == ("male", "Beneden-Leeuwen", None)
    assert first.candidates[2].name_prefix == "van"


def test_tk2021_candidate_lists(tk2021_dir: Path) -> None:
    lists = read_230b(tk2021_dir / "Kandidatenlijsten_TK2021_Amsterdam.eml.xml")
    assert (lists.contest_id, lists.contest_name) == ("9", "Amsterdam")
    assert len(lists.lists) == 33
    assert sum(len(lst.candidates) for lst in lists.lists) == 1070
    vvd = lists.lists[0]
    assert (vvd.name, vvd.type, vvd.belongs_to_set) == ("VVD", "stel gelijkluidende lijsten", "1")
    assert vvd.candidates[0].display_name == "Rutte, M. (Mark)"
    abroad = [c for lst in lists.lists for c in lst.candidates if c.country_code]
    assert len(abroad) == 15
    assert abroad[0].country_code == "BE"


def test_results(wmw_dir: Path, tk2021_dir: Path) -> None:
    wmw = read_520(wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml")
    assert wmw.seats == 17
    assert wmw.lists[0].candidates[0].candidate.last_name == "Reuvers"
    tk = read_520(tk2021_dir / "Resultaat_TK2021.eml.xml")
    assert tk.seats == 150
    assert sum(1 for lst in tk.lists for c in lst.candidates if c.ranking == 1) == 43
    assert tk.lists[0].candidates[0].candidate.short_code == "RutteM"
    assert tk.lists[0].seats == 34  # VVD won 34 seats in 2021


def test_tk2021_files_agree(tk2021_dir: Path) -> None:
    election = read_110a(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml")
    lists = {
        lst.contest_id: lst for lst in map(read_230b, tk2021_dir.glob("Kandidatenlijsten_*.xml"))
    }
    assert sorted(lists, key=int) == [str(n) for n in range(1, 21)]
    counts = [read_510(p) for p in sorted(tk2021_dir.glob("Telling_*.xml"))]
    counts.append(read_510(tk2021_dir / "Totaaltelling_TK2021.eml.xml"))
    for count in counts:
        assert same_election(election.identity, count.identity, "x") == []
        assert authority_in_tree(election, count, "x") == []
        if count.level == "c":
            assert count_matches_lists(count, lists[count.contest_id], "x") == []


def test_cross_file_mismatches(wmw_dir: Path, tk2021_dir: Path) -> None:
    wmw_count = read_510(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    tk_lists = read_230b(tk2021_dir / "Kandidatenlijsten_TK2021_Amsterdam.eml.xml")
    mismatch = same_election(tk_lists.identity, wmw_count.identity, "x")
    assert {p.code for p in mismatch} == {"EML.112"}
    assert "ElectionIdentifier Id" in {p.message_nl.split(" is ")[0] for p in mismatch}
    election = read_110a(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml")
    assert authority_in_tree(election, wmw_count, "x") == []  # 0668 is a TK2021 gemeente
    unknown = wmw_count.model_copy(update={"authority": Authority(id="9999")})
    assert [p.code for p in authority_in_tree(election, unknown, "x")] == ["EML.114"]
    wmw_lists = read_230b(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    assert count_matches_lists(wmw_count, wmw_lists, "x") == []
    short = wmw_lists.model_copy(update={"lists": wmw_lists.lists[:-1]})
    assert [p.code for p in count_matches_lists(wmw_count, short, "x")] == ["EML.113"]
