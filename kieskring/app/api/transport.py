"""How a call reaches the serving side. On one laptop the dispatcher runs in the same process
(:class:`LocalTransport`); on a LAN an HTTP transport sends the same bytes to the serving laptop. The
screens never know which: they hold the same interface object either way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .dispatch import Dispatcher, Request


@dataclass(frozen=True)
class Connection:
    """Where the services run, as the title bar says it: ``local`` (this laptop) or ``server`` (the
    address of the serving laptop), and the name of this workstation."""

    mode: str
    where: str
    workstation: str


class Transport(Protocol):
    """Delivers a request and returns the answer's bytes."""

    connection: Connection

    def send(self, request: Request) -> bytes:
        """The serving side's answer to ``request``."""
        ...

    def close(self) -> None:
        """Release what the transport holds (database, connection)."""
        ...


class LocalTransport:
    """The dispatcher in this process: one laptop, its own database."""

    def __init__(
        self, dispatcher: Dispatcher, connection: Connection, close: object = None
    ) -> None:
        self.dispatcher = dispatcher
        self.connection = connection
        self._close = close

    def send(self, request: Request) -> bytes:
        """Handle the request here (through the same JSON as on a LAN)."""
        return self.dispatcher.handle(request)

    def close(self) -> None:
        """Close the backend this transport owns."""
        if callable(self._close):
            self._close()
