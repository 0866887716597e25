"""Input checks before any calculation (seat-allocation.md §2.1, Abacus ``UnsortedInput``).

Every problem is reported with the field it concerns; nothing is silently fixed. Votes must be
exact integers: a float anywhere in the input is refused, so no float can reach the arithmetic.
"""

from __future__ import annotations

from gmpy2 import mpz

from seat_allocation.election import Election, ListVotes


class InvalidInput(ValueError):
    """The election input breaks a precondition; ``problems`` names each field."""

    def __init__(self, problems: tuple[str, ...]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def is_count(value: object) -> bool:
    """An exact non-negative integer (``int`` or ``mpz``, not ``bool``, never a float)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int | type(mpz(0))) and value >= 0


def check_list(index: int, lst: ListVotes) -> list[str]:
    """One list: its votes, candidate count and candidates in ascending order."""
    where = f"lists[{index}]"
    problems: list[str] = []
    if not is_count(lst.votes):
        problems.append(f"{where}.votes: moet een geheel getal ≥ 0 zijn, niet {lst.votes!r}")
    if not is_count(lst.candidate_count):
        problems.append(f"{where}.candidate_count: moet een geheel getal ≥ 0 zijn")
    if lst.candidates is None:
        return problems
    previous = 0
    for position, candidate in enumerate(lst.candidates):
        place = f"{where}.candidates[{position}]"
        if not is_count(candidate.votes):
            problems.append(
                f"{place}.votes: moet een geheel getal ≥ 0 zijn, niet {candidate.votes!r}"
            )
        if not is_count(candidate.number) or candidate.number <= previous:
            problems.append(f"{place}.number: kandidaatnummers moeten oplopen (na {previous})")
        else:
            previous = candidate.number
    return problems


def check_lists(election: Election) -> list[str]:
    """Lists present, numbered in ascending order, each well-formed."""
    if not election.lists:
        return ["lists: er is geen enkele lijst"]
    problems: list[str] = []
    previous = 0
    for index, lst in enumerate(election.lists):
        if not is_count(lst.number) or lst.number <= previous:
            problems.append(f"lists[{index}].number: lijstnummers moeten oplopen (na {previous})")
        else:
            previous = lst.number
        problems += check_list(index, lst)
    return problems


def candidate_numbers(lst: ListVotes) -> frozenset[int]:
    """The candidate numbers on a list (1..n when only the count is known)."""
    if lst.candidates is None:
        return frozenset(range(1, lst.candidate_count + 1))
    return frozenset(c.number for c in lst.candidates)


def check_deceased(election: Election) -> list[str]:
    """Every deceased candidate exists on its list (Kieswet P 19a)."""
    problems: list[str] = []
    lists = {lst.number: lst for lst in election.lists}
    for ref in sorted(election.deceased, key=lambda r: (r.list, r.candidate)):
        lst = lists.get(ref.list)
        if lst is None:
            problems.append(f"deceased: lijst {ref.list} bestaat niet")
        elif ref.candidate not in candidate_numbers(lst):
            problems.append(f"deceased: lijst {ref.list} heeft geen kandidaat {ref.candidate}")
    return problems


def check_election(election: Election) -> None:
    """Raise :class:`InvalidInput` naming every problem, or return quietly."""
    problems: list[str] = []
    if isinstance(election.seats, bool) or not isinstance(election.seats, int):
        problems.append("seats: moet een geheel getal zijn")
    elif election.seats < 1:
        problems.append("seats: moet minstens 1 zijn")
    problems += check_lists(election)
    if not problems:
        problems += check_deceased(election)
    if problems:
        raise InvalidInput(tuple(problems))
