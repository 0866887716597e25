"""The fixture generator: deterministic, schema-valid, readable, and the chain runs on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.generate import generate
from kieskring.cli import main
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.validate import validate_file
from kieskring.verify.report import Status
from kieskring.verify.run import verify


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("size", ["tiny", "wmw", "ps2"])
def test_same_seed_same_bytes_other_seed_other_bytes(size: str, tmp_path: Path) -> None:
    generate(size, 7, tmp_path / "a")
    generate(size, 7, tmp_path / "b")
    generate(size, 8, tmp_path / "c")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert tree(tmp_path / "a") != tree(tmp_path / "c")


@pytest.mark.parametrize("size", ["tiny", "ps2"])
def test_files_validate_and_read_back(size: str, tmp_path: Path, xsd_dir: Path) -> None:
    files = generate(size, 3, tmp_path)
    for path in files:
        message = validate_file(path, xsd_dir)
        if message == "230b":
            assert read_230b(path).lists
        elif message in ("110a", "110b"):
            continue  # read back in tests/fixtures_gen/test_110_and_ties.py
        else:
            count = read_510(path)
            assert count.total.total_counted == sum(lst.votes for lst in count.total.lists)


def test_ps2_has_lijstengroepen_sets_and_the_whole_chain(tmp_path: Path) -> None:
    files = generate("ps2", 1, tmp_path)
    names = [p.name for p in files]
    assert sum(n.startswith("Kandidatenlijsten_") for n in names) == 4
    assert sum("_kieskring_" in n for n in names) == 4
    assert any(n.startswith("Totaaltelling_") for n in names)
    lists = read_230b(next(p for p in files if p.name.startswith("Kandidatenlijsten_")))
    kinds = {lst.type for lst in lists.lists}
    assert {"lijstengroep", "stel gelijkluidende lijsten"} <= kinds


def test_wmw_sized_counts_are_realistic(tmp_path: Path) -> None:
    files = generate("wmw", 1, tmp_path)
    count = read_510(next(p for p in files if p.name.startswith("Telling_")))
    assert len(count.units) == 21
    for unit in count.units:
        counts = unit.counts
        ballots = counts.total_counted + counts.blank + counts.invalid
        assert 0.4 < ballots / counts.cast < 0.9  # turnout
        assert counts.blank + counts.invalid < 0.02 * ballots
        for lst in counts.lists:
            if lst.votes > 50:  # the list leader takes the most votes
                assert lst.candidates[0].votes == max(c.votes for c in lst.candidates)


@pytest.mark.parametrize(
    ("size", "seats", "counts"), [("tiny", 9, "Telling_"), ("ps2", 55, "Totaaltelling_")]
)
def test_result_and_verify_run_on_generated_sets(
    size: str, seats: int, counts: str, tmp_path: Path
) -> None:
    files = generate(size, 2, tmp_path / "set")
    lists = [str(p) for p in files if p.name.startswith("Kandidatenlijsten_")]
    top = [str(p) for p in files if p.name.startswith(counts) and "_kieskring_" not in p.name]
    assert len(top) == 1
    code = main(
        [
            "result",
            "--seats",
            str(seats),
            "--candidates",
            *lists,
            "--counts",
            top[0],
            "--out",
            str(tmp_path / "set" / "uitslag"),
        ]
    )
    assert code in (0, 3)
    findings = verify([tmp_path / "set"])
    assert not [f for f in findings if f.status is Status.FAIL]
    if code == 0:
        assert any(f.check == "V09" and f.status is Status.PASS for f in findings)


def test_cli_generate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fixtures", "generate", "tiny", "--seed", "5", "--out", str(tmp_path)]) == 0
    assert "4 bestanden" in capsys.readouterr().out  # 110a, 230b, 510b, 110b


@pytest.mark.parametrize(("size", "passes"), [("tiny", False), ("ps2", True)])
def test_voter_passes_only_where_the_category_has_them(
    tmp_path: Path, size: str, passes: bool
) -> None:
    """Field C (kiezerspassen) does not exist at a municipal election (docs/chain.md §2): a generated
    GR count has C = 0 at every station, so A + B = D; a provincial one has voter passes."""
    from kieskring.cli import main as uitslag
    from kieskring.eml.read_510 import read_510

    assert uitslag(["fixtures", "generate", size, "--seed", "1", "--out", str(tmp_path)]) == 0
    counts = [read_510(p) for p in sorted(tmp_path.rglob("Telling_*.eml.xml"))]
    stations = [u.counts for c in counts if c.level == "b" for u in c.units]
    assert stations
    c = [s.reason("geldige kiezerspassen") or 0 for s in stations]
    assert any(c) is passes
    for s in stations:
        a, b = s.reason("geldige stempassen") or 0, s.reason("geldige volmachtbewijzen") or 0
        assert a + b + (s.reason("geldige kiezerspassen") or 0) == s.admitted
