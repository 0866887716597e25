"""ShortCodes for the candidates of a national count (510d), from the candidate lists (230b).

Above the kieskring a candidate is named by a ``ShortCode``, because the same person stands at other
positions in other kieskringen (chain.md §3). The Kiesraad's pattern: the last name without spaces
and hyphens, then the initials without dots, at most 14 characters (``RutteM``, ``HermansSTM``,
``YeşilgözZegerD``). One person (:mod:`kieskring.result.persons`: the same list number and everything
the 230b says about him) has one code in every kieskring; codes are unique in the whole election, so
the next person with a code already given gets ``1``, the one after ``2``, … in the order they first
appear, kieskring by kieskring, list by list. Namesakes — "A. van Blom" and "A. de Blom" of one
place — are two persons with two codes (``BlomA``, ``BlomA1``). This reproduces all 20,909 codes of
the TK2021 510d.
"""

from __future__ import annotations

from collections.abc import Sequence

from kieskring.domain.candidates import Candidate, CandidateLists
from kieskring.result.persons import PersonId, Place, lists_by_district, persons

MAX_LENGTH = 14
"""The longest ShortCode in the Kiesraad's TK2021 510d; longer last names are cut to fit."""


def base_code(candidate: Candidate) -> str:
    """The last name without spaces and hyphens, cut so that with the initials (without dots) the
    code is at most 14 characters (``Yeşilgöz-Zegerius``, D. → ``YeşilgözZegerD``)."""
    initials = candidate.initials.replace(".", "").replace(" ", "")
    name = candidate.last_name.replace(" ", "").replace("-", "")
    return name[: max(0, MAX_LENGTH - len(initials))] + initials


def person_codes(
    candidates: Sequence[CandidateLists], who: dict[Place, PersonId] | None = None
) -> dict[PersonId, str]:
    """Each person's ShortCode, unique in the election (raises RES.003 for twins on one list)."""
    who = persons(candidates) if who is None else who
    codes: dict[PersonId, str] = {}
    taken: set[str] = set()
    for district, lists in sorted(lists_by_district(candidates).items()):
        for party in lists.lists:
            for candidate in party.candidates:
                person = who[(district, party.number, candidate.number)]
                if person not in codes:
                    codes[person] = _free(base_code(candidate), taken)
    return codes


def short_codes_from_lists(
    candidates: Sequence[CandidateLists],
) -> dict[tuple[str, int, int], str]:
    """(``HSB<kieskring>``, list number, position) → ShortCode, for ``uitslag tabulate`` at CSB."""
    who = persons(candidates)
    codes = person_codes(candidates, who)
    return {
        (f"HSB{district}", number, position): codes[person]
        for (district, number, position), person in who.items()
    }


def _free(code: str, taken: set[str]) -> str:
    """``code``, or ``code1``, ``code2`` … when another person already has it."""
    found, suffix = code, 0
    while found in taken:
        suffix += 1
        found = f"{code}{suffix}"
    taken.add(found)
    return found
