"""Mutated real files and oversized files: every damage is a coded UserError, never a traceback and
never silently accepted when it changes a vote."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kieskring.cli import main
from kieskring.eml.read_510 import read_510
from kieskring.errors import UserError

TELLING = "Telling_GR2022_WestMaasenWaal.eml.xml"
VOTES = re.compile(rb"<ValidVotes>(\d+)</ValidVotes>")


@pytest.fixture
def telling(wmw_dir: Path) -> bytes:
    return (wmw_dir / TELLING).read_bytes()


def read(data: bytes, folder: Path) -> None:
    path = folder / "mutated.eml.xml"
    path.write_bytes(data)
    read_510(path)


SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(position=st.floats(0, 1), value=st.integers(0, 255))
def test_any_byte_changed_reads_or_fails_with_a_code(
    telling: bytes, tmp_path: Path, position: float, value: int
) -> None:
    data = bytearray(telling)
    data[min(int(position * len(data)), len(data) - 1)] = value
    try:
        read(bytes(data), tmp_path)
    except UserError as err:
        assert err.problems and all(p.code.startswith("EML.") for p in err.problems)  # noqa: PT017


@SETTINGS
@given(length=st.floats(0, 0.999))
def test_truncated_file_fails_with_a_code(telling: bytes, tmp_path: Path, length: float) -> None:
    with pytest.raises(UserError) as err:
        read(telling[: int(length * len(telling))], tmp_path)
    assert err.value.problems[0].code.startswith("EML.0")


@SETTINGS
@given(which=st.integers(0, 10_000), delta=st.integers(1, 1000))
def test_any_changed_vote_is_never_accepted(
    telling: bytes, tmp_path: Path, which: int, delta: int
) -> None:
    """A single vote number changed anywhere breaks one of the identities the reader checks
    (candidates → list, lists → total, units → total)."""
    matches = list(VOTES.finditer(telling))
    match = matches[which % len(matches)]
    new = str(int(match.group(1)) + delta).encode()
    data = telling[: match.start(1)] + new + telling[match.end(1) :]
    with pytest.raises(UserError) as err:
        read(data, tmp_path)
    assert err.value.problems[0].code.startswith("EML.1")


def test_200_mb_file_is_a_coded_error_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """200 MB: a valid start, then nothing but NUL bytes (sparse, so cheap to make)."""
    path = tmp_path / "groot.eml.xml"
    with path.open("wb") as handle:
        handle.write(b'<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="510b">')
        handle.truncate(200 * 1024 * 1024)
    assert main(["eml", "validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "EML.0" in err and "Traceback" not in err


def test_file_above_the_limit_is_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "te-groot.eml.xml"
    with path.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)
    assert main(["eml", "validate", str(path)]) == 1
    assert "EML.004" in capsys.readouterr().err


def test_validate_checks_several_files_against_each_other(
    wmw_dir: Path, tk2021_dir: Path, xsd_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same = [str(wmw_dir / n) for n in (TELLING, "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")]
    assert main(["eml", "validate", "--schemas", str(xsd_dir), *same]) == 0
    assert "horen bij elkaar" in capsys.readouterr().out
    mixed = [same[0], str(tk2021_dir / "Kandidatenlijsten_TK2021_Assen.eml.xml")]
    assert main(["eml", "validate", "--schemas", str(xsd_dir), *mixed]) == 1
    assert "EML.112" in capsys.readouterr().err
