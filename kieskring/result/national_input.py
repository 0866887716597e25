"""Build a multi-district allocation input from the national count (510d) and the 230b files.

The 510d carries, per kieskring (reporting unit ``HSBk``), every list's candidates by position
(``Id``) and ``ShortCode``; the 230b files say whether a party's lists form a lijstengroep or a
set of identical lists (chain.md §3, seat-allocation-multi.md §1). Who is who comes from the 230b
alone (:mod:`kieskring.result.persons`: two positions on one list are two persons; across lists
the same person only when everything the 230b says is the same). The 510d's ShortCodes must agree
with that: one code per person, the same in every kieskring, and no code for two persons
(RES.004, RES.005) — a count that merges two people is refused, never followed. A person is then
named by his code in the 510d, or, when the count has none (a tabulated 510c), by the code made
from the 230b as the Kiesraad does (:mod:`kieskring.result.short_codes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gmpy2 import mpz

from kieskring.domain.candidates import Candidate, CandidateLists
from kieskring.domain.counts import Count, ListVotes, ReportingUnitVotes
from kieskring.errors import Problem, UserError
from kieskring.result.persons import PersonId, Place, lists_by_district, persons
from kieskring.result.short_codes import person_codes
from seat_allocation.multi.model import (
    DistrictCandidate,
    DistrictList,
    NationalElection,
    Party,
    PartyKind,
)
from seat_allocation.rules import Rules

KINDS = {
    "lijstengroep": PartyKind.GROUP,
    "stel gelijkluidende lijsten": PartyKind.SET,
    "op zichzelf staande lijst": PartyKind.SINGLE,
}


def district_of(unit: ReportingUnitVotes, file: str) -> int:
    """The kieskring number of a 510d reporting unit (``HSB7`` → 7)."""
    match = re.fullmatch(r"HSB(\d+)", unit.id)
    if match is None:
        raise UserError(
            (
                Problem(
                    "RES.001",
                    f"onbekende eenheid {unit.id!r}, verwacht HSBn",
                    f"unknown reporting unit {unit.id!r}",
                    file,
                    unit.id,
                ),
            )
        )
    return int(match.group(1))


def kind_of(number: int, candidates: dict[int, CandidateLists]) -> PartyKind:
    """The party's kind from the 230b ``Type`` (a single list when it stands once)."""
    types = {
        lst.type
        for c in candidates.values()
        for lst in c.lists
        if lst.number == number and lst.type is not None
    }
    for name in ("lijstengroep", "stel gelijkluidende lijsten"):
        if name in types:
            return KINDS[name]
    return PartyKind.SINGLE


def where(place: Place) -> str:
    """``kieskring 3, lijst 2, kandidaat 5`` for messages."""
    district, number, position = place
    return f"kieskring {district}, lijst {number}, kandidaat {position}"


def codes_in_count(count: Count, who: dict[Place, PersonId], file: str) -> dict[Place, str]:
    """The 510d's ShortCode of every position that has one and is in the 230b."""
    return {
        place: candidate.short_code
        for unit in count.units
        for lst in unit.counts.lists
        for candidate in lst.candidates
        if candidate.short_code
        and candidate.id is not None
        and (place := (district_of(unit, file), lst.number, candidate.id)) in who
    }


def shared_code(code: str, first: Place, second: Place, file: str) -> Problem:
    """RES.005: one ShortCode for two persons."""
    return Problem(
        "RES.005",
        f"de 510d geeft ShortCode {code!r} aan twee verschillende personen: {where(first)} en "
        f"{where(second)} (volgens de 230b niet dezelfde persoon); hun stemmen mogen niet worden "
        "samengeteld",
        f"the 510d gives ShortCode {code!r} to two different persons",
        file,
        where(second),
    )


def code_problems(given: dict[Place, str], who: dict[Place, PersonId], file: str) -> list[Problem]:
    """RES.004: one person with several codes; RES.005: one code for several persons (each
    named once, at the first places where it shows)."""
    seen: dict[PersonId, tuple[str, Place]] = {}
    owner: dict[tuple[int, str], tuple[PersonId, Place]] = {}
    problems: list[Problem] = []
    told: set[tuple[str, str, PersonId]] = set()  # (rule, code, person) already reported
    for place, code in sorted(given.items()):
        person = who[place]
        first = seen.setdefault(person, (code, place))
        if first[0] != code and ("RES.004", code, person) not in told:
            told.add(("RES.004", code, person))
            problems.append(
                Problem(
                    "RES.004",
                    f"dezelfde persoon heeft in de 510d twee ShortCodes: {first[0]!r} "
                    f"({where(first[1])}) en {code!r} ({where(place)})",
                    f"one person has two ShortCodes in the 510d: {first[0]!r} and {code!r}",
                    file,
                    where(place),
                )
            )
        holder = owner.setdefault((place[1], code), (person, place))
        if holder[0] != person and ("RES.005", code, person) not in told:
            told.add(("RES.005", code, person))
            problems.append(shared_code(code, holder[1], place, file))
    return problems


