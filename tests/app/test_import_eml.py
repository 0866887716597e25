"""The app with the real West Maas en Waal 2022 files, without Qt: set up from the 230b and 510b
(fingerprint check), all 21 stations typed twice from the real PV numbers, the GSB's 510b equal to
the Kiesraad's totals."""

from __future__ import annotations

from pathlib import Path

import pytest

from kieskring.app.entry import DataEntry
from kieskring.app.import_eml import (
    confirm_fingerprint,
    count_510b,
    fingerprint_challenge,
    paper_from_counts,
    setup_from_eml,
)
from kieskring.app.setup import save_setup
from kieskring.app.states import EntryState
from kieskring.app.totals import gsb_totals
from kieskring.app.users import Role, User, Users
from kieskring.eml.arithmetic import flat_fields
from kieskring.eml.read_510 import read_510
from kieskring.errors import UserError
from kieskring.storage import Store

from .support import PASSWORD, type_paper

TELLING = "Telling_GR2022_WestMaasenWaal.eml.xml"
LISTS = "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"


def test_fingerprint_check_needs_the_right_groups(wmw_dir: Path) -> None:
    shown, (left, right) = fingerprint_challenge(wmw_dir / TELLING)
    parts = shown.split()
    assert shown.startswith("d6be d099")
    assert left < 8 <= right
    confirm_fingerprint(wmw_dir / TELLING, (parts[left], parts[right].upper()))
    with pytest.raises(UserError):
        confirm_fingerprint(wmw_dir / TELLING, (parts[left], "0000"))


def test_wmw_typed_twice_gives_the_official_totals(
    wmw_dir: Path, store: Store, users: Users, admin: User, typist1: User, typist2: User
) -> None:
    setup = setup_from_eml(wmw_dir / LISTS, wmw_dir / TELLING)
    assert len(setup.stations) == 21 and len(setup.lists) == 8
    save_setup(store, users, admin, setup)
    service = DataEntry(store, users)
    real = read_510(wmw_dir / TELLING)
    for unit in real.units:
        number = int(unit.id.rsplit("SB", 1)[1])
        paper = paper_from_counts(setup, unit.counts)
        for typist in (typist1, typist2):
            type_paper(service, typist, number, paper)
            service.finalise(typist, number)
        assert service.status(number).state is EntryState.DEFINITIVE
    coordinator = users.create_user(admin, "coord2", "Coördinator", Role.COORDINATOR, PASSWORD)
    totals = gsb_totals(store, users, coordinator)
    ours = count_510b(totals, real.identity, real.authority)
    expected = flat_fields(real.total)
    got = flat_fields(ours.total)
    for key in [
        k for k in expected if k.startswith("lijst") or k in ("TotalCounted", "blanco", "ongeldig")
    ]:
        assert got[key] == expected[key], key
    assert got["toegelaten kiezers"] == expected["toegelaten kiezers"]
