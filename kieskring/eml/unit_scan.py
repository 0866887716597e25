"""Does a reporting unit have exactly the lists and candidates of its file's total?

The streaming 510 reader (:mod:`kieskring.eml.stream_510`) adds a unit's numbers as plain integers
only when its selections are the total's, in the same order, read the way the careful reader reads
them (``Selection``'s first child an ``AffiliationIdentifier`` or a ``Candidate`` with its
``CandidateIdentifier``, its last child ``ValidVotes`` with plain digits and nothing else, the same
list names, which hold text only).
:func:`scan_by_elements` compares whole lists of tags, ids, ShortCodes and names (the loops run in
C); it raises :class:`Unusual` when the careful reader must decide. (An XPath formulation of the
same checks was measured 3× slower: the union of ids and the positional predicates dominate.)
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from kieskring.domain import VoteCounts
from kieskring.eml.common import FAST_DIGITS, tag

_SELECTION = tag("Selection")
_AFFILIATION = tag("AffiliationIdentifier")
_CANDIDATE = tag("Candidate")
_CANDIDATE_ID = tag("CandidateIdentifier")
_VALID = tag("ValidVotes")
_NAME = tag("RegisteredName")


class Unusual(Exception):
    """This file needs the careful reader (raised by the fast path, never shown to a user)."""


@dataclass(frozen=True)
class Shape:
    """The selections of the total in file order, as lists the selections of a unit must equal:
    the tag of each first child, the tag, ``Id`` and ``ShortCode`` of its identifier; and where each
    list's total and candidates sit in a unit's vector of numbers."""

    kinds: list[str]
    ident_tags: list[str]
    ids: list[str | None]
    codes: list[str | None]
    is_candidate: list[bool]
    valid_tags: list[str]
    names: list[str]
    """Per list, its ``RegisteredName`` in the total (a unit must carry the same)."""
    lists: list[tuple[int, int, int]]
    """Per list: index of its total, first and past-last index of its candidates."""


def shape_of(total: VoteCounts) -> Shape:
    """The shape every unit must have to take the fast path."""
    shape = Shape([], [], [], [], [], [], [], [])
    keys: set[tuple[int, str | int | None]] = set()
    for lst in total.lists:
        at = len(shape.ids)
        _expect(shape, _AFFILIATION, _AFFILIATION, str(lst.number), None)
        shape.names.append(lst.name)
        for cand in lst.candidates:
            key = (lst.number, cand.short_code or cand.id)
            if cand.id is None or key in keys:
                raise Unusual
            keys.add(key)
            _expect(shape, _CANDIDATE, _CANDIDATE_ID, str(cand.id), cand.short_code)
        shape.lists.append((at, at + 1, len(shape.ids)))
    return shape


def _expect(shape: Shape, kind: str, ident_tag: str, ident: str, code: str | None) -> None:
    shape.kinds.append(kind)
    shape.ident_tags.append(ident_tag)
    shape.ids.append(ident)
    shape.codes.append(code)
    shape.is_candidate.append(kind == _CANDIDATE)
    shape.valid_tags.append(_VALID)


def scan_by_elements(unit: etree._Element, shape: Shape) -> tuple[list[int], list[etree._Element]]:
    """The unit's numbers in selection order and its other children; :class:`Unusual` unless its
    selections are exactly the total's (compared list by list: the loops run in C)."""
    children = list(unit)
    selections = [el for el in children if el.tag == _SELECTION]
    others = [el for el in children if el.tag != _SELECTION]
    firsts = [el[0] for el in selections]
    if [el.tag for el in firsts] != shape.kinds:
        raise Unusual
    idents = [el[0] if cand else el for el, cand in zip(firsts, shape.is_candidate, strict=True)]
    if (
        [el.tag for el in idents] != shape.ident_tags
        or [el.get("Id") for el in idents] != shape.ids
        or [el.get("ShortCode") for el in idents] != shape.codes
    ):
        raise Unusual
    name_els = [idents[at].find(_NAME) for at, _, _ in shape.lists]
    if any(el is not None and len(el) for el in name_els):
        raise Unusual
    if [("" if el is None else el.text or "") for el in name_els] != shape.names:
        raise Unusual
    valids = [el[-1] for el in selections]
    if [el.tag for el in valids] != shape.valid_tags or any(map(len, valids)):
        raise Unusual
    return _numbers([el.text or "" for el in valids]), others


def _numbers(raws: list[str]) -> list[int]:
    """Plain digits only (what the careful reader takes without its slow path)."""
    joined = "".join(raws)
    if not (joined.isascii() and joined.isdigit()):
        raise Unusual
    if max(map(len, raws), default=0) >= FAST_DIGITS or not all(raws):
        raise Unusual
    return list(map(int, raws))
