"""The plain PV data as JSON (for ``uitslag pv MODEL --data DATA.json``), and the model registry.

The JSON shape mirrors the dataclasses in :mod:`kieskring.protocols.data` one to one: an object per
dataclass with its field names as keys, a list per tuple, ``{"numerator": n, "denominator": d}`` per
:class:`Ratio`. Unknown or missing keys and wrong types are reported as :class:`UserError` naming
the path in the JSON (code ``PV.001``), never as a traceback.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols import (
    n10_2,
    na14_2,
    na14_2_bijlage1,
    na31_2,
    na31_2_bijlage1,
    o3,
    p2a,
    p22_1,
    p22_2,
)

MODELS: dict[str, tuple[type[Any], Callable[[Any], bytes]]] = {
    "n10-2": (d.BlankFormData, n10_2.render),
    "na31-2-bijlage1": (d.BlankFormData, na31_2_bijlage1.render),
    "na31-2": (d.GsbReportData, na31_2.render),
    "na14-2": (d.CorrigendumData, na14_2.render),
    "na14-2-bijlage1": (d.CorrigendumFormData, na14_2_bijlage1.render),
    "p2a": (d.SessionReportData, p2a.render),
    "o3": (d.KieskringReportData, o3.render),
    "p22-2": (d.ResultReportData, p22_2.render),
    "p22-1": (d.ResultReportData, p22_1.render),
}


def to_json(obj: Any) -> Any:
    """A dataclass tree as JSON-ready dicts and lists."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [to_json(x) for x in obj]
    return obj


def _bad(path: str, nl: str, en: str, file: str) -> UserError:
    return UserError((Problem("PV.001", nl, en, file=file, place=path),))


def from_json(cls: Any, value: Any, path: str = "$", file: str = "") -> Any:
    """Build ``cls`` (a dataclass, tuple[...] or scalar type) from JSON ``value``, strictly."""
    origin = typing.get_origin(cls)
    if origin is tuple:
        args = typing.get_args(cls)
        if not isinstance(value, list):
            raise _bad(path, "verwacht een lijst", "expected a list", file)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_json(args[0], v, f"{path}[{i}]", file) for i, v in enumerate(value))
        if len(args) != len(value):
            raise _bad(path, f"verwacht {len(args)} waarden", f"expected {len(args)} values", file)
        return tuple(
            from_json(a, v, f"{path}[{i}]", file)
            for i, (a, v) in enumerate(zip(args, value, strict=True))
        )
    if origin in (typing.Union, types.UnionType):
        return value
    if dataclasses.is_dataclass(cls):
        return _dataclass_from_json(cls, value, path, file)
    if cls is int and (not isinstance(value, int) or isinstance(value, bool)):
        raise _bad(path, "verwacht een geheel getal", "expected an integer", file)
    if cls is str and not isinstance(value, str):
        raise _bad(path, "verwacht tekst", "expected a string", file)
    if cls is bool and not isinstance(value, bool):
        raise _bad(path, "verwacht true of false", "expected true or false", file)
    return value


def _dataclass_from_json(cls: Any, value: Any, path: str, file: str) -> Any:
    if not isinstance(value, dict):
        raise _bad(path, "verwacht een object", "expected an object", file)
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise _bad(
            path,
            f"onbekende sleutel(s): {', '.join(unknown)}",
            f"unknown key(s): {', '.join(unknown)}",
            file,
        )
    kwargs: dict[str, Any] = {}
    for name, field in fields.items():
        if name in value:
            kwargs[name] = from_json(hints[name], value[name], f"{path}.{name}", file)
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise _bad(path, f"sleutel '{name}' ontbreekt", f"key '{name}' missing", file)
    return cls(**kwargs)


def load_model_data(model: str, path: Path) -> Any:
    """Read ``path`` as the plain data of ``model``; problems as :class:`UserError`."""
    if model not in MODELS:
        raise UserError(
            (Problem("PV.002", f"onbekend model '{model}'", f"unknown model '{model}'"),)
        )
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise UserError(
            (
                Problem(
                    "PV.003",
                    f"kan bestand niet lezen ({err.strerror})",
                    "cannot read file",
                    file=str(path),
                ),
            )
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise UserError(
            (Problem("PV.004", f"geen geldige JSON ({err})", "not valid JSON", file=str(path)),)
        ) from None
    return from_json(MODELS[model][0], raw, file=str(path))


def render_model(model: str, data: Any) -> bytes:
    """Render ``data`` with the renderer registered for ``model``."""
    return MODELS[model][1](data)
