"""Model P 22-2: the CSB's PV for GR, AB and PS1 (Kieswet P 22): the result, explained from the
trace.

Votes, kiesdeler, full seats, each residual-seat step, footnotes, voorkeurdrempel, the candidates
elected and Bijlage 1; the 520 fingerprint in every footer (pv-models.md §5).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kieskring.protocols.allocation_sections import (
    appendix,
    elected_section,
    quota_section,
    residual_section,
    votes_and_seats,
)
from kieskring.protocols.data import ResultReportData
from kieskring.protocols.layout import blank_lines, build_pdf, header_block, signature_block

TITLE = "Proces-verbaal van de uitslag van de verkiezing"


def allocation_story(data: ResultReportData) -> list[Flowable]:
    """The seat-allocation sections common to P 22-2 and P 22-1."""
    story: list[Flowable] = []
    story += votes_and_seats(data)
    story += quota_section(data)
    story += residual_section(data)
    story += elected_section(data)
    return story


def render(data: ResultReportData) -> bytes:
    """The P 22-2 as PDF bytes."""
    story = header_block(data.info, TITLE)
    story += blank_lines("Aanwezige leden van het centraal stembureau", 2)
    story += allocation_story(data)
    story += blank_lines("Bezwaren en opmerkingen", 3)
    story += signature_block(["Voorzitter", "Lid", "Lid"])
    story += appendix(data)
    return build_pdf(data.info, TITLE, story)
