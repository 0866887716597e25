"""Write an allocation as the stable ``uitslag allocate`` result object (README, "CLI contract").

Fractions are strings ``"n/d"`` (exact, never floats); every step carries its article and the
standings before it, so another tool can re-check or print the whole calculation.
"""

from __future__ import annotations

from typing import Any

from gmpy2 import mpq

from seat_allocation.allocate import Allocation
from seat_allocation.election import CandidateRef, LotOutcome, PersonRef
from seat_allocation.lots import LotRequest
from seat_allocation.standing import Standing
from seat_allocation.steps import Step


def fraction(value: mpq) -> str:
    """An exact fraction as ``"n/d"`` (``"n/1"`` for whole numbers)."""
    value = mpq(value)
    return f"{value.numerator}/{value.denominator}"


def outcome(value: LotOutcome) -> Any:
    """A lot option or outcome: a list number or ``{"list", "candidate"}``."""
    if isinstance(value, CandidateRef):
        return {"list": value.list, "candidate": value.candidate}
    if isinstance(value, PersonRef):
        return {"list": value.party, "person": value.key}
    return value


def standing(s: Standing) -> dict[str, Any]:
    """One list's standing."""
    return {
        "number": s.number,
        "votes": int(s.votes),
        "full_seats": s.full_seats,
        "residual_seats": s.residual_seats,
        "remainder": fraction(s.remainder),
        "next_average": fraction(s.next_average),
        "meets_threshold": s.meets_threshold,
    }


def step(s: Step) -> dict[str, Any]:
    """One step with the standings before it."""
    return {
        "kind": s.kind.value,
        "article": s.article,
        "residual_seat_number": s.residual_seat_number,
        "selected": s.selected,
        "retracted": s.retracted,
        "options": list(s.options),
        "assigned": list(s.assigned),
        "exhausted": list(s.exhausted),
        "value": None if s.value is None else fraction(s.value),
        "by_lot": s.by_lot,
        "full_seat": s.full_seat,
        "standings": [standing(x) for x in s.standings],
    }


def lot_request(request: LotRequest) -> dict[str, Any]:
    """What must be drawn before the calculation can go on."""
    return {
        "kind": request.kind.value,
        "article": request.article,
        "reason": request.reason.value,
        "seat_numbers": list(request.seat_numbers),
        "options": [outcome(o) for o in request.options],
        "value": fraction(request.value),
    }


def list_result(allocation: Allocation, s: Standing) -> dict[str, Any]:
    """Seats and candidates of one list."""
    nomination = next((n for n in allocation.nominations if n.list_number == s.number), None)
    return {
        "number": s.number,
        "votes": int(s.votes),
        "full_seats": s.full_seats,
        "residual_seats": s.residual_seats,
        "seats": s.seats,
        "elected": list(nomination.elected) if nomination else [],
        "preferential": list(nomination.preferential) if nomination else [],
        "ranking": list(nomination.ranking) if nomination else [],
        "ranking_updated": nomination.ranking_updated if nomination else False,
    }


def result(allocation: Allocation) -> dict[str, Any]:
    """The whole result object."""
    progress = allocation.progress
    return {
        "status": allocation.status.value,
        "seats": progress.seats,
        "category": allocation.election.rules.category.value,
        "quota": fraction(progress.quota),
        "preference_threshold": {
            "percentage": allocation.threshold_percentage,
            "votes": fraction(allocation.threshold),
        },
        "unassigned_seats": progress.seats - progress.assigned,
        "lists": [list_result(allocation, s) for s in progress.standings],
        "lots_required": (
            lot_request(allocation.lots_required) if allocation.lots_required else None
        ),
        "lots_used": allocation.lots_used,
        "steps": [step(s) for s in progress.steps],
        "warnings": [w.value for w in allocation.warnings],
    }
