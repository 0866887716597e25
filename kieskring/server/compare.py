"""Comparing the GSB's 510b with the generator's (issue 14, ``uitslag rehearse``): every station's and the
total's votes per list and candidate, cast, counted, invalid and blank, and the other categories —
station by station, naming what differs."""

from __future__ import annotations

from kieskring.domain.counts import Count, VoteCounts

EXPLANATIONS = frozenset(
    {
        "geen verklaring",
        "andere verklaring",
        "meegenomen stembiljetten",
        "te weinig uitgereikte stembiljetten",
        "te veel uitgereikte stembiljetten",
    }
)
"""The explanations of a difference between admitted voters and counted ballots: the generator writes
their numbers, the app's 510b does not yet (it records only whether the difference was explained).
Compared apart and reported as a known difference, not as a lost count."""


def _comparable(counts: VoteCounts) -> tuple[object, ...]:
    """The numbers of a count that must be equal (a category written as 0 equals one left out)."""
    lists = tuple((x.number, x.votes, tuple(c.votes for c in x.candidates)) for x in counts.lists)
    uncounted = tuple(
        sorted(
            (u.reason, u.count)
            for u in counts.uncounted
            if u.reason not in EXPLANATIONS and u.count
        )
    )
    return lists, counts.cast, counts.total_counted, counts.invalid, counts.blank, uncounted


def _explanations(counts: VoteCounts) -> tuple[tuple[str, int], ...]:
    return tuple(
        sorted(
            (u.reason, u.count) for u in counts.uncounted if u.reason in EXPLANATIONS and u.count
        )
    )


def known_differences(ours: Count, generated: Count) -> list[str]:
    """The stations whose explanation numbers differ (see :data:`EXPLANATIONS`)."""
    mine = {u.id.rsplit("::", 1)[-1]: u.counts for u in ours.units}
    return [
        key
        for u in generated.units
        if (key := u.id.rsplit("::", 1)[-1]) in mine
        and _explanations(u.counts) != _explanations(mine[key])
    ]


def compare_counts(ours: Count, generated: Count) -> list[str]:
    """Where our 510b differs from the generator's (station by station, and the total)."""
    found = []
    theirs = {u.id.rsplit("::", 1)[-1]: u for u in generated.units}
    mine = {u.id.rsplit("::", 1)[-1]: u for u in ours.units}
    for key in sorted(set(theirs) | set(mine)):
        if key not in theirs or key not in mine:
            found.append(f"{key}: {'ontbreekt' if key not in mine else 'extra'}")
        elif _comparable(theirs[key].counts) != _comparable(mine[key].counts):
            found.append(f"{key}: andere aantallen / other counts")
    if _comparable(ours.total) != _comparable(generated.total):
        found.append("totaal / total: andere aantallen / other counts")
    return found
