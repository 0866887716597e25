"""Up the chain with signed files (issue 16): a generated province with four kieskringen. The HSB of
kieskring 1 receives its municipalities' 510b files — signed by the GSB, the signature checked on
import — types each Na 31-2 once, and writes the kieskring's 510c (with its ``.sig``) and the signed
O 3; its numbers are the generator's own 510c. The CSB receives that signed 510c and the other
kieskringen's, and writes the 510d, the 520 and the signed P 22-1. ``uitslag verify`` then checks
every signature on the way up and recomputes every level."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kieskring.app.api import AppApi, open_local
from kieskring.app.api.admin import FileData
from kieskring.app.chain.overview import UnitStatus
from kieskring.app.outputs import save_files
from kieskring.app.setup import Body
from kieskring.cli import main as uitslag
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.errors import UserError
from kieskring.signing.detached import sign_bytes
from kieskring.signing.installation import create_installation
from kieskring.signing.verify import verify_pdf

from .support import (
    KEY_PASSPHRASE,
    PASSWORD,
    Clock,
    cheap_hasher,
    given,
    paper_of,
    set_up_body,
    type_paper,
    typed_groups,
)

CREATED = dt.datetime(2029, 3, 23, 12, 0)


@pytest.fixture(scope="module")
def ps2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ps2")
    assert uitslag(["fixtures", "generate", "ps2", "--seed", "2", "--out", str(folder)]) == 0
    return folder


def open_api(path: Path) -> AppApi:
    clock = Clock(dt.datetime(2029, 3, 22, 20, 0, tzinfo=dt.UTC))
    return open_local(path, workstation="tafel", hasher=cheap_hasher(), clock=clock)


@pytest.fixture
def hsb(tmp_path: Path) -> Iterator[AppApi]:
    api = open_api(tmp_path / "hsb.sqlite")
    yield api
    api.close()


@pytest.fixture
def csb(tmp_path: Path) -> Iterator[AppApi]:
    api = open_api(tmp_path / "csb.sqlite")
    yield api
    api.close()


def lists_file(ps2: Path, kieskring: int) -> Path:
    return next(ps2.glob(f"Kandidatenlijsten_*_{kieskring}.eml.xml"))


def receive_and_type(
    api: AppApi, files: list[tuple[Path, FileData | None]], ps2: Path, kieskring: int | None
) -> None:
    """The coordinator imports every file (with its signature); a typist types every PV once."""
    api.login("carla", PASSWORD)
    numbers = {}
    for path, sig in files:
        data = given(path)
        unit = api.import_unit_file(data, sig, typed_groups(data))
        assert unit.file is not None and unit.file.signed is (sig is not None)
        numbers[unit.number] = path
    api.logout()
    api.login("anna", PASSWORD)
    for number, path in numbers.items():
        contest = kieskring if kieskring is not None else number
        parties = [(x.number, len(x.candidates)) for x in read_230b(lists_file(ps2, contest)).lists]
        type_paper(api, number, paper_of(read_510(path).total, parties, True))
        api.finish_unit_entry(number)
    api.logout()


def test_hsb_writes_the_signed_510c_and_o3_and_the_csb_receives_it(
    hsb: AppApi, csb: AppApi, ps2: Path, tmp_path: Path, xsd_dir: Path
) -> None:
    definition = given(next(ps2.glob("Verkiezingsdefinitie_*")))
    set_up_body(hsb, definition, [given(lists_file(ps2, 1))], Body.HSB, kieskring="1")
    gsb_key = create_installation(
        tmp_path / "gsb-sleutel",
        "Gemeentelijk stembureau",
        b"sleutel van de gsb",
        CREATED.replace(tzinfo=dt.UTC),
    )
    kieskring_1 = read_510(ps2 / "Telling_PS2029_Noordland_kieskring_1.eml.xml")
    names = {u.id.split("::")[1]: u.name for u in kieskring_1.units}
    files: list[tuple[Path, FileData | None]] = []
    for name in names.values():
        path = ps2 / f"Telling_PS2029_Noordland_{name}.eml.xml"
        sig = sign_bytes(path.read_bytes(), path.name, gsb_key)
        files.append((path, FileData(path.name + ".sig", sig)))
    hsb.login("carla", PASSWORD)
    assert [u.code for u in hsb.chain_overview().units] == sorted(names)
    first = given(files[0][0])
    tampered = FileData(first.name, first.content.replace(b"<ValidVotes>", b"<ValidVotes>1", 1))
    with pytest.raises(UserError) as err:  # a file changed after signing is refused
        hsb.import_unit_file(tampered, files[0][1], typed_groups(tampered))
    assert err.value.problems[0].code in {"SIGN.102", "EML.101", "EML.102", "EML.103"}
    other = given(ps2 / "Telling_PS2029_Noordland_Berkel.eml.xml")  # kieskring 2
    with pytest.raises(UserError) as err:
        hsb.inspect_unit_file(other, None)
    assert err.value.problems[0].code == "CHAIN.UNIT"
    hsb.logout()
    receive_and_type(hsb, files, ps2, 1)

    hsb.login("carla", PASSWORD)
    assert all(u.status is UnitStatus.IN for u in hsb.chain_overview().units)
    request = replace(hsb.chain_output_defaults(), created=CREATED, passphrase=KEY_PASSPHRASE)
    outputs = hsb.chain_outputs(request)
    up = tmp_path / "hsb-uit"
    saved = {p.name: p for p in save_files(up, outputs.files)}
    ours = read_510(saved["Telling_PS2029_Noordland_kieskring_Kieskring_1.eml.xml"])
    assert ours.authority.id == "HSB1" and ours.contest_id == "1"
    assert ours.total == kieskring_1.total  # the generator's own kieskring count, every number
    assert [(u.id, u.counts) for u in ours.units] == [(u.id, u.counts) for u in kieskring_1.units]
    assert verify_pdf(saved["O3_PS2029_Noordland_kieskring_Kieskring_1.pdf"]).ok
    hsb.logout()

    set_up_body(csb, definition, [given(lists_file(ps2, k)) for k in (1, 2, 3, 4)], Body.CSB)
    ours_file = saved["Telling_PS2029_Noordland_kieskring_Kieskring_1.eml.xml"]
    ours_sig = given(ours_file.with_name(ours_file.name + ".sig"))
    kieskringen: list[tuple[Path, FileData | None]] = [(ours_file, ours_sig)]
    kieskringen += [
        (ps2 / f"Telling_PS2029_Noordland_kieskring_{k}.eml.xml", None) for k in (2, 3, 4)
    ]
    receive_and_type(csb, kieskringen, ps2, None)
    csb.login("carla", PASSWORD)
    board = csb.chain_overview()
    assert board.ready, board.reason
    signer = board.units[0].file
    assert signer is not None and signer.signer == outputs.certificate_fingerprint
    result = csb.result_view()
    assert result.completed and result.seats == 55
    outputs = csb.chain_outputs(
        replace(csb.chain_output_defaults(), created=CREATED, passphrase=KEY_PASSPHRASE)
    )
    final = {p.name: p for p in save_files(tmp_path / "csb-uit", outputs.files)}
    assert verify_pdf(final["P22-1_PS2029_Noordland.pdf"]).ok
    generated = read_510(ps2 / "Totaaltelling_PS2029_Noordland.eml.xml")
    total = read_510(final["Totaaltelling_PS2029_Noordland.eml.xml"])
    assert [(x.number, x.votes) for x in total.total.lists] == [
        (x.number, x.votes) for x in generated.total.lists
    ]

    chain = tmp_path / "keten"
    for folder in (up, tmp_path / "csb-uit"):
        shutil.copytree(folder, chain, dirs_exist_ok=True)
    for path, sig in files:
        shutil.copy(path, chain)
        assert sig is not None
        (chain / sig.name).write_bytes(sig.content)
    for source in (*ps2.glob("Kandidatenlijsten_*"), *ps2.glob("Verkiezingsdefinitie_*")):
        shutil.copy(source, chain)
    for k in (2, 3, 4):
        shutil.copy(ps2 / f"Telling_PS2029_Noordland_kieskring_{k}.eml.xml", chain)
    assert uitslag(["verify", "--schemas", str(xsd_dir), str(chain)]) == 0
