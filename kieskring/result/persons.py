"""Who is who on the kieskring lists of one party (Kieswet P 15; seat-allocation-multi.md §1).

A candidate is a person. Two positions on one list are always two persons. Across the kieskring
lists of one party (a lijstengroep, or a stel gelijkluidende lijsten: the lists that carry its
number) a candidate is the same person only when everything the 230b says about him is the same:
initials, first name, prefix, last name, gender, locality, country — every field of
:class:`~kieskring.domain.candidates.Candidate` but the position, so a field added to the model
later counts too. Never a subset: "A. (Anna) van Blom" and "A. (Anna) de Blom" of one place are two
persons.

When two positions on one list carry the same identity and the party stands in more than one
kieskring, no file can tell which of the two stands on the party's other lists: that is refused
(RES.003, naming both) rather than guessed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kieskring.domain.candidates import Candidate, CandidateLists
from kieskring.errors import Problem, UserError

Identity = tuple[tuple[str, str], ...]
"""Every identifying field of a candidate as ``(field, value)`` pairs; absent and empty are alike."""

Place = tuple[int, int, int]
"""(kieskring, list number, position on that list)."""

PersonId = tuple[int, int]
"""(list number, the person's number in that party: 1, 2, … in order of first appearance)."""

NOT_IDENTITY = frozenset({"number"})


def identity(candidate: Candidate) -> Identity:
    """Everything the 230b says about the person, except where he stands on the list."""
    fields = candidate.model_dump(exclude=set(NOT_IDENTITY))
    return tuple(
        (name, "" if value is None else str(value)) for name, value in sorted(fields.items())
    )


def lists_by_district(candidates: Sequence[CandidateLists]) -> dict[int, CandidateLists]:
    """The 230b of each kieskring, by its contest number."""
    return {int(c.contest_id): c for c in candidates if c.contest_id.isdigit()}


def districts_of(by_district: Mapping[int, CandidateLists]) -> dict[int, set[int]]:
    """Per list number, the kieskringen where the party stands."""
    out: dict[int, set[int]] = {}
    for district, lists in by_district.items():
        for party in lists.lists:
            out.setdefault(party.number, set()).add(district)
    return out


def twins(district: int, number: int, candidates: Sequence[Candidate]) -> list[Problem]:
    """RES.003 for every two positions on one list that nothing in the 230b tells apart."""
    first: dict[Identity, int] = {}
    problems: list[Problem] = []
    for candidate in candidates:
        earlier = first.setdefault(identity(candidate), candidate.number)
        if earlier != candidate.number:
            problems.append(
                Problem(
                    "RES.003",
                    f"kandidaten {earlier} en {candidate.number} van lijst {number} in kieskring "
                    f"{district} zijn in de 230b niet te onderscheiden (naam, voorletters, "
                    "voornaam, tussenvoegsel, geslacht en woonplaats gelijk): niet te bepalen wie "
                    "van hen op de lijsten in andere kieskringen staat",
                    f"candidates {earlier} and {candidate.number} of list {number} in kieskring "
                    f"{district} cannot be told apart by anything in the 230b",
                    place=f"kieskring {district}, lijst {number}, kandidaten {earlier} en "
                    f"{candidate.number}",
                )
            )
    return problems


def persons(candidates: Sequence[CandidateLists]) -> dict[Place, PersonId]:
    """Every position of every list in the 230b files, mapped to its person. Persons are numbered
    per party in order of first appearance (kieskring, then list order); raises RES.003."""
    by_district = lists_by_district(candidates)
    spread = districts_of(by_district)
    who: dict[Place, PersonId] = {}
    known: dict[tuple[int, Identity], PersonId] = {}
    count: dict[int, int] = {}
    problems: list[Problem] = []
    for district, lists in sorted(by_district.items()):
        for party in lists.lists:
            shared = len(spread[party.number]) > 1
            if shared:
                problems += twins(district, party.number, party.candidates)
            for candidate in party.candidates:
                key = (party.number, identity(candidate))
                person = known.get(key) if shared else None
                if person is None:
                    count[party.number] = count.get(party.number, 0) + 1
                    person = (party.number, count[party.number])
                    known.setdefault(key, person)
                who[(district, party.number, candidate.number)] = person
    if problems:
        raise UserError(tuple(problems))
    return who
