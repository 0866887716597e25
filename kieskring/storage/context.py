"""Who is acting, for the audit log: the workstation of the current call (set per call by the app's
interface layer or a LAN server's request handler; ``None`` outside a call)."""

from __future__ import annotations

from contextvars import ContextVar

workstation: ContextVar[str | None] = ContextVar("workstation", default=None)
