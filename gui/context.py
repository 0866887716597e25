"""What every screen shares: the open installation database and the services over it.

No business rules here: the screens only call :mod:`kieskring.app`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher

from kieskring.app.backup import restore_backup
from kieskring.app.entry import DataEntry
from kieskring.app.users import User, Users
from kieskring.storage import Store


@dataclass
class AppContext:
    """The database, the services and who is logged in."""

    store: Store
    users: Users
    entry: DataEntry
    user: User | None = field(default=None)

    @classmethod
    def open(cls, path: Path, hasher: PasswordHasher | None = None) -> AppContext:
        """Open (or create) the installation database at ``path``."""
        store = Store(path)
        users = Users(store, hasher)
        return cls(store, users, DataEntry(store, users))

    def current(self) -> User:
        """The logged-in user (screens are only reachable after login)."""
        assert self.user is not None
        return self.user

    def restore(self, backup: Path) -> None:
        """Replace the database by ``backup`` (checked by the service) and log everyone out.

        Whatever happens, the services afterwards work on an open database at the same place."""
        path, clock = self.store.path, self.store.clock
        try:
            self._use(restore_backup(self.store, self.users, self.current(), backup))
            self.user = None
        finally:
            if not self.store.is_open():
                self._use(Store(path, clock=clock))
                self.user = None

    def _use(self, store: Store) -> None:
        self.store = store
        self.users = Users(store, self.users.hasher)
        self.entry = DataEntry(store, self.users)
