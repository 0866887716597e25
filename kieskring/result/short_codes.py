"""ShortCodes for the candidates of a national count (510d), from the candidate lists (230b).

Above the kieskring a candidate is named by a ``ShortCode``, because the same person stands at other
positions in other kieskringen (chain.md §3). The Kiesraad's pattern: the last name without spaces
and hyphens, then the initials without dots, at most 14 characters (``RutteM``, ``HermansSTM``,
``YeşilgözZegerD``). One person — the same list number, last name, initials and place of residence
(:func:`person_key`) — has one code in every kieskring; codes are unique in the whole election, so
the next person with a code already given gets ``1``, the one after ``2``, … in the order they first
appear, kieskring by kieskring, list by list. This reproduces all 20,909 codes of the TK2021 510d.
"""

from __future__ import annotations

from collections.abc import Sequence

from kieskring.domain.candidates import Candidate, CandidateLists
from kieskring.result.national_input import lists_by_district, person_key

MAX_LENGTH = 14
"""The longest ShortCode in the Kiesraad's TK2021 510d; longer last names are cut to fit."""


def base_code(candidate: Candidate) -> str:
    """The last name without spaces and hyphens, cut so that with the initials (without dots) the
    code is at most 14 characters (``Yeşilgöz-Zegerius``, D. → ``YeşilgözZegerD``)."""
    initials = candidate.initials.replace(".", "").replace(" ", "")
    name = candidate.last_name.replace(" ", "").replace("-", "")
    return name[: max(0, MAX_LENGTH - len(initials))] + initials


def short_codes_from_lists(
    candidates: Sequence[CandidateLists],
) -> dict[tuple[str, int, int], str]:
    """(``HSB<kieskring>``, list number, position) → ShortCode, for ``uitslag tabulate`` at CSB."""
    codes: dict[tuple[str, int, int], str] = {}
    person_code: dict[tuple[int, str], str] = {}
    taken: set[str] = set()
    for district, lists in sorted(lists_by_district(candidates).items()):
        for party in lists.lists:
            for candidate in party.candidates:
                person = (party.number, person_key(candidate))
                if person not in person_code:
                    person_code[person] = _free(base_code(candidate), taken)
                codes[(f"HSB{district}", party.number, candidate.number)] = person_code[person]
    return codes


def _free(code: str, taken: set[str]) -> str:
    """``code``, or ``code1``, ``code2`` … when another person already has it."""
    found, suffix = code, 0
    while found in taken:
        suffix += 1
        found = f"{code}{suffix}"
    taken.add(found)
    return found
