"""Number and fingerprint formatting on PVs (pv-models.md §5, chain.md §4)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from kieskring.protocols.data import Ratio
from kieskring.protocols.layout import dutch_number, fingerprint_groups, mixed_number


def test_dutch_number_hand_values() -> None:
    assert dutch_number(0) == "0"
    assert dutch_number(999) == "999"
    assert dutch_number(1000) == "1.000"
    assert dutch_number(10_483_262) == "10.483.262"


@given(st.integers(min_value=0, max_value=10**15))
def test_dutch_number_groups_of_three(value: int) -> None:
    text = dutch_number(value)
    assert int(text.replace(".", "")) == value
    groups = text.split(".")
    assert all(len(g) == 3 for g in groups[1:])
    assert 1 <= len(groups[0]) <= 3


def test_mixed_number_hand_values() -> None:
    assert mixed_number(Ratio(2087, 3)) == "695 2/3"
    assert mixed_number(Ratio(1000, 9)) == "111 1/9"
    assert mixed_number(Ratio(4, 2)) == "2"
    assert mixed_number(Ratio(1000, 36)) == "27 7/9"
    assert mixed_number(Ratio(1, 3)) == "1/3"
    assert mixed_number(Ratio(12345, 2)) == "6.172 1/2"


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=10**6))
def test_mixed_number_is_exact(numerator: int, denominator: int) -> None:
    text = mixed_number(Ratio(numerator, denominator)).replace(".", "")
    parts = text.split(" ")
    value = Fraction(0)
    for part in parts:
        value += Fraction(part)
    assert value == Fraction(numerator, denominator)
    assert Fraction(parts[-1]).denominator == Fraction(numerator, denominator).denominator


def test_fingerprint_groups_known_value() -> None:
    digest = "d6bed099cb7e30b918634300407eeb8d2624d8c89029f47becc4d4a2063f801e"
    assert fingerprint_groups(digest) == (
        "D6BE D099 CB7E 30B9 1863 4300 407E EB8D 2624 D8C8 9029 F47B ECC4 D4A2 063F 801E"
    )
