"""Reading EML 230b (Kandidatenlijsten) into :class:`~kieskring.domain.CandidateLists`.

Checks (chain.md §3; art. I 17, R 3 Kieswet): list and candidate numbers are 1 or more (EML.015);
list numbers strictly increase (EML.105); each list has at least one candidate (EML.107); candidate
numbers strictly increase, gaps allowed (EML.106); a list's ``Type`` is one of the three kinds
(EML.013). Any other value a model refuses is EML.016, naming file and place.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import cast, get_args

from lxml import etree

from kieskring.domain import Candidate, CandidateLists, ListType, PartyList
from kieskring.eml.codes import fail
from kieskring.eml.common import (
    check_plain,
    child,
    is_canonical,
    model_problems,
    opt_text,
    parse_date,
    parse_int,
    place,
    positive,
    read_authority,
    read_created,
    read_identity,
    tag,
    text,
)
from kieskring.eml.safe import KR_NS, XAL_NS, XNL_NS, load_eml

LIST_TYPES: frozenset[str] = frozenset(get_args(ListType))


def _address(candidate: etree._Element, file: str) -> tuple[str | None, str | None]:
    """``(locality, country code)`` of the ``QualifyingAddress``."""
    address = candidate.find(tag("QualifyingAddress"))
    if address is None:
        return None, None
    country = address.find(tag("Country", XAL_NS))
    holder = address if country is None else country
    locality = holder.find(f"{tag('Locality', XAL_NS)}/{tag('LocalityName', XAL_NS)}")
    code = None if country is None else opt_text(country, "CountryNameCode", file, XAL_NS)
    return (None if locality is None else text(locality, file)), code


def read_candidate(el: etree._Element, file: str) -> Candidate:
    """One ``Candidate`` element (230b or 520)."""
    ident = child(el, "CandidateIdentifier", file)
    name = child(child(el, "CandidateFullName", file), "PersonName", file, XNL_NS)
    number = parse_int(ident.get("Id", ""), file, place(ident))
    positive(number, file, ident, "CandidateIdentifier Id")
    last_name = text(child(name, "LastName", file, XNL_NS), file)
    locality, country = _address(el, file)
    with model_problems(file, place(el)):
        return Candidate(
            number=number,
            short_code=ident.get("ShortCode"),
            initials=text(name.find(tag("NameLine", XNL_NS)), file),
            first_name=opt_text(name, "FirstName", file, XNL_NS),
            name_prefix=opt_text(name, "NamePrefix", file, XNL_NS),
            last_name=last_name,
            gender=opt_text(el, "Gender", file),
            locality=locality,
            country_code=country,
        )


def _list_type(affiliation: etree._Element, file: str) -> ListType | None:
    """``Type``: one of the three kinds of list (art. I 17, R 3 Kieswet; EML.013 otherwise)."""
    found = affiliation.find(tag("Type"))
    if found is None:
        return None
    value = text(found, file)
    if value not in LIST_TYPES:
        raise fail("EML.013", file, place(found), value=value, name="Type")
    return cast(ListType, value)


def _list(affiliation: etree._Element, file: str) -> PartyList:
    ident = child(affiliation, "AffiliationIdentifier", file)
    number = positive(
        parse_int(ident.get("Id", ""), file, place(ident)), file, ident, "AffiliationIdentifier Id"
    )
    candidates = tuple(read_candidate(c, file) for c in affiliation.iterfind(tag("Candidate")))
    if not candidates:
        raise fail("EML.107", file, place(affiliation), list=number)
    for before, after in pairwise(candidates):
        if after.number <= before.number:
            raise fail("EML.106", file, place(ident), found=after.number, previous=before.number)
    data = affiliation.find(tag("ListData", KR_NS))
    with model_problems(file, place(affiliation)):
        return PartyList(
            number=number,
            name=text(ident.find(tag("RegisteredName")), file),
            type=_list_type(affiliation, file),
            belongs_to_set=None if data is None else data.get("BelongsToSet"),
            publication_language=None if data is None else data.get("PublicationLanguage"),
            publish_gender=None if data is None else data.get("PublishGender"),
            candidates=candidates,
        )


def lists_from_root(root: etree._Element, file: str) -> CandidateLists:
    """The :class:`CandidateLists` of a parsed 230b root."""
    check_plain(root, file)
    candidate_list = child(root, "CandidateList", file)
    election = child(candidate_list, "Election", file)
    contest = child(election, "Contest", file)
    ident = child(contest, "ContestIdentifier", file)
    lists = tuple(_list(a, file) for a in contest.iterfind(tag("Affiliation")))
    for before, after in pairwise(lists):
        if after.number <= before.number:
            raise fail("EML.105", file, "Affiliation", found=after.number, previous=before.number)
    issue = root.find(tag("IssueDate"))
    with model_problems(file, place(candidate_list)):
        return CandidateLists(
            identity=read_identity(child(election, "ElectionIdentifier", file), file),
            authority=read_authority(root, file),
            transaction_id=text(child(root, "TransactionId", file), file),
            issue_date=None if issue is None else parse_date(issue, file),
            created=read_created(root, file),
            canonical=is_canonical(root),
            contest_id=ident.get("Id", ""),
            contest_name=opt_text(ident, "ContestName", file),
            lists=lists,
        )


def read_230b(path: Path) -> CandidateLists:
    """Read and check a 230b file."""
    _, root = load_eml(path, ("230b",))
    return lists_from_root(root, str(path))
