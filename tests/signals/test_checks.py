"""The plausibility checks one by one, with expectations computed by hand (docs/signals.md §2–§5),
and their invariants (Hypothesis): exact fractions, no float anywhere, order of stations
irrelevant, a municipality of identical stations raises nothing."""

from __future__ import annotations

import ast
from fractions import Fraction
from pathlib import Path

import pytest
from gmpy2 import mpq
from hypothesis import given, settings
from hypothesis import strategies as st

from kieskring.signals import Kind, ListResult, Measure, StationResult, find_signals
from kieskring.signals.robust import fences
from kieskring.signals.swap import distance, swaps
from kieskring.signals.text import decimal

SIGNALS = Path(__file__).resolve().parents[2] / "kieskring" / "signals"


def station(
    n: int, lists: list[tuple[int, tuple[int, ...]]], eligible: int = 0, admitted: int = 0
) -> StationResult:
    return StationResult(
        f"SB{n}",
        f"Stembureau {n}",
        eligible,
        admitted,
        tuple(
            ListResult(i + 1, f"Lijst {i + 1}", votes, cands)
            for i, (votes, cands) in enumerate(lists)
        ),
    )


def test_distance_is_the_chi_square_term_with_a_floor_of_one() -> None:
    assert distance(7, mpq(5)) == mpq(4, 5)
    assert distance(0, mpq(1, 2)) == mpq(1, 4)  # variance at least 1
    assert distance(3, mpq(3)) == 0


def test_a_swap_by_hand() -> None:
    # elsewhere 400 and 50 votes: here 45 votes are expected as 40 and 5; typed 5 and 40
    found = swaps([5, 40], [400, 50], [[5, 40], [200, 25], [200, 25]])
    assert len(found) == 1
    hit = found[0]
    assert (hit.high, hit.low, hit.observed, hit.expected) == (0, 1, (5, 40), (mpq(40), mpq(5)))
    assert hit.misfit == mpq(1225, 40) + mpq(1225, 5) == mpq(2205, 8)
    assert hit.swapped_misfit == 0


def test_no_swap_when_the_reversal_is_seen_elsewhere_too() -> None:
    # another station also gives the second more than the first: a local preference
    assert swaps([5, 40], [400, 50], [[5, 40], [30, 35], [370, 15]]) == ()


def test_no_swap_below_the_gap_of_twenty_votes() -> None:
    # 14 votes expected as 12 and 2 (gap 10): typed 2 and 12 — too few to tell from chance
    assert swaps([2, 12], [120, 20], [[2, 12], [120, 20]]) == ()


def test_no_swap_for_two_candidates_of_about_equal_support() -> None:
    # expected 60 and 40 (ratio 1.5 < 2): typed 40 and 60
    assert swaps([40, 60], [600, 400], [[40, 60], [600, 400]]) == ()


def test_fences_are_tukeys_hinges() -> None:
    nine = fences([mpq(v) for v in range(1, 10)])
    assert (nine.median, nine.lower, nine.upper) == (mpq(5), mpq(3 - 12), mpq(7 + 12))
    eight = fences([mpq(v) for v in range(1, 9)])
    assert (eight.median, eight.lower, eight.upper) == (mpq(9, 2), mpq(5, 2) - 12, mpq(13, 2) + 12)


def test_a_share_by_hand() -> None:
    # eight stations of 200 votes; list 1 has 100 everywhere but station 8, where it has 10
    stations = [station(n, [(100, ()), (100, ())]) for n in range(1, 8)]
    stations.append(station(8, [(10, ()), (190, ())]))
    report = find_signals(stations)
    assert [s.key for s in report.signals] == ["share/SB8/L1", "share/SB8/L2"]
    first = report.signals[0]
    values = {f.measure: Fraction(f.numerator, f.denominator) for f in first.figures}
    assert values[Measure.OBSERVED] == 10
    assert values[Measure.EXPECTED] == Fraction(710 * 200, 1600)  # 88.75
    assert values[Measure.STATION_SHARE] == Fraction(1, 20)
    assert values[Measure.MUNICIPAL_SHARE] == Fraction(710, 1600)
    assert report.local_lists == ()


