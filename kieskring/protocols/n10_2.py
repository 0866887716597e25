"""Model N 10-2: the blank station PV for list-level counts (CSO), one per stembureau.

Pre-filled with the station and the lists; A–D, E.x, F, G, H, I, J, remarks and signatures are left
blank for the stembureau to fill in by hand (pv-models.md §5; Kieswet J 34, N 10).
"""

from __future__ import annotations

from kieskring.protocols.data import BlankFormData
from kieskring.protocols.layout import (
    HEADING,
    blank_lines,
    build_pdf,
    header_block,
    para,
    signature_block,
)
from kieskring.protocols.sections import differences_table, voters_table, votes_table

TITLE = "Proces-verbaal van een stembureau (lijsttelling)"


def render(data: BlankFormData) -> bytes:
    """The blank N 10-2 for ``data.station`` as PDF bytes."""
    st = data.station
    story = header_block(data.info, TITLE)
    story += [
        para(f"Stembureau {st.number}: {st.name}" + (f" ({st.postcode})" if st.postcode else "")),
        para("1. Aantal toegelaten kiezers", HEADING),
        voters_table(None),
        para("2. Aantal getelde stembiljetten per lijst", HEADING),
        votes_table(data.lists, None),
        para("3. Verschillen", HEADING),
        differences_table(None),
    ]
    story += blank_lines("4. Verklaring van verschillen en bezwaren van kiezers", 4)
    story += signature_block(["Voorzitter", "Lid", "Lid"])
    return build_pdf(data.info, TITLE, story)
