"""Model Na 31-2 Bijlage 1: the blank count form per station for the GSB's central count (CSO).

Pre-filled with the station, the lists and their candidates (names as in the 230b); the GSB's
counters write the numbers and the typists type from it (pv-models.md §2 "CSO, first session", §5).
"""

from __future__ import annotations

from kieskring.protocols.data import BlankFormData
from kieskring.protocols.layout import HEADING, blank_lines, build_pdf, header_block, para
from kieskring.protocols.sections import differences_table, list_page, voters_table, votes_table

TITLE = "Bijlage 1: uitkomsten per stembureau (centrale stemopneming)"


def render(data: BlankFormData) -> bytes:
    """The blank Na 31-2 Bijlage 1 for ``data.station``: one page per list with its candidates."""
    st = data.station
    story = header_block(data.info, TITLE)
    story += [
        para(f"Stembureau {st.number}: {st.name}" + (f" ({st.postcode})" if st.postcode else "")),
        para("1. Is er voor dit stembureau een extra onderzoek gedaan?   [  ] ja   [  ] nee"),
        para("2. Zijn de stembiljetten (deels) herteld?   [  ] ja   [  ] nee"),
        para("3. Aantal toegelaten kiezers", HEADING),
        voters_table(None),
        para("4. Aantal getelde stembiljetten", HEADING),
        votes_table(data.lists, None),
        para("5. Verschillen   [  ] D = H   [  ] H groter dan D   [  ] H kleiner dan D"),
        differences_table(None),
    ]
    story += blank_lines("Verklaring van het verschil", 2)
    if data.with_candidates:
        for lst in data.lists:
            story += list_page(lst, None)
    return build_pdf(data.info, TITLE, story)
