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

import datetime as dt
from collections import Counter
from pathlib import Path

from lxml import etree

from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import Count
from kieskring.domain.result import ElectedCandidate, Result
from kieskring.eml.build import canonical
from kieskring.eml.safe import KR_NS, parse_bytes
from kieskring.eml.write_520 import result_element
from kieskring.errors import UserError
from kieskring.result.national_input import person_labels
from kieskring.result.persons import Identity, identity
from kieskring.result.run import run_result
from kieskring.verify.codes import message
from kieskring.verify.material import Material
from kieskring.verify.report import Finding, Status, blocking_skip
from seat_allocation.allocate import Status as AllocationStatus
from seat_allocation.election import CandidateRef, LotOutcome

Person = tuple[str, Identity, int]
"""(how the 520 names him, everything it says about him, ranking)."""
Elected = dict[int, list[Person]]


def top_count(material: Material) -> tuple[Path, Count] | None:
    """The national 510d, or the only 510b of a single-district election (the latest one when a
    follow-up sitting replaced it, V16)."""
    for level in ("d", "b"):
        found = [
            (p, c) for p, c in material.counts if c.level == level and p not in material.superseded
        ]
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


def not_recomputable(material: Material, top: tuple[Path, Count] | None) -> str:
    """Why a 520 cannot be recomputed from the material, or ``""`` when it can."""
    if not material.candidates:
        return "geen kandidatenlijsten (230b) gegeven"
    if top is not None:
        return ""
    levels = sorted({c.level for _, c in material.counts})
    if not levels:
        return "geen telling (510b of 510d) gegeven"
    return f"geen enkele 510d of enkele 510b om mee te rekenen (gegeven: 510{'/'.join(levels)})"


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
    missing = not_recomputable(material, top)
    if missing:
        return [blocking_skip("V08", str(path), message("VERIFY.NO_COUNT", detail=missing))]
    assert top is not None
    seats, source = seats_for(material, published)
    lists = candidate_lists(material)
    try:
        run = run_result(top[1], lists, seats, file=str(top[0]), lots=lots, deceased=deceased)
    except UserError as err:
        return [Finding("V08", Status.FAIL, str(path), "; ".join(err.lines()))]
    if run.status is AllocationStatus.LOTS_REQUIRED or run.result is None:
        request = run.trace.get("lots_required") or {}
        detail = f"{request.get('article', '')}, opties {request.get('options', '')}"
        return [blocking_skip("V08", str(path), message("VERIFY.LOTS", detail=detail))]
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
    """V10: the 520 written again, with its own creation time, is the same file — or at least
    the same content (every element, attribute and text; formatting aside: WARN); any other
    difference (a name, an address, a gender …) is a FAIL naming the first place it differs."""
    header = {"authority": published.authority, "transaction_id": published.transaction_id}
    again = result_element(ours.model_copy(update=header), published.created or NO_TIME)
    if published.created is None:
        drop_creation_time(again)
    raw = material.raw.get(path, b"")
    if canonical(again) == raw:
        return Finding("V10", Status.PASS, str(path), "byte voor byte gelijk")
    try:
        theirs = parse_bytes(raw, str(path)).getroot()
    except UserError as err:
        return Finding("V10", Status.FAIL, str(path), "; ".join(err.lines()))
    differs = first_difference(again, theirs)
    if differs is not None:
        return Finding("V10", Status.FAIL, str(path), message("VERIFY.CONTENT", detail=differs))
    return Finding(
        "V10",
        Status.WARN,
        str(path),
        "inhoud gelijk (elk element, attribuut en elke tekst), bytes niet: andere schrijfwijze",
    )


NO_TIME = dt.datetime(2000, 1, 1)
"""Written in place of a creation time the published 520 lacks (and then removed again)."""


def drop_creation_time(root: etree._Element) -> None:
    """Remove ``kr:CreationDateTime`` from a freshly written 520."""
    for found in root.findall(f"{{{KR_NS}}}CreationDateTime"):
        root.remove(found)


def own_text(el: etree._Element) -> str:
    """The character data directly inside ``el`` (also around comments), trimmed: EML has no
    mixed content, so whitespace-only text is formatting."""
    parts = [el.text or "", *(child.tail or "" for child in el)]
    return "".join(parts).strip()


def elements(el: etree._Element) -> list[etree._Element]:
    """The element children of ``el`` (comments and processing instructions are no content)."""
    return [child for child in el if isinstance(child.tag, str)]


def attributes(el: etree._Element) -> dict[str, str]:
    """The attributes of ``el`` by their full (namespace) name."""
    return {str(key): str(value) for key, value in el.attrib.items()}


def first_difference(
    ours: etree._Element, theirs: etree._Element, here: str = "/EML"
) -> str | None:
    """The first place (``here``: the path of both elements) where two trees differ in a name,
    an attribute, a text or the number of children; ``None`` when their content is the same."""
    if ours.tag != theirs.tag:
        return f"{here}: in de 520 {theirs.tag}, herberekend {ours.tag}"
    if attributes(ours) != attributes(theirs):
        return f"{here}: attributen {attributes(theirs)}, herberekend {attributes(ours)}"
    if own_text(ours) != own_text(theirs):
        return f"{here}: in de 520 '{own_text(theirs)}', herberekend '{own_text(ours)}'"
    mine, published = elements(ours), elements(theirs)
    seen: Counter[str] = Counter()
    for a, b in zip(mine, published, strict=False):
        name = etree.QName(b).localname
        seen[name] += 1
        found = first_difference(a, b, f"{here}/{name}[{seen[name]}]")
        if found is not None:
            return found
    if len(mine) != len(published):
        return f"{here}: {len(published)} elementen in de 520, herberekend {len(mine)}"
    return None


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
        return [
            *out,
            Finding("V08", Status.SKIP, "", "geen 520 gegeven (geen uitslag om te herberekenen)"),
        ]
    for path, published in material.results:
        out += recompute(material, path, published, lots, deceased)
    return out