def person_labels(
    count: Count, candidates: Sequence[CandidateLists], file: str
) -> tuple[dict[Place, PersonId], dict[PersonId, str]]:
    """Who stands where (from the 230b), and each person's ShortCode: the 510d's when it gives
    one, else the one made from the 230b. Raises RES.003–RES.005."""
    who = persons(candidates)
    given = codes_in_count(count, who, file)
    problems = code_problems(given, who, file)
    if problems:
        raise UserError(tuple(problems))
    labels = {who[place]: code for place, code in given.items()}
    for person, code in person_codes(candidates, who).items():
        labels.setdefault(person, code)
    first: dict[PersonId, Place] = {}
    for place, person in sorted(who.items()):
        first.setdefault(person, place)
    holders: dict[tuple[int, str], PersonId] = {}
    for person, code in sorted(labels.items()):
        other = holders.setdefault((person[0], code), person)
        if other != person:  # a code from the 510d meets one made from the 230b
            problems.append(shared_code(code, first[other], first[person], file))
    if problems:
        raise UserError(tuple(problems))
    return who, labels


def district_list(
    unit_list: ListVotes,
    district: int,
    who: dict[Place, PersonId],
    labels: dict[PersonId, str],
    file: str,
) -> DistrictList:
    """One party's list in one kieskring: each position as its person, with the votes there."""
    out: list[DistrictCandidate] = []
    for candidate in unit_list.candidates:
        person = who.get((district, unit_list.number, candidate.id or 0))
        if person is None or candidate.id is None:
            raise UserError(
                (
                    Problem(
                        "RES.002",
                        f"kandidaat {candidate.id} van lijst {unit_list.number} in kieskring "
                        f"{district} staat niet in de kandidatenlijsten (230b) van die kieskring",
                        "candidate is not in the 230b of its kieskring",
                        file,
                        f"HSB{district}, lijst {unit_list.number}",
                    ),
                )
            )
        out.append(DistrictCandidate(labels[person], candidate.id, mpz(candidate.votes)))
    return DistrictList(district, tuple(out))


def national_election(
    count: Count, candidates: Sequence[CandidateLists], seats: int, rules: Rules, file: str
) -> NationalElection:
    """The parties with their kieskring lists from a 510d and the 230b files."""
    by_district = lists_by_district(candidates)
    who, labels = person_labels(count, candidates, file)
    per_party: dict[int, list[DistrictList]] = {}
    for unit in count.units:
        district = district_of(unit, file)
        for lst in unit.counts.lists:
            built = district_list(lst, district, who, labels, file)
            per_party.setdefault(lst.number, []).append(built)
    parties = tuple(
        Party(number, kind_of(number, by_district), tuple(sorted(lists, key=lambda x: x.district)))
        for number, lists in sorted(per_party.items())
    )
    return NationalElection(seats, rules, parties)


def person_entries(
    election: NationalElection, candidates: Sequence[CandidateLists]
) -> dict[tuple[int, str], Candidate]:
    """(party, person key) → his 230b entry in the first kieskring he stands in, for names."""
    by_district = lists_by_district(candidates)
    out: dict[tuple[int, str], Candidate] = {}
    for party in election.parties:
        for lst in sorted(party.lists, key=lambda x: x.district):
            nominated = by_district.get(lst.district)
            found = nominated.list_by_number(party.number) if nominated else None
            entries = {c.number: c for c in found.candidates} if found else {}
            for c in lst.candidates:
                if (party.number, c.key) not in out and c.position in entries:
                    out[(party.number, c.key)] = entries[c.position]
    return out


def person_names(
    election: NationalElection, candidates: Sequence[CandidateLists]
) -> dict[tuple[int, str], str]:
    """(party, person key) → "Blom, A. (Anna) van, Putten": name and place, so that namesakes —
    the same name and initials — are told apart in the explanation."""
    return {
        key: f"{c.display_name}, {c.locality}" if c.locality else c.display_name
        for key, c in person_entries(election, candidates).items()
    }
