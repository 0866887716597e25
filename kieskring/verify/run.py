"""All checks in order, on everything given."""

from __future__ import annotations

from collections.abc import Iterable
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
from kieskring.verify.material import load
from kieskring.verify.report import Finding
from seat_allocation.election import CandidateRef, LotOutcome


def verify(
    paths: Iterable[Path],
    *,
    schemas: Path | None = None,
    lots: tuple[LotOutcome, ...] = (),
    deceased: tuple[CandidateRef, ...] = (),
    jobs: int = 1,
) -> list[Finding]:
    """Every check (V01–V15) the material allows, in the order of the checks."""
    material, findings = load(paths, schemas, per_count, per_streamed_count, jobs)
    findings += supersede(material)
    findings += same_election(material)
    findings += admitted_voters(material)
    findings += retabulation(material)
    findings += results(material, lots, deceased)
    findings += pvs(material)
    findings += corrigenda(material)
    return sorted(findings, key=lambda f: (f.check, f.place))
