"""The one interface between the screens and the services (issues 13 and 14).

The screens hold an :class:`AppApi` and nothing else: ``open_local(path)`` serves an installation
database in this process (one laptop); a LAN client gets the same interface over HTTPS. Every call goes
through the same dispatcher: a live session, the role the call allows (reads included), the
workstation in the audit log, JSON both ways.
"""

from __future__ import annotations

import socket
from pathlib import Path

from argon2 import PasswordHasher

from kieskring.storage.database import Clock, utc_now

from .backend import Backend
from .client import AppApi, proxy
from .http_transport import connect_server
from .transport import Connection, LocalTransport
from .vocabulary import (
    Counting,
    DifferenceResolution,
    EntryState,
    ErrorResolution,
    GsbOutputs,
    OutputFile,
    Problem,
    Role,
    SessionState,
    Severity,
    StationSetup,
    UserError,
)

__all__ = [
    "AppApi",
    "Backend",
    "Connection",
    "Counting",
    "DifferenceResolution",
    "EntryState",
    "ErrorResolution",
    "GsbOutputs",
    "OutputFile",
    "Problem",
    "Role",
    "SessionState",
    "Severity",
    "StationSetup",
    "UserError",
    "connect_server",
    "open_local",
]
"""The screens import from here (and from this package's modules) only: the values they pass and
compare (roles, states, choices) and the error every call may raise — the words themselves are in
:mod:`.vocabulary`."""


def open_local(
    path: Path,
    *,
    workstation: str | None = None,
    hasher: PasswordHasher | None = None,
    clock: Clock = utc_now,
) -> AppApi:
    """The interface to the installation database at ``path`` (created when missing), served here."""
    backend = Backend(path, hasher=hasher, clock=clock)
    name = workstation or socket.gethostname() or "deze laptop"
    connection = Connection("local", str(Path(path).resolve()), name)
    return proxy(LocalTransport(backend.dispatcher, connection, backend.close))
