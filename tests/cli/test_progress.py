"""Progress on long work: a bar on a terminal only, silent in pipes and with --quiet; the library
functions report every step through their hook; tabulate prints a summary."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from fixtures.generate import generate
from kieskring.cli import main
from kieskring.cli.progress import progress, showing
from kieskring.eml.stream_510 import read_many_totals
from kieskring.verify.run import verify


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert not showing()
    with progress("Werk") as step:
        step(1, 2)
        step(2, 2)
    assert capsys.readouterr().err == ""


def test_bar_on_a_terminal_and_not_with_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    assert showing()
    assert not showing(quiet=True)
    with progress("Werk", quiet=True) as step:
        step(1, 1)
    assert screen.getvalue() == ""
    with progress("Werk", unit="gemeente") as step:
        for done in range(1, 5):
            step(done, 4)
    drawn = screen.getvalue()
    assert "Werk" in drawn
    assert "4/4" in drawn


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tiny")
    generate("tiny", 1, out)
    return out


def recorder() -> tuple[list[tuple[int, int]], object]:
    calls: list[tuple[int, int]] = []
    return calls, lambda done, total: calls.append((done, total))


def test_generate_reports_every_municipality(tmp_path: Path) -> None:
    calls, hook = recorder()
    generate("ps2", 1, tmp_path, progress=hook)  # type: ignore[arg-type]
    total = calls[-1][1]
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls] == list(range(total + 1))


def test_tabulate_and_verify_report_every_file(election: Path) -> None:
    counts = sorted(election.glob("Telling_*.eml.xml"))
    calls, hook = recorder()
    read_many_totals(counts, levels="b", progress=hook)  # type: ignore[arg-type]
    assert calls[-1] == (len(counts), len(counts))
    calls, hook = recorder()
    verify([election], progress=hook)  # type: ignore[arg-type]
    files = len(list(election.glob("*.eml.xml")))
    assert calls[-1] == (files, files)
    assert len(calls) == files


def test_tabulate_prints_a_summary(
    election: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    counts = [str(p) for p in sorted(election.glob("Telling_*.eml.xml"))]
    args = ["tabulate", "--authority", "HSB1", "--contest", "1", "--created"]
    args += ["2029-03-21T18:00:00", "--out", str(tmp_path / "510c.eml.xml"), *counts]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"1 eenheden uit {len(counts)} bestanden opgeteld" in out
    assert "←" not in out
    assert main([*args, "--details"]) == 0
    assert "←" in capsys.readouterr().out


def test_blank_forms_report_every_form(tmp_path: Path) -> None:
    from kieskring.protocols.batch import render_blank_forms
    from kieskring.protocols.samples import blank_form

    forms = [blank_form("N 10-2", n, lists=2, candidates=2) for n in (1, 2, 3)]
    calls, hook = recorder()
    written = render_blank_forms("n10-2", forms, tmp_path, jobs=1, progress=hook)  # type: ignore[arg-type]
    assert len(written) == 3
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
