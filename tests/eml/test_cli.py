"""The ``hash``, ``eml validate``/``check`` and ``tabulate`` commands: output and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kieskring.cli import main
from kieskring.eml.read_510 import read_510
from kieskring.eml.validate import validate_file

WMW_HASH = "d6be d099 cb7e 30b9 1863 4300 407e eb8d 2624 d8c8 9029 f47b ecc4 d4a2 063f 801e"


def test_hash(wmw_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"
    assert main(["hash", str(path), "--groups", "407E", "063F"]) == 0
    out = capsys.readouterr().out
    assert WMW_HASH in out
    assert "7 en 15" in out
    assert main(["hash", str(path), "--full", WMW_HASH.replace("801e", "801f")]) == 1
    assert "EML.301" in capsys.readouterr().err


def test_validate(
    wmw_dir: Path, xsd_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(p) for p in sorted(wmw_dir.glob("*.eml.xml"))]
    assert main(["eml", "validate", "--schemas", str(xsd_dir), *files]) == 0
    assert capsys.readouterr().out.count(" OK") == 3
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<EML")
    assert main(["eml", "validate", "--schemas", str(xsd_dir), *files, str(bad)]) == 1
    err = capsys.readouterr().err
    assert "EML.001" in err
    assert "Traceback" not in err


def test_check_prints_warnings(tk2021_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tk2021_dir / "Telling_TK2021_kieskring_Haarlem.eml.xml"
    assert main(["eml", "check", "--english", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("EML.203") == 3
    assert "number of eligible voters (Cast) is 0" in out


def test_tabulate(
    tk2021_dir: Path, xsd_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "Totaaltelling.eml.xml"
    inputs = [
        str(tk2021_dir / f"Telling_TK2021_kieskring_{name}.eml.xml")
        for name in ("Amsterdam", "Utrecht")
    ]
    code = main(
        [
            "tabulate",
            "--authority",
            "CSB",
            "--authority-name",
            "Nederland",
            "--contest",
            "alle",
            "--created",
            "2021-03-23T20:05:40",
            "--short-codes",
            str(tk2021_dir / "Totaaltelling_TK2021.eml.xml"),
            "--out",
            str(out),
            "--details",
            *inputs,
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "HSB9 ← " in printed
    assert "HSB9::0363" in printed
    assert validate_file(out, xsd_dir) == "510d"
    written = read_510(out, levels="d")
    published = {u.id: u for u in read_510(tk2021_dir / "Totaaltelling_TK2021.eml.xml").units}
    for unit in written.units:
        assert unit.counts.lists == published[unit.id].counts.lists


def test_tabulate_bad_time(
    wmw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["tabulate", "--authority", "HSB6", "--contest", "6", "--created", "gisteren"]
    args += [
        "--out",
        str(tmp_path / "x.xml"),
        str(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"),
    ]
    assert main(args) == 1
    assert "EML.012" in capsys.readouterr().err


def test_check_refuses_files_of_two_elections(
    wmw_dir: Path, tk2021_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [
        wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml",
        tk2021_dir / "Resultaat_TK2021.eml.xml",
    ]
    assert main(["eml", "check", *map(str, files)]) == 1
    assert "EML.112" in capsys.readouterr().err
