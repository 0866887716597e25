"""Reading EML 110a (Verkiezingsdefinitie) into an :class:`~kieskring.domain.Election`.

Checks (chain.md §3), all from the one table of categories (:mod:`kieskring.domain.categories`), as
the Kiesraad's own importer enforces them: the subcategory is one of the category's and fits the
seats or kieskringen (EML.110: GR1/AB1 below 19 seats, GR2/AB2 from 19; PS1 one kieskring, PS2
several; TK, EK, EP, ER1 fixed); the seats lie in the category's range (EML.110: GR 9–45 and odd,
art. 8 Gemeentewet; TK 150, art. 51 Grondwet; …); a category elected for an area names it in
``kr:ElectionDomain`` (EML.008); the preference threshold is the one the allocation applies
(EML.111: Kieswet P 15 lid 1–2, 25 % or 50 % below 19 seats; the European Parliament 10 %, Y 23a).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from kieskring.domain import Election, ElectionIdentity, Region
from kieskring.domain.categories import (
    expected_subcategory,
    facts,
    preference_threshold,
    seats_fit,
)
from kieskring.eml.codes import fail
from kieskring.eml.common import (
    check_plain,
    child,
    int_of,
    model_problems,
    parse_date,
    place,
    read_authority,
    read_created,
    read_identity,
    tag,
    text,
)
from kieskring.eml.safe import KR_NS, load_eml


def _regions(election: etree._Element, file: str) -> tuple[Region, ...]:
    tree = election.find(tag("ElectionTree", KR_NS))
    if tree is None:
        return ()
    return tuple(
        Region(
            number=region.get("RegionNumber", ""),
            category=region.get("RegionCategory", ""),
            name=text(region.find(tag("RegionName", KR_NS)), file),
            superior_number=region.get("SuperiorRegionNumber"),
            superior_category=region.get("SuperiorRegionCategory"),
            committees=tuple(
                c.get("CommitteeCategory", "") for c in region.iterfind(tag("Committee", KR_NS))
            ),
        )
        for region in tree.iterfind(tag("Region", KR_NS))
    )


def _parties(election: etree._Element, file: str) -> tuple[str, ...]:
    return tuple(
        text(party.find(tag("RegisteredAppellation", KR_NS)), file)
        for party in election.iterfind(
            f"{tag('RegisteredParties', KR_NS)}/{tag('RegisteredParty', KR_NS)}"
        )
    )


def _category_problem(identity: ElectionIdentity, seats: int, regions: tuple[Region, ...]) -> str:
    """What is wrong with category, subcategory and seats (EML.110), or ``""`` when they fit
    (the table in :mod:`kieskring.domain.categories`)."""
    found = facts(identity.category)
    if found is None:
        return "?"
    low, high = found.seats
    kieskringen = sum(1 for r in regions if r.category == "KIESKRING")
    expected = expected_subcategory(found, seats, kieskringen)
    if identity.subcategory not in found.subcategories or expected not in (
        None,
        identity.subcategory,
    ):
        return expected or "/".join(found.subcategories)
    if not seats_fit(found, seats):
        odd = " (oneven/odd)" if found.odd else ""
        return f"{low}–{high}{odd}, {found.seats_article}"
    return ""


def _check_seats(
    identity: ElectionIdentity, seats_el: etree._Element, regions: tuple[Region, ...], file: str
) -> int:
    """``kr:NumberOfSeats``, checked with category and subcategory (EML.110)."""
    seats = int_of(seats_el, file)
    expected = _category_problem(identity, seats, regions)
    if expected:
        raise fail(
            "EML.110",
            file,
            place(seats_el),
            category=identity.category,
            subcategory=identity.subcategory,
            seats=seats,
            expected=expected,
        )
    return seats


def _check_threshold(
    identity: ElectionIdentity, seats: int, threshold_el: etree._Element, file: str
) -> int:
    """``kr:PreferenceThreshold``: the voorkeurdrempel the allocation applies (EML.111; Kieswet
    P 15 lid 1–2, Y 23a)."""
    threshold = int_of(threshold_el, file)
    expected = preference_threshold(identity.category, seats)
    if expected is not None and threshold != expected:
        raise fail(
            "EML.111",
            file,
            place(threshold_el),
            found=threshold,
            subcategory=identity.subcategory,
            expected=expected,
        )
    return threshold


def _check_domain(identity: ElectionIdentity, identifier: etree._Element, file: str) -> None:
    """A category elected for an area names it in ``kr:ElectionDomain`` (EML.008)."""
    found = facts(identity.category)
    if found is not None and found.domain and identity.domain is None:
        raise fail("EML.008", file, place(identifier), name="kr:ElectionDomain")


def _with_header(election: Election, root: etree._Element, file: str) -> Election:
    """``election`` with the message header: TransactionId, the optional ManagingAuthority (absent
    in the Kiesraad's 110a files) and IssueDate, and kr:CreationDateTime."""
    issue = root.find(tag("IssueDate"))
    managing = root.find(tag("ManagingAuthority"))
    return election.model_copy(
        update={
            "transaction_id": text(child(root, "TransactionId", file), file),
            "authority": None if managing is None else read_authority(root, file),
            "issue_date": None if issue is None else parse_date(issue, file),
            "created": read_created(root, file),
        }
    )


def election_from_root(root: etree._Element, file: str) -> Election:
    """The :class:`Election` of a parsed 110a root, with EML.110/111 checked."""
    check_plain(root, file)
    election = child(child(root, "ElectionEvent", file), "Election", file)
    identifier = child(election, "ElectionIdentifier", file)
    identity = read_identity(identifier, file)
    _check_domain(identity, identifier, file)
    regions = _regions(election, file)
    seats = _check_seats(identity, child(election, "NumberOfSeats", file, KR_NS), regions, file)
    threshold = _check_threshold(
        identity, seats, child(election, "PreferenceThreshold", file, KR_NS), file
    )
    with model_problems(file, place(election)):
        defined = Election(
            identity=identity,
            contest_id=child(child(election, "Contest", file), "ContestIdentifier", file).get(
                "Id", ""
            ),
            seats=seats,
            preference_threshold=threshold,
            regions=regions,
            registered_parties=_parties(election, file),
        )
    return _with_header(defined, root, file)


def read_110a(path: Path) -> Election:
    """Read and check a 110a file."""
    _, root = load_eml(path, ("110a",))
    return election_from_root(root, str(path))
