"""One table of election categories (issue 12 C): the 110a reader, the app set-up, ``result`` and the
``allocate`` contract read it; the rules the Kiesraad's importer enforces hold; a European
Parliament definition (threshold 10 %, Kieswet Y 23a) is accepted.

Expected values are the law's (articles in :mod:`kieskring.domain.categories`), not the table's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from fixtures.generate.chain import generate
from fixtures.hostile import HOSTILE
from kieskring.allocation.contract_in import ContractError, read_election
from kieskring.domain import Category
from kieskring.domain.categories import CATEGORIES, allocation_rules, has_voter_passes
from kieskring.eml.read_110a import read_110a
from kieskring.errors import UserError
from seat_allocation.rules import Category as LawCategory


@pytest.fixture(scope="module")
def tiny_110a(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("tiny")
    return next(
        p for p in generate("tiny", 1, folder) if "Verkiezingsdefinitie" in p.name
    ).read_bytes()


def definition(
    base: bytes,
    folder: Path,
    *,
    category: str = "GR",
    sub: str = "GR1",
    seats: int = 9,
    threshold: int = 50,
    domain: bool = True,
) -> Path:
    """The tiny 110a (GR1, 9 seats, 50 %, domain 0999) with these header values."""
    data = base.replace(b"<ElectionCategory>GR<", f"<ElectionCategory>{category}<".encode())
    data = data.replace(b">GR1<", f">{sub}<".encode())
    data = data.replace(b"<kr:NumberOfSeats>9<", f"<kr:NumberOfSeats>{seats}<".encode())
    data = data.replace(
        b"<kr:PreferenceThreshold>50<", f"<kr:PreferenceThreshold>{threshold}<".encode()
    )
    if not domain:
        data = re.sub(rb"<kr:ElectionDomain[^>]*>[^<]*</kr:ElectionDomain>", b"", data)
    path = folder / f"def-{category}-{sub}-{seats}-{threshold}-{domain}.xml"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("category", "sub", "seats", "threshold", "domain"),
    [
        ("EP", "EP", 31, 10, False),  # EP2024: 31 seats, 10 % (Kieswet Y 23a)
        ("EP", "EP", 26, 10, False),  # EP2014
        ("TK", "TK", 150, 25, False),
        ("GR", "GR1", 17, 50, True),
        ("GR", "GR2", 45, 25, True),
        ("AB", "AB1", 18, 50, True),
        ("AB", "AB2", 30, 25, True),
        ("ER", "ER1", 9, 50, True),  # Bonaire
        ("ER", "ER1", 5, 50, True),  # Saba, Sint Eustatius
        ("PS", "PS1", 39, 25, True),
    ],
)
def test_definitions_of_every_category_are_read(
    tiny_110a: bytes,
    tmp_path: Path,
    category: str,
    sub: str,
    seats: int,
    threshold: int,
    domain: bool,
) -> None:
    path = definition(
        tiny_110a, tmp_path, category=category, sub=sub, seats=seats, threshold=threshold,
        domain=domain,
    )  # fmt: skip
    election = read_110a(path)
    assert (election.identity.category, election.seats) == (category, seats)
    assert election.preference_threshold == threshold


@pytest.mark.parametrize(
    ("category", "sub", "seats", "threshold", "domain", "code"),
    [
        ("GR", "PS1", 9, 50, True, "EML.110"),  # subcategory of another category
        ("AB", "GR1", 9, 50, True, "EML.110"),
        ("PS", "AB2", 39, 25, True, "EML.110"),
        ("TK", "EK", 150, 25, False, "EML.110"),
        ("ER", "ER2", 9, 50, True, "EML.110"),  # ER1 only
        ("GR", "GR1", 19, 50, True, "EML.110"),  # 19 seats is GR2
        ("AB", "AB2", 17, 25, True, "EML.110"),  # 17 seats is AB1
        ("GR", "GR1", 7, 50, True, "EML.110"),  # below 9 (Gemeentewet art. 8)
        ("GR", "GR2", 47, 25, True, "EML.110"),  # above 45
        ("GR", "GR2", 20, 25, True, "EML.110"),  # councils are odd
        ("PS", "PS2", 57, 25, True, "EML.110"),  # above 55 (Provinciewet art. 8)
        ("ER", "ER1", 11, 50, True, "EML.110"),  # above 9
        ("TK", "TK", 149, 25, False, "EML.110"),  # 150 (Grondwet art. 51)
        ("EP", "EP", 97, 10, False, "EML.110"),  # at most 96 (VEU art. 14)
        ("EP", "EP", 31, 25, False, "EML.111"),  # EP: 10 %
        ("GR", "GR2", 19, 50, True, "EML.111"),  # 19 seats: 25 %
        ("ER", "ER1", 9, 25, True, "EML.111"),  # 9 seats: 50 % (P 15 lid 2)
        ("GR", "GR1", 9, 50, False, "EML.008"),  # kr:ElectionDomain missing
        ("AB", "AB1", 9, 50, False, "EML.008"),
        ("PS", "PS1", 39, 25, False, "EML.008"),
        ("NR", "NR", 9, 50, True, "EML.110"),  # not a category Uitslag knows
    ],
)
def test_the_importers_rules_hold(
    tiny_110a: bytes,
    tmp_path: Path,
    category: str,
    sub: str,
    seats: int,
    threshold: int,
    domain: bool,
    code: str,
) -> None:
    path = definition(
        tiny_110a, tmp_path, category=category, sub=sub, seats=seats, threshold=threshold,
        domain=domain,
    )  # fmt: skip
    with pytest.raises(UserError) as caught:
        read_110a(path)
    assert [p.code for p in caught.value.problems] == [code]
    assert caught.value.problems[0].file == str(path)


def test_ps_subcategory_follows_the_kieskringen(tmp_path: Path) -> None:
    """PS1 one kieskring, PS2 several (the hostile corpus's provincial definition has two)."""
    path = HOSTILE / "sets" / "incomplete-set" / "definitie.xml"
    assert read_110a(path).identity.subcategory == "PS2"
    wrong = tmp_path / "ps1.xml"
    wrong.write_bytes(path.read_bytes().replace(b">PS2<", b">PS1<"))
    with pytest.raises(UserError) as caught:
        read_110a(wrong)
    assert caught.value.problems[0].code == "EML.110"


def test_the_table_covers_the_domain_and_the_law() -> None:
    assert set(CATEGORIES) <= set(get_args(Category))
    allocated = {c.allocation for c in CATEGORIES.values() if c.allocation}
    assert allocated == set(LawCategory)
    assert allocation_rules("EK") is None and allocation_rules("NR") is None
    ep = allocation_rules("EP")
    assert ep is not None and ep.preference_percentage(31) == 10
    assert ep.residual_requires_quota  # P 7 lid 2, as at the TK
    tk = allocation_rules("TK")
    assert tk is not None and tk.residual_requires_quota
    gr = allocation_rules("GR", law_36641=True)
    assert gr is not None and gr.residual_requires_quota
    assert not has_voter_passes("GR") and not has_voter_passes("ER")
    assert has_voter_passes("TK") and has_voter_passes("AB") and has_voter_passes("PS")


def test_allocate_contract_takes_its_categories_from_the_table() -> None:
    doc = {"seats": 5, "lists": [{"number": 1, "votes": 10, "candidate_count": 2}]}
    assert read_election({**doc, "category": "EP"}).rules.preference_percentage(5) == 10
    with pytest.raises(ContractError) as caught:
        read_election({**doc, "category": "EK"})
    assert "GR, AB, ER, PS, TK, EP" in caught.value.problems[0]
