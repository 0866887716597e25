"""The calls several workstations in one room need besides the others (issue 14; docs/app.md §4):
releasing a stale claim. (Backup and restore from a client are the administrator's and coordinator's
calls in :mod:`.admin`: made on the serving laptop, downloadable as bytes, uploaded and restored.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kieskring.app.users import Role

from .dispatch import Call, endpoint
from .present import state_view
from .views import StateView

if TYPE_CHECKING:
    from .backend import Backend

COORDINATOR = Role.COORDINATOR


class LanApi(Protocol):
    """Calls for working in one room with several workstations."""

    def release_entry(self, station: int, reason: str) -> StateView:
        """Release a stale claim: the unfinished entry is discarded (with the reason in the log)."""
        ...


class LanArea:
    """The serving side of :class:`LanApi`."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    @endpoint(COORDINATOR)
    def release_entry(self, call: Call, station: int, reason: str) -> StateView:
        """Release a stale claim: the unfinished entry of a typist who has gone is discarded, with
        the reason in the audit log, so that another typist can start (docs/pv-models.md §4)."""
        return state_view(self.backend.entry.release(call.user, station, reason).state)
