"""The seat allocation explained, shared by P 22-2 and P 22-1 (Kieswet P 5–P 19, seat-allocation.md
§3).

Sections in the order of the law: votes per list; the kiesdeler (P 5) and the full seats (P 6); each
residual-seat step as a table with the exact remainders or averages as mixed numbers (P 7–P 9), with
the P 9 / P 10 / lots footnotes; the voorkeurdrempel (P 15); per list the elected by preference and
in list order (P 15–P 16); the elected in alphabetical order; Bijlage 1 with votes per list and
candidate.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from kieskring.protocols.data import ResidualStep, ResultReportData
from kieskring.protocols.layout import HEADING, SMALL, dutch_number, mixed_number, para, table
from kieskring.protocols.sections import list_page


def votes_and_seats(data: ResultReportData) -> list[Flowable]:
    """Votes, full seats, residual seats and total per list."""
    rows: list[list[str | int]] = [
        [
            f"{s.list_number}",
            s.name,
            s.votes,
            s.full_seats,
            s.residual_seats,
            s.full_seats + s.residual_seats,
        ]
        for s in data.lists
    ]
    seats = sum(s.full_seats + s.residual_seats for s in data.lists)
    full = sum(s.full_seats for s in data.lists)
    rows.append(["", "Totaal", data.total_votes, full, seats - full, seats])
    return [
        para("Stemmen en zetels per lijst", HEADING),
        table(
            ["Nr.", "Lijst", "Stemmen", "Volle zetels", "Restzetels", "Totaal zetels"],
            rows,
            [10 * mm, 64 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
            right_from=2,
            bold_last=True,
        ),
    ]


def quota_section(data: ResultReportData) -> list[Flowable]:
    """The kiesdeler (Kieswet P 5): total votes divided by the number of seats, exactly."""
    return [
        para("Kiesdeler (Kieswet P 5)", HEADING),
        para(
            f"Totaal aantal stemmen {dutch_number(data.total_votes)} gedeeld door "
            f"{dutch_number(data.seats)} zetels = kiesdeler {mixed_number(data.quota)}."
        ),
        para(
            "Iedere lijst krijgt zoveel volle zetels als de kiesdeler geheel in haar stemmental "
            "begrepen is (Kieswet P 6)."
        ),
    ]


def step_table(step: ResidualStep) -> list[Flowable]:
    """One residual-seat step: every list's remainder or average, the awarded one marked."""
    column = "Overschot" if "overschot" in step.method else "Gemiddelde"
    rows: list[list[str | int]] = [
        [str(r.list_number), mixed_number(r.value), "restzetel" if r.awarded else ""]
        for r in step.rows
    ]
    out: list[Flowable] = [
        para(f"Restzetel {step.number}: {step.method} ({step.article})", HEADING),
        table(["Lijst", column, "Toegewezen"], rows, [20 * mm, 60 * mm, 40 * mm], right_from=1),
    ]
    if step.note:
        out.append(para(step.note, SMALL))
    return out


def residual_section(data: ResultReportData) -> list[Flowable]:
    """All residual-seat steps, then the footnotes (P 9 majority, P 10 exhaustion, lots)."""
    out: list[Flowable] = [para("Restzetels (Kieswet P 7–P 9)", HEADING)]
    if not data.steps:
        out.append(para("Er zijn geen restzetels te verdelen."))
    for step in data.steps:
        out += step_table(step)
    for index, note in enumerate(data.footnotes, start=1):
        out.append(para(f"{index}) {note}", SMALL))
    return out


def elected_section(data: ResultReportData) -> list[Flowable]:
    """Voorkeurdrempel, per list the elected (P 15, P 16) and all elected alphabetically."""
    out: list[Flowable] = [
        para("Voorkeurdrempel (Kieswet P 15)", HEADING),
        para(
            "Een kandidaat met meer dan "
            f"{mixed_number(data.preference_threshold)} stemmen is met "
            "voorkeurstemmen gekozen, binnen het aantal zetels van zijn lijst."
        ),
        para("Toewijzing van de zetels aan kandidaten (Kieswet P 15–P 16)", HEADING),
    ]
    rows: list[list[str | int]] = []
    for lst in data.elected:
        for name in lst.by_preference:
            rows.append([str(lst.list_number), name, "voorkeurstemmen"])
        for name in lst.by_list_order:
            rows.append([str(lst.list_number), name, "lijstvolgorde"])
    out.append(
        table(
            ["Lijst", "Gekozen kandidaat", "Gekozen op grond van"],
            rows,
            [15 * mm, 105 * mm, 50 * mm],
            right_from=3,
        )
    )
    out.append(para("Gekozen kandidaten in alfabetische volgorde", HEADING))
    out.append(
        table(
            ["Nr.", "Naam"],
            [[str(i), n] for i, n in enumerate(data.elected_alphabetical, 1)],
            [15 * mm, 155 * mm],
            right_from=2,
        )
    )
    return out


def appendix(data: ResultReportData) -> list[Flowable]:
    """Bijlage 1: votes per list and per candidate, one page per list."""
    out: list[Flowable] = []
    if not data.candidate_lists:
        return out
    out += [PageBreak(), para("Bijlage 1: stemmen per lijst en per kandidaat", HEADING)]
    for index, lst in enumerate(data.candidate_lists):
        votes = data.candidate_votes[index] if index < len(data.candidate_votes) else None
        out += list_page(lst, votes, new_page=index > 0)
    return out
