"""One election per run (issue 12 B): ``result`` and ``tabulate`` refuse files of different elections
(identifier, date, category, kieskring) and incomplete sets, naming what is missing; ``eml
validate`` and ``eml check`` never call files of different elections one set. The codes are the
cross-file rules of ``eml check`` (EML.112 other election, EML.119 missing, EML.120 other
kieskring), written once in :mod:`kieskring.eml.consistency`."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.generate.chain import generate
from kieskring.cli import main

TINY_ID = b'Id="GR2029_Berkelstad"'


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tiny")
    return {p.name.split("_")[0]: p for p in generate("tiny", 1, folder)}


@pytest.fixture(scope="module")
def ps2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A provincial election with four kieskringen (PS2): 110a, 4 × 230b, 510b/510c/510d."""
    folder = tmp_path_factory.mktemp("ps2")
    generate("ps2", 1, folder)
    return folder


def other_election(path: Path, folder: Path, old: bytes = TINY_ID, new: bytes = b"") -> Path:
    """A copy of ``path`` as a file of another election (another id, or ``old`` → ``new``)."""
    data = path.read_bytes()
    assert old in data
    target = folder / f"ander_{path.name}"
    target.write_bytes(data.replace(old, new or b'Id="GR2029_Anders"'))
    return target


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_result_refuses_a_tk2021_list_with_a_gr2022_count(
    tk2021_dir: Path, wmw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The case of the issue: today a 520 named after West Maas en Waal, electing TK candidates."""
    code, out = run(
        capsys,
        "result", "--seats", "17",
        "--candidates", tk2021_dir / "Kandidatenlijsten_TK2021_Assen.eml.xml",
        "--counts", wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml",
        "--out", tmp_path / "uit",
    )  # fmt: skip
    assert code == 1 and "EML.112" in out
    assert not list(tmp_path.glob("uit/Resultaat_*"))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (TINY_ID, b'Id="GR2029_Anders"'),
        (b"<kr:ElectionDate>2029-03-21<", b"<kr:ElectionDate>2029-03-22<"),
        (b"<ElectionCategory>GR<", b"<ElectionCategory>AB<"),
    ],
)
def test_result_and_tabulate_refuse_counts_of_another_election(
    tiny: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    old: bytes,
    new: bytes,
) -> None:
    count = other_election(tiny["Telling"], tmp_path, old, new)
    code, out = run(
        capsys,
        "result", "--seats", "9", "--candidates", tiny["Kandidatenlijsten"],
        "--counts", count, "--out", tmp_path / "uit",
    )  # fmt: skip
    assert code == 1 and "EML.112" in out
    code, out = run(
        capsys,
        "tabulate", "--authority", "HSB1", "--contest", "1", "--created", "2029-03-23T10:00:00",
        "--out", tmp_path / "510c.xml", tiny["Telling"], count,
    )  # fmt: skip
    assert code == 1 and "EML.112" in out


def test_result_refuses_a_definition_of_another_election(
    tiny: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    definition = other_election(tiny["Verkiezingsdefinitie"], tmp_path)
    code, out = run(
        capsys,
        "result", "--definition", definition, "--candidates", tiny["Kandidatenlijsten"],
        "--counts", tiny["Telling"], "--out", tmp_path / "uit",
    )  # fmt: skip
    assert code == 1 and "EML.112" in out


def test_result_names_the_kieskringen_whose_lists_are_missing(
    tk2021_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(
        capsys,
        "result", "--definition", tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml",
        "--candidates", tk2021_dir / "Kandidatenlijsten_TK2021_Assen.eml.xml",
        "--counts", tk2021_dir / "Totaaltelling_TK2021.eml.xml", "--out", tmp_path,
    )  # fmt: skip
    assert code == 1 and "EML.119" in out
    assert "kieskring 1 (Groningen)" in out and "kieskring 20 (Bonaire)" in out
    assert "kieskring 3 (Assen)" not in out and out.count("EML.119") == 19
    assert not list(tmp_path.glob("Resultaat_*"))


def test_result_refuses_an_incomplete_set_of_kieskring_counts(
    ps2: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lists = sorted(ps2.glob("Kandidatenlijsten_*.eml.xml"))
    counts = sorted(ps2.glob("Telling_*_kieskring_*.eml.xml"))
    assert len(lists) == len(counts) == 4
    definition = next(ps2.glob("Verkiezingsdefinitie_*.eml.xml"))
    code, out = run(
        capsys,
        "result", "--definition", definition, "--candidates", *lists,
        "--counts", *counts[:3], "--out", tmp_path,
    )  # fmt: skip
    assert code == 1 and "EML.119" in out and "kieskring 4" in out


def test_result_refuses_lists_of_another_kieskring(
    ps2: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lists = sorted(ps2.glob("Kandidatenlijsten_*.eml.xml"))
    count = next(ps2.glob("Telling_*_kieskring_2.eml.xml"))
    code, out = run(
        capsys,
        "result", "--seats", "55", "--candidates", lists[0], "--counts", count, "--out", tmp_path,
    )  # fmt: skip
    assert code == 1 and "EML.120" in out


def test_tabulate_refuses_municipalities_of_another_kieskring(
    ps2: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 510c of kieskring 1 from a municipality of kieskring 1 and one of another kieskring."""
    by_contest: dict[str, list[Path]] = {}
    for path in sorted(ps2.glob("Telling_*.eml.xml")):
        data = path.read_bytes()
        if b'Id="510b"' in data:
            contest = data.split(b'<ContestIdentifier Id="', 1)[1].split(b'"', 1)[0].decode()
            by_contest.setdefault(contest, []).append(path)
    mixed = [by_contest["1"][0], by_contest["2"][0]]
    args = ["tabulate", "--authority", "HSB1", "--contest", "1"]
    args += ["--created", "2029-03-23T10:00:00", "--out", str(tmp_path / "c.xml")]
    code, out = run(capsys, *args, *mixed)
    assert code == 1 and "EML.120" in out
    definition = next(ps2.glob("Verkiezingsdefinitie_*.eml.xml"))
    code, out = run(capsys, *args, "--definition", definition, by_contest["1"][0])
    assert code == 1 and "EML.119" in out  # the other municipalities of kieskring 1
    code, out = run(capsys, *args, "--definition", definition, *by_contest["1"])
    assert code == 0, out


def test_tabulate_with_a_definition_names_missing_kieskringen(
    ps2: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    counts = sorted(ps2.glob("Telling_*_kieskring_*.eml.xml"))
    definition = next(ps2.glob("Verkiezingsdefinitie_*.eml.xml"))
    args = ["tabulate", "--authority", "CSB", "--contest", "alle", "--definition", definition]
    args += ["--created", "2029-03-23T10:00:00", "--out", tmp_path / "d.xml"]
    code, out = run(capsys, *args, *counts[1:])
    assert code == 1 and "EML.119" in out and "kieskring 1" in out


def test_validate_and_check_never_join_files_of_two_elections(
    tiny: dict[str, Path],
    wmw_dir: Path,
    xsd_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A 110b (today not compared at all) of the tiny election with the WMW 510b."""
    mixed = [tiny["Stembureaus"], wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"]
    code, out = run(capsys, "eml", "validate", "--schemas", xsd_dir, *mixed)
    assert code == 1 and "EML.112" in out and "horen bij elkaar" not in out
    code, out = run(capsys, "eml", "check", *mixed)
    assert code == 1 and "EML.112" in out
    same = [tiny["Stembureaus"], tiny["Telling"], tiny["Kandidatenlijsten"]]
    code, out = run(capsys, "eml", "validate", "--schemas", xsd_dir, *same)
    assert code == 0 and "horen bij elkaar" in out
    code, out = run(capsys, "eml", "check", *same, tiny["Verkiezingsdefinitie"])
    assert code == 0, out


def test_tabulate_refuses_candidate_lists_of_another_election(
    ps2: Path, tiny: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The 230b files that give the ShortCodes of the 510d must be of the same election."""
    counts = sorted(ps2.glob("Telling_*_kieskring_*.eml.xml"))
    args = ["tabulate", "--authority", "CSB", "--contest", "alle"]
    args += ["--created", "2029-03-23T10:00:00", "--out", str(tmp_path / "d.xml")]
    code, out = run(capsys, *args, *counts, "--candidates", tiny["Kandidatenlijsten"])
    assert code == 1 and "EML.112" in out
    lists = sorted(ps2.glob("Kandidatenlijsten_*.eml.xml"))
    code, out = run(capsys, *args, *counts, "--candidates", *lists)
    assert code == 0, out
