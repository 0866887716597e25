"""Model P 22-1: the CSB's PV for TK, EP and PS2 (Kieswet P 22): as P 22-2 plus the lijstengroepen.

After the seats per list (group), each lijstengroep's seats are divided over its kieskring lists
with the group's own quota (Kieswet P 12, P 13; seat-allocation-multi.md §3).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kieskring.protocols.allocation_sections import appendix
from kieskring.protocols.data import ResultReportData
from kieskring.protocols.layout import (
    HEADING,
    blank_lines,
    build_pdf,
    header_block,
    mixed_number,
    para,
    signature_block,
    table,
)
from kieskring.protocols.p22_2 import allocation_story

TITLE = "Proces-verbaal van de uitslag van de verkiezing"


def group_section(data: ResultReportData) -> list[Flowable]:
    """Per lijstengroep: its seats, quota and the division over its kieskring lists (P 19a)."""
    out: list[Flowable] = [
        para("Verdeling van zetels binnen lijstengroepen (Kieswet P 19a)", HEADING)
    ]
    if not data.groups:
        out.append(para("Er zijn geen lijstengroepen."))
    for group in data.groups:
        out.append(
            para(
                f"{group.group_name}: {group.seats} zetels, "
                f"groepskiesdeler {mixed_number(group.quota)}"
            )
        )
        rows: list[list[str | int]] = [[name, votes, seats] for name, votes, seats in group.rows]
        out.append(
            table(["Lijst in kieskring", "Stemmen", "Zetels"], rows, [100 * mm, 35 * mm, 35 * mm])
        )
    return out


def render(data: ResultReportData) -> bytes:
    """The P 22-1 as PDF bytes."""
    story = header_block(data.info, TITLE)
    story += blank_lines("Aanwezige leden van het centraal stembureau", 2)
    story += allocation_story(data)
    story += group_section(data)
    story += blank_lines("Bezwaren en opmerkingen", 3)
    story += signature_block(["Voorzitter", "Lid", "Lid"])
    story += appendix(data)
    return build_pdf(data.info, TITLE, story)
