"""V16 of ``uitslag verify`` (docs/VERIFY.md; docs/sittings.md §4): of two 510b files of one
municipality the later ``kr:CreationDateTime`` counts, the earlier is named as replaced; equal or
missing creation times fail; a Na 14-2 must name the latest count and carry every changed number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kieskring.cli import main as uitslag
from kieskring.domain.counts import Count, VoteCounts
from kieskring.eml.fingerprint import fingerprint
from kieskring.eml.read_510 import read_510
from kieskring.eml.write_510 import write_510
from kieskring.protocols import data as d
from kieskring.protocols.na14_2 import render
from kieskring.verify.report import Finding, Status
from kieskring.verify.run import verify


def recounted(counts: VoteCounts) -> VoteCounts:
    """One blank ballot of the station was a vote for list 1's first candidate."""
    first = counts.lists[0]
    cands = (
        first.candidates[0].model_copy(update={"votes": first.candidates[0].votes + 1}),
        *first.candidates[1:],
    )
    lists = (
        first.model_copy(update={"votes": first.votes + 1, "candidates": cands}),
        *counts.lists[1:],
    )
    return counts.model_copy(
        update={
            "lists": lists,
            "blank": counts.blank - 1,
            "total_counted": counts.total_counted + 1,
        }
    )


@pytest.fixture
def counts(tmp_path: Path) -> tuple[Path, Count, Count]:
    """A generated municipality's 510b, and the recount of its SB1 one day later."""
    folder = tmp_path / "gen"
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--out", str(folder)]) == 0
    original = read_510(next(folder.glob("Telling_*.eml.xml")))
    units = tuple(
        u.model_copy(update={"counts": recounted(u.counts)}) if u.id.endswith("::SB1") else u
        for u in original.units
    )
    later = original.model_copy(update={"units": units, "total": recounted(original.total)})
    return folder, original, later


def publish(folder: Path, count: Count, created: dt.datetime, name: str) -> Path:
    path = folder / name
    path.write_bytes(write_510(count, created))
    return path


def v16(findings: list[Finding]) -> list[tuple[Status, str, str]]:
    return [(f.status, Path(f.place).name, f.message) for f in findings if f.check == "V16"]


def test_the_later_count_replaces_the_earlier(
    tmp_path: Path, counts: tuple[Path, Count, Count]
) -> None:
    _, original, later = counts
    out = tmp_path / "set"
    out.mkdir()
    before = publish(out, original, dt.datetime(2029, 3, 22, 1, 0), "zitting1.eml.xml")
    after = publish(out, later, dt.datetime(2029, 3, 26, 14, 0), "zitting2.eml.xml")
    found = verify([out])
    assert v16(found) == [
        (
            Status.PASS,
            before.name,
            f"vervangen door {after.name} (latere kr:CreationDateTime 2029-03-26 14:00:00)",
        )
    ]
    assert not [f for f in found if f.status is Status.FAIL]
    pdf = corrigendum(
        out,
        before,
        after,
        ((1, "L1.1", 0, 1), (1, "E.1", 0, 1), (1, "E", 0, 1), (1, "F", 0, -1)),
        original,
    )
    checked = {name: (status, message) for status, name, message in v16(verify([out]))}
    assert checked[pdf.name][0] is Status.PASS
    assert checked[pdf.name][1].startswith(f"4 gewijzigde getallen gelijk aan {after.name}")
    wrong = corrigendum(
        out,
        before,
        after,
        ((1, "L1.1", 0, 2), (1, "E.1", 0, 1), (1, "E", 0, 1), (1, "F", 0, -1)),
        original,
    )
    checked = {name: (status, message) for status, name, message in v16(verify([out]))}
    assert checked[wrong.name][0] is Status.FAIL
    assert "stembureau 1 L1.1" in checked[wrong.name][1]


def corrigendum(
    out: Path,
    before: Path,
    after: Path,
    changes: tuple[tuple[int, str, int, int], ...],
    original: Count,
) -> Path:
    """A Na 14-2 for ``after``; ``changes`` are (station, code, offset of old, offset of new) from
    the original station's numbers."""
    unit = next(u for u in original.units if u.id.endswith("::SB1")).counts
    base = {
        "L1.1": unit.lists[0].candidates[0].votes,
        "E.1": unit.lists[0].votes,
        "E": unit.total_counted,
        "F": unit.blank,
    }
    rows = tuple(
        d.Correction(d.Station(n, "Stembureau 1"), code, base[code] + old, base[code] + new, code)
        for n, code, old, new in changes
    )
    info = d.DocumentInfo(
        "Na 14-2",
        "2024",
        "GR",
        "GR2029",
        "GSB",
        "2029-03-26",
        fingerprint=fingerprint(after.read_bytes()),
    )
    path = out / f"Na14-2_{len(list(out.glob('*.pdf')))}.pdf"
    path.write_bytes(render(d.CorrigendumData(info, rows, fingerprint(before.read_bytes()), 2)))
    return path


def test_equal_creation_times_fail(tmp_path: Path, counts: tuple[Path, Count, Count]) -> None:
    _, original, later = counts
    out = tmp_path / "set"
    out.mkdir()
    same = dt.datetime(2029, 3, 22, 1, 0)
    publish(out, original, same, "a.eml.xml")
    publish(out, later, same, "b.eml.xml")
    ((status, _, message),) = v16(verify([out]))
    assert status is Status.FAIL and "dezelfde kr:CreationDateTime" in message
