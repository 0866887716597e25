"""Users and roles: first run, Argon2id, the permission table, login and logout."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from kieskring.app.users import PERMISSIONS, Action, Role, User, Users, may
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit

from .support import PASSWORD


def code_of(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def test_first_run_creates_the_administrator(users: Users) -> None:
    assert users.first_run()
    admin = users.create_administrator("Beheer", "Beheerder", PASSWORD)
    assert admin.role is Role.BEHEERDER
    assert admin.username == "beheer"
    assert not users.first_run()
    with pytest.raises(UserError) as err:
        users.create_administrator("tweede", "Tweede", PASSWORD)
    assert code_of(err) == "USERS.ADMIN_EXISTS"


def test_password_is_hashed_with_argon2id(users: Users, admin: User, store: Store) -> None:
    stored = store.query("SELECT password_hash FROM users WHERE id = ?", (admin.id,))[0][0]
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert PasswordHasher().verify(stored, PASSWORD)


def test_default_hasher_is_argon2id(store: Store) -> None:
    real = Users(store)
    admin = real.create_administrator("beheer", "B", PASSWORD)
    assert real.login("beheer", PASSWORD) == admin
    assert store.query("SELECT password_hash FROM users")[0][0].startswith("$argon2id$v=19$")


def test_short_password_and_bad_username_refused(users: Users) -> None:
    with pytest.raises(UserError) as err:
        users.create_administrator("beheer", "B", "kort")
    assert code_of(err) == "USERS.PASSWORD_TOO_SHORT"
    with pytest.raises(UserError) as err:
        users.create_administrator("met spatie", "B", PASSWORD)
    assert code_of(err) == "USERS.USERNAME_INVALID"


def test_login_and_logout(users: Users, typist1: User, store: Store) -> None:
    assert users.login("ANNA ", PASSWORD) == typist1
    users.logout(typist1)
    actions = [r[0] for r in store.query("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-2:] == ["user.login", "user.logout"]
    assert verify_audit(store.path) == []


@pytest.mark.parametrize("name", ["anna", "niemand"])
def test_login_failure_is_one_message(users: Users, typist1: User, name: str) -> None:
    with pytest.raises(UserError) as err:
        users.login(name, "wrong password!!")
    assert code_of(err) == "USERS.LOGIN_FAILED"


def test_username_unique(users: Users, admin: User, typist1: User) -> None:
    with pytest.raises(UserError) as err:
        users.create_user(admin, "Anna", "Anna 2", Role.INVOERDER, PASSWORD)
    assert code_of(err) == "USERS.USERNAME_TAKEN"


def test_only_the_administrator_manages_users(
    users: Users, coordinator: User, typist1: User
) -> None:
    for who in (coordinator, typist1):
        with pytest.raises(UserError) as err:
            users.create_user(who, "x", "X", Role.INVOERDER, PASSWORD)
        assert code_of(err) == "USERS.NOT_PERMITTED"


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        (Role.BEHEERDER, Action.ENTER_DATA, False),
        (Role.BEHEERDER, Action.RESOLVE_DIFFERENCES, False),
        (Role.BEHEERDER, Action.MANAGE_USERS, True),
        (Role.BEHEERDER, Action.CONFIGURE_ELECTION, True),
        (Role.COORDINATOR, Action.RESOLVE_DIFFERENCES, True),
        (Role.COORDINATOR, Action.RESOLVE_ERRORS, True),
        (Role.COORDINATOR, Action.REOPEN_DEFINITIVE, True),
        (Role.COORDINATOR, Action.ENTER_DATA, False),
        (Role.COORDINATOR, Action.MANAGE_USERS, False),
        (Role.INVOERDER, Action.ENTER_DATA, True),
        (Role.INVOERDER, Action.RESOLVE_DIFFERENCES, False),
        (Role.INVOERDER, Action.RESOLVE_ERRORS, False),
        (Role.INVOERDER, Action.REOPEN_DEFINITIVE, False),
        (Role.INVOERDER, Action.CONFIGURE_ELECTION, False),
    ],
)
def test_permission_table(role: Role, action: Action, allowed: bool) -> None:
    assert may(role, action) is allowed


def test_no_role_both_counts_and_resolves() -> None:
    for role, actions in PERMISSIONS.items():
        assert not {Action.ENTER_DATA, Action.RESOLVE_DIFFERENCES} <= actions, role
    assert Action.ENTER_DATA not in PERMISSIONS[Role.BEHEERDER]


def test_require_rereads_role_and_activity(users: Users, admin: User, typist1: User) -> None:
    forged = User(typist1.id, typist1.username, typist1.fullname, Role.COORDINATOR)
    with pytest.raises(UserError):
        users.require(forged, Action.RESOLVE_DIFFERENCES)
    users.deactivate(admin, typist1.id)
    with pytest.raises(UserError) as err:
        users.require(typist1, Action.ENTER_DATA)
    assert code_of(err) == "USERS.INACTIVE"
    with pytest.raises(UserError):
        users.login("anna", PASSWORD)


def test_password_change_and_reset(users: Users, admin: User, typist1: User) -> None:
    users.change_password(typist1, PASSWORD, "nieuw wachtwoord 1")
    assert users.login("anna", "nieuw wachtwoord 1") == typist1
    users.reset_password(admin, typist1.id, "derde wachtwoord!")
    assert users.login("anna", "derde wachtwoord!") == typist1
    with pytest.raises(UserError):
        users.login("anna", PASSWORD)
