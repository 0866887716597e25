"""Election set-up at GSB level from a 110a + 230b + stations, for every category with real
definitions: GR (West Maas en Waal 2022 with its real 230b and 510b; Stadskanaal 2026), PS2023
Drenthe/Gelderland/Limburg, AB2023 Limburg and TK2021 (real 230b per kieskring). Where no real 230b
exists, one is built for the definition with Uitslag's writers. Mismatches give coded problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kieskring.app.import_eml import (
    DefinitionFiles,
    fingerprint_challenge,
    install_from_definition,
    setup_from_definition,
    setup_from_eml,
    stations_from_text,
)
from kieskring.app.setup import ElectionSetup, StationSetup, save_setup
from kieskring.app.users import User, Users
from kieskring.domain import Candidate, CandidateLists, Election, PartyList
from kieskring.domain.election import Authority, PollingStation, PollingStations, Region
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.write_110a import write_110a
from kieskring.eml.write_110b import write_110b
from kieskring.eml.write_520 import write_230b
from kieskring.errors import UserError
from kieskring.storage import Store
from tests.conftest import shared_path

WMW_LISTS = "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"
WMW_TELLING = "Telling_GR2022_WestMaasenWaal.eml.xml"
CREATED = dt.datetime(2022, 2, 3, 12, 0)


def definition(name: str) -> Path:
    return shared_path("data", "definitions", f"Verkiezingsdefinitie_{name}.eml.xml")


def code(setup_error: pytest.ExceptionInfo[UserError]) -> str:
    return setup_error.value.problems[0].code


def wmw_definition(tmp_path: Path, wmw_dir: Path) -> Path:
    """A 110a for GR2022 West Maas en Waal (none was published), written by our writer."""
    identity = read_230b(wmw_dir / WMW_LISTS).identity
    election = Election(
        identity=identity,
        contest_id="geen",
        seats=17,
        preference_threshold=50,
        regions=(
            Region(
                number="668",
                category="GEMEENTE",
                name="West Maas en Waal",
                committees=("CSB", "HSB"),
            ),
        ),
        registered_parties=("CDA", "VVD"),
        issue_date=dt.date(2022, 2, 1),
        created=CREATED,
    )
    path = tmp_path / "Verkiezingsdefinitie_GR2022_WestMaasenWaal.eml.xml"
    path.write_bytes(write_110a(election))
    return path


def lists_for(election: Election, contest: str, lists: int = 3) -> CandidateLists:
    """A 230b for ``election`` (contest ``geen`` or a kieskring number)."""
    return CandidateLists(
        identity=election.identity,
        authority=Authority(id="CSB", name="Centraal stembureau"),
        issue_date=election.identity.nomination_date,
        created=CREATED,
        contest_id=contest,
        contest_name=None if contest == "geen" else f"Kieskring {contest}",
        lists=tuple(
            PartyList(
                number=n,
                name=name,
                type="op zichzelf staande lijst",
                candidates=tuple(
                    Candidate(number=i, initials="A.", last_name=f"Kandidaat{n}x{i}")
                    for i in range(1, 2 + n)
                ),
            )
            for n, name in enumerate(election.registered_parties[:lists], start=1)
        ),
    )


def write_lists(tmp_path: Path, election: Election, contest: str) -> Path:
    path = tmp_path / f"Kandidatenlijsten_{election.id}_{contest}.eml.xml"
    path.write_bytes(write_230b(lists_for(election, contest), CREATED))
    return path


def write_stations(tmp_path: Path, election: Election, region: Region, count: int = 4) -> Path:
    stations = PollingStations(
        identity=election.identity,
        authority=Authority(id=region.cbs_code, name=region.name),
        unit_name=region.name,
        created=CREATED,
        stations=tuple(
            PollingStation(number=n, name=f"Stembureau {n}", eligible_voters=1000 + n)
            for n in range(1, count + 1)
        ),
    )
    path = tmp_path / f"Stembureaus_{election.id}_{region.cbs_code}.eml.xml"
    path.write_bytes(write_110b(stations))
    return path


def test_gr_wmw_from_110a_230b_and_510b(tmp_path: Path, wmw_dir: Path) -> None:
    files = DefinitionFiles(
        wmw_definition(tmp_path, wmw_dir), wmw_dir / WMW_LISTS, wmw_dir / WMW_TELLING
    )
    setup = setup_from_definition(files)
    assert (len(setup.lists), len(setup.stations)) == (8, 21)
    assert not setup.voter_passes
    assert (setup.municipality_id, setup.municipality_name) == ("0668", "West Maas en Waal")
    old = setup_from_eml(wmw_dir / WMW_LISTS, wmw_dir / WMW_TELLING)
    assert (old.lists, old.stations) == (setup.lists, setup.stations)
    assert ElectionSetup.from_json(setup.to_json()) == setup
    assert not setup.problems()


def test_gr_wmw_stations_from_110b_and_by_hand(tmp_path: Path, wmw_dir: Path) -> None:
    path = wmw_definition(tmp_path, wmw_dir)
    election = read_110a(path)
    region = election.municipalities[0]
    count = read_510(wmw_dir / WMW_TELLING)
    stations = PollingStations(
        identity=count.identity,
        authority=count.authority,
        unit_name=count.authority.name,
        stations=tuple(
            PollingStation(
                number=int(u.id.rsplit("SB", 1)[1]), name=u.name, eligible_voters=u.counts.cast
            )
            for u in count.units
        ),
    )
    stations_path = tmp_path / "Stembureaus_GR2022_WestMaasenWaal.eml.xml"
    stations_path.write_bytes(write_110b(stations, CREATED))
    from_110b = setup_from_definition(DefinitionFiles(path, wmw_dir / WMW_LISTS, stations_path))
    from_510b = setup_from_definition(
        DefinitionFiles(path, wmw_dir / WMW_LISTS, wmw_dir / WMW_TELLING)
    )
    assert from_110b == from_510b
    typed = stations_from_text("1;Gemeentehuis;1200\n\n2 ; Sporthal\n")
    assert typed == (StationSetup(1, "Gemeentehuis", 1200), StationSetup(2, "Sporthal", None))
    by_hand = setup_from_definition(
        DefinitionFiles(path, wmw_dir / WMW_LISTS), typed_stations=typed
    )
    assert by_hand.stations == typed and by_hand.municipality_id == region.cbs_code


@pytest.mark.parametrize("line", ["x;Naam", "1", "1;", "1;Naam;-3", "1;Naam;12.5", "1;a;2;3"])
def test_stations_typed_by_hand_are_checked(line: str) -> None:
    with pytest.raises(UserError) as caught:
        stations_from_text(f"1;Goed\n{line}")
    assert code(caught) == "SETUP.TYPED" and caught.value.problems[0].place == "regel 2"


@pytest.mark.parametrize(
    ("name", "municipality", "kieskring"),
    [
        ("PS2023_Drenthe", "0106", "1"),
        ("PS2023_Gelderland", "0202", None),
        ("PS2023_Limburg", "0935", None),
        ("AB2023_Limburg", "0882", "1"),
        ("GR2026_Stadskanaal", None, None),
    ],
)
def test_real_definitions_set_up_at_gsb_level(
    tmp_path: Path, name: str, municipality: str | None, kieskring: str | None
) -> None:
    path = definition(name)
    election = read_110a(path)
    region = (
        election.municipalities[0] if municipality is None else election.municipality(municipality)
    )
    assert region is not None
    district = election.kieskring_of(region)
    several = len(election.kieskringen) > 1
    contest = district.number if several and district is not None else "geen"
    if kieskring is not None:  # one kieskring: its number is accepted as well as 'geen'
        contest = kieskring
    files = DefinitionFiles(
        path, write_lists(tmp_path, election, contest), write_stations(tmp_path, election, region)
    )
    setup = setup_from_definition(files, municipality)
    assert setup.election_id == election.id and len(setup.stations) == 4
    assert setup.voter_passes is (election.identity.category != "GR")
    assert setup.municipality_id == region.cbs_code
    assert [x.candidates for x in setup.lists] == [2, 3, 4]


def test_ps2_needs_the_230b_of_the_municipalitys_kieskring(tmp_path: Path) -> None:
    path = definition("PS2023_Gelderland")
    election = read_110a(path)
    assert len(election.kieskringen) > 1
    region = election.municipality("0202")
    assert region is not None
    own = election.kieskring_of(region)
    assert own is not None
    other = next(number for number, _ in election.kieskringen if number != own.number)
    for contest in (other, "geen", "alle"):
        files = DefinitionFiles(
            path,
            write_lists(tmp_path, election, contest),
            write_stations(tmp_path, election, region),
        )
        with pytest.raises(UserError) as caught:
            setup_from_definition(files, "0202")
        assert code(caught) == "SETUP.KIESKRING"
        assert f"kieskring {own.number} ({own.name})" in caught.value.problems[0].message_nl


def test_several_municipalities_need_a_choice(tmp_path: Path) -> None:
    path = definition("PS2023_Drenthe")
    election = read_110a(path)
    files = DefinitionFiles(path, write_lists(tmp_path, election, "geen"))
    with pytest.raises(UserError) as caught:
        setup_from_definition(files)
    assert code(caught) == "SETUP.MUNICIPALITY" and "12" in caught.value.problems[0].message_nl
    with pytest.raises(UserError) as caught:
        setup_from_definition(files, "0999")
    assert code(caught) == "SETUP.MUNICIPALITY"


def test_230b_of_another_election_is_refused(tmp_path: Path, wmw_dir: Path) -> None:
    files = DefinitionFiles(
        definition("GR2026_Stadskanaal"), wmw_dir / WMW_LISTS, wmw_dir / WMW_TELLING
    )
    with pytest.raises(UserError) as caught:
        setup_from_definition(files)
    first = caught.value.problems[0]
    assert first.code == "EML.112" and first.file.endswith(WMW_LISTS)
    assert "GR2022_WestMaasenWaal" in first.message_nl and "GR2026_Stadskanaal" in first.message_nl


def test_230b_of_another_category_is_refused(tmp_path: Path) -> None:
    election = read_110a(definition("PS2023_Drenthe"))
    as_ab = election.model_copy(
        update={
            "identity": election.identity.model_copy(
                update={"category": "AB", "subcategory": "AB2"}
            )
        }
    )
    files = DefinitionFiles(definition("PS2023_Drenthe"), write_lists(tmp_path, as_ab, "geen"))
    with pytest.raises(UserError) as caught:
        setup_from_definition(files, "0106")
    assert {p.code for p in caught.value.problems} == {"EML.112"}
    assert any("ElectionCategory" in p.message_nl for p in caught.value.problems)


def test_stations_of_another_municipality_or_election_are_refused(
    tmp_path: Path, wmw_dir: Path
) -> None:
    path = definition("PS2023_Drenthe")
    election = read_110a(path)
    assen, emmen = election.municipality("0106"), election.municipality("0114")
    assert assen is not None and emmen is not None
    lists = write_lists(tmp_path, election, "geen")
    with pytest.raises(UserError) as caught:
        setup_from_definition(
            DefinitionFiles(path, lists, write_stations(tmp_path, election, emmen)), "0106"
        )
    assert code(caught) == "SETUP.STATIONS_FILE"
    with pytest.raises(UserError) as caught:
        setup_from_definition(DefinitionFiles(path, lists, wmw_dir / WMW_TELLING), "0106")
    assert code(caught) == "EML.112"


def test_tk2021_real_230b_per_kieskring(tmp_path: Path, tk2021_dir: Path) -> None:
    path = tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml"
    election = read_110a(path)
    groningen = election.municipality("0014")
    assert groningen is not None
    stations = write_stations(tmp_path, election, groningen, 3)
    right = tk2021_dir / "Kandidatenlijsten_TK2021_Groningen.eml.xml"
    setup = setup_from_definition(DefinitionFiles(path, right, stations), "0014")
    assert setup.voter_passes and len(setup.lists) == 31 and len(setup.stations) == 3
    wrong = tk2021_dir / "Kandidatenlijsten_TK2021_Amsterdam.eml.xml"
    with pytest.raises(UserError) as caught:
        setup_from_definition(DefinitionFiles(path, wrong, stations), "0014")
    assert code(caught) == "SETUP.KIESKRING"
    assert "kieskring 1 (Groningen)" in caught.value.problems[0].message_nl


def test_install_checks_both_fingerprints(
    tmp_path: Path, wmw_dir: Path, store: Store, users: Users, admin: User
) -> None:
    files = DefinitionFiles(
        wmw_definition(tmp_path, wmw_dir), wmw_dir / WMW_LISTS, wmw_dir / WMW_TELLING
    )

    def typed(path: Path) -> tuple[str, str]:
        shown, (left, right) = fingerprint_challenge(path)
        return shown.split()[left], shown.split()[right]

    with pytest.raises(UserError) as caught:
        install_from_definition(files, (("0000", "0000"), typed(files.candidates)))
    assert code(caught) == "EML.301" and caught.value.problems[0].file == str(files.definition)
    with pytest.raises(UserError) as caught:
        install_from_definition(files, (typed(files.definition), ("0000", "0000")))
    assert code(caught) == "EML.301" and caught.value.problems[0].file == str(files.candidates)
    setup = install_from_definition(files, (typed(files.definition), typed(files.candidates)))
    save_setup(store, users, admin, setup)


def test_missing_file_is_a_coded_problem(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        fingerprint_challenge(tmp_path / "weg.eml.xml")
    assert code(caught) == "EML.007"
