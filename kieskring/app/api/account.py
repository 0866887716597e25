"""Starting the app: the first administrator, login and logout, the session, one's own password
(docs/app.md §3.1)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kieskring.app.credentials import MIN_PASSWORD_LENGTH
from kieskring.app.setup import load_setup
from kieskring.app.text import Text
from kieskring.app.users import Role, User
from kieskring.errors import Problem, UserError

from .dispatch import Call, Visitor, endpoint
from .present import ROLE_LABELS, election_info
from .sessions import IDLE_LIMIT, IDLE_WARNING
from .views import ElectionInfo, LoginResult, SessionInfo, Welcome

if TYPE_CHECKING:
    from .backend import Backend

EVERYONE = (Role.BEHEERDER, Role.COORDINATOR, Role.INVOERDER)
SESSION_LOST = frozenset(
    {"SESSION.REQUIRED", "SESSION.UNKNOWN", "SESSION.ENDED", "SESSION.EXPIRED"}
)
"""The codes that mean the session is over (logged out, idle too long, logged in elsewhere, a restore):
a screen shows the message and returns to the login (docs/app.md §3.1)."""

PASSWORD_RULES = Text(
    f"Minstens {MIN_PASSWORD_LENGTH} tekens; niet alleen spaties of één teken herhaald.",
    f"At least {MIN_PASSWORD_LENGTH} characters; not only spaces or one character repeated.",
)


def ends_session(error: UserError) -> bool:
    """Whether ``error`` says the session is over (:data:`SESSION_LOST`): log in again."""
    return any(problem.code in SESSION_LOST for problem in error.problems)


def same_twice(password: str, again: str) -> None:
    """The new password typed twice must be the same (docs/app.md §3.1)."""
    if password != again:
        raise UserError(
            (
                Problem(
                    "USERS.PASSWORDS_DIFFER",
                    "de twee wachtwoorden zijn niet gelijk",
                    "the two passwords differ",
                ),
            )
        )


class AccountApi(Protocol):
    """What every screen can ask before and after login."""

    def welcome(self) -> Welcome:
        """First run or not, and the election (for the start screen)."""
        ...

    def create_administrator(
        self, username: str, fullname: str, password: str, password_again: str
    ) -> None:
        """First run only: the first administrator (password twice)."""
        ...

    def login(self, username: str, password: str) -> LoginResult:
        """Log in; a new login ends this user's session elsewhere."""
        ...

    def logout(self) -> None:
        """End this session."""
        ...

    def keep_alive(self) -> SessionInfo:
        """The user is still here (after the idle warning): the session goes on."""
        ...

    def change_password(self, old: str, new: str, new_again: str) -> None:
        """Change one's own password (the new one twice)."""
        ...

    def current_session(self) -> SessionInfo:
        """Who is logged in, if the session still lives; a refresh, so it does not count as activity
        (the idle warning asks it when the limit has passed)."""
        ...


class AccountArea:
    """The serving side of :class:`AccountApi`."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def _election(self) -> ElectionInfo | None:
        try:
            return election_info(load_setup(self.backend.store))
        except UserError:
            return None

    def _session(self, user: User, workstation: str) -> SessionInfo:
        return SessionInfo(
            username=user.username,
            fullname=user.fullname,
            role=user.role,
            role_label=ROLE_LABELS[user.role],
            workstation=workstation,
            election=self._election(),
            must_change_password=self.backend.users.must_change_password(user),
            idle_timeout_seconds=int(IDLE_LIMIT.total_seconds()),
            idle_warning_seconds=int(IDLE_WARNING.total_seconds()),
        )

    @endpoint(public=True, refresh=True)
    def welcome(self, visitor: Visitor) -> Welcome:
        """First run or not, and the election (for the start screen)."""
        return Welcome(self.backend.users.first_run(), self._election(), PASSWORD_RULES)

    @endpoint(public=True)
    def create_administrator(
        self, visitor: Visitor, username: str, fullname: str, password: str, password_again: str
    ) -> None:
        """First run only: the first administrator (password twice)."""
        same_twice(password, password_again)
        self.backend.users.create_administrator(username, fullname, password)

    @endpoint(public=True)
    def login(self, visitor: Visitor, username: str, password: str) -> LoginResult:
        """Log in; a new login ends this user's session elsewhere."""
        user = self.backend.users.login(username, password)
        token, session = self.backend.sessions.start(user, visitor.workstation)
        return LoginResult(token, self._session(session.user, session.workstation))

    @endpoint(*EVERYONE)
    def logout(self, call: Call) -> None:
        """End this session."""
        self.backend.sessions.end(call.session, call.user.id, "logout")

    @endpoint(*EVERYONE)
    def keep_alive(self, call: Call) -> SessionInfo:
        """The user is still here (after the idle warning): the session goes on."""
        return self._session(call.user, call.workstation)

    @endpoint(*EVERYONE)
    def change_password(self, call: Call, old: str, new: str, new_again: str) -> None:
        """Change one's own password (the new one twice)."""
        same_twice(new, new_again)
        self.backend.users.change_password(call.user, old, new)

    @endpoint(*EVERYONE, refresh=True)
    def current_session(self, call: Call) -> SessionInfo:
        """Who is logged in, if the session still lives (a refresh: not activity)."""
        return self._session(call.user, call.workstation)
