"""``uitslag result`` without the command line: counts and candidate lists in, 520 and trace out.

Single-district elections (one 230b) go through :func:`seat_allocation.allocate.allocate`;
elections with kieskringen (several 230b and a national count) through the multi-district
allocation. Lots and deceased candidates are inputs (Kieswet P 7–P 9, P 15, P 19a).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from gmpy2 import mpz

from kieskring.allocation.contract_out import result as single_trace
from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import Count
from kieskring.domain.election import Authority
from kieskring.domain.result import Result
from kieskring.errors import Problem, UserError
from kieskring.result.build_520 import national_result, single_result
from kieskring.result.national_input import national_election, person_names
from kieskring.result.trace import national_trace
from seat_allocation.allocate import Allocation, Status, allocate
from seat_allocation.election import CandidateRef, CandidateVotes, Election, ListVotes, LotOutcome
from seat_allocation.explain import explain
from seat_allocation.lots import InvalidLot
from seat_allocation.multi.allocate import NationalAllocation, allocate_national
from seat_allocation.multi.explain import explain_national
from seat_allocation.rules import Category, Rules
from seat_allocation.validate import InvalidInput


@dataclass(frozen=True)
class ResultRun:
    """What ``uitslag result`` produces: the 520 (``None`` while lots are needed), the trace,
    the Dutch explanation and the status."""

    status: Status
    result: Result | None
    trace: dict[str, Any]
    explanation: str
    allocation: Allocation | None = None
    national: NationalAllocation | None = None


def rules_for(count: Count, law_36641: bool, file: str) -> Rules:
    """The chapter P rules of the count's election category."""
    try:
        category = Category(count.identity.category)
    except ValueError:
        raise UserError(
            (
                Problem(
                    "RES.020",
                    f"categorie {count.identity.category} wordt niet "
                    "ondersteund (GR, AB, ER, PS, TK, EP)",
                    "unsupported category",
                    file,
                ),
            )
        ) from None
    return Rules.for_category(category, law_36641=law_36641)


def csb(count: Count) -> Authority:
    """The centraal stembureau that determines the result."""
    domain = count.identity.domain
    return Authority(id="CSB", name=domain.name if domain and domain.name else "Nederland")


def single_election(
    count: Count,
    seats: int,
    rules: Rules,
    deceased: Sequence[CandidateRef],
    lots: tuple[LotOutcome, ...],
) -> Election:
    """A single-district election from the count's totals (stemcijfer = sum of candidates)."""
    lists = tuple(
        ListVotes.from_candidates(
            lst.number, tuple(CandidateVotes(c.id or 0, mpz(c.votes)) for c in lst.candidates)
        )
        for lst in count.total.lists
    )
    return Election(seats, rules, lists, frozenset(deceased), lots)


def run_single(
    count: Count,
    lists: CandidateLists,
    seats: int,
    rules: Rules,
    deceased: Sequence[CandidateRef],
    lots: tuple[LotOutcome, ...],
    file: str,
) -> ResultRun:
    """Allocate and build the 520 for one district."""
    try:
        allocation = allocate(single_election(count, seats, rules, deceased, lots))
    except (InvalidInput, InvalidLot) as err:
        raise UserError((Problem("RES.030", str(err), str(err), file),)) from err
    built = None
    if allocation.status is Status.COMPLETED:
        built = single_result(count.identity, csb(count), lists, allocation, file)
    return ResultRun(
        allocation.status, built, single_trace(allocation), explain(allocation), allocation
    )


def run_national(
    count: Count,
    lists: Sequence[CandidateLists],
    seats: int,
    rules: Rules,
    deceased: frozenset[str],
    lots: tuple[LotOutcome, ...],
    file: str,
) -> ResultRun:
    """Allocate and build the 520 for an election with kieskringen."""
    election = national_election(count, lists, seats, rules, file)
    election = election.__class__(election.seats, election.rules, election.parties, deceased, lots)
    try:
        allocation = allocate_national(election)
    except (InvalidInput, InvalidLot) as err:
        raise UserError((Problem("RES.030", str(err), str(err), file),)) from err
    built = None
    if allocation.status is Status.COMPLETED:
        built = national_result(count.identity, csb(count), lists, allocation, file)
    explanation = explain_national(allocation, person_names(election, lists))
    return ResultRun(
        allocation.status, built, national_trace(allocation), explanation, None, allocation
    )


def run_result(
    count: Count,
    lists: Sequence[CandidateLists],
    seats: int,
    *,
    file: str,
    law_36641: bool = False,
    lots: tuple[LotOutcome, ...] = (),
    deceased: Sequence[CandidateRef] = (),
    deceased_keys: frozenset[str] = frozenset(),
) -> ResultRun:
    """The result of an election from its (top-level) count and candidate lists."""
    rules = rules_for(count, law_36641, file)
    if len(lists) == 1:
        return run_single(count, lists[0], seats, rules, deceased, lots, file)
    if count.level != "d":
        raise UserError(
            (
                Problem(
                    "RES.021",
                    "meerdere kandidatenlijsten vragen een 510d (of de "
                    "510c-bestanden van alle kieskringen)",
                    "several 230b files need the national count",
                    file,
                ),
            )
        )
    return run_national(count, lists, seats, rules, deceased_keys, lots, file)


def parse_created(text: str | None, count: Count, file: str) -> dt.datetime:
    """The 520's creation time: given, or the count's (never the clock)."""
    if text:
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            raise UserError(
                (
                    Problem(
                        "RES.040",
                        f"--created {text!r} is geen ISO-tijdstip",
                        "not an ISO timestamp",
                    ),
                )
            ) from None
    if count.created is None:
        raise UserError(
            (
                Problem(
                    "RES.041",
                    "geef --created: de telling heeft geen aanmaaktijdstip",
                    "give --created",
                    file,
                ),
            )
        )
    return count.created
