"""The one interface object the screens use (:class:`AppApi`), on one laptop or against a server.

:class:`AppApi` lists every call the screens can make, by area. :class:`ApiProxy` implements all of
them the same way: the arguments are converted to JSON by the call's signature, sent through a
:class:`~kieskring.app.api.transport.Transport`, and the answer converted back (or its problems raised
as a :class:`~kieskring.errors.UserError`). The proxy keeps the session token after login; a screen
never sees it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import cache
from typing import Any, Protocol, cast

from . import wire
from .account import AccountApi
from .admin import AdminApi
from .chain import ChainApi
from .coordinator import CoordinatorApi
from .dispatch import Request
from .followup import FollowupApi
from .lan import LanApi
from .transport import Connection, Transport
from .typist import TypistApi
from .views import LoginResult


class AppApi(
    AccountApi, TypistApi, CoordinatorApi, AdminApi, ChainApi, FollowupApi, LanApi, Protocol
):
    """Every call of every screen (the areas' protocols together), and where the services run."""

    @property
    def connection(self) -> Connection:
        """Local (this laptop) or the serving laptop's address, and this workstation's name."""
        ...

    def close(self) -> None:
        """Close the connection (and, on one laptop, the database)."""
        ...


@cache
def remote_calls() -> frozenset[str]:
    """The names of the calls that go to the serving side (every method of the area protocols)."""
    local = {"connection", "close"}
    return frozenset(
        name
        for base in (AccountApi, TypistApi, CoordinatorApi, AdminApi, ChainApi, FollowupApi, LanApi)
        for name, member in vars(base).items()
        if inspect.isfunction(member) and not name.startswith("_") and name not in local
    )


@cache
def _signature(name: str) -> tuple[inspect.Signature, Any]:
    function = getattr(AppApi, name)
    return inspect.signature(function), wire.hints(function)


class ApiProxy:
    """Implements :class:`AppApi` over a transport."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self._token: str | None = None

    @property
    def connection(self) -> Connection:
        """Where the services run."""
        return self._transport.connection

    def close(self) -> None:
        """Close the transport."""
        self._transport.close()

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name not in remote_calls():
            raise AttributeError(name)

        def call(*args: Any, **kwargs: Any) -> Any:
            return self._call(name, args, kwargs)

        call.__name__ = name
        return call

    def _call(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        signature, hints = _signature(name)
        bound = signature.bind(None, *args, **kwargs)
        bound.apply_defaults()
        params = {
            key: wire.dump(hints[key], value)
            for key, value in bound.arguments.items()
            if key != "self"
        }
        request = Request(
            name, wire.encode(params), self._token, self._transport.connection.workstation
        )
        try:
            result = wire.open_envelope(self._transport.send(request), hints["return"], name)
        finally:
            if name == "logout":
                self._token = None
        if isinstance(result, LoginResult):
            self._token = result.token
        return result


def proxy(transport: Transport) -> AppApi:
    """The interface object over ``transport``."""
    return cast(AppApi, ApiProxy(transport))
