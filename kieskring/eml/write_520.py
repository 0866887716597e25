"""Writing EML 520 (Resultaat) and 230b (Kandidatenlijsten) as canonical bytes.

520: header, ``Result/Election`` with ``ElectionIdentifier`` and ``Contest``; per elected list a
``Selection`` (``AffiliationIdentifier``, ``Elected``), then per elected candidate a ``Selection``
(``Candidate``, ``Ranking``, ``Elected``). 230b: header with ``IssueDate``, ``CandidateList/Election``,
``Contest`` with per list an ``Affiliation`` (identifier, ``Type``, ``kr:ListData``, candidates).
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from kieskring.domain import CandidateLists, PartyList, Result
from kieskring.eml.build import (
    add_affiliation_identifier,
    add_candidate,
    add_contest_identifier,
    add_identity,
    canonical,
    new_message,
    sub,
)
from kieskring.eml.safe import KR_NS


def result_element(result: Result, created: dt.datetime) -> etree._Element:
    """The ``EML`` tree of ``result``."""
    root = new_message(
        "520", transaction_id=result.transaction_id, authority=result.authority, created=created
    )
    election = sub(sub(root, "Result"), "Election")
    add_identity(election, result.identity)
    contest = sub(election, "Contest")
    add_contest_identifier(contest, result.contest_id, result.contest_name)
    for lst in result.lists:
        selection = sub(contest, "Selection")
        add_affiliation_identifier(selection, lst.number, lst.name)
        sub(selection, "Elected", lst.elected)
        for entry in lst.candidates:
            selection = sub(contest, "Selection")
            add_candidate(selection, entry.candidate)
            sub(selection, "Ranking", str(entry.ranking))
            sub(selection, "Elected", entry.elected)
    return root


def write_520(result: Result, created: dt.datetime) -> bytes:
    """The canonical bytes of ``result``."""
    return canonical(result_element(result, created))


def _affiliation(contest: etree._Element, lst: PartyList) -> None:
    affiliation = sub(contest, "Affiliation")
    add_affiliation_identifier(affiliation, lst.number, lst.name)
    if lst.type is not None:
        sub(affiliation, "Type", lst.type)
    attrs = {
        name: value
        for name, value in (
            ("BelongsToSet", lst.belongs_to_set),
            ("PublicationLanguage", lst.publication_language),
            ("PublishGender", lst.publish_gender),
        )
        if value is not None
    }
    if attrs:
        sub(affiliation, "ListData", None, KR_NS, **attrs)
    for candidate in lst.candidates:
        add_candidate(affiliation, candidate)


def candidate_lists_element(lists: CandidateLists, created: dt.datetime) -> etree._Element:
    """The ``EML`` tree of a 230b."""
    root = new_message(
        "230b",
        transaction_id=lists.transaction_id,
        authority=lists.authority,
        created=created,
        issue_date=lists.issue_date,
    )
    election = sub(sub(root, "CandidateList"), "Election")
    add_identity(election, lists.identity)
    contest = sub(election, "Contest")
    add_contest_identifier(contest, lists.contest_id, lists.contest_name)
    for lst in lists.lists:
        _affiliation(contest, lst)
    return root


def write_230b(lists: CandidateLists, created: dt.datetime) -> bytes:
    """The canonical bytes of a 230b."""
    return canonical(candidate_lists_element(lists, created))
