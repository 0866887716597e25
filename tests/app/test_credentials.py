"""Properties of the username and password rules and the back-off (kieskring.app.credentials)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kieskring.app.credentials import (
    FIRST_WAIT,
    FREE_FAILURES,
    MAX_WAIT,
    back_off_seconds,
    look_alike,
    normalise_username,
    password_problem,
    temporary_password,
    username_problem,
    wait_text,
)

valid_names = st.from_regex(r"[a-z0-9](?:[a-z0-9._-]{0,20}[a-z0-9])?", fullmatch=True)

SWAPS = {"l": ["1", "I", "i"], "i": ["1", "l", "I"], "o": ["0"], "a": ["\u0430"], "e": ["\u0435"],
         "m": ["rn"], "w": ["vv"], "c": ["\u0441"], "p": ["\u0440"]}  # fmt: skip
"""Each letter with what a reader could take for it (hand-picked, independent of the code's table)."""


@given(st.text(max_size=30))
def test_normalising_twice_changes_nothing(raw: str) -> None:
    once = normalise_username(raw)
    assert normalise_username(once) == once
    assert once == once.casefold() and unicodedata.is_normalized("NFKC", once)


@given(valid_names)
def test_every_name_of_the_character_set_is_accepted(name: str) -> None:
    assert username_problem(name) is None


@given(valid_names, st.data())
def test_a_confusable_swap_is_a_look_alike(name: str, data: st.DataObject) -> None:
    spots = [i for i, c in enumerate(name) if c in SWAPS]
    if not spots:
        name, spots = name + "l", [len(name)]
    spot = data.draw(st.sampled_from(spots), label="spot")
    swap = data.draw(st.sampled_from(SWAPS[name[spot]]), label="swap")
    twin = normalise_username(name[:spot] + swap + name[spot + 1 :])
    if twin != name:
        assert look_alike(twin, [name]) == name
        assert look_alike(name, [twin]) == twin


@given(st.text(min_size=1, max_size=1), st.integers(min_value=0, max_value=40))
def test_one_repeated_character_is_never_a_password(char: str, extra: int) -> None:
    problem = password_problem(char * (12 + extra))
    assert problem is not None and problem.code == "USERS.PASSWORD_WEAK"


@given(st.text(min_size=12, max_size=40))
def test_a_password_is_refused_exactly_for_the_stated_reasons(password: str) -> None:
    problem = password_problem(password)
    weak = not password.strip() or len(set(password)) == 1
    assert (problem is None) == (len(password) >= 12 and not weak)


def test_temporary_passwords_pass_the_rules_and_differ() -> None:
    made = {temporary_password() for _ in range(200)}
    assert len(made) == 200
    assert all(password_problem(p) is None and len(p) == 19 for p in made)
    assert not any(c in p for p in made for c in "01lio")


@given(st.integers(min_value=0, max_value=10_000))
def test_back_off_grows_and_is_capped(failures: int) -> None:
    wait = back_off_seconds(failures)
    assert 0 <= wait <= MAX_WAIT
    assert (wait == 0) == (failures <= FREE_FAILURES)
    assert back_off_seconds(failures + 1) >= wait
    if failures == FREE_FAILURES + 1:
        assert wait == FIRST_WAIT


def test_wait_in_words() -> None:
    assert wait_text(1) == ("1 seconde", "1 second")
    assert wait_text(119) == ("119 seconden", "119 seconds")
    assert wait_text(121) == ("3 minuten", "3 minutes")
    assert wait_text(900) == ("15 minuten", "15 minutes")


def test_a_run_of_v_reads_both_ways() -> None:
    """Found by Hypothesis: "vvv" reads as "wv" and as "vw"; both names are one look."""
    assert look_alike("alvvv0", ["alvw0"]) == "alvw0"
    assert look_alike("alwv0", ["alvw0"]) == "alvw0"
    assert look_alike("arnm", ["amrn"]) == "amrn"
