"""Building EML in the Kiesraad's conventions, and its canonical bytes (chain.md §3–4).

Element order and namespace prefixes follow the OSV2020 files; output is C14N 1.0 with comments,
no XML declaration, empty elements as start/end pairs, so the SHA-256 of the file is its fingerprint.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from kieskring.domain import Authority, Candidate, ElectionIdentity
from kieskring.eml.safe import DS_NS, EML_NS, KR_NS, XAL_NS, XNL_NS

C14N_WITH_COMMENTS = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"
NSMAP: dict[str, str] = {  # the default namespace under key None, as lxml expects
    None: EML_NS,  # type: ignore[dict-item]  # lxml-stubs do not allow the None key
    "ds": DS_NS,
    "kr": KR_NS,
    "xal": XAL_NS,
    "xnl": XNL_NS,
}


def sub(
    parent: etree._Element,
    name: str,
    text: str | None = None,
    ns: str = EML_NS,
    **attrs: str,
) -> etree._Element:
    """Append element ``{ns}name`` with optional text and attributes."""
    el = etree.SubElement(parent, f"{{{ns}}}{name}", attrs)
    if text is not None:
        el.text = text
    return el


def timestamp(created: dt.datetime) -> str:
    """``kr:CreationDateTime`` as OSV2020 writes it: ISO 8601 with milliseconds, no zone."""
    return created.replace(tzinfo=None).isoformat(timespec="milliseconds")


def new_message(
    message: str,
    *,
    transaction_id: str,
    authority: Authority | None,
    created: dt.datetime | None,
    issue_date: dt.date | None = None,
) -> etree._Element:
    """The ``EML`` root with its header: TransactionId … ds:CanonicalizationMethod (a 110a may
    lack the managing authority and the creation time; every other message has both)."""
    root = etree.Element(f"{{{EML_NS}}}EML", {"Id": message, "SchemaVersion": "5"}, nsmap=NSMAP)
    sub(root, "TransactionId", transaction_id)
    if authority is not None:
        managing = sub(root, "ManagingAuthority")
        sub(managing, "AuthorityIdentifier", authority.name, Id=authority.id)
        sub(managing, "AuthorityAddress")
    if issue_date is not None:
        sub(root, "IssueDate", issue_date.isoformat())
    if created is not None:
        sub(root, "CreationDateTime", timestamp(created), KR_NS)
    sub(root, "CanonicalizationMethod", None, DS_NS, Algorithm=C14N_WITH_COMMENTS)
    return root


def add_identity(parent: etree._Element, identity: ElectionIdentity) -> etree._Element:
    """``ElectionIdentifier`` with the optional domain and nomination date when present."""
    el = sub(parent, "ElectionIdentifier", Id=identity.id)
    sub(el, "ElectionName", identity.name)
    sub(el, "ElectionCategory", identity.category)
    sub(el, "ElectionSubcategory", identity.subcategory, KR_NS)
    if identity.domain is not None:
        attrs = {} if identity.domain.id is None else {"Id": identity.domain.id}
        sub(el, "ElectionDomain", identity.domain.name, KR_NS, **attrs)
    sub(el, "ElectionDate", identity.date.isoformat(), KR_NS)
    if identity.nomination_date is not None:
        sub(el, "NominationDate", identity.nomination_date.isoformat(), KR_NS)
    return el


def add_contest_identifier(parent: etree._Element, contest_id: str, name: str | None) -> None:
    """``ContestIdentifier Id`` with ``ContestName`` when known."""
    el = sub(parent, "ContestIdentifier", Id=contest_id)
    if name is not None:
        sub(el, "ContestName", name)


def add_affiliation_identifier(parent: etree._Element, number: int, name: str) -> None:
    """``AffiliationIdentifier Id`` with its ``RegisteredName``."""
    sub(sub(parent, "AffiliationIdentifier", Id=str(number)), "RegisteredName", name)


def _candidate_identifier(parent: etree._Element, candidate: Candidate) -> None:
    attrs = {"Id": str(candidate.number)}
    if candidate.short_code is not None:
        attrs["ShortCode"] = candidate.short_code
    sub(parent, "CandidateIdentifier", **attrs)


def add_candidate(parent: etree._Element, candidate: Candidate) -> None:
    """A full ``Candidate`` (230b, 520): identifier, name, gender, qualifying address."""
    el = sub(parent, "Candidate")
    _candidate_identifier(el, candidate)
    person = sub(sub(el, "CandidateFullName"), "PersonName", ns=XNL_NS)
    sub(person, "NameLine", candidate.initials, XNL_NS, NameType="Initials")
    for name, value in (("FirstName", candidate.first_name), ("NamePrefix", candidate.name_prefix)):
        if value is not None:
            sub(person, name, value, XNL_NS)
    sub(person, "LastName", candidate.last_name, XNL_NS)
    if candidate.gender is not None:
        sub(el, "Gender", candidate.gender)
    if candidate.locality is None and candidate.country_code is None:
        return
    holder = sub(el, "QualifyingAddress")
    if candidate.country_code is not None:
        holder = sub(holder, "Country", ns=XAL_NS)
        sub(holder, "CountryNameCode", candidate.country_code, XAL_NS)
    if candidate.locality is not None:
        sub(sub(holder, "Locality", ns=XAL_NS), "LocalityName", candidate.locality, XAL_NS)


def canonical(root: etree._Element) -> bytes:
    """C14N 1.0 with comments of the whole document (no XML declaration)."""
    return etree.tostring(root.getroottree(), method="c14n", with_comments=True)
