"""Model P 2a: the report of a GSB follow-up session (Kieswet P 2a): investigations and findings.

Per station investigated at the CSB's request: the reason, the findings and whether the counts
changed (the changed numbers themselves are in the Na 14-2); the plausibility signals with the
coordinator's notes (docs/signals.md §1); attendance and signatures left blank.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from kieskring.protocols.data import SessionReportData
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
from kieskring.protocols.sections import signal_notes

TITLE = "Verslag van de nieuwe zitting van het gemeentelijk stembureau"


def render(data: SessionReportData) -> bytes:
    """The P 2a as PDF bytes."""
    rows: list[list[object]] = [
        [
            para(f"{i.station.number} {i.station.name}", CELL),
            para(i.reason, CELL),
            para(i.findings, CELL),
            "ja" if i.counts_changed else "nee",
        ]
        for i in data.investigations
    ]
    story = header_block(data.info, TITLE)
    if data.sitting:
        story.append(para(f"Zitting {data.sitting}"))
    story += blank_lines("1. Aanwezige leden", 3)
    story += [
        para("2. Onderzochte stembureaus", HEADING),
        table(
            ["Stembureau", "Aanleiding", "Bevindingen", "Telling gewijzigd"],
            rows,  # type: ignore[arg-type]
            [40 * mm, 50 * mm, 55 * mm, 25 * mm],
            right_from=3,
        ),
    ]
    if data.signals:
        story += signal_notes("3. Signalen van aannemelijkheid", data.signals)
    story += blank_lines(f"{4 if data.signals else 3}. Bezwaren en opmerkingen", 3)
    story += signature_block(["Voorzitter", "Lid", "Lid"])
    return build_pdf(data.info, TITLE, story)
