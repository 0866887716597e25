"""Issue 18: a candidate is a person, hand-computed on small elections with namesakes.

Two kieskringen, 20 seats (PS: highest averages, P 7; voorkeurdrempel 25%), V = 2000 so the
kiesdeler Q = 100 and the threshold T = 25. List 2 is a stel gelijkluidende lijsten of 1,700 (or
1,600) votes that only fills the seats; list 1 holds the namesakes. Votes per kieskring list come in
a 510d built here (units HSB1, HSB2), names from a 230b per kieskring.
"""

from __future__ import annotations

import datetime as dt

import pytest
from gmpy2 import mpz

from kieskring.domain.candidates import Candidate, CandidateLists, ListType, PartyList
from kieskring.domain.counts import CandidateVotes, Count, ListVotes, ReportingUnitVotes, VoteCounts
from kieskring.domain.election import Authority, ElectionIdentity
from kieskring.eml.arithmetic import add_counts
from kieskring.errors import UserError
from kieskring.protocols.from_allocation import national_report
from kieskring.protocols.render_result import document_info
from kieskring.result.run import run_result
from kieskring.result.short_codes import short_codes_from_lists
from seat_allocation.multi.allocate import allocate_national
from seat_allocation.multi.model import (
    DistrictCandidate,
    DistrictList,
    NationalElection,
    Party,
    PartyKind,
)
from seat_allocation.rules import Category, Rules
from seat_allocation.validate import InvalidInput

IDENTITY = ElectionIdentity(
    id="PS2029_Noordland",
    name="Provinciale Staten Noordland 2029",
    category="PS",
    subcategory="PS2",
    date=dt.date(2029, 3, 21),
)
Row = tuple[str, str, str | None, str | None, int]
"""(last name, initials, first name, prefix, votes); everyone lives in Putten."""


def person(number: int, row: Row) -> Candidate:
    last, initials, first, prefix, _ = row
    return Candidate(
        number=number,
        last_name=last,
        initials=initials,
        first_name=first,
        name_prefix=prefix,
        gender="female" if first in ("Anna", "Eva") else "male",
        locality="Putten",
    )


FILLER: list[Row] = [(f"Vos{i}", "Z.", "Zoë", None, 0) for i in range(1, 21)]


def filler(total: int) -> list[Row]:
    """List 2: twenty candidates, the first one with all ``total`` votes."""
    return [(*FILLER[0][:4], total), *FILLER[1:]]


def election(
    first: dict[int, list[Row]], kind: ListType, list_two: int, codes: bool | dict[str, str] = False
) -> tuple[Count, list[CandidateLists]]:
    """230b per kieskring and the 510d: list 1 as given (per kieskring), list 2 a set with
    ``list_two`` votes per kieskring on its first candidate. ``codes``: ShortCodes in the 510d —
    none, the ones made from the 230b (``True``), or those overridden by ``{"k,l,p": code}``."""
    lists = []
    for district, rows in first.items():
        lists.append(
            CandidateLists(
                identity=IDENTITY,
                authority=Authority(id="CSB"),
                contest_id=str(district),
                lists=(
                    PartyList(
                        number=1,
                        name="Een",
                        type=kind,
                        candidates=tuple(person(i + 1, r) for i, r in enumerate(rows)),
                    ),
                    PartyList(
                        number=2,
                        name="Twee",
                        type="stel gelijkluidende lijsten",
                        candidates=tuple(person(i + 1, r) for i, r in enumerate(filler(0))),
                    ),
                ),
            )
        )
    made = short_codes_from_lists(lists) if codes else {}
    overrides = codes if isinstance(codes, dict) else {}
    units = []
    for district, rows in first.items():

        def votes(number: int, table: list[Row], d: int = district) -> ListVotes:
            cands = tuple(
                CandidateVotes(
                    id=i + 1,
                    short_code=overrides.get(f"{d},{number},{i + 1}")
                    or made.get((f"HSB{d}", number, i + 1)),
                    votes=r[4],
                )
                for i, r in enumerate(table)
            )
            return ListVotes(
                number=number, name="", votes=sum(r[4] for r in table), candidates=cands
            )

        lists_here = (votes(1, rows), votes(2, filler(list_two)))
        total = sum(x.votes for x in lists_here)
        counts = VoteCounts(lists=lists_here, cast=total, total_counted=total, invalid=0, blank=0)
        units.append(
            ReportingUnitVotes(id=f"HSB{district}", name=f"Kieskring {district}", counts=counts)
        )
    count = Count(
        level="d",
        identity=IDENTITY,
        authority=Authority(id="CSB"),
        contest_id="alle",
        total=add_counts(u.counts for u in units),
        units=tuple(units),
    )
    return count, lists


