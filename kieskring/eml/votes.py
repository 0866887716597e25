"""Reading one 510 vote group (``TotalVotes`` or ``ReportingUnitVotes``) into :class:`VoteCounts`.

``Selection`` elements are flat and ordered: a list (``AffiliationIdentifier``) followed by its
candidates; order is the only link from candidate to list (chain.md §3). A candidate before any list
is EML.104; list numbers (EML.105) and candidate numbers (EML.106) strictly increase.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from kieskring.domain import CandidateVotes, ListVotes, Uncounted, VoteCounts
from kieskring.eml.codes import fail
from kieskring.eml.common import FAST_DIGITS, int_of, model_problems, parse_int, place, tag, text

_SELECTION = tag("Selection")
_AFFILIATION = tag("AffiliationIdentifier")
_CANDIDATE = tag("Candidate")
_CANDIDATE_ID = tag("CandidateIdentifier")
_VALID = tag("ValidVotes")
_LOCAL = {
    tag(n): n for n in ("Selection", "Cast", "TotalCounted", "RejectedVotes", "UncountedVotes")
}


def _number(raw: str, file: str, el: etree._Element) -> int:
    """An identifier number: plain digits fast, anything else checked with its place."""
    if raw.isascii() and raw.isdigit() and len(raw) < FAST_DIGITS:
        return int(raw)
    return parse_int(raw, file, place(el))


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
        self.name = text(ident.find(tag("RegisteredName")), self.file)

    def add_candidate(self, ident: etree._Element, votes: int) -> None:
        if not self.number:
            raise fail("EML.104", self.file, place(ident))
        raw_id = ident.get("Id")
        cid = None if raw_id is None else _number(raw_id, self.file, ident)
        previous = self.candidates[-1].id if self.candidates else 0
        if cid is not None and (cid < 1 or (previous is not None and cid <= previous)):
            raise fail("EML.106", self.file, place(ident), found=cid, previous=previous)
        # Fields checked above and by parse_int (exact, non-negative): construct without re-validation.
        self.candidates.append(
            CandidateVotes.model_construct(id=cid, short_code=ident.get("ShortCode"), votes=votes)
        )


def _selection(builder: _Builder, selection: etree._Element) -> None:
    valid = (
        selection[-1] if len(selection) and selection[-1].tag == _VALID else selection.find(_VALID)
    )
    if valid is None:
        raise fail("EML.008", builder.file, place(selection), name="ValidVotes")
    votes = int_of(valid, builder.file)
    first = selection[0]
    if first.tag == _AFFILIATION:
        builder.add_list(first, votes)
    elif first.tag == _CANDIDATE:
        ident = first.find(_CANDIDATE_ID)
        if ident is None:
            raise fail("EML.008", builder.file, place(first), name="CandidateIdentifier")
        builder.add_candidate(ident, votes)
    else:
        raise fail("EML.008", builder.file, place(selection), name="AffiliationIdentifier")


def read_pv_fields(
    elements: Iterable[etree._Element], file: str, group: etree._Element
) -> PvFields:
    """``Cast``, ``TotalCounted``, ``RejectedVotes`` (ongeldig, blanco) and ``UncountedVotes`` among
    ``elements`` (the non-``Selection`` children of a vote group); EML.008 when one is missing."""
    rejected: dict[str, int] = {}
    uncounted: list[Uncounted] = []
    cast = counted = None
    for el in elements:
        name = _LOCAL.get(el.tag, "") if isinstance(el.tag, str) else ""
        if name == "Cast":
            cast = int_of(el, file)
        elif name == "TotalCounted":
            counted = int_of(el, file)
        elif name == "RejectedVotes":
            rejected[el.get("ReasonCode", "")] = int_of(el, file)
        elif name == "UncountedVotes":
            uncounted.append(Uncounted(reason=el.get("ReasonCode", ""), count=int_of(el, file)))
    for needed, value in (("Cast", cast), ("TotalCounted", counted)):
        if value is None:
            raise fail("EML.008", file, place(group), name=needed)
    for reason in ("ongeldig", "blanco"):
        if reason not in rejected:
            raise fail("EML.008", file, place(group), name=f'RejectedVotes "{reason}"')
    return PvFields(cast or 0, counted or 0, rejected["ongeldig"], rejected["blanco"], uncounted)


@dataclass(frozen=True)
class PvFields:
    """The PV fields of one vote group, besides its lists (chain.md §2)."""

    cast: int
    total_counted: int
    invalid: int
    blank: int
    uncounted: list[Uncounted]

    def counts(self, lists: tuple[ListVotes, ...] = ()) -> VoteCounts:
        """A :class:`VoteCounts` with these fields and ``lists``."""
        return VoteCounts(
            lists=lists,
            cast=self.cast,
            total_counted=self.total_counted,
            invalid=self.invalid,
            blank=self.blank,
            uncounted=tuple(self.uncounted),
        )


def read_vote_group(group: etree._Element, file: str) -> VoteCounts:
    """The lists, candidates and PV fields of ``group``."""
    builder = _Builder(file)
    others: list[etree._Element] = []
    with model_problems(file, place(group)):
        for el in group:
            if el.tag == _SELECTION:
                _selection(builder, el)
            else:
                others.append(el)
        builder.close()
        return read_pv_fields(others, file, group).counts(tuple(builder.lists))
