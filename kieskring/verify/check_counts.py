"""Checks on the counts: the same election everywhere (V03), arithmetic (V04), admitted voters
(V05), re-tabulation up the chain (V06) and lists/candidates known in the 230b (V07)."""

from __future__ import annotations

from pathlib import Path

from kieskring.domain.counts import Count, ListVotes, VoteCounts
from kieskring.eml.arithmetic import add_counts, flat_fields
from kieskring.eml.consistency import count_matches_lists
from kieskring.eml.stream_510 import CountTotals
from kieskring.verify.errata import NOTE, has_errata, is_known
from kieskring.verify.material import Material, problem_findings
from kieskring.verify.report import Finding, Status


def units_text(n: int) -> str:
    """``1 eenheid`` / ``3 eenheden``: the count of units in words (singular for one)."""
    return f"{n} eenheid" if n == 1 else f"{n} eenheden"


def same_election(material: Material) -> list[Finding]:
    """V03: election id, date and category equal in every EML file."""
    identities = [(p, c.identity) for p, c in material.counts]
    identities += [(p, c.identity) for p, c in material.candidates]
    identities += [(p, r.identity) for p, r in material.results]
    identities += [(p, d.identity) for p, d in material.definitions]
    identities += [(p, s.identity) for p, s in material.stations]
    if not identities:
        return [Finding("V03", Status.SKIP, "", "geen EML-bestanden")]
    _, first = identities[0]
    out = [
        Finding(
            "V03",
            Status.FAIL,
            str(path),
            f"hoort bij {ident.id} ({ident.date}, {ident.category}), verwacht {first.id} "
            f"({first.date}, {first.category})",
        )
        for path, ident in identities
        if (ident.id, ident.date, ident.category) != (first.id, first.date, first.category)
    ]
    return out or [
        Finding("V03", Status.PASS, "", f"{len(identities)} bestanden, verkiezing {first.id}")
    ]


def group_arithmetic(counts: VoteCounts, where: str) -> list[str]:
    """Candidates → list, lists → total counted, for one vote group."""
    problems = [
        f"{where} lijst {lst.number}: kandidaten samen {sum(c.votes for c in lst.candidates)}, "
        f"lijsttotaal {lst.votes}"
        for lst in counts.lists
        if lst.candidates and sum(c.votes for c in lst.candidates) != lst.votes
    ]
    if sum(lst.votes for lst in counts.lists) != counts.total_counted:
        problems.append(
            f"{where}: lijsten samen {sum(x.votes for x in counts.lists)}, "
            f"totaal geteld {counts.total_counted}"
        )
    return problems


def units_add_up(count: Count) -> list[str]:
    """The totals of a count equal the sum of its reporting units (per list, blank, invalid)."""
    if not count.units:
        return []
    problems: list[str] = []
    for name, total, parts in (
        ("totaal geteld", count.total.total_counted, [u.counts.total_counted for u in count.units]),
        ("blanco", count.total.blank, [u.counts.blank for u in count.units]),
        ("ongeldig", count.total.invalid, [u.counts.invalid for u in count.units]),
    ):
        if sum(parts) != total:
            problems.append(f"totaal {name} {total}, eenheden samen {sum(parts)}")
    for lst in count.total.lists:
        units = sum(x.votes for u in count.units for x in u.counts.lists if x.number == lst.number)
        if units != lst.votes:
            problems.append(f"lijst {lst.number}: totaal {lst.votes}, eenheden samen {units}")
    return problems


def count_arithmetic(path: Path, count: Count) -> list[Finding]:
    """V04 for one count file, recomputed here (nothing read from the file is trusted)."""
    problems = group_arithmetic(count.total, "totaal")
    for unit in count.units:
        problems += group_arithmetic(unit.counts, unit.id)
    problems += units_add_up(count)
    findings = [Finding("V04", Status.FAIL, str(path), p) for p in problems]
    return findings or [
        Finding("V04", Status.PASS, str(path), f"{units_text(len(count.units))}, totalen kloppen")
    ]


def admitted_voters(material: Material) -> list[Finding]:
    """V05: the soft identities as warnings, naming documented errata."""
    names = {(p, u.id): u.name for p, c in material.counts for u in c.units}
    election = {p: c.identity.id for p, c in material.counts}
    out: list[Finding] = []
    for path, problem in material.warnings:
        unit_name = names.get((path, problem.place), "")
        note = f" — {NOTE}" if is_known(election.get(path, ""), unit_name) else ""
        place = ":".join(x for x in (str(path), problem.place) if x)
        out.append(
            Finding(
                "V05",
                Status.WARN,
                place,
                f"{problem.code} {problem.message_nl} {unit_name}{note}".rstrip(),
            )
        )
    return out or [Finding("V05", Status.PASS, "", "geen afwijkingen in toegelaten kiezers")]


