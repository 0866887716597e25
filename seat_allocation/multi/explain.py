"""A multi-district calculation as Dutch plain text (Kieswet P 5–P 19; seat-allocation-multi.md).

First the national distribution over the parties (each lijstengroep, stel gelijkluidende lijsten or
single list one unit), exactly as :mod:`seat_allocation.explain` shows a single district; then per
party its seats, for a lijstengroep the division over its kieskring lists (P 12, P 13, P 16 lid 2),
and every elected person once: by preference (P 15) or in list order (P 17, P 18), with the
kieskring list where he takes the seat and his place on it (P 16, P 18). Persons are named by
``names`` (party, key) when given — the caller knows their names — else by their key. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping

from seat_allocation.allocate import Status
from seat_allocation.explain import (
    WARNING_TEXT,
    amount,
    lots_lines,
    mixed,
    quota_lines,
    result_lines,
    step_lines,
)
from seat_allocation.multi.allocate import NationalAllocation
from seat_allocation.multi.group_candidates import SeatedCandidate
from seat_allocation.multi.group_seats import GroupStep, GroupStepKind
from seat_allocation.multi.party_result import PartyOutcome

GROUP_STEP_TEXT = {
    GroupStepKind.FULL: "volle zetel (P 12)",
    GroupStepKind.REMAINDER: "grootste overschot (P 12)",
    GroupStepKind.AVERAGE: "grootste gemiddelde (P 13)",
    GroupStepKind.WITHDRAWN: "vervalt: de laatst toegewezen zetel, voor een met voorkeurstemmen "
    "gekozene elders (P 16 lid 2)",
    GroupStepKind.PASSED_ON: "doorgeschoven: de lijst heeft geen kandidaten meer (P 13)",
}


def group_step_line(step: GroupStep) -> str:
    """One seat of a lijstengroep's division."""
    value = f" ({mixed(step.value)})" if step.value is not None else ""
    lot = ", door loting" if step.by_lot else ""
    origin = f", van kieskring {step.options[0]}" if step.kind is GroupStepKind.PASSED_ON else ""
    return f"        kieskring {step.district}: {GROUP_STEP_TEXT[step.kind]}{value}{origin}{lot}"


def group_step_lines(steps: tuple[GroupStep, ...]) -> list[str]:
    """The division seat by seat; a list's full seats on one line ("3 volle zetels (P 12)")."""
    lines: list[str] = []
    full: dict[int, int] = {}
    for step in steps:
        if step.kind is GroupStepKind.FULL:
            full[step.district] = full.get(step.district, 0) + 1
            continue
        lines += [
            f"        kieskring {d}: {amount(n, 'volle zetel')} (P 12)" for d, n in full.items()
        ]
        full = {}
        lines.append(group_step_line(step))
    lines += [f"        kieskring {d}: {amount(n, 'volle zetel')} (P 12)" for d, n in full.items()]
    return lines


def seat_place(seated: SeatedCandidate) -> str:
    """Where the person takes the seat: the kieskring list and the place on it (P 16, P 18)."""
    if seated.district is None:
        return f"plaats {seated.position} op de gelijkluidende lijsten"
    return f"lijst in kieskring {seated.district}, plaats {seated.position}"


def person_line(seated: SeatedCandidate, party: int, names: Mapping[tuple[int, str], str]) -> str:
    """One elected person, once: name, summed votes, where he sits."""
    name = names.get((party, seated.key), seated.key)
    return f"        {name} ({amount(int(seated.votes), 'stem')}) — {seat_place(seated)}"


def party_lines(outcome: PartyOutcome, names: Mapping[tuple[int, str], str]) -> list[str]:
    """Kieswet P 12–P 18 for one party."""
    lines = [f"Lijst {outcome.party} ({outcome.kind.value}): {amount(outcome.seats, 'zetel')}."]
    group = outcome.group
    if group is not None:
        per_list = ", ".join(f"kieskring {d}: {n}" for d, n in group.seats)
        lines += [
            f"    groepskiesdeler (P 12): {mixed(group.quota)}; zetels per lijst: {per_list}",
            "    toewijzing aan de lijsten, in volgorde:",
            *group_step_lines(group.steps),
        ]
    preferred = [s for s in outcome.elected if s.preferential]
    others = [s for s in outcome.elected if not s.preferential]
    which = "P 16" if group is not None else "P 15"
    lines.append(f"    gekozen met voorkeurstemmen (P 15, {which}), in volgorde:")
    lines += [person_line(s, outcome.party, names) for s in preferred] or ["        geen"]
    lines.append(
        "    gekozen in volgorde van de lijst (P 17"
        + (", P 18: wie op meer lijsten gekozen is, zit waar hij de meeste stemmen had):")
        if group is not None
        else "):"
    )
    lines += [person_line(s, outcome.party, names) for s in others] or ["        geen"]
    return lines


def explain_national(
    allocation: NationalAllocation, names: Mapping[tuple[int, str], str] | None = None
) -> str:
    """The whole multi-district calculation in Dutch."""
    names = names or {}
    p = allocation.progress
    rules = allocation.election.rules
    method = "grootste gemiddelden (P 7)" if rules.large_body(p.seats) else "P 8"
    limit = (
        ", alleen lijsten die de kiesdeler haalden (P 7 lid 2)"
        if rules.residual_requires_quota
        else ""
    )
    lines = [
        f"Zetelverdeling: {amount(p.seats, 'zetel')}, {rules.category.value}, restzetels volgens "
        f"{method}{limit}.",
        "Elke lijstengroep, elk stel gelijkluidende lijsten en elke losse lijst telt als één lijst, "
        "met de stemmen van al haar kieskringlijsten samen.",
        "",
        *quota_lines(p, rules),
        "",
    ]
    for step in p.steps:
        lines += step_lines(step)
    lines += ["", *result_lines(p.standings, p.seats)]
    if allocation.status is Status.LOTS_REQUIRED and allocation.lots_required:
        return "\n".join([*lines, "", *lots_lines(allocation.lots_required)]) + "\n"
    lines += [
        "",
        f"Voorkeurdrempel (P 15): {allocation.threshold_percentage}% van de kiesdeler = "
        f"{amount(allocation.threshold, 'stem')}; gekozen is wie méér stemmen heeft, opgeteld "
        "over alle lijsten van de partij waarop hij staat.",
    ]
    for outcome in allocation.parties:
        if outcome.seats:
            lines += ["", *party_lines(outcome, names)]
    for warning in allocation.warnings:
        lines += ["", "LET OP: " + WARNING_TEXT[warning.value]]
    return "\n".join(lines) + "\n"
