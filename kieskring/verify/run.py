"""All checks in order, on everything given, and whether anything was recomputed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from kieskring.verify.check_counts import (
    admitted_voters,
    per_count,
    per_streamed_count,
    retabulation,
    same_election,
)
from kieskring.verify.check_pv import pvs
from kieskring.verify.check_result import results
from kieskring.verify.check_sittings import corrigenda, supersede
from kieskring.verify.codes import message
from kieskring.verify.material import load
from kieskring.verify.report import Finding, Status, blocking_skip
from seat_allocation.election import CandidateRef, LotOutcome

RECOMPUTING = ("V04", "V08")
"""A count's arithmetic recomputed from its units (V04) or a 520 recomputed from the counts (V08):
without either, nothing was recomputed and the run cannot be approved."""


def verify(
    paths: Iterable[Path],
    *,
    schemas: Path | None = None,
    lots: tuple[LotOutcome, ...] = (),
    deceased: tuple[CandidateRef, ...] = (),
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> list[Finding]:
    """Every check (V00–V16) the material allows, in the order of the checks;
    ``progress(done, total)`` while the files are read."""
    material, findings = load(paths, schemas, per_count, per_streamed_count, jobs, progress)
    findings += supersede(material)
    findings += same_election(material)
    findings += admitted_voters(material)
    findings += retabulation(material)
    findings += results(material, lots, deceased)
    findings += pvs(material)
    findings += corrigenda(material)
    findings += something_recomputed(findings)
    return sorted(findings, key=lambda f: (f.check, f.place))


def something_recomputed(findings: list[Finding]) -> list[Finding]:
    """V00 blocking SKIP when no count and no result was recomputed (an empty folder, only a
    CSV, only candidate lists): there is nothing to approve."""
    if any(f.check in RECOMPUTING and f.status is Status.PASS for f in findings):
        return []
    return [blocking_skip("V00", "", message("VERIFY.NOTHING"))]
