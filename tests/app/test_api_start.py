"""The interface's calls for the window's start and idle warning (docs/app.md §3.1), without Qt: which
refusals end a session, ``current_session`` that never keeps a session alive (unlike ``keep_alive``),
the calls that are automatic refreshes, and the vocabulary the screens import instead of the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kieskring.app.api import AppApi, open_local, vocabulary
from kieskring.app.api.account import SESSION_LOST, ends_session
from kieskring.app.api.backend import refresh_calls
from kieskring.app.api.sessions import IDLE_LIMIT
from kieskring.app.setup import save_setup
from kieskring.app.users import Role, Users
from kieskring.errors import Problem, UserError
from kieskring.storage import Store

from .support import PASSWORD, SETUP, cheap_hasher

SECOND = dt.timedelta(seconds=1)


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2029, 3, 21, 21, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(tmp_path: Path, clock: Clock) -> Iterator[AppApi]:
    with Store(tmp_path / "gsb.sqlite") as store:
        users = Users(store, cheap_hasher())
        admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
        save_setup(store, users, admin, SETUP)
        users.create_user(admin, "anna", "Anna", Role.INVOERDER, PASSWORD)
    served = open_local(
        tmp_path / "gsb.sqlite", workstation="tafel-1", hasher=cheap_hasher(), clock=clock
    )
    yield served
    served.close()


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def test_current_session_says_who_without_keeping_the_session_alive(
    api: AppApi, clock: Clock
) -> None:
    api.login("anna", PASSWORD)
    info = api.current_session()
    assert (info.username, info.role, info.workstation) == ("anna", Role.INVOERDER, "tafel-1")
    assert info.idle_warning_seconds < info.idle_timeout_seconds == IDLE_LIMIT.total_seconds()
    clock.now += IDLE_LIMIT - SECOND
    api.current_session()  # a refresh: no activity
    clock.now += 2 * SECOND
    with pytest.raises(UserError) as expired:
        api.current_session()
    assert code(expired) == "SESSION.EXPIRED"
    assert ends_session(expired.value)


def test_keep_alive_does_keep_it(api: AppApi, clock: Clock) -> None:
    api.login("anna", PASSWORD)
    clock.now += IDLE_LIMIT - SECOND
    api.keep_alive()
    clock.now += IDLE_LIMIT - SECOND
    assert api.current_session().username == "anna"


def test_which_refusals_end_the_session(api: AppApi) -> None:
    with pytest.raises(UserError) as missing:
        api.current_session()
    assert code(missing) == "SESSION.REQUIRED" and ends_session(missing.value)
    api.login("anna", PASSWORD)
    with pytest.raises(UserError) as not_allowed:
        api.dashboard()
    assert code(not_allowed) == "USERS.NOT_PERMITTED" and not ends_session(not_allowed.value)
    api.logout()
    assert {
        "SESSION.REQUIRED",
        "SESSION.UNKNOWN",
        "SESSION.ENDED",
        "SESSION.EXPIRED",
    } == SESSION_LOST
    mixed = UserError((Problem("ENTRY.PAUSED", "x", "x"), Problem("SESSION.ENDED", "y", "y")))
    assert ends_session(mixed)


def test_the_refresh_calls_are_the_ones_that_do_not_count(api: AppApi, clock: Clock) -> None:
    assert {"welcome", "current_session", "typist_home", "dashboard", "stations"} <= refresh_calls()
    api.login("anna", PASSWORD)
    clock.now += IDLE_LIMIT - SECOND
    api.typist_home()
    clock.now += 2 * SECOND
    with pytest.raises(UserError) as expired:
        api.typist_home()
    assert code(expired) == "SESSION.EXPIRED"


def test_the_vocabulary_is_the_services_own() -> None:
    from kieskring.app.form import Section
    from kieskring.app.states import EntryState
    from kieskring.errors import UserError as ServicesError

    assert vocabulary.Section is Section and vocabulary.EntryState is EntryState
    assert vocabulary.UserError is ServicesError
    assert set(vocabulary.__all__) <= set(dir(vocabulary))
