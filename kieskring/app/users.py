"""Users, roles and what each role may do; login and logout (issue 5, "Users and roles").

Three roles, as in the Kiesraad's Abacus and ``pv-models.md`` §1: the *beheerder* (administrator) sets up
the election and the accounts but does no counting; the *coördinator* (GSB / CSB) resolves errors and
differences, reopens and explains; the *invoerder* (typist) enters the paper counts. The first run
creates the administrator. Passwords are hashed with Argon2id (RFC 9106) and never stored in clear.

Issue 12 D (rules in :mod:`kieskring.app.credentials`): no password of only spaces or one repeated
character; per account a growing wait after repeated failed logins, kept in the database (a restart
does not reset it) and every failure and lock-out in the audit log; usernames normalised (NFKC, case
folded) in a clear character set, look-alikes of existing accounts refused. For the administrator:
every account with its role, activity and last login; a reset that hands out a temporary password
which must be changed at the first login (until then :meth:`Users.require` refuses everything);
many accounts at once from a CSV (:mod:`kieskring.app.users_csv`), in one transaction.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kieskring.app.credentials import (
    MAX_USERNAME_LENGTH,
    back_off_seconds,
    locked_problem,
    look_alike,
    look_alike_problem,
    normalise_username,
    password_problem,
    temporary_password,
    username_problem,
)
from kieskring.app.users_csv import read_accounts
from kieskring.errors import Problem, UserError
from kieskring.storage import Store, Tx

_DUMMY_HASH_INPUT = "uitslag-dummy-password"


class Role(enum.Enum):
    """The three roles; the value is what the database stores."""

    BEHEERDER = "beheerder"
    COORDINATOR = "coordinator"
    INVOERDER = "invoerder"

    @property
    def label_nl(self) -> str:
        """The Dutch name shown to users."""
        return {"beheerder": "beheerder", "coordinator": "coördinator", "invoerder": "invoerder"}[
            self.value
        ]


class Action(enum.Enum):
    """Everything the app lets a user do that the permission table decides on."""

    MANAGE_USERS = "manage_users"
    CONFIGURE_ELECTION = "configure_election"
    ENTER_DATA = "enter_data"
    RESOLVE_ERRORS = "resolve_errors"
    RESOLVE_DIFFERENCES = "resolve_differences"
    REOPEN_DEFINITIVE = "reopen_definitive"
    EXPLAIN_WARNINGS = "explain_warnings"
    PAUSE_ENTRY = "pause_entry"
    FINISH_SESSION = "finish_session"
    INVESTIGATE = "investigate"
    """Start a follow-up sitting, record investigations, add a missing station (docs/sittings.md)."""
    VIEW_STATUS = "view_status"
    VIEW_TOTALS = "view_totals"
    BACKUP = "backup"
    RESTORE = "restore"


PERMISSIONS: MappingProxyType[Role, frozenset[Action]] = MappingProxyType(
    {
        Role.BEHEERDER: frozenset(
            {
                Action.MANAGE_USERS,
                Action.CONFIGURE_ELECTION,
                Action.VIEW_STATUS,
                Action.BACKUP,
                Action.RESTORE,
            }
        ),
        Role.COORDINATOR: frozenset(
            {
                Action.RESOLVE_ERRORS,
                Action.RESOLVE_DIFFERENCES,
                Action.REOPEN_DEFINITIVE,
                Action.EXPLAIN_WARNINGS,
                Action.PAUSE_ENTRY,
                Action.FINISH_SESSION,
                Action.INVESTIGATE,
                Action.VIEW_STATUS,
                Action.VIEW_TOTALS,
                Action.BACKUP,
            }
        ),
        Role.INVOERDER: frozenset({Action.ENTER_DATA}),
    }
)
"""Which role may do which action: the administrator does no counting, typists cannot resolve."""


@dataclass(frozen=True)
class User:
    """A logged-in (or listed) user, without the password hash.

    ``must_change_password``: set by :meth:`Users.login` when the password was handed out by the
    administrator (a reset or a CSV import); it does not take part in equality."""

    id: int
    username: str
    fullname: str
    role: Role
    must_change_password: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Account:
    """An account as the administrator's users screen lists it."""

    id: int
    username: str
    fullname: str
    role: Role
    active: bool
    last_login: str | None
    """When the account last logged in (ISO 8601, from the audit log); ``None``: never."""
    must_change_password: bool
    locked_until: str | None
    """Until when failed logins keep it waiting (ISO 8601); ``None``: not waiting."""


