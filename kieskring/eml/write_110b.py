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
from kieskring.eml.build import add_identity, canonical, new_message, sub
from kieskring.eml.safe import XAL_NS
from kieskring.eml.write_110a import VOTING_METHOD


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
    root = new_message(
        "110b",
        transaction_id=stations.transaction_id,
        authority=stations.authority,
        created=created if created is not None else stations.created,
        issue_date=stations.issue_date,
    )
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
