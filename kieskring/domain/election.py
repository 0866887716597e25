"""The election itself: identity (as in every EML header) and definition (EML 110a).

Categories and subcategories follow the Kieswet and EML_NL (chain.md §1): GR1/AB1 below 19 seats
(art. P 15 Kieswet: preference threshold 50 %), GR2/AB2 from 19 seats (threshold 25 %), PS1/PS2 one or
more kieskringen; TK, EK, EP and ER without a suffix.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from kieskring.domain.base import Frozen

Category = Literal["GR", "AB", "ER", "PS", "TK", "EK", "EP", "NR", "PR", "LR", "IR"]
"""``ElectionCategory`` values of EML_NL (the last four are referendum/other, never produced here)."""


class Domain(Frozen):
    """``kr:ElectionDomain``: the area elected for; ``id`` is absent in some 110a (PS)."""

    id: str | None = None
    name: str = ""


class ElectionIdentity(Frozen):
    """``ElectionIdentifier`` as repeated in each EML message (110a, 230b, 510, 520).

    Optional parts are ``None`` when the element is absent, so writers can reproduce the file.
    """

    id: str
    name: str
    category: Category
    subcategory: str
    domain: Domain | None = None
    date: dt.date
    nomination_date: dt.date | None = None


class Authority(Frozen):
    """``ManagingAuthority/AuthorityIdentifier``: ``CSB``, ``HSB<n>``, a CBS code or ``SB<n>``."""

    id: str
    name: str = ""


class Region(Frozen):
    """One ``kr:Region`` of the 110a ``kr:ElectionTree`` (STAAT, KIESKRING, GEMEENTE, …)."""

    number: str
    category: str
    name: str
    superior_number: str | None = None
    superior_category: str | None = None
    committees: tuple[str, ...] = ()


class Election(Frozen):
    """An election as defined by its EML 110a (Verkiezingsdefinitie).

    ``seats`` is ``kr:NumberOfSeats``; ``preference_threshold`` the percentage of the quota a candidate
    needs to be elected on preference votes (art. P 15 Kieswet: 25, or 50 for GR1/AB1).
    ``kieskringen`` maps the kieskring number to its name, in the order of the tree.
    """

    identity: ElectionIdentity
    contest_id: str
    seats: int
    preference_threshold: int
    regions: tuple[Region, ...] = ()
    registered_parties: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """The election id (``ElectionIdentifier Id``), e.g. ``TK2021``."""
        return self.identity.id

    @property
    def kieskringen(self) -> tuple[tuple[str, str], ...]:
        """``(number, name)`` of every KIESKRING region; empty for single-district elections."""
        return tuple((r.number, r.name) for r in self.regions if r.category == "KIESKRING")