def plain(counts: VoteCounts) -> VoteCounts:
    """The vote group with candidates by position only (510d units also carry ShortCodes)."""
    lists = tuple(
        ListVotes(
            number=x.number,
            name=x.name,
            votes=x.votes,
            candidates=tuple(c.model_copy(update={"short_code": None}) for c in x.candidates),
        )
        for x in counts.lists
    )
    return counts.model_copy(update={"lists": lists})


VOTE_FIELDS = ("TotalCounted", "ongeldig", "blanco")


def differences(upper: VoteCounts, lower: VoteCounts) -> list[tuple[str, int | None, int | None]]:
    """Fields where the upper unit differs from the recomputed lower total. Votes (lists,
    candidates, counted, blank, invalid) must be present on both sides; the admitted-voter
    lines are compared only where the upper level carries them."""
    want, have = flat_fields(plain(upper)), flat_fields(plain(lower))
    keys = [
        k
        for k in sorted(want.keys() | have.keys())
        if k in want or k.startswith("lijst") or k in VOTE_FIELDS
    ]
    return [(k, want.get(k), have.get(k)) for k in keys if want.get(k) != have.get(k)]


def compare_unit(
    lower: Count,
    lower_path: Path,
    upper_path: Path,
    unit_id: str,
    unit: VoteCounts,
    election_id: str,
) -> list[Finding]:
    """One unit of the upper count against the recomputed total of the file it came from."""
    found = add_counts(u.counts for u in lower.units) if lower.units else lower.total
    where = f"{upper_path}:{unit_id}"
    out: list[Finding] = []
    for key, upper, recomputed in differences(unit, found):
        cast = key == "Cast"
        note = f" — {NOTE}" if cast and has_errata(election_id) else ""
        out.append(
            Finding(
                "V06",
                Status.WARN if cast else Status.FAIL,
                where,
                f"{key}: hier {upper}, opnieuw opgeteld uit {lower_path.name} {recomputed}{note}",
            )
        )
    return out


def lower_for(material: Material, unit_id: str, level: str) -> tuple[Path, Count] | None:
    """The lower-level count that should have produced reporting unit ``unit_id`` (not one a
    follow-up sitting replaced, V16)."""
    code = unit_id.rsplit("::", maxsplit=1)[-1]
    for path, count in material.counts:
        if path in material.superseded:
            continue
        if count.level == level and count.authority.id == code:
            return path, count
    return None


def retabulation(material: Material) -> list[Finding]:
    """V06: every unit of a 510c/510d against the lower-level file it came from."""
    findings: list[Finding] = []
    for path, count in material.counts:
        level = {"c": "b", "d": "c"}.get(count.level)
        if level is None:
            continue
        missing: list[str] = []
        for unit in count.units:
            lower = lower_for(material, unit.id, level)
            if lower is None:
                missing.append(unit.name or unit.id)
                continue
            result = compare_unit(lower[1], lower[0], path, unit.id, unit.counts, count.identity.id)
            findings += result or [
                Finding("V06", Status.PASS, f"{path}:{unit.id}", f"gelijk aan {lower[0].name}")
            ]
        if missing:
            shown = ", ".join(missing[:3]) + (", …" if len(missing) > 3 else "")
            findings.append(
                Finding(
                    "V06",
                    Status.SKIP,
                    str(path),
                    f"geen 510{level} gegeven voor {units_text(len(missing))} ({shown})",
                )
            )
    return findings


def count_lists_known(material: Material, path: Path, count: Count) -> list[Finding]:
    """V07: the lists and candidates of a count exist in the 230b of its contest."""
    by_contest = {c.contest_id: c for _, c in material.candidates}
    lists = by_contest.get(count.contest_id)
    if lists is None and len(material.candidates) == 1:
        lists = material.candidates[0][1]
    if lists is None:
        text = f"geen 230b met dezelfde ContestIdentifier ({count.contest_id}) gegeven"
        return [Finding("V07", Status.SKIP, str(path), text)]
    problems = count_matches_lists(count, lists, str(path))
    return problem_findings("V07", problems) or [
        Finding("V07", Status.PASS, str(path), "alle lijsten en kandidaten bekend")
    ]


def per_count(material: Material, path: Path, count: Count) -> list[Finding]:
    """The checks that need a count's every unit (V04, V07), run once while it is in memory."""
    return [*count_arithmetic(path, count), *count_lists_known(material, path, count)]


def per_streamed_count(material: Material, path: Path, totals: CountTotals) -> list[Finding]:
    """V04 and V07 for a 510b read in one streaming pass: the stations were added up and checked
    (candidates → list → total counted per station, total = sum of stations, field by field)
    while reading; here the total's own arithmetic is recomputed and its lists and candidates
    are looked up in the 230b (every station has exactly the total's lists and candidates)."""
    problems = group_arithmetic(totals.count.total, "totaal")
    stations = len(totals.unit_ids)
    findings = [Finding("V04", Status.FAIL, str(path), p) for p in problems] or [
        Finding(
            "V04",
            Status.PASS,
            str(path),
            f"{units_text(stations)}, totalen kloppen (opgeteld tijdens het lezen)",
        )
    ]
    return [*findings, *count_lists_known(material, path, totals.count)]
