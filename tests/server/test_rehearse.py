"""``uitslag rehearse``: two typists in separate processes enter the WMW-sized generated stations in
parallel over HTTPS (first and second entries interleaved), the coordinator resolves the planted
difference, and the 510b equals the generator's."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kieskring.cli import main as uitslag
from kieskring.domain.counts import Uncounted
from kieskring.eml.read_510 import read_510
from kieskring.server.compare import compare_counts, known_differences
from kieskring.server.rehearsal import percentile, plan, with_difference


@pytest.mark.slow
def test_a_dress_rehearsal_of_west_maas_en_waal_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = uitslag(["rehearse", str(tmp_path / "zaal"), "--clients", "2", "--size", "wmw"])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0, out
    assert "510b: gelijk aan die van de generator" in "\n".join(out)
    assert "Coördinator: 1 verschillen teruggestuurd en verbeterd" in "\n".join(out)
    last = out[-1].split()
    assert last[0] == "saves" and int(last[1]) > 21 * 2 * 8  # every section of every entry
    assert out[-1].startswith("saves ") and " p50 " in out[-1] and " p99 " in out[-1]
    assert sorted(p.name for p in (tmp_path / "zaal" / "uitvoer").iterdir())[0].startswith("Na31-2")


def test_rehearse_needs_two_typists_and_a_new_folder(tmp_path: Path) -> None:
    assert uitslag(["rehearse", str(tmp_path / "a"), "--clients", "1"]) == 2
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "iets").write_text("x")
    assert uitslag(["rehearse", str(tmp_path / "b"), "--clients", "2"]) == 2


@given(st.integers(2, 40), st.integers(1, 700))
def test_every_station_gets_two_entries_by_two_typists(clients: int, count: int) -> None:
    stations = list(range(1, count + 1))
    work = plan(stations, clients)
    firsts = [n for first, _ in work for n in first]
    seconds = [n for _, second in work for n in second]
    assert sorted(firsts) == stations and sorted(seconds) == stations
    for first, second in work:
        assert not set(first) & set(second)


def test_a_planted_difference_keeps_the_list_total() -> None:
    paper = {"list_1": {"L1.1": 5, "L1.2": 0, "L1.3": 2, "L1.total": 7}}
    changed = with_difference(paper)["list_1"]
    assert changed == {"L1.1": 4, "L1.2": 1, "L1.3": 2, "L1.total": 7}


def test_percentiles_by_nearest_rank() -> None:
    values = [float(n) for n in range(100, 0, -1)]
    assert (percentile(values, 0.5), percentile(values, 0.99), percentile([], 0.5)) == (50, 99, 0)


def test_a_lost_vote_is_a_difference_an_unwritten_explanation_only_a_known_one(
    tmp_path: Path,
) -> None:
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "5", "--out", str(tmp_path)]) == 0
    generated = read_510(next(tmp_path.glob("Telling_*.eml.xml")))
    assert (
        compare_counts(generated, generated) == [] and known_differences(generated, generated) == []
    )
    unit = generated.units[1]
    first = unit.counts.lists[0]
    fewer = first.model_copy(
        update={
            "candidates": (
                first.candidates[0].model_copy(update={"votes": 0}),
                *first.candidates[1:],
            )
        }
    )
    lost = unit.model_copy(
        update={"counts": unit.counts.model_copy(update={"lists": (fewer, *unit.counts.lists[1:])})}
    )
    ours = generated.model_copy(update={"units": (generated.units[0], lost, *generated.units[2:])})
    assert compare_counts(ours, generated) == [
        f"{unit.id.rsplit('::', 1)[1]}: andere aantallen / other counts"
    ]
    explained = unit.model_copy(
        update={
            "counts": unit.counts.model_copy(
                update={
                    "uncounted": (
                        *unit.counts.uncounted,
                        Uncounted(reason="geen verklaring", count=2),
                    )
                }
            )
        }
    )
    noted = generated.model_copy(
        update={"units": (generated.units[0], explained, *generated.units[2:])}
    )
    assert compare_counts(noted, generated) == []
    assert known_differences(noted, generated) == [unit.id.rsplit("::", 1)[1]]
