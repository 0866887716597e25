"""Writing EML 110b (the polling stations of one municipality) as canonical bytes.

Order as ``110b-electionevent-kiesraad-strict.xsd`` has it: header (``TransactionId``,
``ManagingAuthority`` = the municipality, optional ``IssueDate``, ``kr:CreationDateTime``,
``ds:CanonicalizationMethod``), ``ElectionEvent/EventIdentifier``, ``Election`` with the
``ElectionIdentifier`` (the 110b allows no ``kr:NominationDate``, so it is left out) and one ``Contest``:
``ContestIdentifier`` ``geen``, the municipality's ``ReportingUnit``, ``VotingMethod`` SPV, an empty
``MaxVotes`` (schema default 1), then per station a ``PollingPlace Channel`` with
``PhysicalLocation/Address/Locality`` (``xal:LocalityName``, ``xal:PostalCode``) and
``PollingStation Id=<n>`` holding the eligible voters. C14N 1.0 with comments (chain.md §4), so writing
what was read gives the same bytes.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from kieskring.domain.election import PollingStation, PollingStations
from kieskring.eml.build import C14N_WITH_COMMENTS, NSMAP, add_identity, canonical, sub, timestamp
from kieskring.eml.safe import DS_NS, EML_NS, KR_NS, XAL_NS
from kieskring.eml.write_110a import VOTING_METHOD


def _header(stations: PollingStations, created: dt.datetime | None) -> etree._Element:
    root = etree.Element(f"{{{EML_NS}}}EML", {"Id": "110b", "SchemaVersion": "5"}, nsmap=NSMAP)
    sub(root, "TransactionId", stations.transaction_id)
    managing = sub(root, "ManagingAuthority")
    sub(managing, "AuthorityIdentifier", stations.authority.name, Id=stations.authority.id)
    sub(managing, "AuthorityAddress")
    if stations.issue_date is not None:
        sub(root, "IssueDate", stations.issue_date.isoformat())
    when = created if created is not None else stations.created
    if when is not None:
        sub(root, "CreationDateTime", timestamp(when), KR_NS)
    sub(root, "CanonicalizationMethod", None, DS_NS, Algorithm=C14N_WITH_COMMENTS)
    return root


def _polling_place(contest: etree._Element, station: PollingStation) -> None:
    location = sub(sub(contest, "PollingPlace", Channel=station.channel), "PhysicalLocation")
    locality = sub(sub(location, "Address"), "Locality")
    sub(locality, "LocalityName", station.name, XAL_NS)
    if station.postal_code is not None:
        sub(sub(locality, "PostalCode", ns=XAL_NS), "PostalCodeNumber", station.postal_code, XAL_NS)
    sub(location, "PollingStation", str(station.eligible_voters), Id=str(station.number))


def stations_element(
    stations: PollingStations, created: dt.datetime | None = None
) -> etree._Element:
    """The ``EML`` tree of a 110b; ``created`` overrides the model's creation time."""
    root = _header(stations, created)
    event = sub(root, "ElectionEvent")
    sub(event, "EventIdentifier")
    election = sub(event, "Election")
    add_identity(election, stations.identity.model_copy(update={"nomination_date": None}))
    contest = sub(election, "Contest")
    sub(contest, "ContestIdentifier", Id="geen")
    unit = sub(contest, "ReportingUnit")
    sub(unit, "ReportingUnitIdentifier", stations.unit_name, Id=stations.authority.id)
    sub(contest, "VotingMethod", VOTING_METHOD)
    sub(contest, "MaxVotes")
    for station in stations.stations:
        _polling_place(contest, station)
    return root


def write_110b(stations: PollingStations, created: dt.datetime | None = None) -> bytes:
    """The canonical bytes of a 110b."""
    return canonical(stations_element(stations, created))
