"""Model O 3: the HSB's PV for a kieskring (Kieswet O 3): totals per municipality and for the
kieskring.

Per list the votes per municipality and in total, then per list the candidates' totals; the 510c
fingerprint in the footer (pv-models.md §5).
"""

from __future__ import annotations

from reportlab.lib.units import mm

from kieskring.protocols.data import KieskringReportData
from kieskring.protocols.layout import (
    HEADING,
    blank_lines,
    build_pdf,
    header_block,
    para,
    signature_block,
    table,
)
from kieskring.protocols.sections import list_page, voters_table, votes_table

TITLE = "Proces-verbaal van het hoofdstembureau"


def render(data: KieskringReportData) -> bytes:
    """The O 3 as PDF bytes."""
    rows: list[list[str | int]] = [
        [m.name, m.counts.admitted, m.counts.valid, m.counts.blank, m.counts.invalid, m.counts.cast]
        for m in data.municipalities
    ]
    t = data.total
    rows.append(["Totaal kieskring", t.admitted, t.valid, t.blank, t.invalid, t.cast])
    story = header_block(data.info, TITLE)
    story += blank_lines("1. Aanwezige leden van het hoofdstembureau", 3)
    story += [
        para("2. Totalen per gemeente", HEADING),
        table(
            [
                "Gemeente",
                "Toegelaten (D)",
                "Stemmen (E)",
                "Blanco (F)",
                "Ongeldig (G)",
                "Geteld (H)",
            ],
            rows,
            [50 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
            bold_last=True,
        ),
        para("3. Toegelaten kiezers (kieskring)", HEADING),
        voters_table(t),
        para("4. Stemmen per lijst (kieskring)", HEADING),
        votes_table(data.lists, t),
    ]
    story += blank_lines("5. Bezwaren en opmerkingen", 3)
    story += signature_block(["Voorzitter", "Lid", "Lid"])
    for index, lst in enumerate(data.lists):
        votes = t.candidate_votes[index] if t.candidate_votes else None
        story += list_page(lst, votes)
    return build_pdf(data.info, TITLE, story)
