"""Fixtures for the sitting tests: the three-station election of tests/app, its services, users."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kieskring.app.entry import DataEntry
from kieskring.app.setup import save_setup
from kieskring.app.sittings import Sittings
from kieskring.app.users import Role, User, Users
from kieskring.storage import Store
from tests.app.support import PASSWORD, SETUP, cheap_hasher


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "verkiezing.sqlite") as opened:
        yield opened


@pytest.fixture
def users(store: Store) -> Users:
    return Users(store, cheap_hasher())


@pytest.fixture
def admin(users: Users) -> User:
    return users.create_administrator("beheer", "Beheerder", PASSWORD)


@pytest.fixture
def coordinator(users: Users, admin: User) -> User:
    return users.create_user(admin, "coord", "Coördinator", Role.COORDINATOR, PASSWORD)


@pytest.fixture
def typist1(users: Users, admin: User) -> User:
    return users.create_user(admin, "anna", "Anna", Role.INVOERDER, PASSWORD)


@pytest.fixture
def typist2(users: Users, admin: User) -> User:
    return users.create_user(admin, "bram", "Bram", Role.INVOERDER, PASSWORD)


@pytest.fixture
def entry(store: Store, users: Users, admin: User) -> DataEntry:
    save_setup(store, users, admin, SETUP)
    return DataEntry(store, users)


@pytest.fixture
def sittings(store: Store, users: Users, entry: DataEntry) -> Sittings:
    return Sittings(store, users, entry)
