"""The serving side of one installation: the database, the services over it, the sessions and the
dispatcher that every call goes through (on one laptop and on a LAN alike)."""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher

from kieskring.app.entry import DataEntry
from kieskring.app.sittings import Sittings
from kieskring.app.users import Users
from kieskring.storage import Store
from kieskring.storage.database import Clock, utc_now

from .account import AccountArea
from .admin import AdminArea
from .chain import ChainArea
from .coordinator import CoordinatorArea
from .dispatch import Dispatcher, endpoint_rule
from .followup import FollowupArea
from .lan import LanArea
from .sessions import Sessions
from .typist import TypistArea

AREAS = (AccountArea, TypistArea, CoordinatorArea, AdminArea, ChainArea, FollowupArea, LanArea)
"""Every area of the interface."""


def refresh_calls() -> frozenset[str]:
    """The calls that are automatic refreshes: they never keep a session alive, and the screens do
    not count them as the user's activity either (docs/app.md §3.1)."""
    return frozenset(
        name
        for area in AREAS
        for name in dir(area)
        if (rule := endpoint_rule(getattr(area, name))) is not None and rule.refresh
    )


class Backend:
    """One open installation database with its services; not thread-safe (one caller at a time —
    a LAN server runs every call on one worker)."""

    def __init__(
        self, path: Path, *, hasher: PasswordHasher | None = None, clock: Clock = utc_now
    ) -> None:
        self.path = Path(path)
        self.hasher = hasher
        self.clock = clock
        self.use(Store(self.path, clock=clock))
        self.dispatcher = Dispatcher(lambda: self.sessions, tuple(area(self) for area in AREAS))

    def use(self, store: Store) -> None:
        """Serve ``store`` (at start, and after a restore replaced the database)."""
        self.store = store
        self.users = Users(store, self.hasher)
        self.entry = DataEntry(store, self.users)
        self.sittings = Sittings(store, self.users, self.entry)
        self.sessions = Sessions(store, self.users)

    def close(self) -> None:
        """Close the database (everything confirmed is on disk already)."""
        self.store.close()
