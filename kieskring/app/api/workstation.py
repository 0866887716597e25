"""A workstation of the serving laptop (issue 14; docs/app.md §4): what the desktop app's ``--server``
mode decides before and while it talks to the server — the screens only show and call.

* **Pinning, remembered.** The first time a workstation reaches a server it shows the certificate's
  fingerprint with two groups blanked (:func:`~.pinning.server_challenge`); the typed groups decide
  (:func:`~.pinning.pin_server`). The confirmed fingerprint is remembered per server address for this
  workstation (:class:`PinBook`), so the next start goes straight to the login — unless the server now
  shows another certificate: then the groups are asked again, with why.
* **A lost connection.** Which refusals mean "the server cannot be reached now" (:func:`is_transient`),
  and how long to wait before the next attempt (:func:`retry_delay`). A transient refusal keeps what
  the user typed; the same call is sent again (the transport keeps its request id, so the server
  applies it once).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from kieskring.errors import UserError
from kieskring.storage.files import write_atomic

from .pinning import ServerChallenge, parse_url, pin_server, server_challenge

PIN_FILE = "vastgelegde-servers.json"
"""The file (in the workstation's settings folder) with the pinned fingerprint of each server."""
PIN_FOLDER_VARIABLE = "UITSLAG_WERKPLEK"
"""An environment variable naming another settings folder (tests, a second app on one machine)."""
TRANSIENT = frozenset({"NET.CONNECTION_LOST", "NET.UNREACHABLE"})
"""The refusals of a server that cannot be reached now: the call is worth sending again."""
RETRY_DELAYS = (1.0, 2.0, 3.0, 5.0)
"""Seconds before the first, second, … attempt again; the last one repeats."""


def settings_folder() -> Path:
    """This workstation's settings folder for Uitslag (per user)."""
    chosen = os.environ.get(PIN_FOLDER_VARIABLE)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "uitslag"


class PinBook:
    """The servers this workstation pinned: address → fingerprint, in one small JSON file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else settings_folder() / PIN_FILE

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def remembered(self, url: str) -> str | None:
        """The fingerprint pinned for ``url`` (as :func:`~.pinning.parse_url` normalises it)."""
        return self._read().get(parse_url(url).url)

    def remember(self, url: str, fingerprint: str) -> None:
        """Pin ``fingerprint`` for ``url`` (replacing an earlier one)."""
        pins = self._read()
        pins[parse_url(url).url] = fingerprint.lower()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(pins, indent=2, sort_keys=True).encode("utf-8")
        write_atomic(self.path, data, code="NET.PIN_FILE")


@dataclass(frozen=True)
class ServerStart:
    """What the workstation does first: connect with the remembered pin, or ask for two groups."""

    url: str
    pinned: str | None
    """The remembered fingerprint, still the server's: connect at once."""
    challenge: ServerChallenge | None
    """Otherwise the fingerprint to complete (two groups blanked)."""
    changed: bool = False
    """A fingerprint was remembered, but the server now shows another certificate."""


def start_server(url: str, book: PinBook, timeout: float = 10.0) -> ServerStart:
    """Read the server's certificate (a handshake only) and decide: the remembered pin still fits, or
    the typist completes the fingerprint (``NET.UNREACHABLE`` and the like when it cannot be read)."""
    address = parse_url(url).url
    challenge = server_challenge(address, timeout)
    remembered = book.remembered(address)
    if remembered is not None and remembered == challenge.fingerprint:
        return ServerStart(address, remembered, None)
    return ServerStart(address, None, challenge, changed=remembered is not None)


def confirm_pin(book: PinBook, challenge: ServerChallenge, typed: tuple[str, str]) -> str:
    """The fingerprint when ``typed`` are the two blanked groups, remembered for this workstation;
    ``NET.PIN_TYPED`` otherwise (nothing remembered)."""
    pinned = pin_server(challenge, typed)
    book.remember(challenge.url, pinned)
    return pinned


def is_transient(error: UserError) -> bool:
    """Whether ``error`` says the server cannot be reached now (worth trying again), not that the
    call was refused."""
    return bool(error.problems) and all(p.code in TRANSIENT for p in error.problems)


def retry_delay(attempt: int) -> float:
    """Seconds to wait before attempt ``attempt`` again (1 is the first retry)."""
    return RETRY_DELAYS[min(max(attempt, 1), len(RETRY_DELAYS)) - 1]