def elected(count: Count, lists: list[CandidateLists]) -> list[tuple[str, str | None, int]]:
    """List 1's elected in the 520: (name, first name, ranking)."""
    run = run_result(count, lists, 20, file="510d")
    assert run.result is not None
    one = next(x for x in run.result.lists if x.number == 1)
    return [(c.candidate.display_name, c.candidate.short_code, c.ranking) for c in one.candidates]


ONE_LIST: list[Row] = [
    ("Blom", "A.", "Anna", "van", 100),
    ("Jansen", "B.", "Bram", None, 15),
    ("Blom", "A.", "Anna", "de", 10),
    ("Smit", "C.", "Carla", None, 25),
]
"""Per kieskring 150 votes; list 1 = 300, list 2 = 1,700: 3 and 17 seats, no residual seat."""


@pytest.mark.parametrize("codes", [False, True])
def test_namesakes_on_one_list_are_two_persons(codes: bool) -> None:
    """A set of identical lists in kieskringen 1 and 2. Summed (P 15): A. van Blom 200, C. Smit 50,
    B. Jansen 30, A. de Blom 20. Above T = 25: van Blom, Smit, Jansen — three, for three seats,
    elected by preference in that order. A. de Blom (20) is not elected. Adding the two Bloms
    (220 each, at both places) would elect two Bloms by preference and pass a candidate over."""
    count, lists = election({1: ONE_LIST, 2: ONE_LIST}, "stel gelijkluidende lijsten", 850, codes)
    assert elected(count, lists) == [
        ("Blom, A. (Anna) van", "BlomA", 1),
        ("Smit, C. (Carla)", "SmitC", 1),
        ("Jansen, B. (Bram)", "JansenB", 1),
    ]


GROUP: dict[int, list[Row]] = {
    1: [
        ("Bos", "A.", "Anna", None, 150),
        ("Prins", "J.", "Jan", "van", 20),
        ("Mulder", "K.", "Karin", None, 30),
    ],
    2: [
        ("Bos", "A.", "Anna", None, 150),
        ("Prins", "J.", "Jan", None, 20),
        ("Visser", "L.", "Lars", None, 30),
    ],
}
"""A lijstengroep: 200 votes per kieskring list, 400 in all; list 2 has 1,600: 4 and 16 seats."""


@pytest.mark.parametrize("codes", [False, True])
def test_namesakes_across_the_lists_of_a_group_are_two_persons(codes: bool) -> None:
    """Group quota 400/4 = 100: kieskring 1 and 2 each 2 full seats (P 12). Summed (P 15): A. Bos
    300, K. Mulder 30, L. Visser 30, J. van Prins 20, J. Prins 20; above T = 25: Bos, Mulder,
    Visser. P 16: Bos has 150 on both lists, so the lowest kieskring, 1; Mulder stands only in 1,
    Visser only in 2. P 17: kieskring 2's last seat goes to its next candidate, J. Prins (place 2).
    J. van Prins is not elected. As one person "J. Prins" (40 votes) would have been elected by
    preference and seated in kieskring 1 as J. van Prins."""
    count, lists = election(GROUP, "lijstengroep", 800, codes)
    assert elected(count, lists) == [
        ("Bos, A. (Anna)", "BosA", 1),
        ("Mulder, K. (Karin)", "MulderK", 1),
        ("Visser, L. (Lars)", "VisserL", 1),
        ("Prins, J. (Jan)", "PrinsJ1", 2),
    ]
    run = run_result(count, lists, 20, file="510d")
    trace = {
        e["candidate"]: (e["kieskring"], e["position"]) for e in run.trace["parties"][0]["elected"]
    }
    assert trace == {"BosA": (1, 1), "MulderK": (1, 3), "VisserL": (2, 3), "PrinsJ1": (2, 2)}
    assert (
        "Prins, J. (Jan), Putten (20 stemmen) — lijst in kieskring 2, plaats 2" in run.explanation
    )
    assert "van Prins" not in run.explanation.split("Lijst 2 (")[0].split("Lijst 1 (")[1]


def test_the_shortcodes_of_namesakes_are_numbered_and_the_same_in_every_kieskring() -> None:
    """ShortCodes: the last name and initials; the second person with "PrinsJ" gets "PrinsJ1";
    A. Bos stands in both kieskringen and is "BosA" in both."""
    _, lists = election(GROUP, "lijstengroep", 800)
    codes = short_codes_from_lists(lists)
    assert codes[("HSB1", 1, 2)] == "PrinsJ"
    assert codes[("HSB2", 1, 2)] == "PrinsJ1"
    assert codes[("HSB1", 1, 1)] == codes[("HSB2", 1, 1)] == "BosA"


