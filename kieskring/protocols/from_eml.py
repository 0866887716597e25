"""The blank per-station forms from the EML files: lists and candidates from the 230b, stations
from a 510b (the municipality's polling stations; a 110b reader is not there yet)."""

from __future__ import annotations

from pathlib import Path

from kieskring.domain.candidates import CandidateLists
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.protocols import data as d

VERSION = "2024"


def party_lists(lists: CandidateLists) -> tuple[d.PartyList, ...]:
    """The lists with their candidates as the forms print them."""
    return tuple(
        d.PartyList(
            x.number,
            x.name,
            tuple(d.Candidate(c.number, c.display_name, c.locality or "") for c in x.candidates),
        )
        for x in lists.lists
    )


def blank_forms(model: str, candidates: Path, stations: Path, date: str) -> list[d.BlankFormData]:
    """One pre-filled blank form per station (N 10-2 lists only; Na 31-2 Bijlage 1 with candidates)."""
    lists = read_230b(candidates)
    count = read_510(stations, levels="b")
    domain = lists.identity.domain
    info = d.DocumentInfo(
        model=model,
        version=VERSION,
        election_name=lists.identity.name,
        election_id=lists.identity.id,
        authority=f"Gemeentelijk stembureau {domain.name if domain else ''}".strip(),
        date=date,
    )
    printed = party_lists(lists)
    forms: list[d.BlankFormData] = []
    for unit in count.units:
        number = int(unit.id.rsplit("SB", 1)[-1]) if "SB" in unit.id else len(forms) + 1
        forms.append(
            d.BlankFormData(
                info, d.Station(number, unit.name), printed, with_candidates=model != "N 10-2"
            )
        )
    return forms
