"""The coordinator's station detail offers "release" (issue 14) exactly when a typist holds an
unfinished entry open — first or second entry, or a correction — named after that typist; carrying it
out through the interface object throws the unfinished entry away and the action is gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kieskring.app.api import AppApi, EntryState, open_local
from kieskring.app.setup import save_setup
from kieskring.app.users import Role, Users
from kieskring.storage import Store

from .support import PASSWORD, SETUP, Paper, cheap_hasher, good_paper


@pytest.fixture
def api(tmp_path: Path) -> Iterator[AppApi]:
    path = tmp_path / "gsb.sqlite"
    with Store(path) as store:
        users = Users(store, cheap_hasher())
        admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
        save_setup(store, users, admin, SETUP)
        for name, full, role in (
            ("anna", "Anna de Vries", Role.INVOERDER),
            ("bram", "Bram Bos", Role.INVOERDER),
            ("carla", "Carla", Role.COORDINATOR),
        ):
            users.create_user(admin, name, full, role, PASSWORD)
    found = open_local(path, workstation="tafel-1", hasher=cheap_hasher())
    yield found
    found.close()


def typed(api: AppApi, who: str, station: int, paper: Paper, *, finish: bool = True) -> None:
    """``who`` opens ``station`` and types ``paper`` (all of it and finishes, or only opens)."""
    api.login(who, PASSWORD)
    api.open_entry(station)
    if finish:
        for key, values in paper.items():
            assert api.save_section(station, key, values, acknowledged=True).saved
        api.finish_entry(station)
    api.logout()


def actions(api: AppApi, station: int) -> dict[str, tuple[str, bool, bool]]:
    """The actions of ``station``'s detail: key → (Dutch label, enabled, danger)."""
    return {a.key: (a.label.nl, a.enabled, a.danger) for a in api.station_detail(station).actions}


def test_release_is_offered_for_an_open_entry_named_after_its_typist(api: AppApi) -> None:
    typed(api, "anna", 1, good_paper(), finish=False)  # 1: Anna's first entry, open
    typed(api, "anna", 2, good_paper())
    typed(api, "bram", 2, good_paper(), finish=False)  # 2: Bram's second entry, open
    typed(api, "anna", 3, good_paper())
    typed(api, "bram", 3, good_paper())  # 3: definitive
    api.login("carla", PASSWORD)
    assert actions(api, 1)["release"] == ("Invoer van Anna de Vries vrijgeven…", True, True)
    assert actions(api, 2)["release"] == ("Invoer van Bram Bos vrijgeven…", True, True)
    assert "release" not in actions(api, 3)
    assert api.release_entry(1, "Laptop van Anna vastgelopen").key is EntryState.EMPTY
    assert actions(api, 1) == {}  # nothing typed any more: nothing to decide
    assert api.release_entry(2, "Bram is naar huis").key is EntryState.FIRST_ENTRY_FINALISED
    assert "release" not in actions(api, 2)


def test_release_during_a_correction_names_the_typist_correcting(api: AppApi) -> None:
    typed(api, "anna", 1, good_paper())
    typed(api, "bram", 1, good_paper({"L1.1": 20, "L1.2": 30}))  # two candidates swapped
    api.login("carla", PASSWORD)
    before = actions(api, 1)
    assert "release" not in before and before["send_back_second"][1]
    api.send_back_differences(1, 2)
    api.logout()
    typed(api, "bram", 1, good_paper(), finish=False)  # Bram opens the correction and leaves
    api.login("carla", PASSWORD)
    assert api.station_detail(1).state.key is EntryState.SECOND_ENTRY_CORRECTION
    assert actions(api, 1)["release"] == ("Invoer van Bram Bos vrijgeven…", True, True)
    assert api.release_entry(1, "Bram is ziek").key is EntryState.FIRST_ENTRY_FINALISED
    assert "release" not in actions(api, 1)
