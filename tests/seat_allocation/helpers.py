"""Building elections for tests from plain numbers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from gmpy2 import mpz

from seat_allocation.allocate import Allocation, allocate
from seat_allocation.election import CandidateRef, CandidateVotes, Election, ListVotes, LotOutcome
from seat_allocation.rules import Category, Rules


def lst(number: int, votes: Sequence[int], numbers: Sequence[int] | None = None) -> ListVotes:
    """A list with candidate votes (candidates numbered 1.. unless ``numbers`` is given)."""
    ids = numbers or range(1, len(votes) + 1)
    return ListVotes.from_candidates(
        number, tuple(CandidateVotes(n, mpz(v)) for n, v in zip(ids, votes, strict=True))
    )


def bare(number: int, votes: int, candidates: int = 50) -> ListVotes:
    """A list given only by its stemcijfer and number of candidates."""
    return ListVotes(number, mpz(votes), candidates)


def election(
    seats: int,
    lists: Mapping[int, Sequence[int]] | Iterable[ListVotes],
    *,
    category: Category = Category.GR,
    lots: Sequence[LotOutcome] = (),
    deceased: Iterable[tuple[int, int]] = (),
    law_36641: bool = False,
) -> Election:
    """An election from ``{list number: [candidate votes]}`` or ready lists."""
    built = (
        tuple(lst(n, v) for n, v in lists.items()) if isinstance(lists, Mapping) else tuple(lists)
    )
    return Election(
        seats,
        Rules.for_category(category, law_36641=law_36641),
        built,
        frozenset(CandidateRef(a, b) for a, b in deceased),
        tuple(lots),
    )


def run(
    seats: int, lists: Mapping[int, Sequence[int]] | Iterable[ListVotes], **kw: object
) -> Allocation:
    """Allocate and return the outcome."""
    return allocate(election(seats, lists, **kw))  # type: ignore[arg-type]


def seats(allocation: Allocation) -> dict[int, int]:
    """Total seats per list number."""
    return {s.number: s.seats for s in allocation.progress.standings}


def elected(allocation: Allocation) -> dict[int, tuple[int, ...]]:
    """Elected candidate numbers per list."""
    return {n.list_number: n.elected for n in allocation.nominations}


def one_candidate_each(votes: Mapping[int, int], candidates: int = 30) -> list[ListVotes]:
    """Lists whose whole stemcijfer sits on the first of ``candidates`` candidates."""
    return [lst(n, [v] + [0] * (candidates - 1)) for n, v in votes.items()]
