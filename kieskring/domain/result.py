"""The result (EML 520): elected lists and, after each, its elected candidates.

``Candidate.number`` in a 520 is the order in which the list's seats were filled; ``ranking`` 1 means
elected by preference votes (art. P 15 Kieswet), 2 in list order (art. P 16). Lists without seats are
absent (chain.md §3).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from kieskring.domain.base import Frozen
from kieskring.domain.candidates import Candidate
from kieskring.domain.election import Authority, ElectionIdentity


class ElectedCandidate(Frozen):
    """An elected candidate with its ``Ranking`` and ``Elected`` value."""

    candidate: Candidate
    ranking: int = Field(ge=1)
    elected: str = "yes"


class ElectedList(Frozen):
    """A list that won seats, with its elected candidates in the order of the file."""

    number: int = Field(ge=1)
    name: str
    elected: str = "yes"
    candidates: tuple[ElectedCandidate, ...] = ()

    @property
    def seats(self) -> int:
        """Seats of this list: the number of its elected candidates."""
        return len(self.candidates)


class Result(Frozen):
    """One 520 message."""

    identity: ElectionIdentity
    authority: Authority
    transaction_id: str = "1"
    created: dt.datetime | None = None
    canonical: bool = True
    contest_id: str
    contest_name: str | None = None
    lists: tuple[ElectedList, ...]

    @property
    def seats(self) -> int:
        """Total seats assigned."""
        return sum(lst.seats for lst in self.lists)
