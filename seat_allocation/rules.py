"""Election categories as parameters: which residual-seat method, threshold and preference rule apply.

The category decides the rules once, here, in one table (:data:`LAW`); the algorithm reads the
resulting :class:`Rules` and never asks "is this a TK election?" itself (Kieswet P 7, P 8, P 9,
P 15, Y 23a; bill 36 641). The facts of EML_NL and the app about each category (subcategories,
seat ranges, count fields) build on this table in :mod:`kieskring.domain.categories`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    """The kinds of election Uitslag allocates seats for."""

    GR = "GR"  # gemeenteraad
    AB = "AB"  # algemeen bestuur waterschap
    ER = "ER"  # eilandsraad
    PS = "PS"  # provinciale staten
    TK = "TK"  # Tweede Kamer
    EP = "EP"  # Europees Parlement


LARGE_BODY = 19
"""P 7 lid 1 / P 8 lid 1: from 19 seats on, residual seats go by highest averages."""


@dataclass(frozen=True)
class CategoryLaw:
    """What chapter P says differently per category (the articles in :data:`LAW`'s comments).

    - ``residual_requires_quota``: only lists whose stemcijfer reaches the kiesdeler take part in
      the residual seats (Kieswet P 7 lid 2: the Tweede Kamer, and the European Parliament, for
      which afdeling V of the Kieswet applies chapter P with "Europees Parlement" read for
      "Tweede Kamer").
    - ``preference_large`` / ``preference_small``: the voorkeurdrempel in percent of the kiesdeler
      for bodies of at least / fewer than 19 seats (Kieswet P 15 lid 1 and 2; the European
      Parliament 10% whatever its size, Kieswet Y 23a).
    - ``absolute_majority``: whether P 9 applies.
    """

    residual_requires_quota: bool
    preference_large: int
    preference_small: int
    absolute_majority: bool


LAW: Mapping[Category, CategoryLaw] = {
    # P 7 lid 1, P 8, P 9, P 15 lid 1 (25%) and lid 2 (50% below 19 seats).
    Category.GR: CategoryLaw(False, 25, 50, True),
    Category.AB: CategoryLaw(False, 25, 50, True),
    Category.ER: CategoryLaw(False, 25, 50, True),
    Category.PS: CategoryLaw(False, 25, 50, True),
    # P 7 lid 2: only lists reaching the kiesdeler take part in the residual seats.
    Category.TK: CategoryLaw(True, 25, 50, True),
    # P 7 lid 2 as at the Tweede Kamer (afdeling V applies chapter P to the European Parliament);
    # Y 23a: 10% of the kiesdeler instead of P 15's 25%.
    Category.EP: CategoryLaw(True, 10, 10, True),
}
"""The law per category: the one place chapter P's category differences are written down."""


@dataclass(frozen=True)
class Rules:
    """The parameters of chapter P that differ between categories.

    - ``residual_requires_quota``: only lists whose stemcijfer reaches the kiesdeler take part in
      the residual seats (Kieswet P 7 lid 2 for the TK and the EP; every category under bill
      36 641).
    - ``remainder_threshold``: the share of the kiesdeler a list needs for a residual seat by
      largest remainder (Kieswet P 8 lid 2: 3/4).
    - ``preference_percentage_large`` / ``_small``: the voorkeurdrempel as a percentage of the
      kiesdeler for bodies of at least / fewer than 19 seats (Kieswet P 15 lid 1 and 2; EP: 10%,
      Kieswet Y 23a).
    - ``absolute_majority``: whether P 9 applies.
    """

    category: Category
    residual_requires_quota: bool = False
    remainder_threshold_numerator: int = 3
    remainder_threshold_denominator: int = 4
    preference_percentage_large: int = 25
    preference_percentage_small: int = 50
    absolute_majority: bool = True
    law_36641: bool = False

    @classmethod
    def for_category(cls, category: Category, *, law_36641: bool = False) -> Rules:
        """The rules in force for ``category`` (:data:`LAW`); ``law_36641`` switches on the
        pending bill 36 641 (a full kiesdeler needed for any residual seat, every category)."""
        law = LAW[category]
        return cls(
            category,
            law.residual_requires_quota or law_36641,
            3,
            4,
            law.preference_large,
            law.preference_small,
            law.absolute_majority,
            law_36641,
        )

    @staticmethod
    def large_body(seats: int) -> bool:
        """Kieswet P 7 lid 1 / P 8 lid 1: a body of 19 seats or more."""
        return seats >= LARGE_BODY

    def preference_percentage(self, seats: int) -> int:
        """The voorkeurdrempel in percent of the kiesdeler (Kieswet P 15 lid 1–2, Y 23a)."""
        if self.large_body(seats):
            return self.preference_percentage_large
        return self.preference_percentage_small
