"""The thresholds of the plausibility signals, named, each with its rationale (docs/signals.md §5).

All are exact: integers or :class:`gmpy2.mpq` fractions, compared by cross-multiplying or as exact
fractions — never a float (docs/pv-models.md §3: "percentages are compared exactly").
"""

from __future__ import annotations

from gmpy2 import mpq

SWAP_MIN_RATIO = mpq(2)
"""Of the two candidates (or lists) in a possible swap, the rest of the municipality leads one to
expect at least twice as many votes for the one as for the other here. Two candidates with about
the same support trade places by chance all the time; only a clear order can look reversed."""

SWAP_MIN_GAP = 20
"""And at least 20 votes more. Below that, a candidate of a village list who gets a dozen votes in
their own village while a candidate from elsewhere gets none there looks like a swap too (West Maas
en Waal 2022 has several); twenty votes rarely move a seat or a preference place either way."""

SWAP_REVERSED_ELSEWHERE = 0
"""The reversal is seen in this station only: in no other station (at most this many) did the one
expected to have fewer get more. Where a candidate beats the list leader in two stations (a village
with two polling stations, or an early-voting day in the same building), that is a local
preference, not a typing error."""

SWAP_MIN_MISFIT = mpq(25)
"""The numbers as typed are far from what the rest of the municipality leads one to expect: the
chi-square distance over the two numbers (Σ (observed − expected)² / expected) is at least 25,
i.e. as far as five standard deviations of one count."""

SWAP_FIT_FACTOR = mpq(10)
"""And with the two numbers exchanged they fit at least ten times better (the distance is at most a
tenth). A real swap fits almost perfectly when exchanged; a candidate who is simply popular in one
village, or a list leader less popular there, does not."""

SHARE_RELATIVE = mpq(1, 2)
"""A list's share of the votes in a station differs by half or more (relative) from its share in
the whole municipality (docs/pv-models.md §3; the Kiesraad's own after-the-fact check)."""

SHARE_MIN_MISFIT = mpq(9)
"""The difference is not chance: (votes − expected)² ≥ 9 · expected, i.e. at least three standard
deviations of a count of that size. A small list in a small station easily doubles or halves."""

SHARE_BEYOND_ELSEWHERE = 0
"""The station is the only one beyond the same fence for that list (at most this many others).
Where several are (a party strong in a few neighbourhoods, a village and its early-voting day), the
pattern is local support, not a miscount in one station."""

FENCE = mpq(3)
"""Tukey's "far out" fence: below the lower quartile minus three times the interquartile range, or
above the upper quartile plus three times it. Used for a list's share (across the stations) and for
turnout: a station is only unusual when it is unusual among the municipality's own stations, which
absorbs the ordinary spread between neighbourhoods."""

LOCAL_VOTES = mpq(1, 4)
"""A list is local when the stations that gave it half its votes together hold at most a quarter of
the municipality's valid votes (a village list). Its share in other places says nothing about a
count: it is left out of the share comparison, and named as such."""

TURNOUT_MIN_STATIONS = 5
"""Turnout is compared only among at least five stations whose eligible voters are known: with fewer,
quartiles mean nothing."""
