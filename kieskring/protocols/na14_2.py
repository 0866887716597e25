"""Model Na 14-2: the corrigendum a GSB draws up after a follow-up session (Kieswet Na 14, P 2).

Per station investigated: each number that changed, with its code on the form, its old and new value
and the field's label; blank space for remarks and signatures; the fingerprint of the new 510b in
the footer, and the count it replaces named in the body (pv-models.md §4–§5; docs/sittings.md §4).
Each row reads ``code old new difference label`` so that ``uitslag verify`` can hold the figures
against the two counts (V15, docs/VERIFY.md).
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kieskring.protocols.data import Correction, CorrigendumData
from kieskring.protocols.layout import (
    CELL,
    HEADING,
    blank_lines,
    build_pdf,
    dutch_number,
    fingerprint_groups,
    header_block,
    para,
    signature_block,
    table,
)

TITLE = "Corrigendum bij het proces-verbaal van het gemeentelijk stembureau"


def _signed(value: int) -> str:
    return ("+" if value > 0 else "") + dutch_number(value)


def _station(corrections: list[Correction]) -> list[Flowable]:
    station = corrections[0].station
    rows: list[list[object]] = [
        [c.code, c.old, c.new, _signed(c.new - c.old), para(c.field, CELL)] for c in corrections
    ]
    return [
        para(f"Stembureau {station.number}: {station.name}", HEADING),
        table(
            ["Veld", "Oud", "Nieuw", "Verschil", "Omschrijving"],
            rows,  # type: ignore[arg-type]
            [18 * mm, 22 * mm, 22 * mm, 22 * mm, 86 * mm],
            right_from=1,
        ),
    ]


def render(data: CorrigendumData) -> bytes:
    """The Na 14-2 as PDF bytes: old and new values per station."""
    story = header_block(data.info, TITLE)
    if data.sitting:
        story.append(para(f"Nieuwe zitting: zitting {data.sitting}"))
    if data.replaces:
        story.append(
            para(
                "Dit corrigendum verbetert de telling met vingerafdruk "
                + fingerprint_groups(data.replaces)
            )
        )
    story.append(para("1. Gecorrigeerde aantallen", HEADING))
    for _, group in groupby(data.corrections, key=lambda c: c.station.number):
        story += _station(list(group))
    story += blank_lines("2. Opmerkingen", 3)
    story += signature_block(["Voorzitter", "Lid", "Lid"])
    return build_pdf(data.info, TITLE, story)
