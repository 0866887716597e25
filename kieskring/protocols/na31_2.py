"""Model Na 31-2: the PV of the GSB's first session with central counting (CSO).

Sections: the session; the counted stations (with any investigation noted); the municipal totals
A–D, E.x, F, G, H, I, J; the plausibility signals with the coordinator's notes, when there are any
(section 6, docs/signals.md §1); per list the candidates' totals; blank space for attendance, objections
and signatures; the 510b fingerprint in every footer (pv-models.md §5; Kieswet Na 31). When the PV
comes from the data-entry app, the next section prints the head of its audit log (entry number and
hash) above the signatures, so the signed paper fixes the log as it was (issue 12 D; README, "What
the audit log proves").
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from kieskring.protocols.data import GsbReportData
from kieskring.protocols.layout import (
    CELL,
    HEADING,
    SMALL,
    blank_lines,
    build_pdf,
    fingerprint_groups,
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
    rows: list[list[object]] = [
        [
            str(r.station.number),
            para(r.station.name, CELL),
            r.counts.admitted,
            r.counts.cast,
            para(r.note, CELL),
        ]
        for r in data.stations
    ]
    return table(
        ["Nr.", "Stembureau", "Toegelaten (D)", "Geteld (H)", "Onderzoek / opmerking"],
        rows,  # type: ignore[arg-type]
        [12 * mm, 52 * mm, 22 * mm, 22 * mm, 62 * mm],
        right_from=2,
    )


def _audit_head(data: GsbReportData, number: int) -> list[Flowable]:
    """Section ``number``: the audit log's head, grouped like a fingerprint, with the command that
    checks it."""
    if not data.audit_hash:
        return []
    digest = data.audit_hash.lower()
    return [
        para(f"{number}. Auditlog van de invoer", HEADING),
        para(
            "Bij het opmaken van dit proces-verbaal was de laatste regel van de auditlog van de "
            f"invoer: regel {data.audit_seq}, met hash:"
        ),
        para(fingerprint_groups(digest)),
        para(
            "Controle door een auditor: uitslag audit verify DATABASE "
            f'--head "{data.audit_seq}:HASH", met als HASH de 64 tekens hierboven (spaties mogen).',
            SMALL,
        ),
    ]


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
    section = 6
    if data.signals:
        story += signal_notes(f"{section}. Signalen van aannemelijkheid", data.signals)
        section += 1
    story += blank_lines(f"{section}. Bezwaren en opmerkingen", 4)
    signatures = signature_block(["Voorzitter", "Lid", "Lid"])
    if data.audit_hash:  # the head stays on the page the members sign
        story.append(KeepTogether([*_audit_head(data, section + 1), *signatures]))
    else:
        story += signatures
    for index, lst in enumerate(data.lists):
        votes = data.total.candidate_votes[index] if data.total.candidate_votes else None
        story += list_page(lst, votes)
    return build_pdf(data.info, TITLE, story)
