"""Reading one 510 vote group (``TotalVotes`` or ``ReportingUnitVotes``) into :class:`VoteCounts`.

``Selection`` elements are flat and ordered: a list (``AffiliationIdentifier``) followed by its
candidates; order is the only link from candidate to list (chain.md §3). A candidate before any list
is EML.104; list numbers (EML.105) and candidate numbers (EML.106) strictly increase.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from kieskring.domain import CandidateVotes, ListVotes, Uncounted, VoteCounts
from kieskring.eml.codes import fail
from kieskring.eml.common import child, int_of, local, parse_int, place, tag, text

_SELECTION = tag("Selection")
_AFFILIATION = tag("AffiliationIdentifier")
_CANDIDATE = tag("Candidate")
_CANDIDATE_ID = tag("CandidateIdentifier")
_VALID = tag("ValidVotes")


@dataclass
class _Builder:
    """Accumulates lists and their candidates while walking the flat selections."""

    file: str
    lists: list[ListVotes] = field(default_factory=list)
    number: int = 0
    name: str = ""
    votes: int = 0
    candidates: list[CandidateVotes] = field(default_factory=list)

    def close(self) -> None:
        if self.number:
            self.lists.append(
                ListVotes(
                    number=self.number,
                    name=self.name,
                    votes=self.votes,
                    candidates=tuple(self.candidates),
                )
            )

    def add_list(self, ident: etree._Element, votes: int) -> None:
        number = parse_int(ident.get("Id", ""), self.file, place(ident))
        if number < 1 or number <= self.number:
            raise fail("EML.105", self.file, place(ident), found=number, previous=self.number)
        self.close()
        self.number, self.votes, self.candidates = number, votes, []
        self.name = text(ident.find(tag("RegisteredName")))

    def add_candidate(self, ident: etree._Element, votes: int) -> None:
        if not self.number:
            raise fail("EML.104", self.file, place(ident))
        raw_id = ident.get("Id")
        cid = None if raw_id is None else parse_int(raw_id, self.file, place(ident))
        previous = self.candidates[-1].id if self.candidates else 0
        if cid is not None and (cid < 1 or (previous is not None and cid <= previous)):
            raise fail("EML.106", self.file, place(ident), found=cid, previous=previous)
        self.candidates.append(
            CandidateVotes(id=cid, short_code=ident.get("ShortCode"), votes=votes)
        )


def _selection(builder: _Builder, selection: etree._Element) -> None:
    votes = int_of(child(selection, "ValidVotes", builder.file), builder.file)
    first = selection[0]
    if first.tag == _AFFILIATION:
        builder.add_list(first, votes)
    elif first.tag == _CANDIDATE:
        builder.add_candidate(child(first, "CandidateIdentifier", builder.file), votes)
    else:
        raise fail("EML.008", builder.file, place(selection), name="AffiliationIdentifier")


def read_vote_group(group: etree._Element, file: str) -> VoteCounts:
    """The lists, candidates and PV fields of ``group``."""
    builder = _Builder(file)
    rejected: dict[str, int] = {}
    uncounted: list[Uncounted] = []
    cast = counted = None
    for el in group:
        name = local(el)
        if name == "Selection":
            _selection(builder, el)
        elif name == "Cast":
            cast = int_of(el, file)
        elif name == "TotalCounted":
            counted = int_of(el, file)
        elif name == "RejectedVotes":
            rejected[el.get("ReasonCode", "")] = int_of(el, file)
        elif name == "UncountedVotes":
            uncounted.append(Uncounted(reason=el.get("ReasonCode", ""), count=int_of(el, file)))
    builder.close()
    for needed, value in (("Cast", cast), ("TotalCounted", counted)):
        if value is None:
            raise fail("EML.008", file, place(group), name=needed)
    for reason in ("ongeldig", "blanco"):
        if reason not in rejected:
            raise fail("EML.008", file, place(group), name=f'RejectedVotes "{reason}"')
    return VoteCounts(
        lists=tuple(builder.lists),
        cast=cast or 0,
        total_counted=counted or 0,
        invalid=rejected["ongeldig"],
        blank=rejected["blanco"],
        uncounted=tuple(uncounted),
    )
