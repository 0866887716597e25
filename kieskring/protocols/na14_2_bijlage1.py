"""Model Na 14-2 Bijlage 1: the corrigendum form for one station in a follow-up session, pre-filled.

Printed when an investigation is recorded (docs/sittings.md §2; pv-models.md §2 "CSO, follow-up
session"): the station, why it is investigated and what the CSB asked, and every count of the
previous session — A–D, E per list, E–H, I and J, each list's candidates — beside an empty column
where only a number that changed is written. The typists type from it; an empty box keeps the
previous number (:mod:`kieskring.app.corrigendum`).
"""

from __future__ import annotations

from kieskring.protocols.data import CorrigendumFormData
from kieskring.protocols.layout import HEADING, blank_lines, build_pdf, header_block, para
from kieskring.protocols.sections import previous_list_page, previous_table

TITLE = "Bijlage 1: nieuwe uitkomsten van een onderzocht stembureau (corrigendum)"


def render(data: CorrigendumFormData) -> bytes:
    """The pre-filled Na 14-2 Bijlage 1 for ``data.station``."""
    st, c = data.station, data.previous
    voters = [
        ("A", "Geldige stempassen", c.poll_cards),
        ("B", "Geldige volmachtbewijzen", c.proxy_certificates),
    ]
    if data.voter_passes:
        voters.append(("C", "Geldige kiezerspassen", c.voter_passes))
    voters.append(("D", "Totaal toegelaten kiezers", c.admitted))
    votes = [
        (f"E.{lst.number}", f"Lijst {lst.number} {lst.name}", c.list_votes[i])
        for i, lst in enumerate(data.lists)
    ]
    votes += [
        ("E", "Totaal stemmen op kandidaten", c.valid),
        ("F", "Blanco stembiljetten", c.blank),
        ("G", "Ongeldige stembiljetten", c.invalid),
        ("H", "Totaal getelde stembiljetten", c.cast),
    ]
    differences = [
        ("I", "Méér getelde stembiljetten dan toegelaten kiezers", c.more_counted),
        ("J", "Minder getelde stembiljetten dan toegelaten kiezers", c.fewer_counted),
    ]
    story = header_block(data.info, TITLE)
    story += [
        para(f"Stembureau {st.number}: {st.name}" + (f" ({st.postcode})" if st.postcode else "")),
        para(f"Aanleiding van het onderzoek: {data.reason}"),
    ]
    if data.assignment:
        story.append(para(f"Opdracht: {data.assignment}"))
    story += [
        para(
            "Schrijf alleen een getal in de kolom 'Nieuw' als het anders is dan in de vorige "
            "zitting. Een leeg vak betekent: ongewijzigd. Is een aantal 0 geworden, schrijf dan 0."
        ),
        para("1. Aantal toegelaten kiezers", HEADING),
        previous_table("Toegelaten kiezers", voters),
        para("2. Aantal getelde stembiljetten", HEADING),
        previous_table("Getelde stembiljetten", votes),
        para("3. Verschillen", HEADING),
        para("[  ] D = H   [  ] H groter dan D   [  ] H kleiner dan D"),
        previous_table("Verschillen", differences),
    ]
    story += blank_lines("Verklaring van het verschil", 2)
    story += blank_lines("Bevindingen van het onderzoek", 3)
    for index, lst in enumerate(data.lists):
        per_candidate = c.candidate_votes[index] if index < len(c.candidate_votes) else ()
        story += previous_list_page(lst, per_candidate)
    return build_pdf(data.info, TITLE, story)
