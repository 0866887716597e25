"""Tabulation: the 19 TK2021 kieskring counts add up to the HSB units of the Totaaltelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from kieskring.domain import Authority, Count, VoteCounts
from kieskring.eml.arithmetic import add_counts
from kieskring.eml.read_510 import read_510
from kieskring.eml.tabulate import short_codes_of, tabulate
from kieskring.errors import UserError
from tests.conftest import shared_path


def _votes(counts: VoteCounts) -> dict[str, int]:
    """Per list and per candidate position, plus E, F and G — what the 510d must agree on."""
    fields = {"TotalCounted": counts.total_counted, "blanco": counts.blank}
    fields["ongeldig"] = counts.invalid
    for lst in counts.lists:
        fields[f"{lst.number}"] = lst.votes
        for cand in lst.candidates:
            fields[f"{lst.number}.{cand.id}"] = cand.votes
    return fields


@pytest.fixture(scope="module")
def tk_counts() -> tuple[list[Count], Count]:

    folder = shared_path("data", "TK2021")
    kieskringen = [read_510(p, levels="c") for p in sorted(folder.glob("Telling_*kieskring*.xml"))]
    return kieskringen, read_510(folder / "Totaaltelling_TK2021.eml.xml", levels="d")


def test_tk2021_kieskringen_give_the_totaaltelling(tk_counts: tuple[list[Count], Count]) -> None:
    kieskringen, national = tk_counts
    assert len(kieskringen) == 19
    result = tabulate(kieskringen, Authority(id="CSB", name="Nederland"), contest_id="alle")
    published = {unit.id: unit for unit in national.units}
    assert len(result.count.units) == 19
    for unit in result.count.units:
        assert _votes(unit.counts) == _votes(published[unit.id].counts), unit.id
    assert set(published) - {u.id for u in result.count.units} == {"HSB20"}  # Bonaire: no 510c
    assert result.provenance["HSB9"] == ("HSB9::0363",)  # Amsterdam is one municipality
    assert len(result.provenance["HSB7"]) == 37


def test_national_total_with_bonaire(tk_counts: tuple[list[Count], Count]) -> None:
    kieskringen, national = tk_counts
    codes = short_codes_of(national)
    result = tabulate(kieskringen, Authority(id="CSB"), contest_id="alle", short_codes=codes).count
    bonaire = next(u for u in national.units if u.id == "HSB20")
    total = add_counts([*(u.counts for u in result.units), bonaire.counts])
    published = national.total
    assert (total.total_counted, total.blank, total.invalid) == (10422852, 17173, 22652)
    assert [(lst.number, lst.votes) for lst in total.lists] == [
        (lst.number, lst.votes) for lst in published.lists
    ]
    by_code = {(lst.number, c.short_code): c.votes for lst in total.lists for c in lst.candidates}
    assert by_code == {
        (lst.number, c.short_code): c.votes for lst in published.lists for c in lst.candidates
    }
    assert result.total.lists[0].candidates[0].short_code == "RutteM"


def test_without_short_codes_the_national_total_has_list_totals_only(
    tk_counts: tuple[list[Count], Count],
) -> None:
    kieskringen, _ = tk_counts
    result = tabulate(kieskringen[:2], Authority(id="CSB"), contest_id="alle").count
    assert all(not lst.candidates for lst in result.total.lists)
    assert result.total.total_counted == sum(c.total.total_counted for c in kieskringen[:2])


def test_municipality_into_kieskring(wmw_dir: Path) -> None:
    count = read_510(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    result = tabulate([count], Authority(id="HSB6", name="Nijmegen"), contest_id="6")
    unit = result.count.units[0]
    assert (unit.id, unit.name) == ("HSB6::0668", "West Maas en Waal")
    assert unit.counts.total_counted == 9350
    assert result.provenance["HSB6::0668"][0] == "0668::SB1"
    assert result.count.total == unit.counts


def test_invariants(wmw_dir: Path) -> None:
    count = read_510(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    with pytest.raises(UserError) as caught:
        tabulate([count, count], Authority(id="HSB6"), contest_id="6")
    assert {p.code for p in caught.value.problems} == {"EML.108"}
    broken = count.model_copy(update={"total": count.total.model_copy(update={"blank": 22})})
    with pytest.raises(UserError) as caught:
        tabulate([broken], Authority(id="HSB6"), contest_id="6")
    assert {p.code for p in caught.value.problems} == {"EML.103"}
