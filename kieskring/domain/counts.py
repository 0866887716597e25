"""Counts (EML 510a/b/c/d) with the PV fields of chain.md §2.

A ``VoteCounts`` is one vote group: per list its total (E.x) and its candidates' votes, ``Cast``
(Z, eligible voters), ``TotalCounted`` (E), ``RejectedVotes`` ongeldig (G) and blanco (F), and the
``UncountedVotes`` (A, B, C, D, I, J and the explained differences), kept in file order.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from kieskring.domain.base import Frozen
from kieskring.domain.election import Authority, ElectionIdentity

Votes = Annotated[int, Field(ge=0)]
CountLevel = Literal["a", "b", "c", "d"]

POLL_CARDS = "geldige stempassen"
PROXIES = "geldige volmachtbewijzen"
VOTER_PASSES = "geldige kiezerspassen"
ADMITTED = "toegelaten kiezers"
MORE_COUNTED = "meer getelde stembiljetten"
FEWER_COUNTED = "minder getelde stembiljetten"


class CandidateVotes(Frozen):
    """Votes for one candidate: by list position (``id``) and/or ``short_code`` (above kieskring)."""

    id: int | None = None
    short_code: str | None = None
    votes: Votes


class ListVotes(Frozen):
    """Votes for one list (E.x = sum of its candidates' votes, art. N 11 Kieswet) and its candidates."""

    number: int = Field(ge=1)
    name: str
    votes: Votes
    candidates: tuple[CandidateVotes, ...] = ()


class Uncounted(Frozen):
    """One ``UncountedVotes`` line: the Kiesraad reason code and its number."""

    reason: str
    count: Votes


class VoteCounts(Frozen):
    """One vote group (``TotalVotes`` or a ``ReportingUnitVotes``) with the PV fields."""

    lists: tuple[ListVotes, ...]
    cast: Votes
    total_counted: Votes
    invalid: Votes
    blank: Votes
    uncounted: tuple[Uncounted, ...] = ()

    def reason(self, code: str) -> int | None:
        """The number for an ``UncountedVotes`` reason code, or ``None`` when absent."""
        return next((u.count for u in self.uncounted if u.reason == code), None)

    @property
    def candidate_total(self) -> int:
        """E: the sum of all list totals."""
        return sum(lst.votes for lst in self.lists)

    @property
    def ballots(self) -> int:
        """H = E + F + G: the ballots counted (chain.md §2)."""
        return self.total_counted + self.blank + self.invalid

    @property
    def admitted(self) -> int | None:
        """D: admitted voters (``toegelaten kiezers``), when the file carries it."""
        return self.reason(ADMITTED)


class ReportingUnitVotes(Frozen):
    """The counts of one unit one level down (``0668::SB1``, ``HSB5::0034``, ``HSB1``)."""

    id: str
    name: str = ""
    counts: VoteCounts


class Count(Frozen):
    """One 510 message: level b (GSB), c (HSB) or d (CSB), its total and its reporting units."""

    level: CountLevel
    identity: ElectionIdentity
    authority: Authority
    transaction_id: str = "1"
    created: dt.datetime | None = None
    canonical: bool = True
    contest_id: str
    contest_name: str | None = None
    total: VoteCounts
    units: tuple[ReportingUnitVotes, ...] = ()

    @property
    def message_id(self) -> str:
        """The root ``Id``: ``510b``, ``510c`` or ``510d``."""
        return f"510{self.level}"
