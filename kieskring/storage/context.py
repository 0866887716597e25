"""Who is acting, for the audit log: the workstation of the current call (set per call by the app's
interface layer or a LAN server's request handler; ``None`` outside a call).

And what must be written inside the transaction of every confirmed action of the current call
(:data:`in_transaction`): a LAN server records the call's request id there, in the same transaction as
the action, so that a retried request is recognised as already applied (``kieskring.server.requests``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextvars import ContextVar

workstation: ContextVar[str | None] = ContextVar("workstation", default=None)

in_transaction: ContextVar[Callable[[sqlite3.Connection], None] | None] = ContextVar(
    "in_transaction", default=None
)
"""Called with the connection inside each :meth:`~kieskring.storage.Store.confirm` transaction of the
current call, before its audit entry (``None``: nothing to add)."""
