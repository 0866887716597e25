"""The domain model of the results chain: elections, lists, candidates, counts and results.

Frozen pydantic models (``frozen=True``, ``extra="forbid"``); votes are exact Python ``int``.
They mirror what the EML_NL messages carry (chain.md §3) and the PV fields A–J (chain.md §2), and
hold no behaviour beyond small derived values; reading, writing and checking live in
:mod:`kieskring.eml`.
"""

from __future__ import annotations

from kieskring.domain.candidates import Candidate, CandidateLists, ListType, PartyList
from kieskring.domain.counts import (
    CandidateVotes,
    Count,
    CountLevel,
    ListVotes,
    ReportingUnitVotes,
    Uncounted,
    VoteCounts,
)
from kieskring.domain.election import (
    Authority,
    Category,
    Domain,
    Election,
    ElectionIdentity,
    Region,
)
from kieskring.domain.result import ElectedCandidate, ElectedList, Result

__all__ = [
    "Authority",
    "Candidate",
    "CandidateLists",
    "CandidateVotes",
    "Category",
    "Count",
    "CountLevel",
    "Domain",
    "ElectedCandidate",
    "ElectedList",
    "Election",
    "ElectionIdentity",
    "ListType",
    "ListVotes",
    "PartyList",
    "Region",
    "ReportingUnitVotes",
    "Result",
    "Uncounted",
    "VoteCounts",
]