def test_a_510d_that_gives_two_persons_one_code_is_refused_naming_both() -> None:
    count, lists = election(GROUP, "lijstengroep", 800, {"2,1,2": "PrinsJ"})
    with pytest.raises(UserError) as raised:
        run_result(count, lists, 20, file="510d")
    (problem,) = raised.value.problems
    assert problem.code == "RES.005"
    assert "kieskring 1, lijst 1, kandidaat 2" in problem.message_nl
    assert "kieskring 2, lijst 1, kandidaat 2" in problem.message_nl


def test_a_510d_that_gives_one_person_two_codes_is_refused() -> None:
    count, lists = election(GROUP, "lijstengroep", 800, {"2,1,1": "BosA7"})
    with pytest.raises(UserError) as raised:
        run_result(count, lists, 20, file="510d")
    assert [p.code for p in raised.value.problems] == ["RES.004"]


def test_two_positions_nothing_tells_apart_stop_with_both_named() -> None:
    """Kieskring 1's list has J. (Jan) van Prins twice (places 2 and 4), identical in every field:
    whether either stands on another kieskring's list cannot be known. No guess: RES.003 naming
    list, kieskring and both places."""
    twins = {1: [*GROUP[1], GROUP[1][1]], 2: GROUP[2]}
    count, lists = election(twins, "lijstengroep", 800)
    with pytest.raises(UserError) as raised:
        run_result(count, lists, 20, file="510d")
    (problem,) = raised.value.problems
    assert problem.code == "RES.003"
    assert (
        problem.place == "kieskring 1, lijst 1, kandidaten 2 en 4" or "kandidaten" in problem.place
    )
    assert "kandidaten 2 en 4 van lijst 1 in kieskring 1" in problem.message_nl


def party(number: int, kind: PartyKind, lists: dict[int, list[tuple[str, int]]]) -> Party:
    return Party(
        number,
        kind,
        tuple(
            DistrictList(
                d, tuple(DistrictCandidate(k, i + 1, mpz(v)) for i, (k, v) in enumerate(c))
            )
            for d, c in sorted(lists.items())
        ),
    )


def national(*parties: Party) -> NationalElection:
    return NationalElection(20, Rules.for_category(Category.PS), parties)


def test_the_allocation_refuses_one_key_at_two_places_of_one_list() -> None:
    merged = party(1, PartyKind.GROUP, {1: [("BlomA", 100), ("BlomA", 10)], 2: [("BlomA", 50)]})
    rest = party(2, PartyKind.SET, {1: [("x", 900)], 2: [("x", 900)]})
    with pytest.raises(InvalidInput) as raised:
        allocate_national(national(merged, rest))
    assert "kandidaten 1 en 2 zijn twee personen" in str(raised.value)


def test_the_allocation_refuses_a_set_whose_lists_differ() -> None:
    uneven = party(1, PartyKind.SET, {1: [("a", 100), ("b", 10)], 2: [("b", 50), ("a", 5)]})
    with pytest.raises(InvalidInput) as raised:
        allocate_national(national(uneven))
    assert "de lijst in kieskring 2 verschilt van die in kieskring 1" in str(raised.value)


def test_the_p22_1_names_each_elected_person_once_where_he_takes_the_seat() -> None:
    """The group above: the P 22-1 names A. Bos, K. Mulder, L. Visser (preference) and J. Prins
    (list order) once each, with the kieskring list and place where the seat is taken (P 16,
    P 18); Bijlage 1 lists J. van Prins and J. Prins as two persons, each with his own 20 votes."""
    count, lists = election(GROUP, "lijstengroep", 800)
    run = run_result(count, lists, 20, file="510d")
    assert run.national is not None
    data = national_report(run.national, lists, document_info("P 22-1", lists[0], "", "", "", ""))
    one = next(x for x in data.elected if x.list_number == 1)
    assert one.by_preference == (
        "Bos, A. (Anna) — kieskring 1, nr. 1",
        "Mulder, K. (Karin) — kieskring 1, nr. 3",
        "Visser, L. (Lars) — kieskring 2, nr. 3",
    )
    assert one.by_list_order == ("Prins, J. (Jan) — kieskring 2, nr. 2",)
    names = [c.name for c in data.candidate_lists[0].candidates]
    assert names == [
        "Bos, A. (Anna)",
        "Prins, J. (Jan) van",
        "Mulder, K. (Karin)",
        "Prins, J. (Jan)",
        "Visser, L. (Lars)",
    ]
    assert data.candidate_votes[0] == (300, 20, 30, 20, 30)
