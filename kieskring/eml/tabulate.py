"""Adding counts up the chain exactly, with provenance (chain.md §1: SB → GSB → HSB → CSB).

Each lower-level 510 becomes one reporting unit of the next level: a 510b of municipality ``0034``
under ``HSB5`` becomes unit ``HSB5::0034``; a 510c of ``HSB5`` becomes unit ``HSB5`` of the 510d.
Invariants (errors): every input's total equals the sum of its units (EML.103); all inputs belong to
the same election (EML.112); no unit occurs twice (EML.108). The new total is the exact sum of the new
units. Above the kieskring candidates are matched by ``ShortCode`` only (positions differ per
kieskring, chain.md §3): without ShortCodes the 510d total carries list totals only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kieskring.domain import (
    Authority,
    CandidateVotes,
    Count,
    CountLevel,
    ListVotes,
    ReportingUnitVotes,
    VoteCounts,
)
from kieskring.eml.arithmetic import add_counts, compare
from kieskring.eml.codes import problem
from kieskring.eml.consistency import raise_if, same_election
from kieskring.errors import Problem

NEXT_LEVEL: dict[str, CountLevel] = {"a": "b", "b": "c", "c": "d"}
ShortCodes = Mapping[tuple[str, int, int], str]
"""(reporting unit id at the new level, list number, position) → ShortCode."""


@dataclass(frozen=True)
class Tabulation:
    """A tabulated count and, per unit it contains, the lower-level units that fed it."""

    count: Count
    provenance: dict[str, tuple[str, ...]]
    sources: dict[str, str]
    """Per unit id of the new count, the file (or label) it came from."""


def unit_id(lower: Count, parent: Authority) -> str:
    """The id of ``lower`` as a unit of the next level (``HSB5::0034``, ``HSB5``)."""
    return lower.authority.id if lower.level == "c" else f"{parent.id}::{lower.authority.id}"


def unit_name(lower: Count) -> str:
    """The name of ``lower`` as a unit: ``Kieskring <name>`` for a 510c, else the authority name."""
    if lower.level == "c":
        return f"Kieskring {lower.contest_name or lower.authority.name}"
    return lower.authority.name


def _with_short_codes(counts: VoteCounts, unit: str, codes: ShortCodes) -> VoteCounts:
    lists = tuple(
        lst.model_copy(
            update={
                "candidates": tuple(
                    c.model_copy(update={"short_code": codes.get((unit, lst.number, c.id or 0))})
                    for c in lst.candidates
                )
            }
        )
        for lst in counts.lists
    )
    return counts.model_copy(update={"lists": lists})


def _national_total(units: Sequence[ReportingUnitVotes]) -> VoteCounts:
    """The 510d total: candidates by ShortCode, or list totals only when any lacks one."""
    total = add_counts(u.counts for u in units)
    complete = all(c.short_code for u in units for lst in u.counts.lists for c in lst.candidates)
    if complete:
        return total.model_copy(update={"lists": tuple(_strip_ids(lst) for lst in total.lists)})
    return total.model_copy(
        update={"lists": tuple(lst.model_copy(update={"candidates": ()}) for lst in total.lists)}
    )


def _strip_ids(lst: ListVotes) -> ListVotes:
    return lst.model_copy(
        update={
            "candidates": tuple(
                CandidateVotes(short_code=c.short_code, votes=c.votes) for c in lst.candidates
            )
        }
    )


def _check_inputs(lowers: Sequence[Count], labels: Sequence[str]) -> list[Problem]:
    found: list[Problem] = []
    for lower, label in zip(lowers, labels, strict=True):
        found += same_election(lowers[0].identity, lower.identity, label)
        if lower.units:
            summed = add_counts(u.counts for u in lower.units)
            stations = lower.level == "b"
            found += compare(lower.total, summed, label, "TotalVotes", stations=stations)
    return found


def tabulate(
    lowers: Sequence[Count],
    authority: Authority,
    *,
    contest_id: str,
    contest_name: str | None = None,
    labels: Sequence[str] | None = None,
    short_codes: ShortCodes | None = None,
    unit_ids: Sequence[tuple[str, ...]] | None = None,
) -> Tabulation:
    """Add the counts ``lowers`` (all of one level) into a count one level up for ``authority``.

    A lower count read without its units (:mod:`kieskring.eml.stream_510`, checked on the way)
    enters with its total; ``unit_ids`` then names the units it held, for the provenance."""
    names = list(labels) if labels is not None else [c.authority.id for c in lowers]
    problems = _check_inputs(lowers, names)
    units: list[ReportingUnitVotes] = []
    provenance: dict[str, tuple[str, ...]] = {}
    sources: dict[str, str] = {}
    for lower, label in zip(lowers, names, strict=True):
        uid = unit_id(lower, authority)
        if uid in provenance:
            problems.append(problem("EML.108", label, uid, unit=uid))
        counts = lower.total  # equal to the sum of its units, field by field (checked above)
        if short_codes is not None:
            counts = _with_short_codes(counts, uid, short_codes)
        units.append(ReportingUnitVotes(id=uid, name=unit_name(lower), counts=counts))
        provenance[uid] = (
            tuple(u.id for u in lower.units)
            if lower.units or unit_ids is None
            else unit_ids[len(sources)]
        )
        sources[uid] = label
    raise_if(problems)
    level = NEXT_LEVEL[lowers[0].level]
    total = _national_total(units) if level == "d" else add_counts(u.counts for u in units)
    count = Count(
        level=level,
        identity=lowers[0].identity,
        authority=authority,
        contest_id=contest_id,
        contest_name=contest_name,
        total=total,
        units=tuple(units),
    )
    return Tabulation(count=count, provenance=provenance, sources=sources)


def short_codes_of(count: Count) -> dict[tuple[str, int, int], str]:
    """The (unit, list, position) → ShortCode map carried by a 510d's units (chain.md §3)."""
    return {
        (unit.id, lst.number, cand.id): cand.short_code
        for unit in count.units
        for lst in unit.counts.lists
        for cand in lst.candidates
        if cand.id is not None and cand.short_code
    }
