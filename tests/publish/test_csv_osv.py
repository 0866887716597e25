"""The publication CSV in the Kiesraad's osv4-3 layout (docs/chain.md §5, kieskring.publish.csv_osv).

Expected values come from outside the code under test: the Kiesraad's own CSV of West Maas en Waal
(byte for byte), the 510/230b files as read by the EML readers, and the CSVs one level down (a
municipality's column in a 510c CSV is that municipality's 510b CSV total; a kieskring's column in a
510d CSV is that kieskring's 510c CSV total).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fixtures.generate import generate
from kieskring.cli import main
from kieskring.domain import (
    Authority,
    Candidate,
    CandidateLists,
    CandidateVotes,
    Count,
    ElectionIdentity,
    ListVotes,
    PartyList,
    ReportingUnitVotes,
    Uncounted,
    VoteCounts,
)
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.errors import UserError
from kieskring.publish.csv_osv import BOM, osv_csv

WMW_COUNT = "Telling_GR2022_WestMaasenWaal.eml.xml"
WMW_LISTS = "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"
WMW_CSV = "osv4-3_telling_gr2022_westmaasenwaal.csv"
TABLE = 5
"""Index of the table's header line (after four header lines and an empty line)."""
FIXED = 5
"""Cells before the first unit: Lijstnummer, Aanduiding, Volgnummer, Naam kandidaat, Totaal."""


def parse(data: bytes) -> list[list[str]]:
    """The CSV as Python's csv reader sees it (BOM checked and removed)."""
    assert data.startswith(BOM)
    text = data[len(BOM) :].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def columns(rows: list[list[str]]) -> dict[str, dict[tuple[str, ...], str]]:
    """Per column (``Totaal`` and each unit's Gebiednummer): line key (first four cells) → cell."""
    heading = ["Totaal", *rows[TABLE + 1][FIXED:]]
    found: dict[str, dict[tuple[str, ...], str]] = {name: {} for name in heading}
    for row in rows[TABLE + 3 :]:
        key = tuple(row[: FIXED - 1])
        for name, cell in zip(heading, row[FIXED - 1 :], strict=True):
            assert key not in found[name], f"line {key} twice"
            found[name][key] = cell
    return found


# --- the real file -------------------------------------------------------------------------------


