"""Writing EML 110a (Verkiezingsdefinitie) from an :class:`~kieskring.domain.Election`, canonically.

Order as the 110a schema (``110a-electionevent-kiesraad-strict.xsd``) and the Kiesraad's files have it:
header (``TransactionId``, optional ``ManagingAuthority`` and ``IssueDate``, ``kr:CreationDateTime``,
``ds:CanonicalizationMethod``), then ``ElectionEvent/EventIdentifier`` and ``Election`` with its
``ElectionIdentifier``, ``Contest`` (``ContestIdentifier``, ``VotingMethod`` SPV — one vote for one
candidate, as in every Kiesraad 110a — and an empty ``MaxVotes``, whose schema default is 1),
``kr:NumberOfSeats``, ``kr:PreferenceThreshold``, ``kr:ElectionTree`` and ``kr:RegisteredParties``.

The Kiesraad's own 110a files carry no ``ds:CanonicalizationMethod`` and are pretty-printed; ours are
canonical (chain.md §4), so the fingerprint is the SHA-256 of the bytes. Reading a real file and writing
it gives an equal model on reading back (not equal bytes). The schema requires ``kr:NominationDate``.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from kieskring.domain import Election, Region
from kieskring.eml.build import add_identity, canonical, new_message, sub
from kieskring.eml.safe import KR_NS

VOTING_METHOD = "SPV"
"""Single preferential vote (one vote for one candidate), as in every 110a of the Kiesraad."""


def _region(tree: etree._Element, region: Region) -> None:
    attrs = {"RegionNumber": region.number, "RegionCategory": region.category}
    if region.superior_number is not None:
        attrs["SuperiorRegionNumber"] = region.superior_number
    if region.superior_category is not None:
        attrs["SuperiorRegionCategory"] = region.superior_category
    el = sub(tree, "Region", None, KR_NS, **attrs)
    sub(el, "RegionName", region.name, KR_NS)
    for committee in region.committees:
        sub(el, "Committee", None, KR_NS, CommitteeCategory=committee)


def election_element(election: Election, created: dt.datetime | None = None) -> etree._Element:
    """The ``EML`` tree of ``election``; ``created`` overrides the model's creation time."""
    root = new_message(
        "110a",
        transaction_id=election.transaction_id,
        authority=election.authority,
        created=created if created is not None else election.created,
        issue_date=election.issue_date,
    )
    event = sub(root, "ElectionEvent")
    sub(event, "EventIdentifier")
    body = sub(event, "Election")
    add_identity(body, election.identity)
    contest = sub(body, "Contest")
    sub(contest, "ContestIdentifier", Id=election.contest_id)
    sub(contest, "VotingMethod", VOTING_METHOD)
    sub(contest, "MaxVotes")
    sub(body, "NumberOfSeats", str(election.seats), KR_NS)
    sub(body, "PreferenceThreshold", str(election.preference_threshold), KR_NS)
    tree = sub(body, "ElectionTree", None, KR_NS)
    for region in election.regions:
        _region(tree, region)
    parties = sub(body, "RegisteredParties", None, KR_NS)
    for name in election.registered_parties:
        sub(sub(parties, "RegisteredParty", None, KR_NS), "RegisteredAppellation", name, KR_NS)
    return root


def write_110a(election: Election, created: dt.datetime | None = None) -> bytes:
    """The canonical bytes of ``election`` (C14N 1.0 with comments); hash = SHA-256 of these."""
    return canonical(election_element(election, created))
