"""Canonical JSON and SHA-256: the byte form that the audit chain and the row hashes are computed over.

One value has exactly one encoding (sorted keys, no spaces, UTF-8), so a hash recomputed years later
from the same data gives the same digest. Only JSON scalars, lists and string-keyed objects are allowed;
floats are refused because vote counts are exact integers (Kieswet art. N 11: counts are whole ballots).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

GENESIS_HASH = "0" * 64


def _check(value: object) -> None:
    if isinstance(value, float):
        raise TypeError("floats have no place in canonical election data")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"object keys must be strings, not {key!r}")
            _check(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _check(item)


def canonical_json(value: object) -> str:
    """The one JSON text for ``value``: sorted keys, compact separators, non-ASCII kept as UTF-8."""
    _check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text: str) -> str:
    """SHA-256 of the UTF-8 bytes of ``text``, as 64 lowercase hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chain_hash(previous: str, payload_json: str) -> str:
    """The audit-chain link: ``sha256(previous_hash || canonical_payload)``."""
    return sha256_hex(previous + payload_json)
