"""The common base of every domain model: frozen, no unknown fields."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """An immutable value: equal fields, equal value; unknown fields are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")
