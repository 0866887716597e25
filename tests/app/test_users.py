"""Users and roles: first run, Argon2id, the permission table, login and logout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kieskring.app.users import PERMISSIONS, Action, Role, User, Users, may
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit

from .support import PASSWORD, cheap_hasher


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


# --- issue 12 D: weak passwords, back-off, look-alike usernames, the administrator's screen ---


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 18, 21, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: int) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clocked(tmp_path: Path) -> Iterator[tuple[Users, Clock, User]]:
    clock = Clock()
    with Store(tmp_path / "klok.sqlite", clock=clock) as opened:
        users = Users(opened, cheap_hasher())
        admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
        users.create_user(admin, "anna", "Anna", Role.INVOERDER, PASSWORD)
        yield users, clock, admin


def actions(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT action FROM audit_log ORDER BY seq")]


@pytest.mark.parametrize(
    "password", [" " * 12, " " * 40, "\t \u00a0 \n" * 4, "a" * 12, "x" * 30, "\u00e9" * 14]
)
def test_password_of_spaces_or_one_repeated_character_refused(users: Users, password: str) -> None:
    with pytest.raises(UserError) as err:
        users.create_administrator("beheer", "B", password)
    assert code_of(err) == "USERS.PASSWORD_WEAK"
    assert users.first_run()


def test_minimum_length_still_holds_and_two_characters_are_enough(users: Users) -> None:
    with pytest.raises(UserError) as err:
        users.create_administrator("beheer", "B", "ab" * 5 + "c")
    assert code_of(err) == "USERS.PASSWORD_TOO_SHORT"
    users.create_administrator("beheer", "B", "a" * 11 + "b")


def fail(users: Users, name: str = "anna") -> tuple[str, ...]:
    with pytest.raises(UserError) as err:
        users.login(name, "fout wachtwoord!")
    return tuple(p.code for p in err.value.problems)


def test_back_off_after_five_failures_growing_and_logged(
    clocked: tuple[Users, Clock, User],
) -> None:
    users, clock, _ = clocked
    assert [fail(users) for _ in range(4)] == [("USERS.LOGIN_FAILED",)] * 4
    with pytest.raises(UserError) as err:
        users.login("anna", "fout wachtwoord!")
    assert [p.code for p in err.value.problems] == ["USERS.LOGIN_FAILED", "USERS.LOCKED"]
    assert "30 seconden" in err.value.problems[1].message_nl
    assert "30 seconds" in err.value.problems[1].message_en
    clock.advance(10)
    with pytest.raises(UserError) as err:  # even the right password waits
        users.login("anna", PASSWORD)
    assert [p.code for p in err.value.problems] == ["USERS.LOCKED"]
    assert "20 seconden" in err.value.problems[0].message_nl
    clock.advance(20)
    assert fail(users) == ("USERS.LOGIN_FAILED", "USERS.LOCKED")  # the 6th: one minute
    clock.advance(59)
    assert fail(users) == ("USERS.LOCKED",)
    clock.advance(1)
    assert users.login("anna", PASSWORD).username == "anna"
    assert fail(users) == ("USERS.LOGIN_FAILED",)  # a success starts the count again
    log = actions(users.store)
    assert log.count("user.login_failed") == 5
    assert log.count("user.lockout") == 2
    assert log.count("user.login_locked") == 2
    assert verify_audit(users.store.path) == []


def test_back_off_survives_a_restart(clocked: tuple[Users, Clock, User]) -> None:
    users, clock, _ = clocked
    for _ in range(5):
        fail(users)
    path = users.store.path
    users.store.close()
    with Store(path, clock=clock) as again:
        with pytest.raises(UserError) as err:
            Users(again, cheap_hasher()).login("anna", PASSWORD)
        assert [p.code for p in err.value.problems] == ["USERS.LOCKED"]


def test_back_off_grows_to_a_cap(clocked: tuple[Users, Clock, User]) -> None:
    users, clock, _ = clocked
    waits = []
    for _ in range(12):
        codes = fail(users)
        if "USERS.LOCKED" in codes:
            row = users.store.query("SELECT locked_until FROM login_throttle")[0][0]
            waits.append(int((dt.datetime.fromisoformat(row) - clock.now).total_seconds()))
            clock.advance(waits[-1])
    assert waits == [30, 60, 120, 240, 480, 900, 900, 900]


def test_unknown_name_backs_off_the_same_way(clocked: tuple[Users, Clock, User]) -> None:
    users, _, _ = clocked
    assert [fail(users, "niemand")[-1] for _ in range(5)] == ["USERS.LOGIN_FAILED"] * 4 + [
        "USERS.LOCKED"
    ]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("ANNA", "anna"), ("\uff21\uff4e\uff4e\uff41", "anna"), ("  anna\t", "anna")],
)
def test_username_normalised_nfkc_casefold(
    users: Users, typist1: User, typed: str, stored: str
) -> None:
    assert users.login(typed, PASSWORD).username == stored


@pytest.mark.parametrize(
    "name", ["anna!", "an na", "anna@dorp", "\u00e9mile", "", "x" * 65, "-anna", "anna\u200b"]
)
def test_username_character_set(users: Users, admin: User, name: str) -> None:
    with pytest.raises(UserError) as err:
        users.create_user(admin, name, "X", Role.INVOERDER, PASSWORD)
    assert "USERS.USERNAME_INVALID" in {p.code for p in err.value.problems}


@pytest.mark.parametrize(
    ("existing", "new"),
    [
        ("anna", "\u0430nna"),  # Cyrillic а
        ("bill", "bi11"),
        ("bill", "biIl"),
        ("otto", "0tt0"),
        ("mark", "rnark"),
        ("wim", "vvim"),
        ("jan.de.vries", "jan.de.vr1es"),
    ],
)
def test_look_alike_username_refused_naming_the_account(
    users: Users, admin: User, existing: str, new: str
) -> None:
    first = users.create_user(admin, existing, "Eerste", Role.INVOERDER, PASSWORD)
    if existing == "otto":  # an inactive account still owns its name and its look-alikes
        users.deactivate(admin, first.id)
    with pytest.raises(UserError) as err:
        users.create_user(admin, new, "Tweede", Role.INVOERDER, PASSWORD)
    problem = next(p for p in err.value.problems if p.code == "USERS.USERNAME_LOOKALIKE")
    assert f"'{existing}'" in problem.message_nl and f"'{existing}'" in problem.message_en


def test_distinct_usernames_are_not_look_alikes(users: Users, admin: User) -> None:
    for name in ("anna", "anne", "anna2", "bram", "bas", "typist1", "typist2", "coord", "coord2"):
        users.create_user(admin, name, name, Role.INVOERDER, PASSWORD)


def test_accounts_listed_with_inactive_role_and_last_login(
    clocked: tuple[Users, Clock, User],
) -> None:
    users, clock, admin = clocked
    coord = users.create_user(admin, "coord", "Coördinator", Role.COORDINATOR, PASSWORD)
    clock.advance(60)
    users.login("anna", PASSWORD)
    clock.advance(60)
    users.login("anna", PASSWORD)
    users.deactivate(admin, coord.id)
    listed = {a.username: a for a in users.list_accounts(admin)}
    assert sorted(listed) == ["anna", "beheer", "coord"]
    assert (listed["coord"].active, listed["coord"].role) == (False, Role.COORDINATOR)
    assert listed["anna"].last_login == "2026-03-18T21:02:00+00:00"
    assert listed["coord"].last_login is None
    assert all(not a.must_change_password for a in listed.values())
    assert [u.username for u in users.list_users()] == ["anna", "beheer"]  # unchanged: active only
    with pytest.raises(UserError):
        users.list_accounts(users.login("anna", PASSWORD))


def test_reset_gives_a_temporary_password_to_change_at_first_login(
    users: Users, admin: User, typist1: User, store: Store
) -> None:
    temporary = users.reset_password(admin, typist1.id)
    assert (
        temporary
        and len(temporary) >= 12
        and temporary not in str(store.query("SELECT payload FROM audit_log"))
    )
    with pytest.raises(UserError):
        users.login("anna", PASSWORD)
    user = users.login("anna", temporary)
    assert user.must_change_password and user == typist1
    with pytest.raises(UserError) as err:
        users.require(user, Action.ENTER_DATA)
    assert code_of(err) == "USERS.MUST_CHANGE_PASSWORD"
    with pytest.raises(UserError) as err:
        users.change_password(user, temporary, temporary)
    assert code_of(err) == "USERS.PASSWORD_UNCHANGED"
    users.change_password(user, temporary, "mijn eigen wachtwoord")
    again = users.login("anna", "mijn eigen wachtwoord")
    assert not again.must_change_password
    users.require(again, Action.ENTER_DATA)
    assert [a.must_change_password for a in users.list_accounts(admin)] == [False] * 2
    assert verify_audit(store.path) == []


def test_users_from_csv_in_one_transaction(
    users: Users, admin: User, store: Store, tmp_path: Path
) -> None:
    csv_file = tmp_path / "accounts.csv"
    csv_file.write_text(
        "\ufeffgebruikersnaam;volledige naam;rol\n"
        "Carla;Carla de Wit;coördinator\n"
        "dirk;Dirk Jansen;invoerder\n"
        "eva;Eva Bos;typist\n",
        encoding="utf-8",
    )
    before = len(actions(store))
    created = users.import_users(admin, csv_file)
    assert [(n.user.username, n.user.role) for n in created] == [
        ("carla", Role.COORDINATOR),
        ("dirk", Role.INVOERDER),
        ("eva", Role.INVOERDER),
    ]
    assert len({n.temporary_password for n in created}) == 3
    assert actions(store)[before:] == ["user.import"]
    for made in created:
        assert users.login(made.user.username, made.temporary_password).must_change_password
    assert verify_audit(store.path) == []


def test_csv_problems_are_named_by_line_and_nothing_is_created(
    users: Users, admin: User, typist1: User, store: Store, tmp_path: Path
) -> None:
    csv_file = tmp_path / "accounts.csv"
    csv_file.write_text(
        "username,full name,role\n"
        "carla,Carla,coordinator\n"
        "anna,Anna 2,invoerder\n"
        "carIa,Carla twee,invoerder\n"
        "dirk,Dirk,koning\n"
        "eva!,Eva,invoerder\n"
        "frank,Frank\n"
        "carla,Carla,invoerder\n",
        encoding="utf-8",
    )
    before = store.query("SELECT count(*) FROM users")[0][0]
    with pytest.raises(UserError) as err:
        users.import_users(admin, csv_file)
    found = {(p.place, p.code) for p in err.value.problems}
    assert found >= {
        ("regel 3", "USERS.USERNAME_TAKEN"),
        ("regel 4", "USERS.USERNAME_LOOKALIKE"),
        ("regel 5", "USERS.ROLE_UNKNOWN"),
        ("regel 6", "USERS.USERNAME_INVALID"),
        ("regel 7", "USERS.CSV_COLUMNS"),
        ("regel 8", "USERS.USERNAME_TAKEN"),
    }, found
    assert all(p.file == str(csv_file) for p in err.value.problems)
    assert store.query("SELECT count(*) FROM users")[0][0] == before


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "USERS.CSV_HEADER"),
        (b"naam,rol\nanna,invoerder\n", "USERS.CSV_HEADER"),
        (b"username,full name,role\n", "USERS.CSV_EMPTY"),
        (b"username,full name,role\n\xff\xfe,x,invoerder\n", "USERS.CSV_ENCODING"),
    ],
)
def test_csv_file_level_problems(
    users: Users, admin: User, tmp_path: Path, content: bytes, code: str
) -> None:
    csv_file = tmp_path / "accounts.csv"
    csv_file.write_bytes(content)
    with pytest.raises(UserError) as err:
        users.import_users(admin, csv_file)
    assert code in {p.code for p in err.value.problems}


def test_only_the_administrator_imports_or_resets(
    users: Users, coordinator: User, typist1: User, tmp_path: Path
) -> None:
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("username,full name,role\nzora,Zora,invoerder\n", encoding="utf-8")
    for who in (coordinator, typist1):
        with pytest.raises(UserError):
            users.import_users(who, csv_file)
        with pytest.raises(UserError):
            users.reset_password(who, typist1.id)