@dataclass(frozen=True)
class NewAccount:
    """An account created with a temporary password — shown to the administrator once, never stored."""

    user: User
    temporary_password: str


@dataclass(frozen=True)
class _Throttle:
    failures: int
    locked_until: dt.datetime | None


def may(role: Role, action: Action) -> bool:
    """Whether ``role`` may perform ``action`` (the permission table)."""
    return action in PERMISSIONS[role]


def _error(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


def _raise(problem: Problem | None) -> None:
    if problem is not None:
        raise UserError((problem,))


def default_hasher() -> PasswordHasher:
    """Argon2id with argon2-cffi's RFC 9106 "low memory" defaults (t=3, m=64 MiB, p=4)."""
    return PasswordHasher()


class Users:
    """Account management and login for one installation database."""

    def __init__(self, store: Store, hasher: PasswordHasher | None = None) -> None:
        self.store = store
        self.hasher = hasher or default_hasher()

    def first_run(self) -> bool:
        """True while no account exists: the app must create the administrator first."""
        return not self.store.query("SELECT 1 FROM users LIMIT 1")

    def create_administrator(self, username: str, fullname: str, password: str) -> User:
        """First run only: create the first beheerder (nobody is logged in yet)."""
        if not self.first_run():
            raise _error(
                "USERS.ADMIN_EXISTS",
                "er is al een beheerder; log in om accounts te maken",
                "an administrator already exists; log in to create accounts",
            )
        return self._create(None, username, fullname, Role.BEHEERDER, password)

    def create_user(
        self, by: User, username: str, fullname: str, role: Role, password: str
    ) -> User:
        """The administrator creates an account with a role."""
        self.require(by, Action.MANAGE_USERS)
        return self._create(by.id, username, fullname, role, password)

    def _usernames(self) -> list[str]:
        return [str(r[0]) for r in self.store.query("SELECT username FROM users ORDER BY id")]

    def _check_new_username(self, username: str) -> str:
        """The normalised name, if it is valid, free and no look-alike of an existing account."""
        name = normalise_username(username)
        existing = self._usernames()
        problems = [p for p in (username_problem(name),) if p is not None]
        if name in existing:
            problems.append(
                Problem(
                    "USERS.USERNAME_TAKEN",
                    f"gebruikersnaam '{name}' bestaat al",
                    f"username '{name}' is already taken",
                )
            )
        elif (other := look_alike(name, existing)) is not None:
            problems.append(look_alike_problem(name, other))
        if problems:
            raise UserError(tuple(problems))
        return name

    def _create(
        self, by: int | None, username: str, fullname: str, role: Role, password: str
    ) -> User:
        name = self._check_new_username(username)
        _raise(password_problem(password))
        digest = self.hasher.hash(password)
        with self.store.confirm("user.create", by, {"username": name, "role": role.value}) as tx:
            found = tx.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM users").fetchone()
            user = User(int(found[0]), name, " ".join(fullname.split()) or name, role)
            tx.put("users", _row(user, digest, active=1, created=self.store.clock().isoformat()))
        return user

    def must_change_password(self, user: User) -> bool:
        """Whether ``user`` still has to replace a password handed out by the administrator."""
        return self._must_change(user.id)

    def _must_change(self, user_id: int) -> bool:
        rows = self.store.query(
            "SELECT must_change FROM password_flags WHERE user_id = ?", (user_id,)
        )
        return bool(rows and rows[0][0])

    def require(self, user: User, action: Action) -> User:
        """The current account (re-read from the database) if its role may do ``action``; else an error.

        An account whose password was handed out by the administrator may do nothing until it has
        changed it (``USERS.MUST_CHANGE_PASSWORD``)."""
        rows = self.store.query(
            "SELECT id, username, fullname, role, active FROM users WHERE id = ?", (user.id,)
        )
        if not rows or not rows[0]["active"]:
            raise _error(
                "USERS.INACTIVE", "dit account is niet (meer) actief", "this account is not active"
            )
        current = User(
            rows[0]["id"], rows[0]["username"], rows[0]["fullname"], Role(rows[0]["role"])
        )
        if self._must_change(current.id):
            raise _error(
                "USERS.MUST_CHANGE_PASSWORD",
                "kies eerst een eigen wachtwoord: dit wachtwoord is door de beheerder uitgegeven",
                "choose your own password first: this one was handed out by the administrator",
            )
        if not may(current.role, action):
            raise _error(
                "USERS.NOT_PERMITTED",
                f"een {current.role.label_nl} mag dit niet doen ({action.value})",
                f"a {current.role.value} may not do this ({action.value})",
            )
        return current

    def _throttle(self, name: str) -> _Throttle:
        rows = self.store.query(
            "SELECT failures, locked_until FROM login_throttle WHERE username = ?", (name,)
        )
        if not rows:
            return _Throttle(0, None)
        until = rows[0]["locked_until"]
        return _Throttle(
            int(rows[0]["failures"]), dt.datetime.fromisoformat(until) if until else None
        )

    def login(self, username: str, password: str) -> User:
        """Check the password (Argon2id); same message for an unknown name and a wrong password.

        While the name waits after failed logins (unknown names too, so waiting reveals nothing) the
        password is not even tried; the message says how long to wait."""
        name = _login_name(username)
        now = self.store.clock()
        throttle = self._throttle(name)
        if throttle.locked_until is not None and now < throttle.locked_until:
            wait = math.ceil((throttle.locked_until - now).total_seconds())
            with self.store.confirm("user.login_locked", None, {"username": name, "wait": wait}):
                pass
            raise UserError((locked_problem(wait),))
        rows = self.store.query("SELECT * FROM users WHERE username = ?", (name,))
        if not rows or not rows[0]["active"]:
            self._waste_time(password)
            return self._login_failed(name, throttle, now)
        row = rows[0]
        try:
            self.hasher.verify(row["password_hash"], password)
        except (VerificationError, InvalidHashError):
            return self._login_failed(name, throttle, now)
        user = User(row["id"], row["username"], row["fullname"], Role(row["role"]))
        with self.store.confirm("user.login", user.id) as tx:
            if self.hasher.check_needs_rehash(row["password_hash"]):
                tx.put("users", _row(user, self.hasher.hash(password), 1, row["created_at"]))
            if throttle.failures:
                tx.delete("login_throttle", {"username": name})
        return User(user.id, user.username, user.fullname, user.role, self._must_change(user.id))

    def _waste_time(self, password: str) -> None:
        """Hash anyway, so an unknown username takes as long as a wrong password."""
        self.hasher.hash(password or _DUMMY_HASH_INPUT)

    def _login_failed(self, name: str, throttle: _Throttle, now: dt.datetime) -> User:
        """Count the failure; from the fifth in a row the name waits (a lock-out, logged as such)."""
        failures = throttle.failures + 1
        wait = back_off_seconds(failures)
        until = (now + dt.timedelta(seconds=wait)).isoformat() if wait else None
        details: dict[str, Any] = {"username": name, "failures": failures}
        if wait:
            details.update(wait=wait, until=until)
        action = "user.lockout" if wait else "user.login_failed"
        with self.store.confirm(action, None, details) as tx:
            tx.put(
                "login_throttle", {"username": name, "failures": failures, "locked_until": until}
            )
        failed = Problem(
            "USERS.LOGIN_FAILED",
            "gebruikersnaam of wachtwoord klopt niet",
            "username or password is incorrect",
        )
        raise UserError((failed, locked_problem(wait)) if wait else (failed,))

    def logout(self, user: User) -> None:
        """Log the end of a user's session (switching users on one laptop = logout + login)."""
        with self.store.confirm("user.logout", user.id):
            pass

    def change_password(self, user: User, old: str, new: str) -> None:
        """A user changes their own password (the old one must be right); clears "must change"."""
        if new == old:
            raise _error(
                "USERS.PASSWORD_UNCHANGED",
                "het nieuwe wachtwoord moet anders zijn dan het oude",
                "the new password must differ from the old one",
            )
        _raise(password_problem(new))
        self.login(user.username, old)
        self._set_password("user.password", user.id, user.id, new, must_change=False)

    def reset_password(self, by: User, user_id: int, new: str | None = None) -> str:
        """The administrator sets a new password for an account — ``new``, or else a generated
        temporary one — and returns it (shown once). The account must change it at its next login;
        a wait after failed logins is lifted."""
        self.require(by, Action.MANAGE_USERS)
        password = temporary_password() if new is None else new
        self._set_password("user.password_reset", by.id, user_id, password, must_change=True)
        return password

    def _set_password(
        self, action: str, by: int, user_id: int, new: str, *, must_change: bool
    ) -> None:
        _raise(password_problem(new))
        row = self._user_row(user_id)
        user = User(row["id"], row["username"], row["fullname"], Role(row["role"]))
        digest = self.hasher.hash(new)
        with self.store.confirm(action, by, {"user": user_id}) as tx:
            tx.put("users", _row(user, digest, row["active"], row["created_at"]))
            _flag(tx, user.id, must_change)
            if must_change:
                tx.delete("login_throttle", {"username": user.username})

    def _user_row(self, user_id: int) -> Any:
        rows = self.store.query("SELECT * FROM users WHERE id = ?", (user_id,))
        if not rows:
            raise _error("USERS.UNKNOWN", "onbekend account", "unknown account")
        return rows[0]

    def deactivate(self, by: User, user_id: int) -> None:
        """The administrator disables an account (kept for the audit log; never deleted)."""
        self.require(by, Action.MANAGE_USERS)
        if user_id == by.id:
            raise _error(
                "USERS.SELF",
                "u kunt uw eigen account niet uitschakelen",
                "you cannot disable your own account",
            )
        row = self._user_row(user_id)
        user = User(row["id"], row["username"], row["fullname"], Role(row["role"]))
        with self.store.confirm("user.deactivate", by.id, {"user": user_id}) as tx:
            tx.put("users", _row(user, row["password_hash"], 0, row["created_at"]))

    def list_users(self) -> tuple[User, ...]:
        """All active accounts, by username."""
        rows = self.store.query(
            "SELECT id, username, fullname, role FROM users WHERE active = 1 ORDER BY username"
        )
        return tuple(User(r["id"], r["username"], r["fullname"], Role(r["role"])) for r in rows)

    def list_accounts(self, by: User) -> tuple[Account, ...]:
        """Every account, inactive ones too, by username: what the administrator's screen shows."""
        self.require(by, Action.MANAGE_USERS)
        last = {
            int(r[0]): str(r[1])
            for r in self.store.query(
                "SELECT user_id, max(at) FROM audit_log WHERE action = 'user.login'"
                " GROUP BY user_id"
            )
        }
        rows = self.store.query(
            "SELECT u.id, u.username, u.fullname, u.role, u.active, f.must_change, t.locked_until"
            " FROM users u LEFT JOIN password_flags f ON f.user_id = u.id"
            " LEFT JOIN login_throttle t ON t.username = u.username ORDER BY u.username"
        )
        return tuple(
            Account(
                r["id"],
                r["username"],
                r["fullname"],
                Role(r["role"]),
                bool(r["active"]),
                last.get(r["id"]),
                bool(r["must_change"]),
                r["locked_until"],
            )
            for r in rows
        )

    def import_users(self, by: User, path: Path) -> tuple[NewAccount, ...]:
        """Create the accounts listed in the CSV at ``path`` (username, full name, role), each with a
        temporary password to change at the first login — all in one transaction, or none when any
        line has a problem (every problem named by its line)."""
        self.require(by, Action.MANAGE_USERS)
        rows = read_accounts(path, self._usernames())
        made = [(row, temporary_password()) for row in rows]
        digests = [self.hasher.hash(password) for _, password in made]
        created = self.store.clock().isoformat()
        names = [row.username for row in rows]
        out: list[NewAccount] = []
        with self.store.confirm(
            "user.import", by.id, {"file": path.name, "usernames": names}
        ) as tx:
            first = int(tx.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM users").fetchone()[0])
            for offset, ((row, password), digest) in enumerate(zip(made, digests, strict=True)):
                user = User(first + offset, row.username, row.fullname, Role(row.role), True)
                tx.put("users", _row(user, digest, active=1, created=created))
                _flag(tx, user.id, True)
                out.append(NewAccount(user, password))
        return tuple(out)


def _flag(tx: Tx, user_id: int, must_change: bool) -> None:
    """Set or clear an account's "must change password" flag."""
    if must_change:
        tx.put("password_flags", {"user_id": user_id, "must_change": 1})
    else:
        tx.delete("password_flags", {"user_id": user_id})


def _row(user: User, digest: str, active: int, created: str) -> dict[str, int | str | None]:
    return {
        "id": user.id,
        "username": user.username,
        "fullname": user.fullname,
        "role": user.role.value,
        "password_hash": digest,
        "active": active,
        "created_at": created,
    }


def _login_name(username: str) -> str:
    """The name a login looks up: normalised, and not empty or absurdly long (older accounts may
    predate the character set, so it is not checked here)."""
    name = normalise_username(username)
    if not name or len(name) > MAX_USERNAME_LENGTH or any(c.isspace() for c in name):
        raise _error(
            "USERS.USERNAME_INVALID",
            f"gebruikersnaam: 1 tot {MAX_USERNAME_LENGTH} tekens, zonder spaties",
            f"username: 1 to {MAX_USERNAME_LENGTH} characters, no spaces",
        )
    return name
