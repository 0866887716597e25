"""Bytes that cross the app's interface inside frozen data (a chosen file, an output file): standard
base64 without line breaks in JSON, plain ``bytes`` in Python."""

from __future__ import annotations

import base64
from typing import Annotated

from pydantic import EncodedBytes, EncoderProtocol


class _Base64(EncoderProtocol):
    """Standard base64 without line breaks."""

    @classmethod
    def decode(cls, data: bytes) -> bytes:
        return base64.b64decode(data, validate=True)

    @classmethod
    def encode(cls, value: bytes) -> bytes:
        return base64.b64encode(value)

    @classmethod
    def get_json_format(cls) -> str:
        return "base64"


Blob = Annotated[bytes, EncodedBytes(encoder=_Base64)]
"""Bytes inside a frozen dataclass that crosses the interface (a file's content), as base64 in JSON."""
