"""The result recomputed from the counts and candidate lists, against each 520 (V08–V10), and the
persons of the national count (V15).

The seat allocation and the candidate assignment run again (:mod:`seat_allocation`) on the
top-level count (510d, or the single 510b) and the 230b files; the 520's seats, elected candidates
— each the same person: ShortCode and every name field —, their order and ranking must be equal.
Nothing from the 520 is used as input except, when no 110a is given, the number of seats. Persons
are recomputed from the 230b as ``uitslag result`` does (:mod:`kieskring.result.persons`): a 510d
whose ShortCodes merge two persons, or split one, fails V15 (and V08, which cannot be recomputed).
"""

from __future__ import annotations

from pathlib import Path

from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import Count
from kieskring.domain.result import ElectedCandidate, Result
from kieskring.eml.write_520 import write_520
from kieskring.errors import UserError
from kieskring.result.national_input import person_labels
from kieskring.result.persons import Identity, identity
from kieskring.result.run import run_result
from kieskring.verify.material import Material
from kieskring.verify.report import Finding, Status
from seat_allocation.allocate import Status as AllocationStatus
from seat_allocation.election import CandidateRef, LotOutcome

Person = tuple[str, Identity, int]
"""(how the 520 names him, everything it says about him, ranking)."""
Elected = dict[int, list[Person]]


def top_count(material: Material) -> tuple[Path, Count] | None:
    """The national 510d, or the only 510b of a single-district election."""
    for level in ("d", "b"):
        found = [(p, c) for p, c in material.counts if c.level == level]
        if len(found) == 1:
            return found[0]
    return None


def person(elected_candidate: ElectedCandidate) -> Person:
    """A candidate of a 520 as the person he is: ShortCode (or name), every field, ranking."""
    c = elected_candidate.candidate
    name = f"{c.short_code + ' ' if c.short_code else ''}{c.display_name}"
    if c.locality:
        name += f" ({c.locality})"
    return name, identity(c), elected_candidate.ranking


def elected(result: Result) -> Elected:
    """Per list: the persons in the order of the 520."""
    return {lst.number: [person(c) for c in lst.candidates] for lst in result.lists}


def described(found: Person | None) -> str:
    """A person for a message: name and ranking, or "niemand"."""
    return "niemand" if found is None else f"{found[0]}, ranking {found[2]}"


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
                        f"520 noemt {described(y)}, herberekend {described(x)}",
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
    lists = candidate_lists(material)
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


def candidate_lists(material: Material) -> list[CandidateLists]:
    """The 230b files, in path order."""
    return [c for _, c in sorted(material.candidates, key=lambda x: str(x[0]))]


def persons_in_count(material: Material) -> list[Finding]:
    """V15: every 510d names each person of the 230b files once — one ShortCode per person, the
    same in every kieskring, never one code for two persons (Kieswet P 15; issue 18)."""
    national = [(path, count) for path, count in material.counts if count.level == "d"]
    if not national:
        return []
    lists = candidate_lists(material)
    if not lists:
        return [
            Finding("V15", Status.SKIP, str(p), "geen 230b om personen uit te halen")
            for p, _ in national
        ]
    out: list[Finding] = []
    for path, count in national:
        try:
            _, labels = person_labels(count, lists, str(path))
        except UserError as err:
            out += [
                Finding("V15", Status.FAIL, f"{path}:{x.place}", f"{x.code} {x.message_nl}")
                for x in err.problems
            ]
            continue
        codes = (
            "ShortCode"
            if any(c.short_code for u in count.units for x in u.counts.lists for c in x.candidates)
            else "ShortCode (uit de 230b; de 510d geeft er geen)"
        )
        out.append(
            Finding(
                "V15",
                Status.PASS,
                str(path),
                f"{len(labels)} personen, elk één {codes} in alle kieskringen",
            )
        )
    return out


def results(
    material: Material, lots: tuple[LotOutcome, ...], deceased: tuple[CandidateRef, ...]
) -> list[Finding]:
    """V15 for every 510d, and V08–V10 for every 520 given."""
    out = persons_in_count(material)
    if not material.results:
        return [*out, Finding("V08", Status.SKIP, "", "geen 520 gegeven")]
    for path, published in material.results:
        out += recompute(material, path, published, lots, deceased)
    return out
