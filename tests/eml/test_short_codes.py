"""ShortCodes for the 510d made from the 230b files (kieskring.result.short_codes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kieskring.domain.candidates import Candidate, CandidateLists, PartyList
from kieskring.domain.election import Authority, ElectionIdentity
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.tabulate import short_codes_of
from kieskring.errors import UserError
from kieskring.result.short_codes import base_code, short_codes_from_lists


def test_reproduces_every_shortcode_of_the_real_tk2021_510d(tk2021_dir: Path) -> None:
    lists = [read_230b(p) for p in sorted(tk2021_dir.glob("Kandidatenlijsten_*.eml.xml"))]
    real = short_codes_of(read_510(tk2021_dir / "Totaaltelling_TK2021.eml.xml"))
    ours = short_codes_from_lists(lists)
    assert len(real) == 20_909
    assert ours == real


def person(number: int, last: str, initials: str, place: str) -> Candidate:
    return Candidate(number=number, last_name=last, initials=initials, locality=place)


def lists(contest: str, *parties: PartyList) -> CandidateLists:
    identity = ElectionIdentity.model_validate(
        {
            "id": "TK2029",
            "name": "Tweede Kamer 2029",
            "category": "TK",
            "subcategory": "TK",
            "date": "2029-03-21",
        }
    )
    csb = Authority(id="CSB", name="Kiesraad")
    return CandidateLists(identity=identity, authority=csb, contest_id=contest, lists=parties)


def test_long_names_are_cut_and_namesakes_numbered_across_lists() -> None:
    long = person(1, "Yeşilgöz-Zegerius", "D.", "Den Haag")
    assert base_code(long) == "YeşilgözZegerD"
    first = PartyList(number=1, name="A", candidates=(long, person(2, "de Vos", "T.G.", "Laren")))
    other = PartyList(number=2, name="B", candidates=(person(1, "de Vos", "T.G.", "Ede"),))
    again = PartyList(number=1, name="A", candidates=(person(3, "de Vos", "T.G.", "Laren"),))
    codes = short_codes_from_lists([lists("1", first, other), lists("2", again)])
    assert codes[("HSB1", 1, 2)] == "deVosTG"
    assert codes[("HSB1", 2, 1)] == "deVosTG1", "another person, another list: numbered"
    assert codes[("HSB2", 1, 3)] == "deVosTG", "the same person in another kieskring: same code"


def namesake(number: int, prefix: str | None, first: str) -> Candidate:
    return Candidate(
        number=number,
        last_name="Blom",
        initials="A.",
        first_name=first,
        name_prefix=prefix,
        locality="Putten",
    )


def test_namesakes_differing_in_prefix_or_first_name_get_their_own_code() -> None:
    """Issue 18: "A. (Anna) van Blom", "A. (Anna) de Blom" and "A. (Annemiek) van Blom" of Putten
    on one list are three persons: BlomA, BlomA1, BlomA2 — and in kieskring 2, where "A. (Anna)
    de Blom" stands first, she keeps BlomA1."""
    one = PartyList(
        number=1,
        name="A",
        candidates=(
            namesake(1, "van", "Anna"),
            namesake(2, "de", "Anna"),
            namesake(3, "van", "Annemiek"),
        ),
    )
    two = PartyList(number=1, name="A", candidates=(namesake(1, "de", "Anna"),))
    codes = short_codes_from_lists([lists("1", one), lists("2", two)])
    assert [codes[("HSB1", 1, n)] for n in (1, 2, 3)] == ["BlomA", "BlomA1", "BlomA2"]
    assert codes[("HSB2", 1, 1)] == "BlomA1"


NAMES = st.tuples(
    st.sampled_from(["A.", "B."]),
    st.sampled_from(["Anna", "Ahmed", None]),
    st.sampled_from(["van", "de", None]),
    st.sampled_from(["Blom", "Prins"]),
    st.sampled_from(["Putten", "Ede"]),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(NAMES, min_size=1, max_size=5), min_size=1, max_size=3),
        min_size=2,
        max_size=3,
    )
)
def test_one_code_per_person_and_one_person_per_code(
    districts: list[list[list[tuple[str, str | None, str | None, str, str]]]],
) -> None:
    """For any candidate lists built from a handful of name parts (namesakes everywhere): two
    positions carry the same code exactly when they are the same person — the same list number
    and every field equal (for a list standing in one kieskring: the same place). Twins on one
    list of a party in several kieskringen are refused instead (RES.003)."""
    built = []
    for d, parties in enumerate(districts, start=1):
        party_lists = tuple(
            PartyList(
                number=n,
                name=f"L{n}",
                candidates=tuple(
                    Candidate(
                        number=i + 1,
                        initials=a,
                        first_name=f,
                        name_prefix=p,
                        last_name=last,
                        locality=w,
                    )
                    for i, (a, f, p, last, w) in enumerate(rows)
                ),
            )
            for n, rows in enumerate(parties, start=1)
        )
        built.append(lists(str(d), *party_lists))

    def shared(n: int) -> bool:
        return sum(1 for ps in districts if len(ps) >= n) > 1

    twins = any(
        len(set(rows)) < len(rows)
        for parties in districts
        for n, rows in enumerate(parties, start=1)
        if shared(n)
    )
    if twins:
        with pytest.raises(UserError) as raised:
            short_codes_from_lists(built)
        assert {p.code for p in raised.value.problems} == {"RES.003"}
        return
    codes = short_codes_from_lists(built)
    person = {  # a list that stands in one kieskring only: each place its own person
        (f"HSB{d}", n, i + 1): (n, row) if shared(n) else (n, row, i)
        for d, parties in enumerate(districts, start=1)
        for n, rows in enumerate(parties, start=1)
        for i, row in enumerate(rows)
    }
    assert codes.keys() == person.keys()
    for a in codes:
        for b in codes:
            assert (codes[a] == codes[b]) == (person[a] == person[b]), (a, b)
