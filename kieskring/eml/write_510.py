"""Writing EML 510b/c/d from a :class:`~kieskring.domain.Count`, as canonical bytes.

Order as in the OSV2020 files: header, ``Count/EventIdentifier``, ``Election/ElectionIdentifier``,
``Contests/Contest`` with ``ContestIdentifier``, ``TotalVotes`` then one ``ReportingUnitVotes`` per
unit. In a vote group: per list its ``Selection`` then its candidates' (by ``Id``, and ``ShortCode``
above the kieskring), then ``Cast``, ``TotalCounted``, ``RejectedVotes`` ongeldig and blanco, and the
``UncountedVotes`` in the order of the model.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from kieskring.domain import CandidateVotes, Count, VoteCounts
from kieskring.eml.build import (
    add_affiliation_identifier,
    add_contest_identifier,
    add_identity,
    canonical,
    new_message,
    sub,
)


def _candidate(parent: etree._Element, cand: CandidateVotes) -> None:
    selection = sub(parent, "Selection")
    attrs: dict[str, str] = {}
    if cand.id is not None:
        attrs["Id"] = str(cand.id)
    if cand.short_code is not None:
        attrs["ShortCode"] = cand.short_code
    sub(sub(selection, "Candidate"), "CandidateIdentifier", **attrs)
    sub(selection, "ValidVotes", str(cand.votes))


def add_vote_group(group: etree._Element, counts: VoteCounts) -> None:
    """Fill ``group`` (TotalVotes or ReportingUnitVotes) with the selections and PV fields."""
    for lst in counts.lists:
        selection = sub(group, "Selection")
        add_affiliation_identifier(selection, lst.number, lst.name)
        sub(selection, "ValidVotes", str(lst.votes))
        for cand in lst.candidates:
            _candidate(group, cand)
    sub(group, "Cast", str(counts.cast))
    sub(group, "TotalCounted", str(counts.total_counted))
    sub(group, "RejectedVotes", str(counts.invalid), ReasonCode="ongeldig")
    sub(group, "RejectedVotes", str(counts.blank), ReasonCode="blanco")
    for line in counts.uncounted:
        sub(group, "UncountedVotes", str(line.count), ReasonCode=line.reason)


def count_element(count: Count, created: dt.datetime) -> etree._Element:
    """The ``EML`` tree of ``count``; ``created`` becomes ``kr:CreationDateTime``."""
    root = new_message(
        count.message_id,
        transaction_id=count.transaction_id,
        authority=count.authority,
        created=created,
    )
    body = sub(root, "Count")
    sub(body, "EventIdentifier")
    election = sub(body, "Election")
    add_identity(election, count.identity)
    contest = sub(sub(election, "Contests"), "Contest")
    add_contest_identifier(contest, count.contest_id, count.contest_name)
    add_vote_group(sub(contest, "TotalVotes"), count.total)
    for unit in count.units:
        group = sub(contest, "ReportingUnitVotes")
        sub(group, "ReportingUnitIdentifier", unit.name, Id=unit.id)
        add_vote_group(group, unit.counts)
    return root


def write_510(count: Count, created: dt.datetime) -> bytes:
    """The canonical bytes of ``count`` (C14N 1.0 with comments); hash = SHA-256 of these bytes."""
    return canonical(count_element(count, created))
