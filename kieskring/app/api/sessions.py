"""Login sessions: a token per login, kept on the serving side, ending when idle for 30 minutes, on
logout, on a new login of the same user elsewhere, or when a backup is restored (docs/app.md §4).

The token itself is never stored, only its SHA-256, so a copy of the database holds no usable session.
Every start and end is an audit entry with the workstation; "last seen" is bookkeeping only (written at
most every :data:`TOUCH_EVERY`), not a guarded row.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kieskring.app.users import Role, User, Users
from kieskring.errors import Problem, UserError
from kieskring.storage import Store

IDLE_LIMIT = timedelta(minutes=30)
"""An idle session ends after this long (issue 14: about 30 minutes)."""
IDLE_WARNING = timedelta(minutes=25)
"""When the screens warn that the session is about to end."""
TOUCH_EVERY = timedelta(seconds=20)
"""How often activity is written down (fewer writes; the limit stays exact to within this)."""

_ENDED: dict[str, tuple[str, str]] = {
    "replaced": (
        "je bent op een andere werkplek ingelogd; deze sessie is beëindigd",
        "you logged in on another workstation; this session has ended",
    ),
    "expired": (
        "je was 30 minuten niet actief; log opnieuw in",
        "you were idle for 30 minutes; log in again",
    ),
    "logout": ("je bent uitgelogd", "you have logged out"),
    "restore": (
        "er is een back-up teruggezet; log opnieuw in",
        "a backup was restored; log in again",
    ),
    "inactive": ("dit account is niet (meer) actief", "this account is not active"),
}


def _problem(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


def token_hash(token: str) -> str:
    """What is stored of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Session:
    """A live session: its user (as of now) and workstation."""

    token_hash: str
    user: User
    workstation: str
    last_seen: datetime


class Sessions:
    """The sessions of one installation database."""

    def __init__(self, store: Store, users: Users) -> None:
        self.store = store
        self.users = users

    def start(self, user: User, workstation: str) -> tuple[str, Session]:
        """A new session for ``user`` (already authenticated); the user's other sessions end."""
        token = secrets.token_urlsafe(32)
        digest, now = token_hash(token), self.store.clock()
        with self.store.confirm("session.start", user.id, {"workstation": workstation}) as tx:
            ended = tx.conn.execute(
                "UPDATE sessions SET ended_at = ?, end_reason = 'replaced'"
                " WHERE user_id = ? AND ended_at IS NULL",
                (now.isoformat(), user.id),
            ).rowcount
            tx.details["ended_other_sessions"] = ended
            tx.conn.execute(
                "INSERT INTO sessions (token_hash, user_id, workstation, created_at, last_seen)"
                " VALUES (?, ?, ?, ?, ?)",
                (digest, user.id, workstation, now.isoformat(), now.isoformat()),
            )
        return token, Session(digest, user, workstation, now)

    def check(self, token: str | None, *, activity: bool = True) -> Session:
        """The live session of ``token``; refused when missing, ended or idle too long."""
        if not token:
            raise _problem("SESSION.REQUIRED", "log eerst in", "log in first")
        rows = self.store.query(
            "SELECT s.*, u.username, u.fullname, u.role, u.active FROM sessions AS s"
            " JOIN users AS u ON u.id = s.user_id WHERE s.token_hash = ?",
            (token_hash(token),),
        )
        if not rows:
            raise _problem("SESSION.UNKNOWN", "onbekende sessie; log in", "unknown session; log in")
        row = rows[0]
        if row["ended_at"] is not None:
            nl, en = _ENDED.get(str(row["end_reason"]), _ENDED["logout"])
            raise _problem("SESSION.ENDED", nl, en)
        user = User(row["user_id"], row["username"], row["fullname"], Role(row["role"]))
        now, seen = self.store.clock(), datetime.fromisoformat(row["last_seen"])
        if not row["active"]:
            self.end(row["token_hash"], user.id, "inactive")
            raise _problem("SESSION.ENDED", *_ENDED["inactive"])
        if now - seen > IDLE_LIMIT:
            self.end(row["token_hash"], user.id, "expired")
            raise _problem("SESSION.EXPIRED", *_ENDED["expired"])
        if activity and now - seen >= TOUCH_EVERY:
            self.store.conn.execute(
                "UPDATE sessions SET last_seen = ? WHERE token_hash = ?",
                (now.isoformat(), row["token_hash"]),
            )
            seen = now
        return Session(row["token_hash"], user, row["workstation"], seen)

    def end(self, digest: str, user_id: int, reason: str) -> None:
        """End one session (logout, expiry, an account made inactive)."""
        with self.store.confirm(f"session.{reason}", user_id) as tx:
            tx.conn.execute(
                "UPDATE sessions SET ended_at = ?, end_reason = ?"
                " WHERE token_hash = ? AND ended_at IS NULL",
                (self.store.clock().isoformat(), reason, digest),
            )

    def end_all(self, reason: str, user_id: int | None) -> int:
        """End every live session (a restore); returns how many ended."""
        with self.store.confirm("session.end_all", user_id, {"reason": reason}) as tx:
            ended = tx.conn.execute(
                "UPDATE sessions SET ended_at = ?, end_reason = ? WHERE ended_at IS NULL",
                (self.store.clock().isoformat(), reason),
            ).rowcount
            tx.details["ended"] = ended
        return int(ended)
