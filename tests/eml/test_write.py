"""Writers: reading and writing the real files gives byte-identical files that validate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kieskring.eml.arithmetic import add_counts
from kieskring.eml.fingerprint import fingerprint
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from kieskring.eml.validate import validate_bytes
from kieskring.eml.write_510 import write_510
from kieskring.eml.write_520 import write_230b, write_520
from tests.conftest import shared_path

WMW_TELLING_HASH = "d6bed099cb7e30b918634300407eeb8d2624d8c89029f47becc4d4a2063f801e"


def test_wmw_telling_round_trip(wmw_dir: Path, xsd_dir: Path) -> None:
    path = wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"
    count = read_510(path)
    assert count.created == dt.datetime(2022, 3, 17, 1, 32, 49, 834000)
    written = write_510(count, dt.datetime(2022, 3, 17, 1, 32, 49, 834000))
    assert written == path.read_bytes()
    assert fingerprint(written) == WMW_TELLING_HASH
    validate_bytes(written, "written", xsd_dir)


def test_wmw_result_round_trip(wmw_dir: Path, xsd_dir: Path) -> None:
    path = wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    result = read_520(path)
    assert result.created is not None
    written = write_520(result, result.created)
    assert written == path.read_bytes()
    validate_bytes(written, "written", xsd_dir)


def test_wmw_candidate_lists_round_trip(wmw_dir: Path, xsd_dir: Path) -> None:
    path = wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"
    lists = read_230b(path)
    assert lists.created is not None
    written = write_230b(lists, lists.created)
    assert written == path.read_bytes()
    validate_bytes(written, "written", xsd_dir)


def _tk_files() -> list[Path]:
    folder = shared_path("data", "TK2021")
    return sorted(p for p in folder.glob("*.eml.xml") if not p.name.startswith("Verkiezings"))


@pytest.mark.slow
def test_tk2021_round_trips() -> None:
    files = _tk_files()
    assert len(files) == 41
    for path in files:
        if path.name.startswith("Kandidatenlijsten"):
            model = read_230b(path)
            assert model.created is not None
            written = write_230b(model, model.created)
        elif path.name.startswith("Resultaat"):
            result = read_520(path)
            assert result.created is not None
            written = write_520(result, result.created)
        else:
            count = read_510(path)
            assert count.created is not None
            written = write_510(count, count.created)
        assert written == path.read_bytes(), path.name


def test_creation_time_is_the_parameter(wmw_dir: Path) -> None:
    count = read_510(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    written = write_510(count, dt.datetime(2030, 1, 2, 3, 4, 5))
    assert b"<kr:CreationDateTime>2030-01-02T03:04:05.000</kr:CreationDateTime>" in written
    assert not written.startswith(b"<?xml")
    assert write_510(count, dt.datetime(2030, 1, 2, 3, 4, 5)) == written  # reproducible


def test_written_count_reads_back_equal(wmw_dir: Path, tmp_path: Path) -> None:
    count = read_510(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    changed = count.model_copy(update={"units": count.units[:3]})

    changed = changed.model_copy(update={"total": add_counts(u.counts for u in changed.units)})
    out = tmp_path / "t.eml.xml"
    out.write_bytes(write_510(changed, dt.datetime(2022, 3, 17)))
    again = read_510(out)
    assert again.total == changed.total
    assert again.units == changed.units
