"""The serving side of the interface: every call is checked against a live session and the role its
endpoint allows — reads included — then runs one service and answers with JSON.

An endpoint is a method ``name(self, call: Call, …) -> Result`` of an *area* (typist, coordinator,
administrator …) marked with :func:`endpoint`; a method without the mark cannot be called at all (fail
closed). The workstation of the session is set for the audit log while the call runs.
"""

from __future__ import annotations

import inspect
import sys
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from kieskring.app.users import Role, User
from kieskring.errors import Problem, UserError
from kieskring.storage import context

from . import wire
from .sessions import Session, Sessions

F = TypeVar("F", bound=Callable[..., Any])
_MARK = "__uitslag_endpoint__"


@dataclass(frozen=True)
class Rule:
    """Who may call an endpoint: the roles (empty: anyone, without a session) and whether a call
    counts as activity (automatic refreshes do not keep a session alive)."""

    roles: frozenset[Role]
    public: bool
    refresh: bool


def endpoint(*roles: Role, public: bool = False, refresh: bool = False) -> Callable[[F], F]:
    """Mark an area's method as callable by ``roles`` (``public=True``: without a session)."""
    if not roles and not public:
        raise ValueError("an endpoint needs roles or public=True")

    def mark(function: F) -> F:
        setattr(function, _MARK, Rule(frozenset(roles), public, refresh))
        return function

    return mark


def endpoint_rule(function: object) -> Rule | None:
    """The rule of an endpoint (None: ``function`` is not one)."""
    rule = getattr(function, _MARK, None)
    return rule if isinstance(rule, Rule) else None


@dataclass(frozen=True)
class Call:
    """Who is calling: the session's user and workstation (and the token's hash, to end it)."""

    user: User
    workstation: str
    session: str


@dataclass(frozen=True)
class Visitor:
    """A caller without a session (the start screen): only the workstation is known."""

    workstation: str


@dataclass(frozen=True)
class Request:
    """One call as it arrives: method name, JSON parameters, the session token, the workstation."""

    method: str
    params: bytes
    token: str | None = None
    workstation: str = ""


@dataclass(frozen=True)
class Endpoint:
    """A bound endpoint, its rule and its signature."""

    name: str
    function: Callable[..., Any]
    rule: Rule
    parameters: Mapping[str, inspect.Parameter]
    hints: Mapping[str, Any]


def collect(areas: Iterable[object]) -> dict[str, Endpoint]:
    """Every marked method of ``areas`` by name (a name used twice is a programming error)."""
    found: dict[str, Endpoint] = {}
    for area in areas:
        for name in dir(type(area)):
            rule = getattr(getattr(type(area), name), _MARK, None)
            if not isinstance(rule, Rule):
                continue
            if name in found:
                raise ValueError(f"endpoint {name} is defined twice")
            function = getattr(type(area), name)
            params = dict(inspect.signature(function).parameters)
            params.pop("self")
            params.pop("visitor" if rule.public else "call")
            found[name] = Endpoint(name, getattr(area, name), rule, params, wire.hints(function))
    return found


def _problem(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


class Dispatcher:
    """Turns requests into endpoint calls."""

    def __init__(self, sessions: Callable[[], Sessions], areas: Iterable[object]) -> None:
        self.sessions = sessions
        self.endpoints = collect(areas)

    def handle(self, request: Request) -> bytes:
        """The answer to one request; never raises (an internal defect is an answer too)."""
        try:
            return self._handle(request)
        except UserError as refused:
            return wire.error_envelope(refused)
        except Exception:  # a defect must not take the server down or show a traceback
            traceback.print_exc(file=sys.stderr)
            return wire.error_envelope(
                UserError(
                    (
                        Problem(
                            "API.INTERNAL",
                            "interne fout: er is niets gewijzigd; meld dit aan de beheerder",
                            "internal defect: nothing was changed; tell the administrator",
                        ),
                    ),
                    exit_code=70,
                )
            )

    def _handle(self, request: Request) -> bytes:
        found = self.endpoints.get(request.method)
        if found is None:
            raise _problem(
                "API.UNKNOWN",
                f"onbekende opdracht '{request.method[:60]}'",
                f"unknown call '{request.method[:60]}'",
            )
        args = self._arguments(found, request.params)
        token = context.workstation.set(request.workstation or None)
        try:
            if found.rule.public:
                result = found.function(Visitor(request.workstation), **args)
            else:
                session = self._session(found, request.token)
                call = Call(session.user, session.workstation, session.token_hash)
                context.workstation.set(session.workstation)
                result = found.function(call, **args)
        finally:
            context.workstation.reset(token)
        return wire.result_envelope(found.hints["return"], result)

    def _session(self, found: Endpoint, token: str | None) -> Session:
        session = self.sessions().check(token, activity=not found.rule.refresh)
        if session.user.role not in found.rule.roles:
            raise _problem(
                "USERS.NOT_PERMITTED",
                "dit mag je met jouw rol niet doen",
                "your role may not do this",
            )
        return session

    def _arguments(self, found: Endpoint, raw: bytes) -> dict[str, Any]:
        data = wire.decode(raw, found.name) if raw else {}
        if not isinstance(data, dict):
            raise _problem("API.BAD_DATA", "parameters ontbreken", "parameters missing")
        unknown = sorted(set(data) - set(found.parameters))
        missing = [
            name
            for name, p in found.parameters.items()
            if name not in data and p.default is inspect.Parameter.empty
        ]
        if unknown or missing:
            raise _problem(
                "API.BAD_DATA",
                f"parameters kloppen niet: onbekend {unknown}, ontbrekend {missing}",
                f"parameters do not fit: unknown {unknown}, missing {missing}",
            )
        return {
            name: wire.load(found.hints[name], value, f"{found.name}.{name}")
            for name, value in data.items()
        }
