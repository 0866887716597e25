"""Users, roles and what each role may do; login and logout (issue 5, "Users and roles").

Three roles, as in the Kiesraad's Abacus and ``pv-models.md`` §1: the *beheerder* (administrator) sets up
the election and the accounts but does no counting; the *coördinator* (GSB / CSB) resolves errors and
differences, reopens and explains; the *invoerder* (typist) enters the paper counts. The first run
creates the administrator. Passwords are hashed with Argon2id (RFC 9106) and never stored in clear.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from types import MappingProxyType

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kieskring.errors import Problem, UserError
from kieskring.storage import Store

MIN_PASSWORD_LENGTH = 12
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
    """A logged-in (or listed) user, without the password hash."""

    id: int
    username: str
    fullname: str
    role: Role


def may(role: Role, action: Action) -> bool:
    """Whether ``role`` may perform ``action`` (the permission table)."""
    return action in PERMISSIONS[role]


def _error(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


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

    def _create(
        self, by: int | None, username: str, fullname: str, role: Role, password: str
    ) -> User:
        name = _normalise_username(username)
        _check_password(password)
        if self.store.query("SELECT 1 FROM users WHERE username = ?", (name,)):
            raise _error(
                "USERS.USERNAME_TAKEN",
                f"gebruikersnaam '{name}' bestaat al",
                f"username '{name}' is already taken",
            )
        digest = self.hasher.hash(password)
        with self.store.confirm("user.create", by, {"username": name, "role": role.value}) as tx:
            found = tx.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM users").fetchone()
            user = User(int(found[0]), name, fullname.strip() or name, role)
            tx.put("users", _row(user, digest, active=1, created=self.store.clock().isoformat()))
        return user

    def require(self, user: User, action: Action) -> User:
        """The current account (re-read from the database) if its role may do ``action``; else an error."""
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
        if not may(current.role, action):
            raise _error(
                "USERS.NOT_PERMITTED",
                f"een {current.role.label_nl} mag dit niet doen ({action.value})",
                f"a {current.role.value} may not do this ({action.value})",
            )
        return current

    def login(self, username: str, password: str) -> User:
        """Check the password (Argon2id); same message for an unknown name and a wrong password."""
        name = _normalise_username(username)
        rows = self.store.query("SELECT * FROM users WHERE username = ?", (name,))
        if not rows or not rows[0]["active"]:
            self._waste_time(password)
            return self._login_failed(name)
        row = rows[0]
        try:
            self.hasher.verify(row["password_hash"], password)
        except (VerificationError, InvalidHashError):
            return self._login_failed(name)
        user = User(row["id"], row["username"], row["fullname"], Role(row["role"]))
        with self.store.confirm("user.login", user.id) as tx:
            if self.hasher.check_needs_rehash(row["password_hash"]):
                tx.put("users", _row(user, self.hasher.hash(password), 1, row["created_at"]))
        return user

    def _waste_time(self, password: str) -> None:
        """Hash anyway, so an unknown username takes as long as a wrong password."""
        self.hasher.hash(password or _DUMMY_HASH_INPUT)

    def _login_failed(self, name: str) -> User:
        with self.store.confirm("user.login_failed", None, {"username": name}):
            pass
        raise _error(
            "USERS.LOGIN_FAILED",
            "gebruikersnaam of wachtwoord klopt niet",
            "username or password is incorrect",
        )

    def logout(self, user: User) -> None:
        """Log the end of a user's session (switching users on one laptop = logout + login)."""
        with self.store.confirm("user.logout", user.id):
            pass

    def change_password(self, user: User, old: str, new: str) -> None:
        """A user changes their own password (the old one must be right)."""
        self.login(user.username, old)
        self._set_password(user.id, user.id, new)

    def reset_password(self, by: User, user_id: int, new: str) -> None:
        """The administrator sets a new password for an account."""
        self.require(by, Action.MANAGE_USERS)
        self._set_password(by.id, user_id, new)

    def _set_password(self, by: int, user_id: int, new: str) -> None:
        _check_password(new)
        rows = self.store.query("SELECT * FROM users WHERE id = ?", (user_id,))
        if not rows:
            raise _error("USERS.UNKNOWN", "onbekend account", "unknown account")
        row = rows[0]
        user = User(row["id"], row["username"], row["fullname"], Role(row["role"]))
        with self.store.confirm("user.password", by, {"user": user_id}) as tx:
            tx.put("users", _row(user, self.hasher.hash(new), row["active"], row["created_at"]))

    def deactivate(self, by: User, user_id: int) -> None:
        """The administrator disables an account (kept for the audit log; never deleted)."""
        self.require(by, Action.MANAGE_USERS)
        if user_id == by.id:
            raise _error(
                "USERS.SELF",
                "u kunt uw eigen account niet uitschakelen",
                "you cannot disable your own account",
            )
        rows = self.store.query("SELECT * FROM users WHERE id = ?", (user_id,))
        if not rows:
            raise _error("USERS.UNKNOWN", "onbekend account", "unknown account")
        row = rows[0]
        user = User(row["id"], row["username"], row["fullname"], Role(row["role"]))
        with self.store.confirm("user.deactivate", by.id, {"user": user_id}) as tx:
            tx.put("users", _row(user, row["password_hash"], 0, row["created_at"]))

    def list_users(self) -> tuple[User, ...]:
        """All active accounts, by username."""
        rows = self.store.query(
            "SELECT id, username, fullname, role FROM users WHERE active = 1 ORDER BY username"
        )
        return tuple(User(r["id"], r["username"], r["fullname"], Role(r["role"])) for r in rows)


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


def _normalise_username(username: str) -> str:
    name = username.strip().casefold()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise _error(
            "USERS.USERNAME_INVALID",
            "gebruikersnaam: 1 tot 64 tekens, zonder spaties",
            "username: 1 to 64 characters, no spaces",
        )
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise _error(
            "USERS.PASSWORD_TOO_SHORT",
            f"wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben",
            f"password must have at least {MIN_PASSWORD_LENGTH} characters",
        )
