"""Sections several PVs share: voters (A–D), votes (E–H), differences (I, J) and the per-list pages.

A value of ``None`` leaves the cell blank for handwriting (blank forms); numbers are printed Dutch
style and right-aligned. One page per list holds up to 50 candidates with the list total at its foot
(pv-models.md §5); longer lists split and repeat the table header.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from kieskring.protocols.data import Counts, PartyList, SignalNote
from kieskring.protocols.layout import CELL, HEADING, para, table


def _cell(value: int | None) -> str | int:
    return "" if value is None else value


def _of(counts: Counts | None, name: str) -> str | int:
    if counts is None:
        return ""
    value: int = getattr(counts, name)
    return value


def voters_table(counts: Counts | None, *, voter_passes: bool = True) -> Flowable:
    """A, B, (C,) D: admitted voters (Kieswet N 10 / Na 31)."""
    c = counts
    rows: list[list[str | int]] = [
        ["A", "Geldige stempassen", _of(c, "poll_cards")],
        ["B", "Geldige volmachtbewijzen", _of(c, "proxy_certificates")],
    ]
    if voter_passes:
        rows.append(["C", "Geldige kiezerspassen", _of(c, "voter_passes")])
    rows.append(["D", "Totaal toegelaten kiezers", _of(c, "admitted")])
    return table(
        ["", "Toegelaten kiezers", "Aantal"], rows, [12 * mm, 118 * mm, 40 * mm], right_from=2
    )


def votes_table(lists: Sequence[PartyList], counts: Counts | None) -> Flowable:
    """E.1 … E.n per list, E, F, G, H: the counted ballots."""
    rows: list[list[str | int]] = []
    for index, lst in enumerate(lists):
        value = counts.list_votes[index] if counts is not None else None
        rows.append([f"E.{lst.number}", f"Lijst {lst.number} {lst.name}", _cell(value)])
    c = counts
    rows += [
        ["E", "Totaal stemmen op kandidaten", _of(c, "valid")],
        ["F", "Blanco stembiljetten", _of(c, "blank")],
        ["G", "Ongeldige stembiljetten", _of(c, "invalid")],
        ["H", "Totaal getelde stembiljetten", _of(c, "cast")],
    ]
    return table(
        ["", "Getelde stembiljetten", "Aantal"], rows, [12 * mm, 118 * mm, 40 * mm], right_from=2
    )


def differences_table(counts: Counts | None) -> Flowable:
    """I and J: more or fewer ballots counted than voters admitted (Kieswet N 10, F.301–F.310)."""
    c = counts
    rows: list[list[str | int]] = [
        ["I", "Méér getelde stembiljetten dan toegelaten kiezers", _of(c, "more_counted")],
        ["J", "Minder getelde stembiljetten dan toegelaten kiezers", _of(c, "fewer_counted")],
    ]
    return table(["", "Verschillen", "Aantal"], rows, [12 * mm, 118 * mm, 40 * mm], right_from=2)


def list_page(
    lst: PartyList, votes: Sequence[int] | None, *, new_page: bool = True
) -> list[Flowable]:
    """One list: its candidates' votes in list order and the list total at the foot."""
    rows: list[list[str | int]] = []
    for index, cand in enumerate(lst.candidates):
        value = votes[index] if votes is not None and index < len(votes) else None
        rows.append([str(cand.number), cand.name, _cell(value)])
    total = sum(votes) if votes is not None else None
    rows.append(["", f"Totaal lijst {lst.number}", _cell(total)])
    out: list[Flowable] = [PageBreak()] if new_page else [CondPageBreak(60 * mm)]
    out.append(para(f"Lijst {lst.number}: {lst.name}", HEADING))
    out.append(
        table(
            ["Nr.", "Naam kandidaat", "Stemmen"],
            rows,
            [12 * mm, 118 * mm, 40 * mm],
            right_from=2,
            bold_last=True,
        )
    )
    return out


def signal_notes(heading: str, notes: Sequence[SignalNote]) -> list[Flowable]:
    """The plausibility signals seen before finishing, each with the coordinator's note (or that
    none was recorded): docs/signals.md §1. The signals never changed a number."""
    rows: list[list[object]] = [
        [
            para(n.station, CELL),
            para(n.signal, CELL),
            para(n.note or "geen toelichting vastgelegd", CELL),
        ]
        for n in notes
    ]
    return [
        para(heading, HEADING),
        table(
            ["Stembureau", "Signaal", "Toelichting van het gemeentelijk stembureau"],
            rows,  # type: ignore[arg-type]
            [30 * mm, 80 * mm, 60 * mm],
            right_from=3,
        ),
    ]


def previous_table(header: str, rows: Sequence[tuple[str, str, int | None]]) -> Flowable:
    """A corrigendum block: letter, label, the previous number, and an empty column for the new
    one (docs/sittings.md §2)."""
    data: list[list[str | int]] = [
        [letter, label, "" if value is None else value, ""] for letter, label, value in rows
    ]
    return table(
        ["", header, "Vorige zitting", "Nieuw (alleen als gewijzigd)"],
        data,
        [14 * mm, 96 * mm, 30 * mm, 30 * mm],
        right_from=2,
    )


def previous_list_page(lst: PartyList, votes: Sequence[int]) -> list[Flowable]:
    """One list of the corrigendum form: each candidate's previous votes and room for the new."""
    rows = [
        (str(cand.number), cand.name, votes[i] if i < len(votes) else None)
        for i, cand in enumerate(lst.candidates)
    ]
    rows.append(("", f"Totaal lijst {lst.number}", sum(votes)))
    return [
        PageBreak(),
        para(f"Lijst {lst.number}: {lst.name}", HEADING),
        previous_table("Naam kandidaat", rows),
    ]
