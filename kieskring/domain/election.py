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

    @property
    def cbs_code(self) -> str:
        """A GEMEENTE region's number as the 4-digit CBS code of its authority (``37`` → ``0037``)."""
        return self.number.zfill(4)


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
    transaction_id: str = "1"
    authority: Authority | None = None
    issue_date: dt.date | None = None
    created: dt.datetime | None = None

    @property
    def id(self) -> str:
        """The election id (``ElectionIdentifier Id``), e.g. ``TK2021``."""
        return self.identity.id

    @property
    def kieskringen(self) -> tuple[tuple[str, str], ...]:
        """``(number, name)`` of every KIESKRING region; empty for single-district elections."""
        return tuple((r.number, r.name) for r in self.regions if r.category == "KIESKRING")

    @property
    def municipalities(self) -> tuple[Region, ...]:
        """Every GEMEENTE region of the tree, in its order (the GSBs of this election)."""
        return tuple(r for r in self.regions if r.category == "GEMEENTE")

    def municipality(self, code: str) -> Region | None:
        """The GEMEENTE region of CBS code ``code`` (``0037`` or ``37``), or ``None``."""
        wanted = code.lstrip("0")
        return next((r for r in self.municipalities if r.number.lstrip("0") == wanted), None)

    def kieskring_of(self, municipality: Region) -> Region | None:
        """The KIESKRING region directly above ``municipality``, when the tree says so."""
        if municipality.superior_category != "KIESKRING":
            return None
        return next(
            (
                r
                for r in self.regions
                if r.category == "KIESKRING" and r.number == municipality.superior_number
            ),
            None,
        )


class PollingStation(Frozen):
    """One ``PollingPlace`` of a 110b: the station's number (``SB<n>``), name and postcode.

    ``eligible_voters`` is the ``PollingStation`` element's content (kiesgerechtigden, Z); the schema
    requires digits, and ``0`` means "not known per station" (voters may vote at any station of their
    municipality, Kieswet chapter J), as ``Cast`` 0 does in a 510b.
    """

    number: int
    name: str
    postal_code: str | None = None
    eligible_voters: int = 0
    channel: str = "polling"


class PollingStations(Frozen):
    """One 110b message: the polling stations of one municipality (its GSB)."""

    identity: ElectionIdentity
    authority: Authority
    unit_name: str = ""
    transaction_id: str = "1"
    issue_date: dt.date | None = None
    created: dt.datetime | None = None
    stations: tuple[PollingStation, ...] = ()
