"""The domain models are frozen, reject unknown fields and negative votes, and derive PV fields."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from kieskring.domain import ElectionIdentity, ListVotes, Uncounted, VoteCounts


def _counts() -> VoteCounts:
    lists = (ListVotes(number=1, name="A", votes=5), ListVotes(number=2, name="B", votes=7))
    return VoteCounts(
        lists=lists,
        cast=100,
        total_counted=12,
        invalid=1,
        blank=2,
        uncounted=(Uncounted(reason="toegelaten kiezers", count=15),),
    )


def test_fields_are_derived_from_the_pv_identities() -> None:
    counts = _counts()
    assert counts.candidate_total == 12
    assert counts.ballots == 15  # H = E + F + G
    assert counts.admitted == 15
    assert counts.reason("geldige kiezerspassen") is None


def test_models_are_frozen_and_forbid_unknown_fields() -> None:
    counts = _counts()
    with pytest.raises(ValidationError):
        counts.blank = 3  # type: ignore[misc]
    with pytest.raises(ValidationError):
        ElectionIdentity(
            id="X", name="X", category="GR", subcategory="GR1", date=dt.date(2022, 3, 16), extra=1
        )  # type: ignore[call-arg]


def test_votes_are_non_negative() -> None:
    with pytest.raises(ValidationError):
        ListVotes(number=1, name="A", votes=-1)
