"""Reading EML 110a (Verkiezingsdefinitie) into an :class:`~kieskring.domain.Election`.

Checks (chain.md §3): category ↔ subcategory ↔ seats agree (EML.110: GR1/AB1 below 19 seats, GR2/AB2
from 19, art. P 15 Kieswet; GR 9–45 seats and odd, art. H 1 Kieswet and art. 8 Gemeentewet; TK 150,
art. C 1 Kieswet); the preference threshold fits the subcategory (EML.111: 50 % for GR1/AB1, otherwise
25 %, art. P 15 Kieswet; ER may be either).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from kieskring.domain import Election, ElectionIdentity, Region
from kieskring.eml.codes import fail
from kieskring.eml.common import (
    child,
    int_of,
    parse_date,
    place,
    read_authority,
    read_created,
    read_identity,
    tag,
    text,
)
from kieskring.eml.safe import KR_NS, load_eml

SMALL_COUNCIL = 19
"""Councils of fewer than 19 seats are GR1/AB1 (art. P 15 lid 2 Kieswet)."""


def _regions(election: etree._Element) -> tuple[Region, ...]:
    tree = election.find(tag("ElectionTree", KR_NS))
    if tree is None:
        return ()
    return tuple(
        Region(
            number=region.get("RegionNumber", ""),
            category=region.get("RegionCategory", ""),
            name=text(region.find(tag("RegionName", KR_NS))),
            superior_number=region.get("SuperiorRegionNumber"),
            superior_category=region.get("SuperiorRegionCategory"),
            committees=tuple(
                c.get("CommitteeCategory", "") for c in region.iterfind(tag("Committee", KR_NS))
            ),
        )
        for region in tree.iterfind(tag("Region", KR_NS))
    )


def _parties(election: etree._Element) -> tuple[str, ...]:
    return tuple(
        text(party.find(tag("RegisteredAppellation", KR_NS)))
        for party in election.iterfind(
            f"{tag('RegisteredParties', KR_NS)}/{tag('RegisteredParty', KR_NS)}"
        )
    )


def subcategory_fits(identity: ElectionIdentity, seats: int) -> bool:
    """Whether category, subcategory and number of seats agree (EML.110)."""
    category, sub = identity.category, identity.subcategory
    if category in {"GR", "AB"}:
        expected = f"{category}1" if seats < SMALL_COUNCIL else f"{category}2"
        council_ok = category != "GR" or (9 <= seats <= 45 and seats % 2 == 1)
        return sub == expected and council_ok
    if category == "PS":
        return sub in {"PS1", "PS2"}
    if category == "TK":
        return sub == "TK" and seats == 150
    return sub == category


def expected_threshold(identity: ElectionIdentity) -> frozenset[int]:
    """Allowed ``kr:PreferenceThreshold`` values (art. P 15 Kieswet)."""
    if identity.subcategory in {"GR1", "AB1"}:
        return frozenset({50})
    if identity.category == "ER":
        return frozenset({25, 50})
    return frozenset({25})


def _with_header(election: Election, root: etree._Element, file: str) -> Election:
    """``election`` with the message header: TransactionId, the optional ManagingAuthority (absent
    in the Kiesraad's 110a files) and IssueDate, and kr:CreationDateTime."""
    issue = root.find(tag("IssueDate"))
    managing = root.find(tag("ManagingAuthority"))
    return election.model_copy(
        update={
            "transaction_id": text(child(root, "TransactionId", file)),
            "authority": None if managing is None else read_authority(root, file),
            "issue_date": None if issue is None else parse_date(issue, file),
            "created": read_created(root, file),
        }
    )


def _check_seats(identity: ElectionIdentity, seats_el: etree._Element, file: str) -> int:
    """``kr:NumberOfSeats``, checked against category and subcategory (EML.110)."""
    seats = int_of(seats_el, file)
    if not subcategory_fits(identity, seats):
        raise fail(
            "EML.110",
            file,
            place(seats_el),
            category=identity.category,
            subcategory=identity.subcategory,
            seats=seats,
        )
    return seats


def _check_threshold(identity: ElectionIdentity, threshold_el: etree._Element, file: str) -> int:
    """``kr:PreferenceThreshold``, checked against the subcategory (EML.111, art. P 15 Kieswet)."""
    threshold = int_of(threshold_el, file)
    allowed = expected_threshold(identity)
    if threshold not in allowed:
        raise fail(
            "EML.111",
            file,
            place(threshold_el),
            found=threshold,
            subcategory=identity.subcategory,
            expected="/".join(str(a) for a in sorted(allowed)),
        )
    return threshold


def election_from_root(root: etree._Element, file: str) -> Election:
    """The :class:`Election` of a parsed 110a root, with EML.110/111 checked."""
    election = child(child(root, "ElectionEvent", file), "Election", file)
    identity = read_identity(child(election, "ElectionIdentifier", file), file)
    seats = _check_seats(identity, child(election, "NumberOfSeats", file, KR_NS), file)
    threshold = _check_threshold(
        identity, child(election, "PreferenceThreshold", file, KR_NS), file
    )
    defined = Election(
        identity=identity,
        contest_id=child(child(election, "Contest", file), "ContestIdentifier", file).get("Id", ""),
        seats=seats,
        preference_threshold=threshold,
        regions=_regions(election),
        registered_parties=_parties(election),
    )
    return _with_header(defined, root, file)


def read_110a(path: Path) -> Election:
    """Read and check a 110a file."""
    _, root = load_eml(path, ("110a",))
    return election_from_root(root, str(path))
