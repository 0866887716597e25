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
from kieskring.result.national_input import person_entries
from seat_allocation.allocate import Allocation
from seat_allocation.election import Election
from seat_allocation.multi.allocate import NationalAllocation
from seat_allocation.multi.group_candidates import SeatedCandidate
from seat_allocation.progress import Progress
from seat_allocation.residual import eligible_in_round, takes_part
from seat_allocation.rules import Rules
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


def residual_step(step: Step, rules: Rules) -> d.ResidualStep:
    """One residual-seat step as a table over exactly the lists that took part in its round (with
    votes; P 7 lid 2; not exhausted when P 10 continues; P 8: threshold and one seat per list)."""
    by_remainder = step.kind is StepKind.LARGEST_REMAINDER
    continued = step.article.endswith("P 10")
    rows = tuple(
        d.StepRow(
            s.number,
            ratio(s.remainder if by_remainder else s.next_average),
            awarded=s.number == step.selected,
        )
        for s in step.standings
        if takes_part(s, rules, continued) and eligible_in_round(s, step.kind)
    )
    note = "Gelijke stand: het lot heeft beslist." if step.by_lot else ""
    return d.ResidualStep(
        step.residual_seat_number or 0, METHODS[step.kind], f"Kieswet {step.article}", rows, note
    )


def residual_steps(progress: Progress, rules: Rules) -> tuple[d.ResidualStep, ...]:
    """Every residual-seat step (not the P 9 / P 10 steps, which are footnotes)."""
    return tuple(
        residual_step(s, rules) for s in progress.steps if s.residual_seat_number is not None
    )


def alphabetical(elected: tuple[d.ElectedList, ...]) -> tuple[str, ...]:
    """All elected candidates in alphabetical order (P 22)."""
    return tuple(sorted(n for e in elected for n in (*e.by_preference, *e.by_list_order)))


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
        steps=residual_steps(progress, allocation.election.rules),
        footnotes=footnotes(allocation),
        elected=elected,
        elected_alphabetical=alphabetical(elected),
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


def seated_name(names: dict[tuple[int, str], str], party: int, seated: SeatedCandidate) -> str:
    """``Blom, A. (Anna) van — kieskring 3, nr. 5``: the person once, where he takes the seat."""
    name = names.get((party, seated.key), seated.key)
    if seated.district is None:
        return f"{name} — nr. {seated.position} (gelijkluidende lijsten)"
    return f"{name} — kieskring {seated.district}, nr. {seated.position}"


def party_name(number: int, by_district: dict[int, CandidateLists]) -> str:
    """A party's registered name from the first 230b that has it."""
    for _, lists in sorted(by_district.items()):
        found = lists.list_by_number(number)
        if found is not None:
            return found.name
    return f"Lijst {number}"


def group_divisions(
    allocation: NationalAllocation, by_district: dict[int, CandidateLists]
) -> tuple[d.GroupDivision, ...]:
    """Kieswet P 12: per lijstengroep its seats over its kieskring lists."""
    out: list[d.GroupDivision] = []
    parties = {p.number: p for p in allocation.election.parties}
    for outcome in allocation.parties:
        if outcome.group is None or not outcome.seats:
            continue
        votes = {x.district: int(x.votes) for x in parties[outcome.party].lists}
        rows = tuple(
            (f"kieskring {district}", votes.get(district, 0), seats)
            for district, seats in outcome.group.seats
        )
        name = party_name(outcome.party, by_district)
        out.append(
            d.GroupDivision(f"Lijstengroep {name}", outcome.seats, ratio(outcome.group.quota), rows)
        )
    return tuple(out)


def national_report(
    allocation: NationalAllocation, lists: list[CandidateLists], info: d.DocumentInfo
) -> d.ResultReportData:
    """The P 22-1 data of a multi-district allocation (TK, EP, PS with several kieskringen).
    Each elected person is named once, with the kieskring list where he takes the seat and his
    place on it (Kieswet P 16, P 18); Bijlage 1 lists each person once with his summed votes."""
    by_district = {int(c.contest_id): c for c in lists if c.contest_id.isdigit()}
    entries = person_entries(allocation.election, lists)
    names = {key: name_of(c) for key, c in entries.items()}
    progress = allocation.progress
    elected = tuple(
        d.ElectedList(
            o.party,
            party_name(o.party, by_district),
            tuple(seated_name(names, o.party, c) for c in o.elected if c.preferential),
            tuple(seated_name(names, o.party, c) for c in o.elected if not c.preferential),
        )
        for o in allocation.parties
        if o.seats
    )
    parties = sorted(allocation.election.parties, key=lambda p: p.number)
    totals = [p.person_votes() for p in parties]
    return d.ResultReportData(
        info=info,
        seats=progress.seats,
        total_votes=int(progress.total_votes),
        quota=ratio(progress.quota),
        preference_threshold=ratio(allocation.threshold),
        lists=tuple(
            d.ListSeats(
                s.number,
                party_name(s.number, by_district),
                int(s.votes),
                s.full_seats,
                s.residual_seats,
            )
            for s in progress.standings
        ),
        steps=residual_steps(progress, allocation.election.rules),
        footnotes=national_footnotes(allocation),
        elected=elected,
        elected_alphabetical=alphabetical(elected),
        candidate_lists=tuple(
            d.PartyList(
                p.number,
                party_name(p.number, by_district),
                tuple(
                    d.Candidate(i + 1, names[(p.number, k)], entries[(p.number, k)].locality or "")
                    for i, k in enumerate(p.persons())
                ),
            )
            for p in parties
        ),
        candidate_votes=tuple(
            tuple(int(t[k]) for k in p.persons()) for p, t in zip(parties, totals, strict=True)
        ),
        groups=group_divisions(allocation, by_district),
    )


def national_footnotes(allocation: NationalAllocation) -> tuple[str, ...]:
    """P 7 lid 2, P 9, P 10 and warnings for the national distribution."""
    notes = [footnote(s) for s in allocation.progress.steps]
    notes = [n for n in notes if n]
    if allocation.election.rules.residual_requires_quota:
        notes.append(
            "Kieswet P 7 lid 2: alleen lijsten die de kiesdeler haalden, kregen restzetels."
        )
    if not any(s.kind is StepKind.ABSOLUTE_MAJORITY for s in allocation.progress.steps):
        notes.append("Kieswet P 9 (volstrekte meerderheid) was niet van toepassing.")
    notes += [f"Waarschuwing: {w.value}" for w in allocation.warnings]
    return tuple(notes)
