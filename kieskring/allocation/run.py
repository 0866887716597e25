"""Run one election through the seat allocation and turn every failure into a named problem.

Shared by ``uitslag allocate`` (one file, or one election per line) and by anything else that
accepts the JSON contract; never raises for bad input, it returns the problems instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kieskring.allocation.contract_in import ContractError, loads, read_election
from kieskring.allocation.contract_out import result
from seat_allocation.allocate import Allocation, allocate
from seat_allocation.lots import InvalidLot
from seat_allocation.validate import InvalidInput


@dataclass(frozen=True)
class RunOutcome:
    """Either an allocation or the problems that prevented it (one line each), with their code:
    ALLOC.010 for the contract, ALLOC.002/ALLOC.003 for unreadable or oversized input."""

    allocation: Allocation | None
    problems: tuple[str, ...]
    code: str = "ALLOC.010"


def parse_json(text: str) -> tuple[Any, tuple[str, ...]]:
    """The JSON value in ``text``, or a problem naming line and column. Integers too long to be a
    count and keys given twice are kept for :func:`read_election` to name (contract_in.loads)."""
    try:
        return loads(text), ()
    except json.JSONDecodeError as err:
        return None, (f"regel {err.lineno}, kolom {err.colno}: geen geldige JSON ({err.msg})",)
    except RecursionError:
        return None, ("geen geldige JSON (te diep genest)",)


def run_text(text: str) -> RunOutcome:
    """Parse, check and allocate one election given as JSON text."""
    value, problems = parse_json(text)
    if problems:
        return RunOutcome(None, problems)
    return run_value(value)


def run_value(value: Any) -> RunOutcome:
    """Check and allocate one election given as a parsed JSON value."""
    try:
        return RunOutcome(allocate(read_election(value)), ())
    except (ContractError, InvalidInput) as err:
        return RunOutcome(None, err.problems)
    except InvalidLot as err:
        return RunOutcome(None, (f"lots: {err}",))


def to_json(outcome: RunOutcome, *, indent: int | None) -> str:
    """The result object, or ``{"status": "error", ...}`` for a failed run."""
    if outcome.allocation is None:
        obj: dict[str, Any] = {
            "status": "error",
            "error": "; ".join(outcome.problems),
            "problems": list(outcome.problems),
        }
    else:
        obj = result(outcome.allocation)
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(obj, ensure_ascii=False, indent=indent, separators=separators)
