"""Model Na 14-2: the corrigendum a GSB draws up after a follow-up session (Kieswet Na 14, P 2).

Per station investigated: each number that changed, with its old and new value; blank space for
remarks and signatures; the fingerprint of the new 510b in the footer (pv-models.md §4–§5).
"""

from __future__ import annotations

from reportlab.lib.units import mm

from kieskring.protocols.data import CorrigendumData
from kieskring.protocols.layout import (
    HEADING,
    blank_lines,
    build_pdf,
    header_block,
    para,
    signature_block,
    table,
)

TITLE = "Corrigendum bij het proces-verbaal van het gemeentelijk stembureau"


def render(data: CorrigendumData) -> bytes:
    """The Na 14-2 as PDF bytes: old and new values per station."""
    rows: list[list[str | int]] = [
        [f"{c.station.number} {c.station.name}", c.field, c.old, c.new, c.new - c.old]
        for c in data.corrections
    ]
    story = header_block(data.info, TITLE)
    story += [
        para("1. Gecorrigeerde aantallen", HEADING),
        table(
            ["Stembureau", "Gegeven", "Oud", "Nieuw", "Verschil"],
            rows,
            [55 * mm, 55 * mm, 20 * mm, 20 * mm, 20 * mm],
            right_from=2,
        ),
    ]
    story += blank_lines("2. Opmerkingen", 3)
    story += signature_block(["Voorzitter", "Lid", "Lid"])
    return build_pdf(data.info, TITLE, story)
