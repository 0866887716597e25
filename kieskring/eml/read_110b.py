"""Reading EML 110b (the polling stations of one municipality) into
:class:`~kieskring.domain.election.PollingStations`.

Schema: ``110b-electionevent-kiesraad-strict.xsd``: header with the municipality as managing authority,
``ElectionEvent/Election`` with ``ElectionIdentifier`` and one ``Contest`` (``ContestIdentifier``
``geen``, the municipality's ``ReportingUnit``, ``VotingMethod``, ``MaxVotes``) holding one
``PollingPlace`` per station: ``PhysicalLocation/Address/Locality`` (name, postcode) and
``PollingStation Id=<n>`` whose content is the number of eligible voters.

Checks (chain.md §3 "reporting-unit ids fit the level and the authority"): the authority is a 4-digit CBS
code, as a GSB's is (EML.115); the reporting unit is that municipality (EML.109); station numbers are
whole numbers (EML.009) of 1 or more (EML.116; stations are numbered ``SB1``, ``SB2``… per municipality,
pv-models.md §1) and unique (EML.108); eligible voters are exact non-negative whole numbers
(EML.009–011). Empty content (no number known) reads as 0, the value a 510b ``Cast`` has then.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from kieskring.domain.election import PollingStation, PollingStations
from kieskring.eml.codes import fail
from kieskring.eml.common import (
    XSD_SPACE,
    check_plain,
    child,
    model_problems,
    parse_date,
    parse_int,
    place,
    read_authority,
    read_created,
    read_identity,
    tag,
    text,
)
from kieskring.eml.safe import XAL_NS, load_eml

MUNICIPALITY = re.compile(r"\d{4}")
"""A GSB's authority id: the municipality's CBS code (chain.md §3)."""


def _station(place_el: etree._Element, file: str) -> PollingStation:
    """One ``PollingPlace``: number (≥ 1), name, postcode and eligible voters."""
    location = child(place_el, "PhysicalLocation", file)
    station = child(location, "PollingStation", file)
    where = place(station)
    raw_number = station.get("Id", "")
    number = parse_int(raw_number, file, where)
    if number < 1:
        raise fail("EML.116", file, where, found=raw_number.strip())
    content = text(station, file).strip(XSD_SPACE)
    voters = parse_int(content, file, where) if content else 0
    address = child(location, "Address", file)
    name = address.find(f".//{tag('LocalityName', XAL_NS)}")
    postcode = address.find(f".//{tag('PostalCodeNumber', XAL_NS)}")
    with model_problems(file, where):
        return PollingStation(
            number=number,
            name=text(name, file),
            postal_code=None if postcode is None else text(postcode, file),
            eligible_voters=voters,
            channel=place_el.get("Channel", "polling"),
        )


def _stations(contest: etree._Element, file: str) -> tuple[PollingStation, ...]:
    """Every station of the contest, numbers unique (EML.108)."""
    seen: set[int] = set()
    stations: list[PollingStation] = []
    for place_el in contest.iterfind(tag("PollingPlace")):
        station = _station(place_el, file)
        if station.number in seen:
            raise fail("EML.108", file, place(place_el), unit=f"SB{station.number}")
        seen.add(station.number)
        stations.append(station)
    return tuple(stations)


def _unit(contest: etree._Element, authority: str, file: str) -> str:
    """The name of the contest's reporting unit, which must be the municipality (EML.109)."""
    unit = child(child(contest, "ReportingUnit", file), "ReportingUnitIdentifier", file)
    if unit.get("Id", "") != authority:
        raise fail(
            "EML.109", file, place(unit), unit=unit.get("Id", ""), level="110b", authority=authority
        )
    return text(unit, file)


def stations_from_root(root: etree._Element, file: str) -> PollingStations:
    """The :class:`PollingStations` of a parsed 110b root."""
    check_plain(root, file)
    authority = read_authority(root, file)
    if not MUNICIPALITY.fullmatch(authority.id):
        raise fail("EML.115", file, "ManagingAuthority", authority=authority.id, level="110b")
    election = child(child(root, "ElectionEvent", file), "Election", file)
    contest = child(election, "Contest", file)
    issue = root.find(tag("IssueDate"))
    with model_problems(file, place(election)):
        return PollingStations(
            identity=read_identity(child(election, "ElectionIdentifier", file), file),
            authority=authority,
            unit_name=_unit(contest, authority.id, file),
            transaction_id=text(child(root, "TransactionId", file), file),
            issue_date=None if issue is None else parse_date(issue, file),
            created=read_created(root, file),
            stations=_stations(contest, file),
        )


def read_110b(path: Path) -> PollingStations:
    """Read and check a 110b file."""
    _, root = load_eml(path, ("110b",))
    return stations_from_root(root, str(path))
