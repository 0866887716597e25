"""The whole calculation as Dutch plain text a CSB member can follow with a pencil.

Fractions are mixed numbers ("189 2/15"), every step names its article (Kieswet P 5–P 19), and a
stop for a drawing of lots says exactly what must be drawn. Numbers agree with their noun ("1 stem",
"2 stemmen"). The restzetels are those left after the full seats (P 6); seats a list hands back for
want of candidates (P 10) are given again by continued P 7 / P 8, and those no list can take are
named as unassigned. Pure: returns a string.
"""

from __future__ import annotations

from gmpy2 import mpq

from seat_allocation.allocate import Allocation, Status
from seat_allocation.election import CandidateRef, LotOutcome, PersonRef
from seat_allocation.lots import LotKind, LotRequest
from seat_allocation.nomination import ListNomination
from seat_allocation.progress import Progress
from seat_allocation.rules import Rules
from seat_allocation.standing import Standing
from seat_allocation.steps import Step, StepKind

WARNING_TEXT = {
    "NotAllSeatsAssigned": "Niet alle zetels konden worden toegewezen (Kieswet P 10): "
    "er zijn geen lijsten met kandidaten meer over.",
    "AbsoluteMajorityAndListExhaustion": "Zowel P 9 als P 10 is toegepast. Neem contact op "
    "met de Kiesraad voordat de uitslag wordt vastgesteld.",
}


def dutch_int(value: int) -> str:
    """12345 → "12.345"."""
    return f"{value:,}".replace(",", ".")


NOUNS = {
    "stem": "stemmen",
    "zetel": "zetels",
    "volle zetel": "volle zetels",
    "kandidaat": "kandidaten",
}


def amount(value: int | mpq, noun: str) -> str:
    """A number with its noun in agreement: "1 stem", "2 stemmen", "1/2 stem" (singular for
    exactly one and for a fraction below one); fractions as mixed numbers."""
    shown = dutch_int(value) if isinstance(value, int) else mixed(value)
    singular = value == 1 or 0 < value < 1
    return f"{shown} {noun if singular else NOUNS[noun]}"


