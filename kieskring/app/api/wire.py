"""What crosses the interface: every call's parameters and result as JSON, typed by the signatures.

Both modes use it — on one laptop (:mod:`kieskring.app.api.transport`) as on a LAN — so the screens meet
exactly the same data, checks and errors whichever way they are connected. Values are converted with
pydantic's ``TypeAdapter`` of the annotation (frozen dataclasses, enums, tuples, ``bytes`` as base64).
An error is an envelope of :class:`~kieskring.errors.Problem` s, raised again as a
:class:`~kieskring.errors.UserError` on the other side.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, get_type_hints

from pydantic import ConfigDict, TypeAdapter, ValidationError

from kieskring.errors import Problem, UserError

_CONFIG = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")


@cache
def adapter(annotation: Any) -> TypeAdapter[Any]:
    """The converter for one annotation (cached: built once per type)."""
    try:
        return TypeAdapter(annotation, config=_CONFIG)
    except Exception:  # dataclasses and models carry their own config
        return TypeAdapter(annotation)


@cache
def hints(function: Callable[..., Any]) -> Mapping[str, Any]:
    """The resolved annotations of a function (parameters and ``return``)."""
    return get_type_hints(function)


def dump(annotation: Any, value: Any) -> Any:
    """``value`` as JSON-ready data."""
    return adapter(annotation).dump_python(value, mode="json")


def load(annotation: Any, data: Any, what: str) -> Any:
    """JSON data as a value of ``annotation``; a coded problem when it does not fit."""
    try:
        return adapter(annotation).validate_python(data, strict=False)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise UserError(
            (
                Problem(
                    "API.BAD_DATA",
                    f"gegevens van '{what}' kloppen niet ({where}: {first['msg']})",
                    f"data of '{what}' do not fit ({where}: {first['msg']})",
                ),
            )
        ) from None


def encode(data: Any) -> bytes:
    """Canonical JSON bytes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def decode(raw: bytes, what: str) -> Any:
    """JSON bytes (an object) as data; a coded problem when it is not JSON."""
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise UserError(
            (Problem("API.BAD_JSON", f"'{what}' is geen geldige JSON", f"'{what}' is not JSON"),)
        ) from None


def result_envelope(annotation: Any, value: Any) -> bytes:
    """A successful call's answer."""
    return encode({"result": dump(annotation, value)})


def error_envelope(error: UserError) -> bytes:
    """A refused call's answer: its problems (both languages) and exit code."""
    problems = [
        {
            "code": p.code,
            "nl": p.message_nl,
            "en": p.message_en,
            "file": p.file,
            "place": p.place,
        }
        for p in error.problems
    ]
    return encode({"problems": problems, "exit_code": error.exit_code})


def open_envelope(raw: bytes, annotation: Any, method: str) -> Any:
    """The result of a call, or its problems raised as a :class:`UserError`."""
    data = decode(raw, method)
    if not isinstance(data, dict) or not ({"result"} <= data.keys() or "problems" in data):
        raise UserError(
            (Problem("API.BAD_ANSWER", f"onverwacht antwoord op '{method}'", "unexpected answer"),)
        )
    if "problems" in data:
        problems = tuple(
            Problem(p["code"], p["nl"], p["en"], p.get("file", ""), p.get("place", ""))
            for p in data["problems"]
        )
        raise UserError(problems, exit_code=int(data.get("exit_code", 1)))
    return load(annotation, data["result"], method)
