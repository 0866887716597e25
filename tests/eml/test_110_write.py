"""EML 110a writer and 110b reader/writer: schema-valid, canonical, round-tripping, and every rule of
the 110b reader as a coded problem naming file and place (never a traceback)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kieskring.domain.election import Authority, PollingStation, PollingStations
from kieskring.eml.fingerprint import fingerprint, sha256_hex
from kieskring.eml.read_110a import election_from_root, read_110a
from kieskring.eml.read_110b import read_110b, stations_from_root
from kieskring.eml.safe import parse_eml
from kieskring.eml.validate import validate_bytes
from kieskring.eml.write_110a import write_110a
from kieskring.eml.write_110b import write_110b
from kieskring.errors import UserError
from tests.conftest import shared_path

DEFINITIONS = [
    ("definitions", "Verkiezingsdefinitie_AB2023_Limburg.eml.xml"),
    ("definitions", "Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml"),
    ("definitions", "Verkiezingsdefinitie_PS2023_Drenthe.eml.xml"),
    ("definitions", "Verkiezingsdefinitie_PS2023_Gelderland.eml.xml"),
    ("definitions", "Verkiezingsdefinitie_PS2023_Limburg.eml.xml"),
    ("TK2021", "Verkiezingsdefinitie_TK2021.eml.xml"),
]


@pytest.mark.parametrize(("folder", "name"), DEFINITIONS)
def test_110a_model_round_trip_and_valid(folder: str, name: str, xsd_dir: Path) -> None:
    election = read_110a(shared_path("data", folder, name))
    written = write_110a(election)
    validate_bytes(written, "written", xsd_dir)
    again = election_from_root(parse_eml(written, "written", ("110a",)), "written")
    assert again == election
    assert write_110a(again) == written
    assert fingerprint(written) == sha256_hex(written)  # canonical: the hash is of the bytes


def test_110a_keeps_the_header(tk2021_dir: Path) -> None:
    election = read_110a(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml")
    assert election.issue_date == dt.date(2021, 3, 10)
    assert election.created == dt.datetime(2021, 3, 10, 15, 45, 44)
    assert election.authority is None
    later = write_110a(election, dt.datetime(2021, 3, 11, 8, 0))
    assert b"<kr:CreationDateTime>2021-03-11T08:00:00.000<" in later


def test_municipalities_and_their_kieskring() -> None:
    election = read_110a(
        shared_path("data", "definitions", "Verkiezingsdefinitie_PS2023_Gelderland.eml.xml")
    )
    arnhem = election.municipality("0202")
    assert arnhem is not None and arnhem.name == "Arnhem" and arnhem.cbs_code == "0202"
    kieskring = election.kieskring_of(arnhem)
    assert kieskring is not None and kieskring.category == "KIESKRING"
    assert election.municipality("9999") is None


def stations(count: int = 3) -> PollingStations:
    election = read_110a(
        shared_path("data", "definitions", "Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml")
    )
    return PollingStations(
        identity=election.identity.model_copy(update={"nomination_date": None}),
        authority=Authority(id="0037", name="Stadskanaal"),
        unit_name="Stadskanaal",
        issue_date=dt.date(2026, 2, 20),
        created=dt.datetime(2026, 2, 20, 9, 30),
        stations=tuple(
            PollingStation(
                number=n,
                name=f"Stembureau {n} <De Hoek> & zo",
                postal_code=None if n == 2 else f"95{n:02d} AB",
                eligible_voters=0 if n == 3 else 1000 + n,
            )
            for n in range(1, count + 1)
        ),
    )


def test_110b_round_trip_bytes_and_model(tmp_path: Path, xsd_dir: Path) -> None:
    model = stations()
    written = write_110b(model)
    validate_bytes(written, "written", xsd_dir)
    path = tmp_path / "Stembureaus_GR2026_Stadskanaal.eml.xml"
    path.write_bytes(written)
    again = read_110b(path)
    assert again == model
    assert write_110b(again) == written
    assert [s.eligible_voters for s in again.stations] == [1001, 1002, 0]


def test_110b_leaves_out_the_nomination_date(xsd_dir: Path) -> None:
    model = stations()
    with_date = model.model_copy(
        update={
            "identity": model.identity.model_copy(update={"nomination_date": dt.date(2026, 2, 2)})
        }
    )
    written = write_110b(with_date)
    assert b"NominationDate" not in written
    validate_bytes(written, "written", xsd_dir)


def tampered(tmp_path: Path, old: bytes, new: bytes) -> Path:
    data = write_110b(stations())
    assert old in data, old
    path = tmp_path / "Stembureaus.eml.xml"
    path.write_bytes(data.replace(old, new, 1))
    return path


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        (b'<PollingStation Id="2">', b'<PollingStation Id="1">', "EML.108"),
        (b'<PollingStation Id="1">', b'<PollingStation Id="0">', "EML.116"),
        (b'<PollingStation Id="1">', b'<PollingStation Id="x1">', "EML.009"),
        (b">1001</PollingStation>", b">-5</PollingStation>", "EML.010"),
        (b">1001</PollingStation>", b">12.5</PollingStation>", "EML.009"),
        (b">1001</PollingStation>", b">1e3</PollingStation>", "EML.009"),
        (b">1001</PollingStation>", b">99999999999</PollingStation>", "EML.011"),
        (b'<ReportingUnitIdentifier Id="0037">', b'<ReportingUnitIdentifier Id="0038">', "EML.109"),
        (b'<AuthorityIdentifier Id="0037">', b'<AuthorityIdentifier Id="CSB">', "EML.115"),
        (b'Id="110b"', b'Id="110a"', "EML.006"),
        (b"<EML ", b'<!DOCTYPE x [<!ENTITY a "b">]><EML ', "EML.002"),
        (b"<ReportingUnit>", b"<ReportingUnitX>", "EML.001"),
        (
            b'<ReportingUnit><ReportingUnitIdentifier Id="0037">Stadskanaal</ReportingUnitIdentifier>'
            b"</ReportingUnit>",
            b"",
            "EML.008",
        ),
        (b'<PollingStation Id="1">1001</PollingStation>', b"", "EML.008"),
    ],
)
def test_110b_rules(tmp_path: Path, old: bytes, new: bytes, code: str) -> None:
    path = tampered(tmp_path, old, new)
    with pytest.raises(UserError) as caught:
        read_110b(path)
    found = caught.value.problems[0]
    assert found.code == code, caught.value.lines()
    assert found.file == str(path)
    assert found.message_nl and found.message_en
    if code not in ("EML.002", "EML.006", "EML.115"):
        assert found.place.startswith("regel "), found.place


def test_110b_empty_count_reads_as_unknown(tmp_path: Path) -> None:
    path = tampered(tmp_path, b">1001</PollingStation>", b"></PollingStation>")
    assert read_110b(path).stations[0].eligible_voters == 0


def test_110b_parsed_from_root_equals_file(tmp_path: Path) -> None:
    written = write_110b(stations(5))
    root = parse_eml(written, "mem", ("110b",))
    assert len(stations_from_root(root, "mem").stations) == 5