def mixed(value: mpq) -> str:
    """An exact fraction as a mixed number: 2837/15 → "189 2/15"."""
    value = mpq(value)
    whole = int(value.numerator // value.denominator)
    rest = value - whole
    if rest == 0:
        return dutch_int(whole)
    if whole == 0:
        return f"{rest.numerator}/{rest.denominator}"
    return f"{dutch_int(whole)} {rest.numerator}/{rest.denominator}"


def quota_lines(p: Progress, rules: Rules) -> list[str]:
    """Kieswet P 5 and P 6."""
    lines = [
        f"Kiesdeler (Kieswet P 5): {amount(int(p.total_votes), 'stem')} gedeeld door "
        f"{amount(p.seats, 'zetel')} = {mixed(p.quota)}.",
        "",
        "Volle zetels (Kieswet P 6): zo vaak als de kiesdeler in het stemcijfer past.",
        f"{'Lijst':>6} {'Stemcijfer':>12} {'Volle zetels':>13}  Overschot",
    ]
    first = p.steps[0].standings if p.steps else p.standings
    for s in first:
        mark = "" if s.meets_threshold else "  (minder dan 75% van de kiesdeler)"
        lines.append(
            f"{s.number:>6} {dutch_int(int(s.votes)):>12} {s.full_seats:>13}  {mixed(s.remainder)}"
            + (mark if not rules.large_body(p.seats) else "")
        )
    full = sum(s.full_seats for s in first)
    lines += ["", f"Volle zetels samen: {full}. Restzetels: {p.seats - full}."]
    return lines


def standings_table(step: Step) -> list[str]:
    """The averages or remainders every list had before a residual-seat step."""
    by_remainder = step.kind is StepKind.LARGEST_REMAINDER
    rows: list[str] = []
    for s in step.standings:
        if s.number in step.options:
            value = s.remainder if by_remainder else s.next_average
            mark = "  <- hoogste" if s.number == step.selected else "  (gelijk)"
            rows.append(f"    lijst {s.number}: {mixed(value)}{mark}")
    return rows


def step_lines(step: Step) -> list[str]:
    """One step in words."""
    match step.kind:
        case StepKind.LARGEST_REMAINDER:
            how = "grootste overschot"
        case StepKind.UNIQUE_HIGHEST_AVERAGE:
            how = "grootste gemiddelde, hoogstens één zetel per lijst in deze ronde"
        case StepKind.HIGHEST_AVERAGE:
            how = "grootste gemiddelde"
        case StepKind.ABSOLUTE_MAJORITY:
            lot = " (door loting)" if step.by_lot else ""
            return [
                f"Volstrekte meerderheid ({step.article}): lijst {step.selected} heeft meer dan de "
                f"helft van de stemmen maar niet meer dan de helft van de zetels. Lijst "
                f"{step.retracted} levert de laatst toegewezen restzetel in{lot}; lijst "
                f"{step.selected} krijgt een zetel erbij."
            ]
        case StepKind.LIST_EXHAUSTION:
            which = "volle zetel" if step.full_seat else "restzetel"
            held = next(s for s in step.standings if s.number == step.selected)
            return [
                f"Lijstuitputting ({step.article}): lijst {step.selected} heeft "
                f"{amount(held.alive, 'kandidaat')} voor {amount(held.seats, 'zetel')} en levert "
                f"een {which} in; die gaat naar een lijst met kandidaten over, als die er is."
            ]
    value = "overschot" if step.kind is StepKind.LARGEST_REMAINDER else "gemiddelde"
    head = f"Restzetel {step.residual_seat_number} ({step.article}, {how}):"
    lines = [head, *standings_table(step)]
    if step.exhausted:
        lines.append(f"    uitgeput, doen niet mee: lijst {', '.join(map(str, step.exhausted))}")
    if step.by_lot:
        lines.append(f"    gelijk {value}: het lot wees lijst {step.selected} aan")
    elif len(step.options) > 1:
        lines.append("    gelijk, maar er zijn genoeg zetels: in volgorde van de lijsten")
    lines.append(f"    -> lijst {step.selected}")
    return lines


def result_lines(standings: tuple[Standing, ...], seats: int) -> list[str]:
    """Seats per list after every step, and the seats no list could take (P 10)."""
    lines = ["Zetels per lijst:", f"{'Lijst':>6} {'Volle':>6} {'Rest':>5} {'Totaal':>7}"]
    for s in standings:
        lines.append(f"{s.number:>6} {s.full_seats:>6} {s.residual_seats:>5} {s.seats:>7}")
    assigned = sum(s.seats for s in standings)
    if assigned < seats:
        lines.append(
            f"Toegewezen: {assigned} van {amount(seats, 'zetel')}; niet toegewezen: "
            f"{amount(seats - assigned, 'zetel')} (Kieswet P 10)."
        )
    return lines


def nomination_lines(allocation: Allocation, nomination: ListNomination) -> list[str]:
    """Kieswet P 15, P 17, P 19 for one list."""
    pref = ", ".join(map(str, nomination.preferential)) or "geen"
    other = ", ".join(map(str, nomination.other)) or "geen"
    ranking = ", ".join(map(str, nomination.ranking))
    state = "gewijzigd" if nomination.ranking_updated else "ongewijzigd (volgorde van de lijst)"
    return [
        f"Lijst {nomination.list_number}: {amount(nomination.seats, 'zetel')}.",
        f"    gekozen met voorkeurstemmen (P 15), in volgorde: {pref}",
        f"    gekozen in volgorde van de lijst (P 17): {other}",
        f"    rangschikking (P 19), {state}: {ranking}",
    ]


def describe(option: LotOutcome) -> str:
    """A lot option in words."""
    if isinstance(option, CandidateRef):
        return f"kandidaat {option.candidate} van lijst {option.list}"
    if isinstance(option, PersonRef):
        return f"kandidaat {option.key} van lijst {option.party}"
    return f"lijst {option}"


def lots_lines(request: LotRequest) -> list[str]:
    """What the CSB must draw before the calculation can go on."""
    numbers = ", ".join(map(str, request.seat_numbers)) or "—"
    seats = f"zetel {numbers}" if len(request.seat_numbers) == 1 else f"zetels {numbers}"
    kind = "lijsten" if request.kind is LotKind.LIST else "kandidaten"
    return [
        f"LOTING NODIG ({request.article}): gelijke stand tussen {kind} "
        f"({mixed(request.value)}), {seats}.",
        "    opties: " + "; ".join(describe(o) for o in request.options),
        "    Voeg de uitkomst toe aan 'lots' (in deze volgorde) en reken opnieuw.",
    ]


def explain(allocation: Allocation) -> str:
    """The whole calculation in Dutch."""
    p = allocation.progress
    rules = allocation.election.rules
    method = "grootste gemiddelden (P 7)" if rules.large_body(p.seats) else "P 8"
    lines = [
        f"Zetelverdeling: {amount(p.seats, 'zetel')}, {rules.category.value}, "
        f"restzetels volgens {method}."
    ]
    lines += ["", *quota_lines(p, rules), ""]
    for step in p.steps:
        lines += step_lines(step)
    lines += ["", *result_lines(p.standings, p.seats)]
    if allocation.status is Status.LOTS_REQUIRED and allocation.lots_required:
        return "\n".join([*lines, "", *lots_lines(allocation.lots_required)]) + "\n"
    lines += [
        "",
        f"Voorkeurdrempel (P 15): {allocation.threshold_percentage}% van de kiesdeler = "
        f"{amount(allocation.threshold, 'stem')}; "
        "gekozen is wie méér stemmen heeft.",
    ]
    for nomination in allocation.nominations:
        lines += nomination_lines(allocation, nomination)
    for warning in allocation.warnings:
        lines += ["", "LET OP: " + WARNING_TEXT[warning.value]]
    return "\n".join(lines) + "\n"
