"""Who is acting from where: context the audit log records without every service passing it along.

:data:`workstation` names the workstation (a laptop's name, a LAN client) on whose behalf the current
call runs. The session layer sets it per call, a LAN server per request; a context variable keeps
threads and asyncio tasks apart. :func:`kieskring.storage.database.append_audit` writes it into every
audit entry's payload while it is set (issue 12 D).
"""

from __future__ import annotations

from contextvars import ContextVar

workstation: ContextVar[str | None] = ContextVar("uitslag_workstation", default=None)
"""The workstation of the current call, or ``None`` (then the payload has no ``workstation``)."""
