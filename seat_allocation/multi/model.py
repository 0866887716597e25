"""Input and output of a multi-district allocation (seat-allocation-multi.md §1).

A candidate is identified across the kieskring lists of one party by ``key`` (in the national files
the ``ShortCode``); the same key on two lists of a group is one person (P 15: "op de gezamenlijke
lijsten waarop zij voorkomen").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gmpy2 import mpz

from seat_allocation.election import LotOutcome
from seat_allocation.rules import Rules


class PartyKind(StrEnum):
    """How a party's kieskring lists hang together (230b ``Type``)."""

    SET = "stel gelijkluidende lijsten"
    GROUP = "lijstengroep"
    SINGLE = "op zichzelf staande lijst"


@dataclass(frozen=True)
class DistrictCandidate:
    """A candidate on one kieskring list: person key, position on that list, votes there."""

    key: str
    position: int
    votes: mpz


@dataclass(frozen=True)
class DistrictList:
    """One party's list in one kieskring (``district`` = kieskring number)."""

    district: int
    candidates: tuple[DistrictCandidate, ...]

    @property
    def votes(self) -> mpz:
        """The list's stemcijfer: the sum of its candidates' votes (Kieswet P 5)."""
        total = mpz(0)
        for candidate in self.candidates:
            total += candidate.votes
        return total


@dataclass(frozen=True)
class Party:
    """A lijstengroep, a stel gelijkluidende lijsten or a single list, by its national number."""

    number: int
    kind: PartyKind
    lists: tuple[DistrictList, ...]

    @property
    def votes(self) -> mpz:
        """The stemcijfer of the group or set: the sum over its lists."""
        total = mpz(0)
        for lst in self.lists:
            total += lst.votes
        return total

    def persons(self) -> tuple[str, ...]:
        """Every person on any of the lists, in order of first appearance (kieskring, position)."""
        seen: dict[str, None] = {}
        for lst in sorted(self.lists, key=lambda x: x.district):
            for candidate in lst.candidates:
                seen.setdefault(candidate.key, None)
        return tuple(seen)

    def person_votes(self) -> dict[str, mpz]:
        """Each person's votes summed over all lists of the party (Kieswet P 15 lid 1)."""
        totals: dict[str, mpz] = {}
        for lst in self.lists:
            for candidate in lst.candidates:
                totals[candidate.key] = totals.get(candidate.key, mpz(0)) + candidate.votes
        return totals


@dataclass(frozen=True)
class NationalElection:
    """Everything a multi-district allocation needs."""

    seats: int
    rules: Rules
    parties: tuple[Party, ...]
    deceased: frozenset[str] = frozenset()
    lots: tuple[LotOutcome, ...] = ()
