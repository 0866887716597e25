"""Lists and candidates as nominated (EML 230b Kandidatenlijsten).

List numbers and candidate numbers strictly increase, gaps allowed (chain.md §3; art. I 17 and R 3
Kieswet); a list has at least one candidate. Names are kept exactly as in the file.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from kieskring.domain.base import Frozen
from kieskring.domain.election import Authority, ElectionIdentity

ListType = Literal["op zichzelf staande lijst", "lijstengroep", "stel gelijkluidende lijsten"]


class Candidate(Frozen):
    """A candidate: ``number`` is the ``CandidateIdentifier Id`` of the message.

    In a 230b that is the position on the list; in a 520 it is the order in which the list's seats were
    filled (chain.md §3). ``short_code`` is set above the kieskring level (510d, 520). Optional name parts
    are ``None`` when absent (``""`` when present but empty, as ``NamePrefix`` in a 520).
    """

    number: int = Field(ge=1)
    short_code: str | None = None
    initials: str = ""
    first_name: str | None = None
    name_prefix: str | None = None
    last_name: str = ""
    gender: str | None = None
    locality: str | None = None
    country_code: str | None = None

    @property
    def display_name(self) -> str:
        """``Last, Initials (First) prefix`` as printed on the PVs."""
        first = f" ({self.first_name})" if self.first_name else ""
        prefix = f" {self.name_prefix}" if self.name_prefix else ""
        return f"{self.last_name}, {self.initials}{first}{prefix}"


class PartyList(Frozen):
    """A list (``Affiliation``): number, registered name, type and candidates in list order."""

    number: int = Field(ge=1)
    name: str
    type: ListType | None = None
    belongs_to_set: str | None = None
    publication_language: str | None = None
    publish_gender: str | None = None
    candidates: tuple[Candidate, ...] = ()


class CandidateLists(Frozen):
    """One 230b message: the lists of one contest (kieskring, or ``geen``)."""

    identity: ElectionIdentity
    authority: Authority
    transaction_id: str = "1"
    issue_date: dt.date | None = None
    created: dt.datetime | None = None
    canonical: bool = True
    contest_id: str
    contest_name: str | None = None
    lists: tuple[PartyList, ...]

    def list_by_number(self, number: int) -> PartyList | None:
        """The list with this number, or ``None``."""
        return next((lst for lst in self.lists if lst.number == number), None)
