"""The input of a single-district allocation: seats, rules, lists with votes, deceased, lots.

Votes are exact integers (gmpy2 ``mpz``). A list carries either its candidates' votes in list order
(its stemcijfer is their sum, Kieswet P 5 via seat-allocation.md §2.1) or a bare stemcijfer with the
number of candidates (then no candidate nomination is made for it).
"""

from __future__ import annotations

from dataclasses import dataclass

from gmpy2 import mpz

from seat_allocation.rules import Rules


@dataclass(frozen=True)
class CandidateVotes:
    """A candidate's number on the list and the votes cast for them."""

    number: int
    votes: mpz


@dataclass(frozen=True)
class CandidateRef:
    """A candidate identified by list number and candidate number."""

    list: int
    candidate: int


@dataclass(frozen=True)
class PersonRef:
    """A candidate of a lijstengroep, identified across its kieskring lists by ``key``."""

    party: int
    key: str


LotOutcome = int | CandidateRef | PersonRef
"""A recorded drawing of lots: a list (or kieskring) number, a candidate of one list, or a person
of a lijstengroep."""


@dataclass(frozen=True)
class ListVotes:
    """One list (Kieswet P 5: its stemcijfer) and, when known, its candidates' votes."""

    number: int
    votes: mpz
    candidate_count: int
    candidates: tuple[CandidateVotes, ...] | None = None

    @classmethod
    def from_candidates(cls, number: int, candidates: tuple[CandidateVotes, ...]) -> ListVotes:
        """The list whose stemcijfer is the sum of its candidates' votes (seat-allocation.md §2.1)."""
        total = mpz(0)
        for candidate in candidates:
            total += candidate.votes
        return cls(number, total, len(candidates), candidates)


@dataclass(frozen=True)
class Election:
    """Everything one allocation needs; the outcome depends on nothing else."""

    seats: int
    rules: Rules
    lists: tuple[ListVotes, ...]
    deceased: frozenset[CandidateRef] = frozenset()
    lots: tuple[LotOutcome, ...] = ()

    def deceased_on(self, list_number: int) -> frozenset[int]:
        """Candidate numbers of the deceased candidates on a list (Kieswet P 19a)."""
        return frozenset(d.candidate for d in self.deceased if d.list == list_number)
