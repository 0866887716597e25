"""The 520 (Resultaat) from an allocation, in the Kiesraad's conventions (chain.md §3).

Per list that won seats an ``AffiliationIdentifier``; then its elected candidates in the order the
seats were filled: those elected by preference in order of election (``Ranking`` 1), then the
others (``Ranking`` 2). The candidate ``Id`` is that order; above the kieskring the ``ShortCode``
identifies the person. Names come from the 230b, exactly as nominated.
"""

from __future__ import annotations

from collections.abc import Sequence

from kieskring.domain.candidates import Candidate, CandidateLists, PartyList
from kieskring.domain.election import Authority, ElectionIdentity
from kieskring.domain.result import ElectedCandidate, ElectedList, Result
from kieskring.errors import Problem, UserError
from seat_allocation.allocate import Allocation
from seat_allocation.multi.allocate import NationalAllocation
from seat_allocation.multi.group_candidates import SeatedCandidate


def as_elected(
    candidate: Candidate, order: int, preferential: bool, short_code: str | None
) -> ElectedCandidate:
    """One elected candidate: number = order of filling, ranking 1 (preference) or 2."""
    person = candidate.model_copy(
        update={
            "number": order,
            "short_code": short_code,
            "first_name": candidate.first_name or "",
            "name_prefix": candidate.name_prefix or "",
            "country_code": None,  # the 520 names the locality only (Resultaat_TK2021)
        }
    )
    return ElectedCandidate(candidate=person, ranking=1 if preferential else 2)


def party_list(lists: CandidateLists, number: int, file: str) -> PartyList:
    """The list ``number`` of a 230b, or a problem naming the file."""
    found = lists.list_by_number(number)
    if found is None:
        raise UserError(
            (
                Problem(
                    "RES.010",
                    f"lijst {number} staat niet in de kandidatenlijsten",
                    f"list {number} is not in the candidate lists",
                    file,
                ),
            )
        )
    return found


def by_position(lst: PartyList, position: int, file: str) -> Candidate:
    """Candidate ``position`` of a list, or a problem naming file and list."""
    found = next((c for c in lst.candidates if c.number == position), None)
    if found is None:
        raise UserError(
            (
                Problem(
                    "RES.011",
                    f"lijst {lst.number} heeft geen kandidaat {position}",
                    f"list {lst.number} has no candidate {position}",
                    file,
                    f"lijst {lst.number}",
                ),
            )
        )
    return found


def single_result(
    identity: ElectionIdentity,
    authority: Authority,
    lists: CandidateLists,
    allocation: Allocation,
    file: str,
) -> Result:
    """The 520 of a single-district election (GR, AB, ER, PS with one kieskring)."""
    elected_lists: list[ElectedList] = []
    for nomination in allocation.nominations:
        if not nomination.seats:
            continue
        lst = party_list(lists, nomination.list_number, file)
        order = (*nomination.preferential, *nomination.other)
        people = tuple(
            as_elected(by_position(lst, p, file), i + 1, p in nomination.preferential, None)
            for i, p in enumerate(order)
        )
        elected_lists.append(ElectedList(number=lst.number, name=lst.name, candidates=people))
    return Result(
        identity=identity,
        authority=authority,
        contest_id=lists.contest_id,
        contest_name=lists.contest_name,
        lists=tuple(elected_lists),
    )


def seated_candidate(
    seated: SeatedCandidate, party: int, by_district: dict[int, CandidateLists], file: str
) -> Candidate:
    """The 230b entry of a seated candidate: his list in the kieskring he sits for (the lowest
    kieskring for a set of identical lists)."""
    district = (
        seated.district
        if seated.district is not None
        else min(d for d, c in by_district.items() if c.list_by_number(party) is not None)
    )
    return by_position(party_list(by_district[district], party, file), seated.position, file)


def national_result(
    identity: ElectionIdentity,
    authority: Authority,
    lists: Sequence[CandidateLists],
    allocation: NationalAllocation,
    file: str,
) -> Result:
    """The 520 of a multi-district election (TK, EP, PS with several kieskringen)."""
    by_district = {int(c.contest_id): c for c in lists if c.contest_id.isdigit()}
    elected_lists: list[ElectedList] = []
    for outcome in allocation.parties:
        if not outcome.seats:
            continue
        people = tuple(
            as_elected(
                seated_candidate(s, outcome.party, by_district, file), i + 1, s.preferential, s.key
            )
            for i, s in enumerate(outcome.elected)
        )
        first = min(
            d for d, c in by_district.items() if c.list_by_number(outcome.party) is not None
        )
        name = party_list(by_district[first], outcome.party, file).name
        elected_lists.append(ElectedList(number=outcome.party, name=name, candidates=people))
    return Result(
        identity=identity, authority=authority, contest_id="alle", lists=tuple(elected_lists)
    )
