"""The election categories of EML_NL: one table of what each category is, read by the 110a reader,
the app's set-up, ``uitslag result`` and the ``uitslag allocate`` contract.

The law of the seat allocation per category (P 7 lid 2, P 9, the preference thresholds of P 15 and
Y 23a) is :data:`seat_allocation.rules.LAW`; this table adds what EML_NL and the count forms need:

- ``subcategories`` and how one is chosen (``split``): by the number of seats (``GR1``/``AB1``
  below 19, ``GR2``/``AB2`` from 19, as the Kiesraad's EML_NL defines them, following the 19-seat
  line of Kieswet P 7, P 8 and P 15), by the number of kieskringen (``PS1`` one, ``PS2`` several)
  or one fixed value (``TK``, ``EK``, ``EP``, ``ER1``); the Kiesraad's importer (Abacus) refuses a
  subcategory of another category.
- ``seats``: the range of ``kr:NumberOfSeats`` the law allows, with its article (``odd``: only odd
  numbers occur).
- ``domain``: whether a 110a must name the ``kr:ElectionDomain`` (the municipality, water board,
  province or island elected for; the Kiesraad's importer refuses a GR, AB or PS definition
  without one).
- ``voter_passes``: whether field C (kiezerspassen) exists on the count forms: not at municipal and
  island council elections (Kieswet K 1: a voter pass lets one vote elsewhere in the area elected
  for; chain.md §2).
- ``allocation``: the category's chapter P rules, or ``None`` when Uitslag does not allocate its
  seats (the Eerste Kamer: weighted votes of provincial councils, Kieswet chapter U).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from seat_allocation.rules import LARGE_BODY, Category, Rules

Split = Literal["seats", "kieskringen", "fixed"]


@dataclass(frozen=True)
class CategoryFacts:
    """What one ``ElectionCategory`` is (see the module docstring for each field)."""

    code: str
    name: str
    subcategories: tuple[str, ...]
    split: Split
    seats: tuple[int, int]
    odd: bool
    seats_article: str
    domain: bool
    voter_passes: bool
    allocation: Category | None


CATEGORIES: Mapping[str, CategoryFacts] = {
    "GR": CategoryFacts(
        "GR", "gemeenteraad", ("GR1", "GR2"), "seats", (9, 45), True,
        "art. 8 Gemeentewet", True, False, Category.GR,
    ),
    "AB": CategoryFacts(
        "AB", "algemeen bestuur waterschap", ("AB1", "AB2"), "seats", (9, 30), False,
        "art. 12 Waterschapswet (18–30 leden, waarvan ten hoogste 9 geborgd)", True, True,
        Category.AB,
    ),
    "ER": CategoryFacts(
        "ER", "eilandsraad", ("ER1",), "fixed", (5, 9), True,
        "art. 50 Wet openbare lichamen Bonaire, Sint Eustatius en Saba", True, False, Category.ER,
    ),
    "PS": CategoryFacts(
        "PS", "provinciale staten", ("PS1", "PS2"), "kieskringen", (39, 55), True,
        "art. 8 Provinciewet", True, True, Category.PS,
    ),
    "TK": CategoryFacts(
        "TK", "Tweede Kamer", ("TK",), "fixed", (150, 150), False,
        "art. 51 lid 2 Grondwet", False, True, Category.TK,
    ),
    "EK": CategoryFacts(
        "EK", "Eerste Kamer", ("EK",), "fixed", (75, 75), False,
        "art. 51 lid 3 Grondwet", False, False, None,
    ),
    "EP": CategoryFacts(
        "EP", "Europees Parlement", ("EP",), "fixed", (6, 96), False,
        "art. 14 lid 2 Verdrag betreffende de Europese Unie", False, True, Category.EP,
    ),
}  # fmt: skip
"""Every category Uitslag reads a definition of (``NR``, ``PR``, ``LR`` and ``IR`` are not)."""


def facts(category: str) -> CategoryFacts | None:
    """The facts of ``category``, or ``None`` for a category not in :data:`CATEGORIES`."""
    return CATEGORIES.get(category)


def expected_subcategory(found: CategoryFacts, seats: int, kieskringen: int) -> str | None:
    """The subcategory a definition of ``seats`` seats and ``kieskringen`` kieskringen must have;
    ``None`` when either fits (a PS definition without kieskringen in its tree)."""
    match found.split:
        case "seats":
            return found.subcategories[0 if seats < LARGE_BODY else 1]
        case "kieskringen":
            return None if kieskringen == 0 else found.subcategories[0 if kieskringen == 1 else 1]
        case "fixed":
            return found.subcategories[0]


def seats_fit(found: CategoryFacts, seats: int) -> bool:
    """Whether ``seats`` lies in the category's range (and is odd where the law has only odd)."""
    low, high = found.seats
    return low <= seats <= high and (seats % 2 == 1 or not found.odd)


def allocation_rules(category: str, *, law_36641: bool = False) -> Rules | None:
    """The chapter P rules of ``category``, or ``None`` when Uitslag does not allocate its seats."""
    found = facts(category)
    if found is None or found.allocation is None:
        return None
    return Rules.for_category(found.allocation, law_36641=law_36641)


def preference_threshold(category: str, seats: int) -> int | None:
    """The voorkeurdrempel (percent of the kiesdeler) a definition must state: the one the
    allocation applies (Kieswet P 15 lid 1–2, Y 23a); ``None`` when Uitslag does not allocate."""
    rules = allocation_rules(category)
    return None if rules is None else rules.preference_percentage(seats)


def has_voter_passes(category: str) -> bool:
    """Whether the count forms of ``category`` have field C (kiezerspassen)."""
    found = facts(category)
    return found is None or found.voter_passes


ALLOCATED: tuple[str, ...] = tuple(c.code for c in CATEGORIES.values() if c.allocation)
"""The categories Uitslag allocates seats for, in table order."""
