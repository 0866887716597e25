"""Problem output stays readable (issue 12 B): at most 20 lines per code, then "… en N meer";
no line is enormous, whatever the input holds; one problem is one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fixtures.generate.chain import generate
from kieskring.cli import main
from kieskring.eml.codes import problem
from kieskring.errors import MAX_LINE, MAX_PER_CODE, Problem, UserError, summary_lines

VALID = re.compile(rb"<ValidVotes>(\d+)</ValidVotes>")


@pytest.fixture
def tiny(tmp_path: Path) -> dict[str, Path]:
    files = generate("tiny", 1, tmp_path / "tiny")
    return {p.name.split("_")[0]: p for p in files}


def test_lines_are_capped_per_code_with_a_count_of_the_rest() -> None:
    problems = [Problem("X.001", f"fout {i}", f"error {i}") for i in range(45)]
    problems += [Problem("X.002", "ander", "other")] * 3
    lines = summary_lines(problems)
    assert sum(line.startswith("X.001 fout") for line in lines) == MAX_PER_CODE == 20
    assert sum(line.startswith("X.002") for line in lines) == 3
    assert "X.001: … en 25 meer" in lines
    assert "X.001: … and 25 more" in summary_lines(problems, english=True)
    assert UserError(tuple(problems)).lines() == lines


def test_a_huge_or_multi_line_value_gives_one_short_line() -> None:
    huge = problem("EML.013", "f.xml", "regel 1", value="TK" * 50_000, name="ElectionCategory")
    assert len(huge.render()) <= MAX_LINE and "\n" not in huge.render()
    odd = Problem("X.003", "een\nregel\x1b[31m", "", "naam\rmet\tstuurtekens")
    assert "\n" not in odd.render() and "\r" not in odd.render() and "\x1b" not in odd.render()


def test_cli_prints_at_most_twenty_lines_per_code(
    tiny: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every vote of three copies of the tiny count off by one: hundreds of EML.101/103."""
    data = VALID.sub(
        lambda m: b"<ValidVotes>%d</ValidVotes>" % (int(m.group(1)) + 1),
        tiny["Telling"].read_bytes(),
    )
    copies = []
    for i in range(3):
        copies.append(tmp_path / f"kapot{i}.xml")
        copies[-1].write_bytes(data)
    assert main(["eml", "check", *map(str, copies)]) == 1
    err = capsys.readouterr().err.splitlines()
    codes = [line.split(" ")[1] for line in err if " EML." in line and "meer" not in line]
    assert codes and all(codes.count(code) <= MAX_PER_CODE for code in set(codes))
    assert any(re.fullmatch(r"EML\.1\d\d: … en \d+ meer", line) for line in err)


def test_cli_line_for_a_100_kb_value_is_short(
    tiny: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tiny["Telling"].read_bytes().replace(b">GR<", b">" + b"G" * 100_000 + b"<", 1)
    path = tmp_path / "lang.xml"
    path.write_bytes(data)
    assert main(["eml", "check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "EML.013" in err and max(map(len, err.splitlines())) <= MAX_LINE


def test_schema_message_about_a_long_value_keeps_its_point(
    tiny: dict[str, Path], xsd_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The validator quotes the whole value; the line cuts the quote, not the reason."""
    data = VALID.sub(
        b"<ValidVotes>" + b"x" * 10_000 + b"</ValidVotes>", tiny["Telling"].read_bytes(), count=1
    )
    path = tmp_path / "lang.xml"
    path.write_bytes(data)
    assert main(["eml", "validate", "--schemas", str(xsd_dir), str(path)]) == 1
    err = capsys.readouterr().err
    assert "EML.022" in err and "nonNegativeInteger" in err
    assert max(map(len, err.splitlines())) <= MAX_LINE
