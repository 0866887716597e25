"""Reading EML 510b/c/d (Telling / Totaaltelling) into a :class:`~kieskring.domain.Count`.

Checks (chain.md §3): root ``Id`` is the expected 510 variant (EML.006); the authority fits the level
(EML.115: b a 4-digit CBS code, c ``HSB<n>``, d ``CSB``); reporting-unit ids fit level and authority
(EML.109) and are unique (EML.108); the vote arithmetic of every group (EML.101/102) and total = sum of
units (EML.103) are errors; admitted-voter identities are warnings (EML.201–203).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from kieskring.domain import Count, CountLevel, ReportingUnitVotes, VoteCounts
from kieskring.eml.arithmetic import add_counts, compare, group_errors, group_warnings
from kieskring.eml.codes import fail, problem
from kieskring.eml.common import (
    child,
    is_canonical,
    opt_text,
    place,
    read_authority,
    read_created,
    read_identity,
    tag,
    text,
)
from kieskring.eml.safe import load_eml
from kieskring.eml.votes import read_vote_group
from kieskring.errors import Problem, UserError

AUTHORITY = {"b": r"\d{4}", "c": r"HSB\d+", "d": r"CSB", "a": r"SB\d+|\d{4}"}
UNIT = {"b": r"{auth}::SB\d+", "c": r"{auth}::\d{{4}}", "d": r"HSB\d+", "a": r".+"}
MAX_PROBLEMS = 50


def _units(contest: etree._Element, file: str) -> tuple[ReportingUnitVotes, ...]:
    units: list[ReportingUnitVotes] = []
    for group in contest.iterfind(tag("ReportingUnitVotes")):
        ident = child(group, "ReportingUnitIdentifier", file)
        units.append(
            ReportingUnitVotes(
                id=ident.get("Id", ""), name=text(ident), counts=read_vote_group(group, file)
            )
        )
    return tuple(units)


def count_from_root(
    root: etree._Element, file: str, *, with_units: bool = True, total: VoteCounts | None = None
) -> Count:
    """The :class:`Count` of a parsed 510 root (structure only; see :func:`check_count`);
    ``with_units=False`` reads the header and the total only; ``total``: already read."""
    level: CountLevel = root.get("Id", "510b")[-1]  # type: ignore[assignment]  # checked by load
    election = child(child(root, "Count", file), "Election", file)
    contest = child(child(election, "Contests", file), "Contest", file)
    contest_ident = child(contest, "ContestIdentifier", file)
    return Count(
        level=level,
        identity=read_identity(child(election, "ElectionIdentifier", file), file),
        authority=read_authority(root, file),
        transaction_id=text(child(root, "TransactionId", file)),
        created=read_created(root, file),
        canonical=is_canonical(root),
        contest_id=contest_ident.get("Id", ""),
        contest_name=opt_text(contest_ident, "ContestName"),
        total=(
            total
            if total is not None
            else read_vote_group(child(contest, "TotalVotes", file), file)
        ),
        units=_units(contest, file) if with_units else (),
    )


def structure_errors(
    level: str, authority: str, unit_ids: Iterable[str], file: str
) -> list[Problem]:
    """EML.115 (authority fits the level), EML.108 (unit ids unique), EML.109 (ids fit level and
    authority)."""
    found: list[Problem] = []
    if not re.fullmatch(AUTHORITY[level], authority):
        found.append(
            problem("EML.115", file, "ManagingAuthority", authority=authority, level=level)
        )
    pattern = re.compile(UNIT[level].format(auth=re.escape(authority)))
    seen: set[str] = set()
    for unit in unit_ids:
        if unit in seen:
            found.append(problem("EML.108", file, unit, unit=unit))
        seen.add(unit)
        if not pattern.fullmatch(unit):
            found.append(
                problem("EML.109", file, unit, unit=unit, level=level, authority=authority)
            )
    return found


def check_count(count: Count, file: str, warnings: list[Problem] | None = None) -> None:
    """Raise a UserError with every hard problem of ``count``; append the soft ones to ``warnings``."""
    errors = structure_errors(count.level, count.authority.id, (u.id for u in count.units), file)
    errors += group_errors(count.total, file, "TotalVotes")
    soft = group_warnings(count.total, file, "TotalVotes")
    for unit in count.units:
        errors += group_errors(unit.counts, file, unit.id)
        soft += group_warnings(unit.counts, file, unit.id, zero_cast=count.level != "b")
    # always: a total with votes and no units (a file cut short, or emptied) does not add up
    errors += compare(count.total, add_counts(u.counts for u in count.units), file, "TotalVotes")
    if errors:
        raise UserError(tuple(errors[:MAX_PROBLEMS]))
    if warnings is not None:
        warnings.extend(soft)


def read_510(
    path: Path,
    *,
    levels: str = "bcd",
    warnings: list[Problem] | None = None,
) -> Count:
    """Read and check a 510 file of one of ``levels`` (e.g. ``"c"`` for a kieskring count)."""
    _, root = load_eml(path, tuple(f"510{level}" for level in levels))
    file = str(path)
    count = count_from_root(root, file)
    check_count(count, file, warnings)
    return count


__all__ = ["count_from_root", "fail", "place", "read_510"]
