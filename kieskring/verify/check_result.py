"""The result recomputed from the counts and candidate lists, against each 520 (V08–V10).

The seat allocation and the candidate assignment run again (:mod:`seat_allocation`) on the
top-level count (510d, or the single 510b) and the 230b files; the 520's seats, elected candidates,
their order and ranking must be equal. Nothing from the 520 is used as input except, when no 110a
is given, the number of seats.
"""

from __future__ import annotations

from pathlib import Path

from kieskring.domain.counts import Count
from kieskring.domain.result import Result
from kieskring.eml.write_520 import write_520
from kieskring.errors import UserError
from kieskring.result.run import run_result
from kieskring.verify.material import Material
from kieskring.verify.report import Finding, Status
from seat_allocation.allocate import Status as AllocationStatus
from seat_allocation.election import CandidateRef, LotOutcome

Elected = dict[int, list[tuple[str, int]]]


def top_count(material: Material) -> tuple[Path, Count] | None:
    """The national 510d, or the only 510b of a single-district election (the latest one when a
    follow-up sitting replaced it, V15)."""
    for level in ("d", "b"):
        found = [
            (p, c) for p, c in material.counts if c.level == level and p not in material.superseded
        ]
        if len(found) == 1:
            return found[0]
    return None


def elected(result: Result) -> Elected:
    """Per list: (person, ranking) in the order of the 520; the person by ShortCode or name."""
    return {
        lst.number: [
            (
                c.candidate.short_code or f"{c.candidate.last_name}, {c.candidate.initials}",
                c.ranking,
            )
            for c in lst.candidates
        ]
        for lst in result.lists
    }


def compare_seats(path: Path, ours: Result, theirs: Result) -> list[Finding]:
    """V08: seats per list."""
    mine = {x.number: x.seats for x in ours.lists}
    published = {x.number: x.seats for x in theirs.lists}
    out = [
        Finding(
            "V08",
            Status.FAIL,
            f"{path}:lijst {n}",
            f"520 geeft {published.get(n, 0)} zetels, herberekend {mine.get(n, 0)}",
        )
        for n in sorted(mine.keys() | published.keys())
        if mine.get(n, 0) != published.get(n, 0)
    ]
    return out or [
        Finding("V08", Status.PASS, str(path), f"{sum(mine.values())} zetels, gelijk per lijst")
    ]


def compare_elected(path: Path, ours: Result, theirs: Result) -> list[Finding]:
    """V09: the elected candidates, their order and ranking."""
    mine, published = elected(ours), elected(theirs)
    out: list[Finding] = []
    for number in sorted(mine.keys() | published.keys()):
        a, b = mine.get(number, []), published.get(number, [])
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else None
            y = b[i] if i < len(b) else None
            if x != y:
                out.append(
                    Finding(
                        "V09",
                        Status.FAIL,
                        f"{path}:lijst {number}, zetel {i + 1}",
                        f"520 noemt {y}, herberekend {x}",
                    )
                )
    return out or [
        Finding(
            "V09",
            Status.PASS,
            str(path),
            f"{sum(len(v) for v in mine.values())} gekozenen gelijk, in volgorde",
        )
    ]


def seats_for(material: Material, published: Result) -> tuple[int, str]:
    """The number of seats: from the 110a, else (said so) from the 520."""
    if material.definitions:
        return material.definitions[0][1].seats, "uit de 110a"
    return published.seats, "uit de 520 (geen 110a gegeven)"


def recompute(
    material: Material,
    path: Path,
    published: Result,
    lots: tuple[LotOutcome, ...],
    deceased: tuple[CandidateRef, ...],
) -> list[Finding]:
    """V08–V10 for one 520."""
    top = top_count(material)
    if top is None or not material.candidates:
        return [Finding("V08", Status.SKIP, str(path), "geen 510d/510b of 230b om mee te rekenen")]
    seats, source = seats_for(material, published)
    lists = [c for _, c in sorted(material.candidates, key=lambda x: str(x[0]))]
    try:
        run = run_result(top[1], lists, seats, file=str(top[0]), lots=lots, deceased=deceased)
    except UserError as err:
        return [Finding("V08", Status.FAIL, str(path), "; ".join(err.lines()))]
    if run.status is AllocationStatus.LOTS_REQUIRED or run.result is None:
        request = run.trace.get("lots_required")
        return [Finding("V08", Status.SKIP, str(path), f"loting nodig ({request}); geef --lots")]
    ours = run.result
    findings = [*compare_seats(path, ours, published), *compare_elected(path, ours, published)]
    findings[0] = Finding(
        findings[0].check,
        findings[0].status,
        findings[0].place,
        f"{findings[0].message} (zetelaantal {source})",
    )
    return [*findings, same_bytes(material, path, ours, published)]


def same_bytes(material: Material, path: Path, ours: Result, published: Result) -> Finding:
    """V10: the 520 written again, with its own creation time, is the same file."""
    if published.created is None:
        return Finding("V10", Status.SKIP, str(path), "520 zonder aanmaaktijdstip")
    again = write_520(
        ours.model_copy(
            update={"authority": published.authority, "transaction_id": published.transaction_id}
        ),
        published.created,
    )
    if again == material.raw.get(path):
        return Finding("V10", Status.PASS, str(path), "byte voor byte gelijk")
    return Finding(
        "V10", Status.WARN, str(path), "inhoud gelijk, bytes niet (andere schrijfwijze dan Uitslag)"
    )


def results(
    material: Material, lots: tuple[LotOutcome, ...], deceased: tuple[CandidateRef, ...]
) -> list[Finding]:
    """V08–V10 for every 520 given."""
    if not material.results:
        return [Finding("V08", Status.SKIP, "", "geen 520 gegeven")]
    out: list[Finding] = []
    for path, published in material.results:
        out += recompute(material, path, published, lots, deceased)
    return out
