"""Helpers for the follow-up tests: a 110a for West Maas en Waal (the Kiesraad did not publish
one; made from the 230b's identity, 17 seats and the GR1 threshold of 50 % as in the 520), the
set-up through the interface, and typing papers as typists do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from kieskring.app.api import AppApi
from kieskring.app.api.admin import FileData, SetupRequest
from kieskring.app.import_eml import (
    DefinitionFiles,
    Paper,
    paper_from_counts,
    setup_from_definition,
    setup_from_eml,
)
from kieskring.app.setup import Counting
from kieskring.app.users import Role
from kieskring.domain.election import Election, Region
from kieskring.eml.fingerprint import blanked_groups, fingerprint, groups
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.write_110a import write_110a
from tests.app.support import PASSWORD

TELLING = "Telling_GR2022_WestMaasenWaal.eml.xml"
LISTS = "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"
KEY_PASSPHRASE = "sleutel van de GSB 2022"


class Clock:
    """A clock the test moves."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def wmw_definition(folder: Path) -> FileData:
    """A 110a for GR2022 West Maas en Waal: the 230b's election, 17 seats (the 520 elects 17),
    preference threshold 50 % (GR1, Kieswet P 15), the municipality 0668 in the tree."""
    lists = read_230b(folder / LISTS)
    election = Election(
        identity=lists.identity,
        contest_id="geen",
        seats=17,
        preference_threshold=50,
        regions=(Region(number="668", category="GEMEENTE", name="West Maas en Waal"),),
        created=dt.datetime(2022, 2, 1, 9, 0),
    )
    return FileData("Verkiezingsdefinitie_GR2022_WestMaasenWaal.eml.xml", write_110a(election))


def typed_groups(data: FileData) -> tuple[str, str]:
    """What the clerk types from the paper: the two blanked groups."""
    digest = fingerprint(data.content)
    first, second = blanked_groups(digest)
    return groups(digest)[first], groups(digest)[second]


def set_up_wmw(api: AppApi, folder: Path) -> None:
    """The administrator sets up West Maas en Waal (110a, real 230b, stations from the real
    510b), makes the signing key and the accounts anna, ben (typists) and carla (coordinator)."""
    api.create_administrator("beheer", "Beheerder", PASSWORD, PASSWORD)
    api.login("beheer", PASSWORD)
    definition = wmw_definition(folder)
    candidates = FileData(LISTS, (folder / LISTS).read_bytes())
    stations = FileData(TELLING, (folder / TELLING).read_bytes())
    request = SetupRequest(
        definition, candidates, stations, "", "0668", Counting.CSO,
        typed_groups(definition), typed_groups(candidates),
    )  # fmt: skip
    assert api.save_setup(request).stations == 21
    api.create_signing_key(KEY_PASSPHRASE, KEY_PASSPHRASE)
    for name, role in (
        ("anna", Role.INVOERDER),
        ("ben", Role.INVOERDER),
        ("carla", Role.COORDINATOR),
    ):
        api.add_user(name, name.title(), role, PASSWORD, PASSWORD)
    api.logout()


def wmw_papers(folder: Path) -> dict[int, Paper]:
    """What each station's paper says: the Kiesraad's published count as the form's sections."""
    setup = setup_from_eml(folder / LISTS, folder / TELLING)
    count = read_510(folder / TELLING)
    return {int(u.id.rsplit("SB", 1)[1]): paper_from_counts(setup, u.counts) for u in count.units}


def type_paper(api: AppApi, station: int, paper: Mapping[str, Mapping[str, int | None]]) -> None:
    """Open the station, type every section (acknowledging what the findings box asks), finish."""
    api.open_entry(station)
    for key, values in paper.items():
        result = api.save_section(station, key, dict(values), acknowledged=False)
        if not result.saved:
            assert result.needs_acknowledgement and result.findings
            result = api.save_section(station, key, dict(values), acknowledged=True)
        assert result.saved, key
    api.finish_entry(station)


def generated_file(folder: Path, prefix: str) -> FileData:
    """A generated EML file as a workstation sends it."""
    path = next(folder.glob(f"{prefix}_*.eml.xml"))
    return FileData(path.name, path.read_bytes())


def set_up_generated(api: AppApi, election: Path) -> None:
    """The administrator sets up a generated election from its 110a, 230b and 110b, makes the key
    and the accounts anna, ben (typists) and carla (coordinator)."""
    api.create_administrator("beheer", "Beheerder", PASSWORD, PASSWORD)
    api.login("beheer", PASSWORD)
    definition = generated_file(election, "Verkiezingsdefinitie")
    candidates = generated_file(election, "Kandidatenlijsten")
    stations = generated_file(election, "Stembureaus")
    municipality = api.inspect_definition(definition).municipalities[0].code
    request = SetupRequest(
        definition, candidates, stations, "", municipality, Counting.CSO,
        typed_groups(definition), typed_groups(candidates),
    )  # fmt: skip
    api.save_setup(request)
    api.create_signing_key(KEY_PASSPHRASE, KEY_PASSPHRASE)
    for name, role in (
        ("anna", Role.INVOERDER),
        ("ben", Role.INVOERDER),
        ("carla", Role.COORDINATOR),
    ):
        api.add_user(name, name.title(), role, PASSWORD, PASSWORD)
    api.logout()


def generated_papers(election: Path) -> dict[int, Paper]:
    """What each station's paper says: the generated count as the form's sections (the generator
    writes voter passes C even where a municipal election has none: A takes them)."""
    files = DefinitionFiles(
        next(election.glob("Verkiezingsdefinitie_*")),
        next(election.glob("Kandidatenlijsten_*")),
        next(election.glob("Stembureaus_*")),
    )
    setup = setup_from_definition(files)
    count = read_510(next(election.glob("Telling_*.eml.xml")))
    found = {int(u.id.rsplit("SB", 1)[1]): paper_from_counts(setup, u.counts) for u in count.units}
    for paper in found.values():
        voters = paper["voters_votes"]
        voters["A"] = (voters["D"] or 0) - (voters["B"] or 0)
    return found
