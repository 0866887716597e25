"""What the server's one worker thread does with a request (issue 14): the SQLite database is used by
this thread only, one call at a time, in arrival order (the Backend is not thread-safe; SQLite has one
writer).

Per request: a retry gets its earlier answer (:mod:`.requests`); the airgap gate may refuse a typist's
call (:mod:`.gate`); then the dispatcher runs it — session, role, workstation, JSON — with the request id
written in the transaction of every change it confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher

from kieskring.app.airgap import AirgapReport
from kieskring.app.api import wire
from kieskring.app.api.backend import Backend
from kieskring.app.api.dispatch import Request
from kieskring.storage import context

from .gate import SERVER, Gate, data_entry_calls
from .requests import Answers, RequestId, already_applied, recorder, was_applied

RESTORE_CALLS = frozenset({"restore_backup"})


@dataclass(frozen=True)
class Incoming:
    """One request as the HTTP layer received it."""

    request: Request
    request_id: RequestId | None
    airgap: AirgapReport | None


class LanService:
    """The database side of the server; every method runs on the worker thread."""

    def __init__(
        self,
        database: Path,
        *,
        allow_network: bool,
        server_name: str,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self.backend = Backend(database, hasher=hasher)
        self.gate = Gate(
            data_entry_calls(self.backend.dispatcher.endpoints.values()),
            allow_network=allow_network,
            server_name=server_name,
        )
        self.answers = Answers()
        self.gate.start(self.backend.store)

    def note_server(self, report: AirgapReport | None) -> None:
        """The serving laptop's own airgap check (periodic; ``None``: the check failed)."""
        self.gate.note(self.backend.store, SERVER, report)

    def answer(self, incoming: Incoming) -> bytes:
        """The answer to one request (never raises: the dispatcher answers defects too)."""
        request, rid = incoming.request, incoming.request_id
        if rid is not None:
            earlier = self.answers.get(rid)
            if earlier is not None:
                return earlier
            if was_applied(self.backend.store, rid):
                return already_applied()
        refused = self.gate.refusal(
            self.backend.store, request.method, request.workstation or "?", incoming.airgap
        )
        if refused is not None:
            return wire.error_envelope(refused)
        token = context.in_transaction.set(
            None if rid is None else recorder(rid, request.method, self.backend.clock().isoformat())
        )
        try:
            answer = self.backend.dispatcher.handle(request)
        finally:
            context.in_transaction.reset(token)
        if request.method in RESTORE_CALLS:
            self.answers.clear()
        if rid is not None:
            self.answers.put(rid, answer)
        return answer

    def close(self) -> None:
        """Close the database (everything confirmed is on disk)."""
        self.backend.close()
