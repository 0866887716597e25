"""Rules across files of one election (chain.md §3).

EML.112: ``ElectionIdentifier`` id, category, subcategory, date and domain are equal across
110a/230b/510/520 (domain compared when both carry it; 110a TK has none). EML.114: the managing
authority of a count exists in the 110a election tree. EML.113: every list and candidate of a 510
exists in the 230b of its contest.
"""

from __future__ import annotations

from kieskring.domain import CandidateLists, Count, Election, ElectionIdentity
from kieskring.eml.codes import problem
from kieskring.errors import Problem, UserError


def same_election(reference: ElectionIdentity, other: ElectionIdentity, file: str) -> list[Problem]:
    """EML.112 for each identity field of ``other`` that differs from ``reference``."""
    pairs: list[tuple[str, object, object]] = [
        ("ElectionIdentifier Id", reference.id, other.id),
        ("ElectionCategory", reference.category, other.category),
        ("kr:ElectionSubcategory", reference.subcategory, other.subcategory),
        ("kr:ElectionDate", reference.date, other.date),
    ]
    if reference.domain is not None and other.domain is not None:
        pairs.append(("kr:ElectionDomain", reference.domain.id, other.domain.id))
    return [
        problem("EML.112", file, "ElectionIdentifier", name=name, found=found, expected=want)
        for name, want, found in pairs
        if want != found
    ]


def authority_in_tree(election: Election, count: Count, file: str) -> list[Problem]:
    """EML.114: ``HSB<n>`` needs kieskring n, a CBS code its GEMEENTE, ``CSB`` a CSB committee."""
    auth = count.authority.id
    regions = election.regions
    if auth == "CSB":
        ok = any("CSB" in r.committees for r in regions)
    elif auth.startswith("HSB"):
        ok = any(r.category == "KIESKRING" and r.number == auth[3:] for r in regions)
        ok = ok or any("HSB" in r.committees and r.category != "KIESKRING" for r in regions)
    elif auth.isdigit():
        ok = any(
            r.category == "GEMEENTE" and r.number.lstrip("0") == auth.lstrip("0") for r in regions
        )
    else:
        ok = False
    return [] if ok else [problem("EML.114", file, "ManagingAuthority", authority=auth)]


def count_matches_lists(count: Count, lists: CandidateLists, file: str) -> list[Problem]:
    """EML.113: lists (by number) and candidates (by position) of ``count`` exist in ``lists``."""
    known = {lst.number: {c.number for c in lst.candidates} for lst in lists.lists}
    found: list[Problem] = []
    for group in (count.total, *(u.counts for u in count.units)):
        for lst in group.lists:
            if lst.number not in known:
                found.append(problem("EML.113", file, "Selection", what=f"lijst {lst.number}"))
                continue
            for cand in lst.candidates:
                if cand.id is not None and cand.id not in known[lst.number]:
                    what = f"lijst {lst.number} kandidaat {cand.id}"
                    found.append(problem("EML.113", file, "Selection", what=what))
        if found:
            break
    return found


def raise_if(problems: list[Problem]) -> None:
    """Raise a :class:`UserError` carrying ``problems`` when there are any."""
    if problems:
        raise UserError(tuple(problems))