def test_a_share_within_half_is_no_signal() -> None:
    # 0.30 against 0.4875 for the municipality: less than half off
    stations = [station(n, [(100, ()), (100, ())]) for n in range(1, 8)]
    stations.append(station(8, [(60, ()), (140, ())]))
    assert [s.kind for s in find_signals(stations).signals] == []


def test_a_local_list_is_named_and_not_compared() -> None:
    # list 2 has all its votes in two of ten stations (a village list)
    stations = [station(n, [(100, ()), (0, ())]) for n in range(1, 9)]
    stations += [station(9, [(20, ()), (80, ())]), station(10, [(20, ()), (80, ())])]
    report = find_signals(stations)
    assert [
        (x.number, x.stations, x.stations_votes, x.valid_votes) for x in report.local_lists
    ] == [(2, 1, 100, 1000)]
    assert not [
        s for s in report.signals if s.kind is Kind.SHARE and s.subjects[0].list_number == 2
    ]


def test_turnout_by_hand() -> None:
    admitted = (500, 510, 490, 505, 495, 950)
    stations = [station(n, [(a, ())], eligible=1000, admitted=a) for n, a in enumerate(admitted, 1)]
    report = find_signals(stations)
    turnout = [s for s in report.signals if s.kind is Kind.TURNOUT]
    assert [s.station for s in turnout] == ["SB6"]
    values = {f.measure: Fraction(f.numerator, f.denominator) for f in turnout[0].figures}
    # hinges 0.495 and 0.51: fences 0.495 − 0.045 and 0.51 + 0.045
    assert values[Measure.UPPER_FENCE] == Fraction(555, 1000)
    assert values[Measure.LOWER_FENCE] == Fraction(450, 1000)
    assert values[Measure.MEDIAN] == Fraction(5025, 10000)


def test_turnout_needs_five_stations_with_eligible_voters() -> None:
    stations = [
        station(n, [(a, ())], eligible=1000, admitted=a)
        for n, a in enumerate((500, 510, 490, 950), 1)
    ]
    assert find_signals(stations).signals == ()


def test_no_float_in_the_signals() -> None:
    for path in sorted(SIGNALS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant):
                assert not isinstance(node.value, float), f"{path}:{node.lineno}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "float", f"{path}:{node.lineno}"


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=10**6))
def test_decimal_rounds_half_up_exactly(numerator: int, denominator: int) -> None:
    exact = Fraction(numerator, denominator)
    tenths = int(exact * 10 + Fraction(1, 2))  # floor of x + 1/2: half up (x ≥ 0)
    shown = decimal(numerator, denominator, dutch=False).replace(",", "")
    assert shown == f"{tenths // 10}.{tenths % 10}"


profiles = st.lists(st.integers(min_value=0, max_value=400), min_size=2, max_size=6)


@settings(max_examples=40, deadline=None)
@given(profiles, st.lists(st.integers(min_value=1, max_value=5), min_size=3, max_size=12))
def test_identical_stations_raise_nothing(profile: list[int], sizes: list[int]) -> None:
    """Stations that are exact multiples of one profile: every expectation is met exactly."""
    stations = [
        station(
            n, [(v * k, (v * k,)) for v in profile], eligible=1000 * k, admitted=sum(profile) * k
        )
        for n, k in enumerate(sizes, 1)
    ]
    assert find_signals(stations).signals == ()


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(min_value=0, max_value=300), min_size=4, max_size=4),
        min_size=3,
        max_size=10,
    ),
    st.randoms(use_true_random=False),
)
def test_the_order_of_stations_does_not_matter(rows: list[list[int]], rng: object) -> None:
    stations = [
        station(n, [(a + b, (a, b)), (c + d, (c, d))], eligible=1000, admitted=a + b + c + d)
        for n, (a, b, c, d) in enumerate(rows, 1)
    ]
    shuffled = list(stations)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    keys = {s.key for s in find_signals(stations).signals}
    assert keys == {s.key for s in find_signals(shuffled).signals}


def test_stations_must_have_the_same_lists() -> None:
    with pytest.raises(ValueError, match="SB2"):
        find_signals([station(1, [(1, ())]), station(2, [(1, ()), (2, ())])])
