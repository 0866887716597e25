"""The CSB's (or HSB's) request to a GSB to investigate polling stations, printed to hand over with
the JSON file the GSB's follow-up sitting reads (docs/chain-app.md §5; docs/app.md §5; Kieswet N 11
and the follow-up sitting of the GSB, docs/pv-models.md §4).

Per station: its number, the reason and the assignment; the signatures are left blank. No fingerprint:
the request is not a count.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from kieskring.protocols.data import DocumentInfo
from kieskring.protocols.layout import (
    CELL,
    HEADING,
    blank_lines,
    build_pdf,
    header_block,
    para,
    signature_block,
    table,
)

TITLE = "Verzoek om onderzoek door het gemeentelijk stembureau"


@dataclass(frozen=True)
class RequestedInvestigation:
    """One station to investigate: number, why, and what to do."""

    station: int
    reason: str
    assignment: str


@dataclass(frozen=True)
class InvestigationRequestsData:
    """The requests to one GSB: the municipality and the stations."""

    info: DocumentInfo
    municipality_code: str
    municipality_name: str
    requests: tuple[RequestedInvestigation, ...]


def render(data: InvestigationRequestsData) -> bytes:
    """The request as PDF bytes (same data, same bytes)."""
    rows: list[list[object]] = [
        [str(r.station), para(r.reason, CELL), para(r.assignment or "–", CELL)]
        for r in data.requests
    ]
    story = header_block(data.info, TITLE)
    story += [
        para(
            f"Aan het gemeentelijk stembureau van {data.municipality_name} "
            f"(gemeente {data.municipality_code}). Het {data.info.authority.lower()} verzoekt u de "
            "volgende stembureaus te onderzoeken in een nieuwe zitting, en de uitkomst te melden "
            "met een proces-verbaal (P 2a) en, waar de telling verandert, een corrigendum en een "
            "nieuw telbestand."
        ),
        para("Te onderzoeken stembureaus", HEADING),
        table(
            ["Stembureau", "Aanleiding", "Opdracht"],
            rows,  # type: ignore[arg-type]
            [25 * mm, 72 * mm, 73 * mm],
            right_from=3,
        ),
    ]
    story += blank_lines("Opmerkingen", 2)
    story += signature_block(["Voorzitter", "Secretaris"])
    return build_pdf(data.info, TITLE, story)
