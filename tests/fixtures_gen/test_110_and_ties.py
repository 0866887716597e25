"""The generator's 110a and 110b (deterministic, schema-valid, matching the counts) and ``--ties``:
``uitslag result`` stops for a list lot, then for a candidate lot, and completes with both outcomes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixtures.generate import generate
from kieskring.app.import_eml import DefinitionFiles, setup_from_definition
from kieskring.cli import main
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_110b import read_110b
from kieskring.eml.read_510 import read_510
from kieskring.eml.validate import validate_file


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("size", ["tiny", "ps2"])
def test_definition_and_stations_valid_and_consistent(
    size: str, tmp_path: Path, xsd_dir: Path
) -> None:
    files = generate(size, 4, tmp_path)
    definitions = [p for p in files if p.name.startswith("Verkiezingsdefinitie_")]
    assert len(definitions) == 1
    election = read_110a(definitions[0])
    stations = [p for p in files if p.name.startswith("Stembureaus_")]
    assert len(stations) == len(election.municipalities)
    for path in [*definitions, *stations]:
        assert validate_file(path, xsd_dir) in ("110a", "110b")
    for path in stations:
        defined = read_110b(path)
        count = read_510(path.with_name(path.name.replace("Stembureaus_", "Telling_")))
        assert defined.authority == count.authority
        assert [s.eligible_voters for s in defined.stations] == [u.counts.cast for u in count.units]
        assert election.municipality(defined.authority.id) is not None
    first = stations[0]
    code = read_110b(first).authority.id
    lists = sorted(p for p in files if p.name.startswith("Kandidatenlijsten_"))
    region = election.municipality(code)
    assert region is not None
    kieskring = election.kieskring_of(region)
    own = lists[int(kieskring.number) - 1] if kieskring and len(lists) > 1 else lists[0]
    setup = setup_from_definition(DefinitionFiles(definitions[0], own, first), code)
    assert len(setup.stations) == len(read_110b(first).stations)


def test_ties_are_deterministic_and_leave_other_files_alone(tmp_path: Path) -> None:
    generate("wmw", 3, tmp_path / "a", ties=True)
    generate("wmw", 3, tmp_path / "b", ties=True)
    generate("wmw", 3, tmp_path / "plain")
    tied, plain = tree(tmp_path / "a"), tree(tmp_path / "plain")
    assert tied == tree(tmp_path / "b")
    assert tied.keys() == plain.keys()
    assert {n for n in tied if tied[n] != plain[n]} == {
        n for n in tied if n.startswith(("Telling_", "Stembureaus_"))
    }


def run_result(folder: Path, out: Path, lots: list[object] | None) -> int:
    args = [
        "result",
        "--definition",
        *[str(p) for p in folder.glob("Verkiezingsdefinitie_*")],
        "--candidates",
        *[str(p) for p in folder.glob("Kandidatenlijsten_*")],
        "--counts",
        *[str(p) for p in folder.glob("Telling_*")],
        "--out",
        str(out),
    ]
    if lots is not None:
        (out.parent / "lots.json").write_text(json.dumps(lots), encoding="utf-8")
        args += ["--lots", str(out.parent / "lots.json")]
    return main(args)


@pytest.mark.parametrize(("size", "seed"), [("tiny", 1), ("wmw", 2), ("amsterdam", 1)])
def test_ties_need_lots_and_complete_with_them(
    size: str, seed: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "set"
    generate(size, seed, folder, ties=True)
    out = tmp_path / "uitslag"
    assert run_result(folder, out, None) == 3
    printed = capsys.readouterr().out
    assert "LOTING NODIG" in printed and "opties [1, 2]" in printed, printed
    request = json.loads((out / "berekening.json").read_text())["lots_required"]
    assert request["kind"] == "list" and request["options"] == [1, 2]

    assert run_result(folder, out, [2]) == 3
    request = json.loads((out / "berekening.json").read_text())["lots_required"]
    assert request["kind"] == "candidate", request
    assert len(request["options"]) == 2
    pick = request["options"][1]
    assert run_result(folder, out, [2, pick]) == 0
    assert "520 geschreven" in capsys.readouterr().out
    assert (
        out / f"Resultaat_{read_110a(next(folder.glob('Verkiezingsdefinitie_*'))).id}.eml.xml"
    ).exists()


def test_ties_refused_for_several_kieskringen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["fixtures", "generate", "ps2", "--ties", "--out", str(tmp_path)])
    assert code == 1
    assert "FIX.TIES" in capsys.readouterr().err