def test_west_maas_en_waal_byte_for_byte(
    wmw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "wmw.csv"
    args = ["csv", str(wmw_dir / WMW_COUNT), "--candidates", str(wmw_dir / WMW_LISTS)]
    assert main([*args, "--out", str(out)]) == 0
    assert out.read_bytes() == (wmw_dir / WMW_CSV).read_bytes()
    assert "osv4-3 van 510b (21 eenheden, 8 lijsten)" in capsys.readouterr().out


def test_west_maas_en_waal_as_the_csv_reader_sees_it(wmw_dir: Path) -> None:
    """Spot values read by hand from the Kiesraad's file and its 510b."""
    data = osv_csv(read_510(wmw_dir / WMW_COUNT), [read_230b(wmw_dir / WMW_LISTS)])
    rows = parse(data)
    assert rows[:4] == [
        ["Verkiezing", "", "Gemeenteraad West Maas en Waal 2022"],
        ["Datum", "", "2022-03-16"],
        ["Gebied", "", "Gemeente West Maas en Waal"],
        ["Nummer", "", "0668"],
    ]
    assert rows[TABLE + 1][FIXED : FIXED + 2] == ["1", "2"]  # 0668::SB1, 0668::SB2
    assert rows[TABLE + 2][FIXED] == "6626 AC"  # "(postcode: 6626 AC)" of SB1
    table = columns(rows)
    assert table["Totaal"][("", "aangetroffen stembiljetten", "", "")] == "9398"  # 9350 + 21 + 27
    assert table["Totaal"][("", "", "3", "van Dreumel, C.G.H.M.")] == "153"


# --- 510c and 510d of a generated province with four kieskringen ----------------------------------


@pytest.fixture(scope="module")
def ps2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ps2")
    generate("ps2", 11, folder)
    return folder


def all_lists(folder: Path) -> list[CandidateLists]:
    return [read_230b(p) for p in sorted(folder.glob("Kandidatenlijsten_*.eml.xml"))]


def test_510c_columns_are_the_municipalities_510b_totals(ps2: Path) -> None:
    lists = all_lists(ps2)
    kieskring = read_510(ps2 / "Telling_PS2029_Noordland_kieskring_2.eml.xml")
    rows = parse(osv_csv(kieskring, lists))
    assert rows[2:4] == [["Gebied", "", "Kieskring 2"], ["Nummer", "", "2"]]
    assert rows[TABLE + 1][FIXED:] == [u.id.split("::")[1] for u in kieskring.units]
    table = columns(rows)
    by_code = {b.authority.id: b for b in map(read_510, ps2.glob("Telling_*.eml.xml"))}
    for unit, name in zip(kieskring.units, rows[TABLE][FIXED:], strict=True):
        code = unit.id.split("::")[1]
        assert name == by_code[code].authority.name
        assert table[code] == columns(parse(osv_csv(by_code[code], lists)))["Totaal"]


def keyed(rows: list[list[str]], column: int) -> dict[tuple[str, str], str]:
    """Column ``column`` by (list number, line name): count lines by label, list lines by
    ``Lijst``, candidate lines by name under the list above them (positions differ per kieskring)."""
    found: dict[tuple[str, str], str] = {}
    current = ""
    for row in rows[TABLE + 3 :]:
        current = row[0] or current
        key = (current, "Lijst") if row[0] else (current, row[3] or row[1])
        assert key not in found, f"line {key} twice"
        found[key] = row[column]
    return found


def test_510d_columns_are_the_kieskringen_510c_totals(ps2: Path) -> None:
    lists = all_lists(ps2)
    national = read_510(ps2 / "Totaaltelling_PS2029_Noordland.eml.xml")
    rows = parse(osv_csv(national, lists))
    assert rows[2:4] == [["Gebied", "", "Provincie Noordland"], ["Nummer", "", "12"]]
    assert rows[TABLE + 1][FIXED:] == ["1", "2", "3", "4"]
    positions: dict[tuple[str, str], set[str]] = {}
    for column, number in enumerate(rows[TABLE + 1][FIXED:], start=FIXED):
        kieskring = read_510(ps2 / f"Telling_PS2029_Noordland_kieskring_{number}.eml.xml")
        lower_rows = parse(osv_csv(kieskring, lists))
        lower = keyed(lower_rows, FIXED - 1)
        mine = keyed(rows, column)
        assert set(lower) <= set(mine)
        for key, cell in mine.items():
            assert cell == lower.get(key, ""), (number, key)
        for key, position in keyed(lower_rows, 2).items():
            positions.setdefault(key, set()).add(position)
    for key, position in keyed(rows, 2).items():  # Volgnummer: one position everywhere, or none
        assert position == (min(positions[key]) if len(positions[key]) == 1 else ""), key
    assert any(len(p) > 1 for p in positions.values()), "ps2 has lists that differ per kieskring"


def test_tk2021_510d_column_is_the_real_510c(tk2021_dir: Path) -> None:
    """On the real TK2021 files: the 510d CSV's column of kieskring Amsterdam (9) holds, for every
    list and candidate, the total of the Kiesraad's own 510c of Amsterdam; candidates who do not
    stand in Amsterdam have an empty cell."""
    lists = [read_230b(p) for p in sorted(tk2021_dir.glob("Kandidatenlijsten_*.eml.xml"))]
    rows = parse(osv_csv(read_510(tk2021_dir / "Totaaltelling_TK2021.eml.xml"), lists))
    assert rows[TABLE + 1][FIXED:] == [str(n) for n in range(1, 21)]
    amsterdam = read_510(tk2021_dir / "Telling_TK2021_kieskring_Amsterdam.eml.xml")
    lower = keyed(parse(osv_csv(amsterdam, lists)), FIXED - 1)
    mine = keyed(rows, FIXED + 8)
    votes = {k: v for k, v in lower.items() if k[0]}
    assert len(votes) > 1000
    assert {k: mine[k] for k in votes} == votes
    assert all(mine[k] == "" for k in mine if k[0] and k not in votes)


def test_510d_lines_follow_the_510d(ps2: Path) -> None:
    """One line per list and per ShortCode of the 510d's total, in its order; the kieskring columns
    of every line add up to its Totaal; a lijstengroep's candidates on a single list have an empty
    cell elsewhere."""
    national = read_510(ps2 / "Totaaltelling_PS2029_Noordland.eml.xml")
    rows = parse(osv_csv(national, all_lists(ps2)))
    table_lines = rows[TABLE + 3 + 16 :]
    expected = sum(1 + len(lst.candidates) for lst in national.total.lists)
    assert len(table_lines) == expected
    empty = 0
    for row in rows[TABLE + 3 :]:
        assert sum(int(c or 0) for c in row[FIXED:]) == int(row[FIXED - 1])
        empty += row[FIXED:].count("")
    assert empty > 0, "ps2 has lijstengroepen with candidates in some kieskringen only"


# --- same input, same bytes ----------------------------------------------------------------------


def test_reproducible(ps2: Path, tmp_path: Path) -> None:
    lists = all_lists(ps2)
    national = read_510(ps2 / "Totaaltelling_PS2029_Noordland.eml.xml")
    first = osv_csv(national, lists)
    assert osv_csv(national, list(reversed(lists))) == first
    files = [str(p) for p in sorted(ps2.glob("Kandidatenlijsten_*.eml.xml"))]
    count = str(ps2 / "Totaaltelling_PS2029_Noordland.eml.xml")
    for name in ("a.csv", "b.csv"):
        assert main(["csv", count, "--candidates", *files, "--out", str(tmp_path / name)]) == 0
        assert (tmp_path / name).read_bytes() == first


# --- inputs that do not belong together ------------------------------------------------------------


def codes(err: UserError) -> set[str]:
    return {p.code for p in err.problems}


def test_other_election_is_refused(
    ps2: Path, wmw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count = ps2 / "Telling_PS2029_Noordland_kieskring_1.eml.xml"
    args = ["csv", str(count), "--candidates", str(wmw_dir / WMW_LISTS)]
    assert main([*args, "--out", str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err
    assert "EML.112" in err and WMW_LISTS in err and "Traceback" not in err
    assert not (tmp_path / "x.csv").exists()


def test_missing_and_double_kieskring_lists(ps2: Path) -> None:
    lists = all_lists(ps2)
    kieskring = read_510(ps2 / "Telling_PS2029_Noordland_kieskring_1.eml.xml")
    with pytest.raises(UserError) as err:
        osv_csv(kieskring, lists[1:])
    assert codes(err.value) == {"CSV.001"}
    with pytest.raises(UserError) as err:
        osv_csv(kieskring, [lists[0], lists[0]])
    assert codes(err.value) == {"CSV.003"}
    national = read_510(ps2 / "Totaaltelling_PS2029_Noordland.eml.xml")
    with pytest.raises(UserError) as err:
        osv_csv(national, lists[:3])
    assert codes(err.value) == {"CSV.001"}
    assert err.value.problems[0].place == "HSB4"


def test_candidate_not_in_the_230b_is_refused(wmw_dir: Path) -> None:
    lists = read_230b(wmw_dir / WMW_LISTS)
    first = lists.lists[0]
    shorter = first.model_copy(update={"candidates": first.candidates[:-1]})
    lists = lists.model_copy(update={"lists": (shorter, *lists.lists[1:])})
    with pytest.raises(UserError) as err:
        osv_csv(read_510(wmw_dir / WMW_COUNT), [lists])
    assert codes(err.value) == {"EML.113"}


def test_unnamed_short_code_is_refused(ps2: Path) -> None:
    national = read_510(ps2 / "Totaaltelling_PS2029_Noordland.eml.xml")
    first = national.total.lists[0]
    renamed = (first.candidates[0].model_copy(update={"short_code": "NiemandX"}),)
    lst = first.model_copy(update={"candidates": renamed + first.candidates[1:]})
    total = national.total.model_copy(update={"lists": (lst, *national.total.lists[1:])})
    with pytest.raises(UserError) as err:
        osv_csv(national.model_copy(update={"total": total}), all_lists(ps2))
    assert codes(err.value) == {"CSV.002"}


# --- invariants ----------------------------------------------------------------------------------

IDENTITY = ElectionIdentity(
    id="GR2030_Test",
    name="Gemeenteraad Test 2030",
    category="GR",
    subcategory="GR1",
    date=dt.date(2030, 3, 20),
)
TEXT = st.text(alphabet="abcXYZé ;,\"'\n", max_size=12)
REASONS = (
    "geldige stempassen",
    "geldige volmachtbewijzen",
    "toegelaten kiezers",
    "geen verklaring",
)


@dataclasses.dataclass(frozen=True)
class Drawn:
    count: Count
    lists: CandidateLists


@st.composite
def elections(draw: st.DrawFn) -> Drawn:
    """A 510b with 1–4 stations and its 230b: names with quotes, separators and line ends."""
    shape = draw(st.lists(st.integers(1, 3), min_size=1, max_size=3))  # candidates per list
    stations = draw(st.integers(1, 4))
    parties = tuple(
        PartyList(
            number=n,
            name=draw(TEXT),
            candidates=tuple(
                Candidate(number=p, initials=draw(TEXT), last_name=draw(TEXT))
                for p in range(1, size + 1)
            ),
        )
        for n, size in enumerate(shape, start=1)
    )
    votes = st.integers(0, 10**6)
    groups = []
    for _ in range(stations):
        lists = []
        for party in parties:
            cands = tuple(CandidateVotes(id=c.number, votes=draw(votes)) for c in party.candidates)
            summed = sum(c.votes for c in cands)
            lists.append(ListVotes(number=party.number, name="", votes=summed, candidates=cands))
        counted = sum(lst.votes for lst in lists)
        uncounted = tuple(Uncounted(reason=r, count=draw(votes)) for r in REASONS)
        groups.append(
            VoteCounts(
                lists=tuple(lists),
                cast=draw(votes),
                total_counted=counted,
                invalid=draw(votes),
                blank=draw(votes),
                uncounted=uncounted,
            )
        )
    units = tuple(
        ReportingUnitVotes(id=f"0999::SB{i}", name=draw(TEXT), counts=g)
        for i, g in enumerate(groups, start=1)
    )
    total = VoteCounts(
        lists=tuple(
            ListVotes(
                number=party.number,
                name="",
                votes=sum(g.lists[i].votes for g in groups),
                candidates=tuple(
                    CandidateVotes(
                        id=c.number, votes=sum(g.lists[i].candidates[j].votes for g in groups)
                    )
                    for j, c in enumerate(party.candidates)
                ),
            )
            for i, party in enumerate(parties)
        ),
        cast=sum(g.cast for g in groups),
        total_counted=sum(g.total_counted for g in groups),
        invalid=sum(g.invalid for g in groups),
        blank=sum(g.blank for g in groups),
        uncounted=tuple(
            Uncounted(reason=r, count=sum(g.uncounted[k].count for g in groups))
            for k, r in enumerate(REASONS)
        ),
    )
    authority = Authority(id="0999", name=draw(TEXT))
    count = Count(
        level="b",
        identity=IDENTITY,
        authority=authority,
        contest_id="geen",
        total=total,
        units=units,
    )
    return Drawn(
        count,
        CandidateLists(
            identity=IDENTITY, authority=Authority(id="CSB"), contest_id="geen", lists=parties
        ),
    )


@settings(max_examples=60, deadline=None)
@given(elections())
def test_names_round_trip_and_totals_add_up(drawn: Drawn) -> None:
    data = osv_csv(drawn.count, [drawn.lists])
    assert osv_csv(drawn.count, [drawn.lists]) == data
    rows = parse(data)
    assert rows[2] == ["Gebied", "", f"Gemeente {drawn.count.authority.name}"]
    width = FIXED + len(drawn.count.units)
    assert rows[TABLE][FIXED:] == [u.name for u in drawn.count.units]
    assert all(len(row) == width for row in rows[TABLE:])
    names = [(row[1], row[3]) for row in rows[TABLE + 3 + 16 :]]
    expected = []
    for party in drawn.lists.lists:
        expected.append((party.name, ""))
        expected += [("", f"{c.last_name}, {c.initials}") for c in party.candidates]
    assert names == expected
    total = drawn.count.total
    lines = rows[TABLE + 3 :]
    for row in lines:
        cells = row[FIXED - 1 :]
        if all(cells):
            assert int(cells[0]) == sum(int(c) for c in cells[1:]), row[:4]
    totals = {row[1]: int(row[FIXED - 1]) for row in lines[:16] if row[FIXED - 1]}
    assert totals["geldige stembiljetten"] == total.total_counted
    assert totals["aangetroffen stembiljetten"] == total.total_counted + total.blank + total.invalid
    assert totals["geldig volmachtbewijs"] == total.reason("geldige volmachtbewijzen")
    assert "geldige kiezerspas" not in totals  # absent from the 510: empty, not 0
    list_totals = [int(row[FIXED - 1]) for row in lines[16:] if row[0]]
    assert list_totals == [lst.votes for lst in total.lists]
