"""A retried request is applied once (issue 14, "idempotency keys").

A client names every request ``<client>.<n>`` (:class:`~kieskring.app.api.http_transport.RequestIds`)
and sends a retry under the same name. The server keeps two things:

* **durably**, in the same transaction as the change itself, that the request was applied: every
  :meth:`~kieskring.storage.Store.confirm` of the call also writes the id into ``applied_requests``
  (through :data:`kieskring.storage.context.in_transaction`). Either the change and its id are on disk
  together, or neither is;
* **in memory**, the last answer per client (a client waits for one answer at a time, so a retry is
  always of its last request).

A retry whose answer is in memory gets that answer again; a retry of a request applied before the server
restarted (answer lost with the process) gets ``NET.ALREADY_APPLIED`` — the screen reloads what it
shows; any other retry simply runs (nothing of it was applied).
"""

from __future__ import annotations

import re
import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from kieskring.app.api import wire
from kieskring.errors import Problem, UserError
from kieskring.storage import Store

_ID = re.compile(r"([0-9a-f]{32})\.([1-9][0-9]{0,17})")
MAX_CLIENTS = 1024
"""How many clients' last answers are kept (a room has tens of workstations)."""


@dataclass(frozen=True)
class RequestId:
    """A client's request: its client part and sequence number."""

    client: str
    number: int

    def __str__(self) -> str:
        return f"{self.client}.{self.number}"


def parse_request_id(value: str) -> RequestId | None:
    """``<32 hex>.<n>``, or ``None`` when the header is missing or malformed."""
    found = _ID.fullmatch(value)
    return RequestId(found.group(1), int(found.group(2))) if found else None


def recorder(request: RequestId, method: str, at: str) -> Callable[[sqlite3.Connection], None]:
    """What every confirmed action of this request also writes: the request id (once)."""

    def record(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT OR IGNORE INTO applied_requests (request_id, method, at) VALUES (?, ?, ?)",
            (str(request), method, at),
        )

    return record


def was_applied(store: Store, request: RequestId) -> bool:
    """Whether a confirmed action of ``request`` is in the database."""
    rows = store.query("SELECT 1 FROM applied_requests WHERE request_id = ?", (str(request),))
    return bool(rows)


def already_applied() -> bytes:
    """The answer to a retry of a request applied before the server restarted."""
    return wire.error_envelope(
        UserError(
            (
                Problem(
                    "NET.ALREADY_APPLIED",
                    "je opdracht was al uitgevoerd voordat de verbinding wegviel; "
                    "het scherm laat nu zien hoe het ervoor staat",
                    "your request had already been carried out before the connection dropped; "
                    "the screen now shows where things stand",
                ),
            )
        )
    )


class Answers:
    """The last answer of each client, for a retry whose answer was lost on the way."""

    def __init__(self, limit: int = MAX_CLIENTS) -> None:
        self.limit = limit
        self._last: OrderedDict[str, tuple[int, bytes]] = OrderedDict()

    def get(self, request: RequestId) -> bytes | None:
        """The answer to ``request`` if it is its client's last one."""
        found = self._last.get(request.client)
        return found[1] if found is not None and found[0] == request.number else None

    def put(self, request: RequestId, answer: bytes) -> None:
        """Keep ``answer`` as its client's last."""
        self._last[request.client] = (request.number, answer)
        self._last.move_to_end(request.client)
        while len(self._last) > self.limit:
            self._last.popitem(last=False)

    def clear(self) -> None:
        """Forget every answer (after a restore: the database they describe is gone)."""
        self._last.clear()
