"""Choosing the body from the 110a (issue 16; docs/chain-app.md §1), and fail-closed boundaries: an
HSB or CSB never types polling stations and never makes a GSB's outputs; a GSB has no receiving."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given as examples
from hypothesis import strategies as st

from kieskring.app.api import AppApi, open_local
from kieskring.app.api.admin import SetupRequest
from kieskring.app.api.coordinator import OutputRequest
from kieskring.app.setup import Body, ContestSetup, Counting, ElectionSetup, ListSetup, StationSetup
from kieskring.app.users import Role
from kieskring.cli import main as uitslag
from kieskring.errors import UserError
from tests.app.support import SETUP

from .support import (
    KEY_PASSPHRASE,
    PASSWORD,
    Clock,
    cheap_hasher,
    given,
    set_up_body,
    typed_groups,
    wmw_definition,
)


@pytest.fixture
def api(tmp_path: Path) -> Iterator[AppApi]:
    clock = Clock(dt.datetime(2029, 3, 22, 10, 0, tzinfo=dt.UTC))
    found = open_local(tmp_path / "db.sqlite", workstation="t", hasher=cheap_hasher(), clock=clock)
    yield found
    found.close()


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def admin(api: AppApi) -> None:
    api.create_administrator("beheer", "Beheerder", PASSWORD, PASSWORD)
    api.login("beheer", PASSWORD)


def test_the_110a_says_which_bodies_exist(
    api: AppApi, tk2021_dir: Path, wmw_dir: Path, tmp_path: Path
) -> None:
    admin(api)
    tk = given(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml")
    preview = api.inspect_definition(tk)
    assert preview.bodies == (Body.GSB, Body.HSB, Body.CSB)
    assert len(preview.kieskringen) == 20 and preview.kieskringen[19].name == "Bonaire"
    gr = given(wmw_definition(tmp_path, wmw_dir))
    assert api.inspect_definition(gr).bodies == (Body.GSB, Body.CSB)
    lists = given(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    with pytest.raises(UserError) as err:  # one kieskring: the HSB is part of the CSB (O 3 lid 4)
        api.inspect_body(gr, (lists,), Body.HSB, None)
    assert code(err) == "SETUP.BODY"
    body = api.inspect_body(gr, (lists,), Body.CSB, None)
    assert [(u.number, u.code, u.name) for u in body.units] == [(668, "0668", "West Maas en Waal")]
    assert body.candidates[0].challenge.groups.count(None) == 2


def test_a_csb_over_kieskringen_needs_every_kieskrings_lists(api: AppApi, tk2021_dir: Path) -> None:
    admin(api)
    tk = given(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml")
    lists = tuple(
        given(p)
        for p in sorted(tk2021_dir.glob("Kandidatenlijsten_TK2021_*.eml.xml"))
        if "Bonaire" not in p.name
    )
    with pytest.raises(UserError) as err:
        api.inspect_body(tk, lists, Body.CSB, None)
    assert code(err) == "SETUP.KIESKRING" and "20 (Bonaire)" in err.value.problems[0].message_nl
    amsterdam = given(tk2021_dir / "Kandidatenlijsten_TK2021_Amsterdam.eml.xml")
    hsb = api.inspect_body(tk, (amsterdam,), Body.HSB, "9")
    assert [(u.code, u.name) for u in hsb.units] == [("0363", "Amsterdam")]
    with pytest.raises(UserError) as err:  # the 230b must be the kieskring's own
        api.inspect_body(tk, (amsterdam,), Body.HSB, "10")
    assert code(err) == "SETUP.KIESKRING"
    request = SetupRequest(
        tk,
        amsterdam,
        None,
        "",
        None,
        Counting.CSO,
        typed_groups(tk),
        ("0000", "0000"),
        Body.HSB,
        "9",
    )
    with pytest.raises(UserError) as err:  # a group typed wrong: nothing saved
        api.save_setup(request)
    assert code(err) in {"EML.301", "EML.302"}
    assert api.welcome().election is None


def test_stations_are_not_typed_at_a_csb_and_no_gsb_outputs_made(
    api: AppApi, wmw_dir: Path, tmp_path: Path
) -> None:
    lists = given(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    set_up_body(api, given(wmw_definition(tmp_path, wmw_dir)), [lists], Body.CSB)
    api.login("anna", PASSWORD)
    with pytest.raises(UserError) as err:
        api.open_entry(668)
    assert code(err) == "ENTRY.BODY"
    api.logout()
    api.login("carla", PASSWORD)
    request = OutputRequest(
        dt.datetime(2022, 3, 18), "Beneden-Leeuwen", "2022-03-18", KEY_PASSPHRASE
    )
    with pytest.raises(UserError) as err:
        api.gsb_outputs(request)
    assert code(err) == "EXPORT.BODY"


def test_a_gsb_has_no_receiving(api: AppApi, tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--out", str(folder)]) == 0
    definition = given(next(folder.glob("Verkiezingsdefinitie_*")))
    candidates = given(next(folder.glob("Kandidatenlijsten_*")))
    admin(api)
    request = SetupRequest(
        definition,
        candidates,
        given(next(folder.glob("Stembureaus_*"))),
        "",
        None,
        Counting.CSO,
        typed_groups(definition),
        typed_groups(candidates),
    )
    assert api.save_setup(request).body == "GSB"
    api.add_user("carla", "Carla", Role.COORDINATOR, PASSWORD, PASSWORD)
    api.logout()
    api.login("carla", PASSWORD)
    with pytest.raises(UserError) as err:
        api.chain_overview()
    assert code(err) == "SETUP.BODY"


def test_a_gsbs_stored_setup_keeps_its_bytes() -> None:
    """Set-ups stored before the body existed are read and written unchanged."""
    text = SETUP.to_json()
    assert "body" not in text and "contests" not in text
    assert ElectionSetup.from_json(text) == SETUP and ElectionSetup.from_json(text).body is Body.GSB


NAMES = st.text(alphabet="abcdefghij ", min_size=1, max_size=8)
LISTS = st.lists(
    st.builds(ListSetup, st.integers(1, 40), NAMES, st.integers(0, 5)), min_size=1, max_size=4
)


@examples(
    body=st.sampled_from([Body.HSB, Body.CSB]),
    lists=LISTS,
    units=st.lists(st.integers(1, 9999), min_size=1, max_size=5, unique=True),
    contests=st.lists(st.tuples(st.integers(1, 20), LISTS), max_size=3),
    kieskring=st.sampled_from(["", "1", "12"]),
)
def test_a_chain_setup_survives_storage(
    body: Body,
    lists: list[ListSetup],
    units: list[int],
    contests: list[tuple[int, list[ListSetup]]],
    kieskring: str,
) -> None:
    setup = replace(
        SETUP,
        body=body,
        lists=tuple(lists),
        stations=tuple(StationSetup(n, f"Eenheid {n}") for n in units),
        contests=tuple(ContestSetup(n, tuple(x)) for n, x in contests),
        kieskring=kieskring,
        municipality_name="Kieskring Noord",
    )
    again = ElectionSetup.from_json(setup.to_json())
    assert again == setup and again.to_json() == setup.to_json()
