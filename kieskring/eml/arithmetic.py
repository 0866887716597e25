"""Exact addition of vote groups and the vote-arithmetic checks of chain.md §2–3.

Hard rules (errors): candidate votes add up to their list total (EML.101, art. N 11 Kieswet); list
totals add up to ``TotalCounted`` (EML.102); a total equals the sum of its reporting units, field by
field (EML.103). Soft rules (warnings): D = A + B + C (EML.201); H − D explained by I or J (EML.202);
``Cast`` zero (EML.203, known in TK2021, see the Kiesraad's errata).
"""

from __future__ import annotations

from collections.abc import Iterable

from kieskring.domain import CandidateVotes, ListVotes, Uncounted, VoteCounts
from kieskring.domain.counts import (
    ADMITTED,
    FEWER_COUNTED,
    MORE_COUNTED,
    POLL_CARDS,
    PROXIES,
    VOTER_PASSES,
)
from kieskring.eml.codes import problem
from kieskring.errors import Problem

CandidateKey = tuple[int, str | int | None]


def candidate_key(list_number: int, candidate: CandidateVotes) -> CandidateKey:
    """Candidates match by ShortCode when they have one (above the kieskring), else by position."""
    return (list_number, candidate.short_code or candidate.id)


def _merge_candidates(lists: list[ListVotes]) -> tuple[CandidateVotes, ...]:
    votes: dict[str | int | None, CandidateVotes] = {}
    for lst in lists:
        for cand in lst.candidates:
            key = candidate_key(lst.number, cand)[1]
            seen = votes.get(key)
            if seen is None:
                votes[key] = cand
                continue
            same_id = seen.id if seen.id == cand.id else None
            votes[key] = CandidateVotes(
                id=same_id, short_code=seen.short_code, votes=seen.votes + cand.votes
            )
    return tuple(votes.values())


def _merge_lists(groups: list[VoteCounts]) -> tuple[ListVotes, ...]:
    by_number: dict[int, list[ListVotes]] = {}
    for group in groups:
        for lst in group.lists:
            by_number.setdefault(lst.number, []).append(lst)
    return tuple(
        ListVotes(
            number=number,
            name=parts[0].name,
            votes=sum(p.votes for p in parts),
            candidates=_merge_candidates(parts),
        )
        for number, parts in sorted(by_number.items())
    )


def _merge_uncounted(groups: list[VoteCounts]) -> tuple[Uncounted, ...]:
    totals: dict[str, int] = {}
    for group in groups:
        for line in group.uncounted:
            totals[line.reason] = totals.get(line.reason, 0) + line.count
    return tuple(Uncounted(reason=reason, count=count) for reason, count in totals.items())


def add_counts(groups: Iterable[VoteCounts]) -> VoteCounts:
    """The exact sum of ``groups``: lists by number, candidates by ShortCode or position."""
    parts = list(groups)
    return VoteCounts(
        lists=_merge_lists(parts),
        cast=sum(g.cast for g in parts),
        total_counted=sum(g.total_counted for g in parts),
        invalid=sum(g.invalid for g in parts),
        blank=sum(g.blank for g in parts),
        uncounted=_merge_uncounted(parts),
    )


def group_errors(counts: VoteCounts, file: str, where: str) -> list[Problem]:
    """EML.101 and EML.102 for one vote group."""
    found: list[Problem] = []
    for lst in counts.lists:
        if lst.candidates:
            cand_sum = sum(c.votes for c in lst.candidates)
            if cand_sum != lst.votes:
                found.append(
                    problem(
                        "EML.101", file, where, list=lst.number, found=cand_sum, expected=lst.votes
                    )
                )
    if counts.candidate_total != counts.total_counted:
        found.append(
            problem(
                "EML.102", file, where, found=counts.candidate_total, expected=counts.total_counted
            )
        )
    return found


def flat_fields(counts: VoteCounts) -> dict[str, int]:
    """Every number of a vote group under a readable key (for field-by-field comparison)."""
    fields = {
        "Cast": counts.cast,
        "TotalCounted": counts.total_counted,
        "ongeldig": counts.invalid,
        "blanco": counts.blank,
    }
    for line in counts.uncounted:
        fields[line.reason] = line.count
    for lst in counts.lists:
        fields[f"lijst {lst.number}"] = lst.votes
        for cand in lst.candidates:
            fields[f"lijst {lst.number} kandidaat {candidate_key(lst.number, cand)[1]}"] = (
                cand.votes
            )
    return fields


def cast_only_in_total(total: VoteCounts, summed: VoteCounts) -> bool:
    """Every polling station has ``Cast`` 0 and the total the municipality's electorate: how the
    Kiesraad writes its municipal counts since TK2025 (a 510b only; EML.204, a warning)."""
    return summed.cast == 0 and total.cast > 0


def compare(
    expected: VoteCounts,
    found: VoteCounts,
    file: str,
    where: str,
    *,
    stations: bool = False,
) -> list[Problem]:
    """EML.103 for every field where ``expected`` (a total) differs from ``found`` (a sum);
    ``stations``: the units are polling stations, whose ``Cast`` may all be 0 while the total
    has the electorate (:func:`cast_only_in_total`; see :func:`total_warnings`)."""
    want, have = flat_fields(expected), flat_fields(found)
    if stations and cast_only_in_total(expected, found):
        have["Cast"] = want["Cast"]
    return [
        problem("EML.103", file, where, field=key, expected=want.get(key), found=have.get(key))
        for key in sorted(want.keys() | have.keys())
        if want.get(key, 0) != have.get(key, 0)
    ]


def total_warnings(total: VoteCounts, summed: VoteCounts, file: str, where: str) -> list[Problem]:
    """EML.204 when the polling stations' ``Cast`` is 0 and only the total has the electorate."""
    if not cast_only_in_total(total, summed):
        return []
    return [problem("EML.204", file, where, found=total.cast)]


def group_warnings(
    counts: VoteCounts, file: str, where: str, *, zero_cast: bool = True
) -> list[Problem]:
    """EML.201–203: the admitted-voter identities D = A+B+C and H − D = I − J, and Cast > 0.

    ``zero_cast=False`` for polling stations, where ``Cast`` 0 is normal (no own register).
    """
    found: list[Problem] = []
    if zero_cast and counts.cast == 0:
        found.append(problem("EML.203", file, where))
    admitted = counts.admitted
    if admitted is None:
        return found
    parts = [counts.reason(code) or 0 for code in (POLL_CARDS, PROXIES, VOTER_PASSES)]
    if admitted != sum(parts):
        found.append(problem("EML.201", file, where, found=admitted, expected=sum(parts)))
    more, fewer = counts.reason(MORE_COUNTED), counts.reason(FEWER_COUNTED)
    if more is not None and fewer is not None:
        difference = counts.ballots - admitted
        if difference != more - fewer:
            found.append(
                problem("EML.202", file, where, found=difference, expected=f"I={more}, J={fewer}")
            )
    return found


__all__ = [
    "ADMITTED",
    "add_counts",
    "candidate_key",
    "compare",
    "group_errors",
    "group_warnings",
    "total_warnings",
]
