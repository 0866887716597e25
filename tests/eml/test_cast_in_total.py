"""Genuine files of later elections pass (issue 12 C): in its TK2025 municipal counts (510b) the
Kiesraad writes ``Cast`` 0 for every polling station and the municipality's electorate only in the
total. No TK2025 file is at hand; the tiny count rewritten by that rule is the faithful small case.
It is a warning (EML.204), not EML.103 — for the careful and the streaming reader alike, and the
municipality's electorate goes up the chain. A station with a ``Cast`` of its own still has to add
up (EML.103)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fixtures.generate.chain import generate
from kieskring.cli import main
from kieskring.domain import Authority
from kieskring.eml.read_510 import read_510
from kieskring.eml.stream_510 import careful_totals, read_510_totals, stream_510
from kieskring.eml.tabulate import tabulate
from kieskring.errors import Problem, UserError

STATION_CAST = re.compile(rb"(<ReportingUnitVotes>.*?<Cast>)\d+(</Cast>)", re.DOTALL)
TOTAL_CAST = 4460  # the tiny count's electorate (972 + 1342 + 2146 in its stations)


@pytest.fixture(scope="module")
def telling(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("tiny")
    path = next(p for p in generate("tiny", 1, folder) if p.name.startswith("Telling"))
    return path.read_bytes()


def tk2025(telling: bytes, folder: Path) -> Path:
    """The tiny 510b as the Kiesraad writes a TK2025 one: every station ``Cast`` 0."""
    data, stations = STATION_CAST.subn(rb"\g<1>0\g<2>", telling)
    assert stations == 3 and f"<Cast>{TOTAL_CAST}</Cast>".encode() in data
    path = folder / "Telling_TK2025.eml.xml"
    path.write_bytes(data)
    return path


def test_both_readers_accept_it_with_a_warning(telling: bytes, tmp_path: Path) -> None:
    path = tk2025(telling, tmp_path)
    warnings: list[Problem] = []
    count = read_510(path, warnings=warnings)
    assert count.total.cast == TOTAL_CAST and all(u.counts.cast == 0 for u in count.units)
    assert [w.code for w in warnings] == ["EML.204"]
    assert warnings[0].place == "TotalVotes"
    fast = stream_510(path.read_bytes(), str(path))
    assert fast == careful_totals(path, "bcd")
    assert read_510_totals(path).count.total.cast == TOTAL_CAST


def test_eml_check_exits_0_and_prints_the_warning(
    telling: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eml", "check", str(tk2025(telling, tmp_path))]) == 0
    assert "EML.204" in capsys.readouterr().out


def test_the_electorate_goes_up_the_chain(telling: bytes, tmp_path: Path) -> None:
    """Read whole or streamed, the municipality enters the 510c with its electorate."""
    path = tk2025(telling, tmp_path)
    hsb = Authority(id="HSB1", name="Kieskring")
    for count in (read_510(path), read_510_totals(path).count):
        unit = tabulate([count], hsb, contest_id="1").count.units[0]
        assert unit.counts.cast == TOTAL_CAST


def test_stations_that_carry_cast_must_still_add_up(telling: bytes, tmp_path: Path) -> None:
    """One station keeps its own Cast: then the total must be their sum (EML.103)."""
    data = STATION_CAST.sub(rb"\g<1>0\g<2>", telling, count=2)
    path = tmp_path / "half.xml"
    path.write_bytes(data)
    with pytest.raises(UserError) as caught:
        read_510(path)
    assert [p.code for p in caught.value.problems] == ["EML.103"]
    with pytest.raises(UserError):
        read_510_totals(path)
