"""The JSON trace of a multi-district allocation, next to the 520 (the single district uses the
``uitslag allocate`` result object). Exact fractions as ``"n/d"``; every step names its article."""

from __future__ import annotations

from typing import Any

from kieskring.allocation.contract_out import fraction, lot_request, standing, step
from seat_allocation.multi.allocate import NationalAllocation
from seat_allocation.multi.party_result import PartyOutcome


def party_trace(outcome: PartyOutcome) -> dict[str, Any]:
    """One party: kind, seats, the division over its lists (P 12/P 13), the elected."""
    group = outcome.group
    return {
        "number": outcome.party,
        "kind": outcome.kind.value,
        "seats": outcome.seats,
        "group_quota": fraction(group.quota) if group else None,
        "list_seats": [{"kieskring": d, "seats": n} for d, n in group.seats] if group else [],
        "group_steps": [
            {
                "kind": s.kind.value,
                "kieskring": s.district,
                "article": s.article,
                "value": fraction(s.value) if s.value is not None else None,
                "options": list(s.options),
                "by_lot": s.by_lot,
            }
            for s in (group.steps if group else ())
        ],
        "elected": [
            {
                "candidate": c.key,
                "kieskring": c.district,
                "position": c.position,
                "ranking": 1 if c.preferential else 2,
                "votes": int(c.votes),
            }
            for c in outcome.elected
        ],
    }


def national_trace(allocation: NationalAllocation) -> dict[str, Any]:
    """The whole multi-district calculation."""
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
        "standings": [standing(s) for s in progress.standings],
        "steps": [step(s) for s in progress.steps],
        "parties": [party_trace(p) for p in allocation.parties],
        "lots_required": (
            lot_request(allocation.lots_required) if allocation.lots_required else None
        ),
        "lots_used": allocation.lots_used,
        "warnings": [w.value for w in allocation.warnings],
    }
