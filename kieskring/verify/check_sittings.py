"""V16: counts of follow-up sittings (docs/VERIFY.md; docs/sittings.md §4).

A GSB that holds a follow-up sitting publishes a new 510b for the same municipality. Of several
510b files of one election and municipality, **the one with the latest ``kr:CreationDateTime``
counts**: the others are superseded and left out of the re-tabulation (V06) and the result (V08,
V09). Without a creation time, or with two equally late, the verifier cannot tell which holds:
FAIL. A corrigendum (Na 14-2) given with them must carry the latest count's fingerprint, and every
number that differs between the count it corrects and the latest count must be on it, station by
station, as ``code old new`` (A–J, ``E.x`` per list, ``Lx.p`` per candidate).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from kieskring.domain.counts import Count, VoteCounts
from kieskring.eml.fingerprint import fingerprint, grouped
from kieskring.eml.read_510 import read_510
from kieskring.errors import UserError
from kieskring.verify.check_pv import printed_on, pv_text, texts_of
from kieskring.verify.material import Material
from kieskring.verify.report import Finding, Status

CORRIGENDUM = "Model Na 14-2 (versie"
REASONS = {
    "A": "geldige stempassen",
    "B": "geldige volmachtbewijzen",
    "C": "geldige kiezerspassen",
    "D": "toegelaten kiezers",
    "I": "meer getelde stembiljetten",
    "J": "minder getelde stembiljetten",
}


def supersede(material: Material) -> list[Finding]:
    """Mark every 510b that a later one of the same election and municipality replaces."""
    groups: dict[tuple[str, str], list[tuple[Path, Count]]] = {}
    for path, count in material.counts:
        if count.level == "b":
            groups.setdefault((count.identity.id, count.authority.id), []).append((path, count))
    findings: list[Finding] = []
    for (_, authority), found in sorted(groups.items()):
        if len(found) > 1:
            findings += _latest(material, authority, found)
    return findings


def _latest(material: Material, authority: str, found: list[tuple[Path, Count]]) -> list[Finding]:
    if any(c.created is None for _, c in found):
        return [
            Finding(
                "V16",
                Status.FAIL,
                str(p),
                f"gemeente {authority} heeft {len(found)} tellingen; deze heeft geen "
                "kr:CreationDateTime, dus welke geldt is niet te bepalen",
            )
            for p, c in found
            if c.created is None
        ]
    ordered = sorted(found, key=lambda item: _moment(item[1]))
    (last, newest), before = ordered[-1], ordered[:-1]
    if _moment(before[-1][1]) == _moment(newest):
        return [
            Finding(
                "V16",
                Status.FAIL,
                str(last),
                f"gemeente {authority}: {before[-1][0].name} en {last.name} hebben dezelfde "
                "kr:CreationDateTime; welke telling geldt is niet te bepalen",
            )
        ]
    material.superseded |= {p: last for p, _ in before}
    return [
        Finding(
            "V16",
            Status.PASS,
            str(p),
            f"vervangen door {last.name} (latere kr:CreationDateTime {newest.created})",
        )
        for p, _ in before
    ]


def _moment(count: Count) -> dt.datetime:
    """The creation time, a time without zone taken as UTC (as the writers do)."""
    created = count.created or dt.datetime.min
    return created if created.tzinfo else created.replace(tzinfo=dt.UTC)


def form_values(counts: VoteCounts) -> dict[str, int]:
    """A station's numbers by the codes of the form and the corrigendum (A–J, E.x, Lx.p)."""
    values = {code: counts.reason(reason) or 0 for code, reason in REASONS.items()}
    values |= {"E": counts.total_counted, "F": counts.blank, "G": counts.invalid}
    values["H"] = counts.ballots
    for item in counts.lists:
        values[f"E.{item.number}"] = item.votes
        values |= {f"L{item.number}.{c.id}": c.votes for c in item.candidates}
    return values


def changes(before: Count, after: Count) -> Iterator[tuple[str, str, int, int]]:
    """``(station number, code, old, new)`` for every number that differs (a station missing on
    one side counts as 0)."""
    old = {u.id.rsplit("::", 1)[-1]: form_values(u.counts) for u in before.units}
    new = {u.id.rsplit("::", 1)[-1]: form_values(u.counts) for u in after.units}
    for station in sorted(old.keys() | new.keys(), key=_station_key):
        a, b = old.get(station, {}), new.get(station, {})
        for code in sorted(a.keys() | b.keys()):
            if a.get(code, 0) != b.get(code, 0):
                yield station.removeprefix("SB"), code, a.get(code, 0), b.get(code, 0)


def _station_key(station: str) -> tuple[int, str]:
    digits = station.removeprefix("SB")
    return (int(digits), "") if digits.isdigit() else (0, station)


def _dutch(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def corrigenda(material: Material) -> list[Finding]:
    """V16 for every Na 14-2 given: it belongs to the latest count, and its figures agree."""
    findings: list[Finding] = []
    for path in material.pdfs:
        if path not in material.pdf_texts:  # unreadable: V11 said so already
            continue
        if CORRIGENDUM not in pv_text(texts_of(material, path)):
            continue
        findings += _corrigendum(material, path)
    return findings


def _corrigendum(material: Material, path: Path) -> list[Finding]:
    printed = set(printed_on(material, path))
    counts = [
        (p, fingerprint(p.read_bytes(), str(p))) for p, c in material.counts if c.level == "b"
    ]
    latest = [p for p, f in counts if f in printed and p not in material.superseded]
    older = [p for p, f in counts if f in printed and p in material.superseded]
    if not latest:
        return [
            Finding(
                "V16",
                Status.FAIL,
                str(path),
                "dit corrigendum hoort niet bij de laatste telling van de gemeente",
            )
        ]
    previous = older or sorted(material.superseded)
    if not previous:
        return [
            Finding("V16", Status.SKIP, str(path), "de telling die het verbetert is niet gegeven")
        ]
    try:
        before, after = read_510(previous[-1], levels="b"), read_510(latest[0], levels="b")
    except UserError as err:
        return [Finding("V16", Status.FAIL, str(path), err.problems[0].message_nl)]
    return _figures(path, pv_text(texts_of(material, path)), before, after, latest[0])


def _blocks(text: str) -> Mapping[str, str]:
    """The corrigendum's text per station heading (``Stembureau 7: …``)."""
    parts = re.split(r"Stembureau (\d+): ", text)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _figures(path: Path, text: str, before: Count, after: Count, latest: Path) -> list[Finding]:
    blocks = _blocks(text)
    expected = list(changes(before, after))
    missing = [
        f"stembureau {station} {code}: {old} → {new}"
        for station, code, old, new in expected
        if f"{code} {_dutch(old)} {_dutch(new)} " not in blocks.get(station, "") + " "
    ]
    extra = sorted(set(blocks) - {station for station, _, _, _ in expected})
    if missing or extra:
        shown = missing[:5] + [f"stembureau {s} staat erop maar veranderde niet" for s in extra[:3]]
        return [Finding("V16", Status.FAIL, str(path), "; ".join(shown))]
    return [
        Finding(
            "V16",
            Status.PASS,
            str(path),
            f"{len(expected)} gewijzigde getallen gelijk aan {latest.name} "
            f"(vingerafdruk {grouped(fingerprint(latest.read_bytes(), str(latest)))[:9]}…)",
        )
    ]
