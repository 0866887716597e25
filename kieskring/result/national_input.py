"""Build a multi-district allocation input from the national count (510d) and the 230b files.

The 510d carries, per kieskring (reporting unit ``HSBk``), every list's candidates by position
(``Id``) and ``ShortCode``; the 230b files say whether a party's lists form a lijstengroep or a
set of identical lists (chain.md §3, seat-allocation-multi.md §1). A candidate is one person across
the lists of a party when the ShortCode is the same; without ShortCodes the name, initials and
locality from the 230b decide. Candidates that cannot be placed are reported with file and list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gmpy2 import mpz

from kieskring.domain.candidates import Candidate, CandidateLists
from kieskring.domain.counts import Count, ListVotes, ReportingUnitVotes
from kieskring.errors import Problem, UserError
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


def person_key(candidate: Candidate) -> str:
    """A person's identity from the 230b when no ShortCode is at hand."""
    return "|".join((candidate.last_name, candidate.initials, candidate.locality or ""))


def lists_by_district(candidates: Sequence[CandidateLists]) -> dict[int, CandidateLists]:
    """The 230b of each kieskring, by its contest number."""
    return {int(c.contest_id): c for c in candidates if c.contest_id.isdigit()}


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


def district_list(
    unit_list: ListVotes, district: int, lists: CandidateLists | None, file: str
) -> DistrictList:
    """One party's list in one kieskring. A candidate's key is his ShortCode, or, when the count
    has none (a tabulated 510c), his name, initials and locality from that kieskring's 230b."""
    nominated = lists.list_by_number(unit_list.number) if lists is not None else None
    names = {c.number: person_key(c) for c in nominated.candidates} if nominated else {}
    out: list[DistrictCandidate] = []
    for candidate in unit_list.candidates:
        key = candidate.short_code or names.get(candidate.id or 0)
        if key is None or candidate.id is None:
            raise UserError(
                (
                    Problem(
                        "RES.002",
                        f"kandidaat {candidate.id} van lijst {unit_list.number} in kieskring {district} "
                        "is niet te vinden in de kandidatenlijsten (geen ShortCode, niet in de 230b)",
                        "candidate cannot be placed: no ShortCode and not in the 230b",
                        file,
                        f"HSB{district}, lijst {unit_list.number}",
                    ),
                )
            )
        out.append(DistrictCandidate(key, candidate.id, mpz(candidate.votes)))
    return DistrictList(district, tuple(out))


def national_election(
    count: Count, candidates: Sequence[CandidateLists], seats: int, rules: Rules, file: str
) -> NationalElection:
    """The parties with their kieskring lists from a 510d and the 230b files."""
    by_district = lists_by_district(candidates)
    per_party: dict[int, list[DistrictList]] = {}
    for unit in count.units:
        district = district_of(unit, file)
        for lst in unit.counts.lists:
            built = district_list(lst, district, by_district.get(district), file)
            per_party.setdefault(lst.number, []).append(built)
    parties = tuple(
        Party(number, kind_of(number, by_district), tuple(sorted(lists, key=lambda x: x.district)))
        for number, lists in sorted(per_party.items())
    )
    return NationalElection(seats, rules, parties)
