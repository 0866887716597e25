"""The frozen data the screens receive: everything already in words (Dutch and English), so a screen
only lays it out (docs/app.md §2, §3). No rule is decided by a screen; what an action may do, and why an
action is not available, comes from here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kieskring.app.entry_store import SessionState
from kieskring.app.setup import Counting
from kieskring.app.states import EntryState
from kieskring.app.text import Text
from kieskring.app.users import Role
from kieskring.app.validation import Severity


class Tone(enum.Enum):
    """How a state looks (always with its text or an icon, docs/app.md §2.4): definitive (green),
    needs the coordinator (red), in progress (blue), waiting (grey), warning (amber)."""

    DEFINITIVE = "definitive"
    ATTENTION = "attention"
    PROGRESS = "progress"
    WAITING = "waiting"
    WARNING = "warning"


@dataclass(frozen=True)
class StateView:
    """A station's state as shown: its key (the stored value), words, tone, and the few words that
    fit a tile or a table's badge (``short``; the full words go in its tooltip)."""

    key: EntryState
    label: Text
    tone: Tone
    short: Text


@dataclass(frozen=True)
class SessionStateView:
    """Whether data entry runs, is paused or finished, in words."""

    key: SessionState
    label: Text
    entry_open: bool
    """Typists may enter now."""


@dataclass(frozen=True)
class ElectionInfo:
    """What the window title shows: election, municipality, body."""

    election_id: str
    name: str
    municipality: str
    body: str
    """``GSB`` (the municipal committee), ``HSB`` or ``CSB`` (:class:`~kieskring.app.setup.Body`)."""
    counting: Counting
    stations: int


@dataclass(frozen=True)
class SessionInfo:
    """Who is logged in, where, and how long an idle session lasts."""

    username: str
    fullname: str
    role: Role
    role_label: Text
    workstation: str
    election: ElectionInfo | None
    must_change_password: bool
    idle_timeout_seconds: int
    idle_warning_seconds: int


@dataclass(frozen=True)
class LoginResult:
    """The session token (kept by the interface object, never shown) and the session."""

    token: str
    session: SessionInfo


@dataclass(frozen=True)
class Welcome:
    """What the start screen needs before anyone logs in."""

    first_run: bool
    election: ElectionInfo | None
    password_rules: Text


@dataclass(frozen=True)
class Progress:
    """Stations definitive out of all (whole percent, rounded down)."""

    definitive: int
    total: int
    percent: int


@dataclass(frozen=True)
class ActionView:
    """One thing the user may do here: enabled, or disabled with the reason (docs/app.md §2.3)."""

    key: str
    label: Text
    enabled: bool
    reason: Text | None = None
    danger: bool = False
    """Destructive: ask for confirmation, "Annuleren" as default."""


@dataclass(frozen=True)
class FindingView:
    """One finding of the validation catalogue (docs/pv-models.md §3) in words: the code beside a plain
    sentence, what to check, and the fields concerned with their labels."""

    code: str
    severity: Severity
    section: str
    fields: tuple[str, ...]
    text: Text
    advice: Text
    field_labels: tuple[Text, ...]
    key: str
    """Stable identity (code and fields) for acknowledging a warning."""
