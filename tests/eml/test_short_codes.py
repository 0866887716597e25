"""ShortCodes for the 510d made from the 230b files (kieskring.result.short_codes)."""

from __future__ import annotations

from pathlib import Path

from kieskring.domain.candidates import Candidate, CandidateLists, PartyList
from kieskring.domain.election import Authority, ElectionIdentity
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.tabulate import short_codes_of
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
