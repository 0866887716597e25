"""Fixtures for the sitting tests: the three-station election of tests/app (its fixtures, shared),
and the sittings service over it."""

from __future__ import annotations

import pytest

from kieskring.app.entry import DataEntry
from kieskring.app.sittings import Sittings
from kieskring.app.users import Users
from kieskring.storage import Store
from tests.app.conftest import admin, coordinator, entry, store, typist1, typist2, users

__all__ = ["admin", "coordinator", "entry", "store", "typist1", "typist2", "users"]


@pytest.fixture
def sittings(store: Store, users: Users, entry: DataEntry) -> Sittings:
    return Sittings(store, users, entry)
