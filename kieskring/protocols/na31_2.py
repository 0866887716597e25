"""Model Na 31-2: the PV of the GSB's first session with central counting (CSO).

Sections: the session; the counted stations (with any investigation noted); the municipal totals
A–D, E.x, F, G, H, I, J; the plausibility signals with the coordinator's notes, when there are any
(docs/signals.md §1); per list the candidates' totals; blank space for attendance, objections and
signatures; the 510b fingerprint in every footer (pv-models.md §5; Kieswet Na 31).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kieskring.protocols.data import GsbReportData
from kieskring.protocols.layout import (
    HEADING,
    blank_lines,
    build_pdf,
    header_block,
    para,
    signature_block,
    table,
)
from kieskring.protocols.sections import (
    differences_table,
    list_page,
    signal_notes,
    voters_table,
    votes_table,
)

TITLE = "Proces-verbaal van het gemeentelijk stembureau"


def _stations(data: GsbReportData) -> Flowable:
    rows: list[list[str | int]] = [
        [str(r.station.number), r.station.name, r.counts.admitted, r.counts.cast, r.note]
        for r in data.stations
    ]
    return table(
        ["Nr.", "Stembureau", "Toegelaten (D)", "Geteld (H)", "Onderzoek / opmerking"],
        rows,
        [12 * mm, 62 * mm, 28 * mm, 28 * mm, 40 * mm],
        right_from=2,
    )


def render(data: GsbReportData) -> bytes:
    """The Na 31-2 PV as PDF bytes."""
    story = header_block(data.info, TITLE)
    story += blank_lines("1. Aanwezige leden van het gemeentelijk stembureau", 3)
    story += [para("2. Getelde stembureaus", HEADING), _stations(data)]
    story += [
        para("3. Aantal toegelaten kiezers (gemeente)", HEADING),
        voters_table(data.total),
        para("4. Aantal getelde stembiljetten (gemeente)", HEADING),
        votes_table(data.lists, data.total),
        para("5. Verschillen", HEADING),
        differences_table(data.total),
    ]
    if data.signals:
        story += signal_notes("6. Signalen van aannemelijkheid", data.signals)
    story += blank_lines(f"{7 if data.signals else 6}. Bezwaren en opmerkingen", 4)
    story += signature_block(["Voorzitter", "Lid", "Lid"])
    for index, lst in enumerate(data.lists):
        votes = data.total.candidate_votes[index] if data.total.candidate_votes else None
        story += list_page(lst, votes)
    return build_pdf(data.info, TITLE, story)
