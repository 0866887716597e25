"""The ``uitslag allocate`` input as pydantic models, for its published JSON Schema.

The reader of the contract is :mod:`kieskring.allocation.contract_in` (every problem named by its
field, in Dutch); these models describe the same shape for other tools — editors, validators and
other languages — as ``docs/schemas/allocate-input.json`` (``scripts/json_schemas.py``). A test
holds the two to the same fields and the same verdict on generated inputs, so they cannot drift.
Articles: Kieswet P 5–P 19a (seat-allocation.md).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from kieskring.allocation.contract_in import MAX_DIGITS
from seat_allocation.rules import Category

LARGEST = 10**MAX_DIGITS - 1
Count = Annotated[int, Field(ge=0, le=LARGEST)]
Number = Annotated[int, Field(ge=1, le=LARGEST)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)


class CandidateIn(_Strict):
    """One candidate of a list, in list order."""

    number: Number = Field(description="het nummer van de kandidaat op de lijst")
    votes: Count = Field(description="het aantal stemmen op de kandidaat")
    name: str | None = Field(None, description="naam (alleen ter informatie)")


class ListWithCandidates(_Strict):
    """A list given by its candidates: its stemcijfer is the sum of their votes."""

    number: Number = Field(description="het lijstnummer")
    name: str | None = Field(None, description="aanduiding (alleen ter informatie)")
    candidates: list[CandidateIn] = Field(description="de kandidaten, in de volgorde van de lijst")


class ListWithVotes(_Strict):
    """A list given by its stemcijfer and number of candidates (no nomination for that list)."""

    number: Number = Field(description="het lijstnummer")
    name: str | None = Field(None, description="aanduiding (alleen ter informatie)")
    votes: Count = Field(description="het stemcijfer van de lijst")
    candidate_count: Count = Field(description="het aantal kandidaten op de lijst")


class CandidateRefIn(_Strict):
    """A candidate named by list and number (a deceased candidate, or the outcome of a lot)."""

    list_number: Number = Field(alias="list", description="het lijstnummer")
    candidate: Number = Field(description="het nummer van de kandidaat op de lijst")


class PersonRefIn(_Strict):
    """The outcome of a candidate lot inside a lijstengroep: the person by ShortCode."""

    list_number: Number = Field(alias="list", description="het lijstnummer")
    person: str = Field(min_length=1, description="de ShortCode van de kandidaat")


class AllocateInput(_Strict):
    """One election for ``uitslag allocate`` (one per line with ``--jsonl``)."""

    seats: Number = Field(description="het aantal te verdelen zetels")
    category: Category = Field(
        Category.GR,
        description="soort verkiezing; TK voegt P 7 lid 2 toe, EP heeft een eigen voorkeurdrempel",
    )
    lists: list[ListWithCandidates | ListWithVotes] = Field(
        min_length=1, description="de lijsten, in oplopende volgorde van nummer"
    )
    deceased: list[CandidateRefIn] = Field(
        default_factory=list, description="overleden kandidaten (P 19a)"
    )
    lots: list[Number | CandidateRefIn | PersonRefIn] = Field(
        default_factory=list,
        description="de uitkomsten van de lotingen, in de volgorde waarin de berekening erom vroeg",
    )
    law_36641: bool = Field(False, description="wetsvoorstel 36 641 toepassen")
