"""Who is acting from where: context the audit log records without every service passing it along.

:data:`workstation` names the workstation (a laptop's name, a LAN client) on whose behalf the current
call runs. The session layer sets it per call, a LAN server per request; a context variable keeps
threads and asyncio tasks apart. :func:`kieskring.storage.database.append_audit` writes it into every
audit entry's payload while it is set (issue 12 D).

:data:`in_transaction` is what must be written inside the transaction of every confirmed action of the
current call: a LAN server records the call's request id there, in the same transaction as the action,
so that a retried request is recognised as already applied (``kieskring.server.requests``, issue 14).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextvars import ContextVar

workstation: ContextVar[str | None] = ContextVar("uitslag_workstation", default=None)
"""The workstation of the current call, or ``None`` (then the payload has no ``workstation``)."""

in_transaction: ContextVar[Callable[[sqlite3.Connection], None] | None] = ContextVar(
    "uitslag_in_transaction", default=None
)
"""Called with the connection inside each :meth:`~kieskring.storage.Store.confirm` transaction of the
current call, before its audit entry (``None``: nothing to add)."""
