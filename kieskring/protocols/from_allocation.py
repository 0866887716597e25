"""The P 22-2 / P 22-1 data from a computed allocation (Kieswet P 22; pv-models.md).

Maps the recorded calculation (:mod:`seat_allocation`) onto :class:`ResultReportData`: votes and
seats per list, every residual-seat step as a table of exact remainders or averages, the P 9 /
P 10 / lots footnotes, the voorkeurdrempel, the elected per list and in alphabetical order, and
Bijlage 1 (votes per candidate). The renderer only lays this out.
"""

from __future__ import annotations

from gmpy2 import mpq

from kieskring.domain.candidates import Candidate, CandidateLists
from kieskring.protocols import data as d
from seat_allocation.allocate import Allocation
from seat_allocation.election import Election
from seat_allocation.steps import Step, StepKind

METHODS = {
    StepKind.LARGEST_REMAINDER: "grootste overschotten",
    StepKind.UNIQUE_HIGHEST_AVERAGE: "grootste gemiddelden, hoogstens één zetel per lijst",
    StepKind.HIGHEST_AVERAGE: "grootste gemiddelden",
}


def ratio(value: mpq) -> d.Ratio:
    """An exact fraction for the PV."""
    value = mpq(value)
    return d.Ratio(int(value.numerator), int(value.denominator))


def name_of(candidate: Candidate) -> str:
    """``Achternaam, V. (Voornaam)`` as the PV prints it."""
    return candidate.display_name


def residual_step(step: Step) -> d.ResidualStep:
    """One residual-seat step as a table over the lists that took part."""
    by_remainder = step.kind is StepKind.LARGEST_REMAINDER
    rows = tuple(
        d.StepRow(
            s.number,
            ratio(s.remainder if by_remainder else s.next_average),
            awarded=s.number == step.selected,
        )
        for s in step.standings
        if s.votes > 0
    )
    note = "Gelijke stand: het lot heeft beslist." if step.by_lot else ""
    return d.ResidualStep(
        step.residual_seat_number or 0, METHODS[step.kind], f"Kieswet {step.article}", rows, note
    )


def footnote(step: Step) -> str:
    """P 9 and P 10 steps in words."""
    match step.kind:
        case StepKind.ABSOLUTE_MAJORITY:
            lot = " (door loting)" if step.by_lot else ""
            return (
                f"Kieswet P 9: lijst {step.selected} kreeg de volstrekte meerderheid van de "
                f"stemmen; lijst {step.retracted} leverde de laatste restzetel in{lot}."
            )
        case StepKind.LIST_EXHAUSTION:
            which = "volle zetel" if step.full_seat else "restzetel"
            return f"Kieswet P 10: lijst {step.selected} had te weinig kandidaten en leverde een {which} in."
        case (
            StepKind.LARGEST_REMAINDER | StepKind.UNIQUE_HIGHEST_AVERAGE | StepKind.HIGHEST_AVERAGE
        ):
            return ""


def footnotes(allocation: Allocation) -> tuple[str, ...]:
    """Every P 9 / P 10 step and warning; or the statement that P 9 did not apply."""
    notes = [footnote(s) for s in allocation.progress.steps]
    notes = [n for n in notes if n]
    if not any(s.kind is StepKind.ABSOLUTE_MAJORITY for s in allocation.progress.steps):
        notes.append("Kieswet P 9 (volstrekte meerderheid) was niet van toepassing.")
    notes += [f"Waarschuwing: {w.value}" for w in allocation.warnings]
    return tuple(notes)


def candidate_votes(election: Election, lists: CandidateLists) -> tuple[tuple[int, ...], ...]:
    """Bijlage 1: votes per candidate, in the order of the candidate lists."""
    votes = {
        lst.number: {c.number: int(c.votes) for c in lst.candidates or ()} for lst in election.lists
    }
    return tuple(
        tuple(votes.get(p.number, {}).get(c.number, 0) for c in p.candidates) for p in lists.lists
    )


def elected_lists(allocation: Allocation, lists: CandidateLists) -> tuple[d.ElectedList, ...]:
    """Per list with seats: elected by preference (in order) and in list order."""
    out: list[d.ElectedList] = []
    for nomination in allocation.nominations:
        party = lists.list_by_number(nomination.list_number)
        if party is None or not nomination.seats:
            continue
        people = {c.number: name_of(c) for c in party.candidates}
        out.append(
            d.ElectedList(
                party.number,
                party.name,
                tuple(people[n] for n in nomination.preferential),
                tuple(people[n] for n in nomination.other),
            )
        )
    return tuple(out)


def result_report(
    allocation: Allocation, lists: CandidateLists, info: d.DocumentInfo
) -> d.ResultReportData:
    """The P 22-2 data of a single-district allocation."""
    progress = allocation.progress
    names = {p.number: p.name for p in lists.lists}
    seats = tuple(
        d.ListSeats(
            s.number,
            names.get(s.number, f"Lijst {s.number}"),
            int(s.votes),
            s.full_seats,
            s.residual_seats,
        )
        for s in progress.standings
    )
    elected = elected_lists(allocation, lists)
    return d.ResultReportData(
        info=info,
        seats=progress.seats,
        total_votes=int(progress.total_votes),
        quota=ratio(progress.quota),
        preference_threshold=ratio(allocation.threshold),
        lists=seats,
        steps=tuple(residual_step(s) for s in progress.steps if s.residual_seat_number is not None),
        footnotes=footnotes(allocation),
        elected=elected,
        elected_alphabetical=tuple(
            sorted(n for e in elected for n in (*e.by_preference, *e.by_list_order))
        ),
        candidate_lists=tuple(
            d.PartyList(
                p.number,
                p.name,
                tuple(d.Candidate(c.number, name_of(c), c.locality or "") for c in p.candidates),
            )
            for p in lists.lists
        ),
        candidate_votes=candidate_votes(allocation.election, lists),
    )
