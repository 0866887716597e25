"""The totals form typed at the HSB and CSB (docs/pv-models.md §2 "At the CSB", §3): Z, A–D, E.1 …
E.n, E–H, I, J and the lists; the checks F.201–F.204, F.312, W.204–W.206 and F.401–F.403, and none
of the station's (no tick boxes for D and H, no W.201–W.203). Expected findings by hand."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import assume, given
from hypothesis import strategies as st

from kieskring.app.form import form_layout
from kieskring.app.setup import Body, ListSetup
from kieskring.app.validation import validate
from tests.app.support import SETUP

CSB = replace(
    SETUP, body=Body.CSB, voter_passes=True, lists=(ListSetup(1, "A", 2), ListSetup(2, "B", 1))
)
GOOD: dict[str, int | None] = {
    "Z": 1000, "A": 500, "B": 20, "C": 5, "D": 525, "E.1": 400, "E.2": 100, "E": 500,
    "F": 10, "G": 12, "H": 522, "I": 2, "J": 5,
    "L1.1": 300, "L1.2": 100, "L1.total": 400, "L2.1": 100, "L2.total": 100,
}  # fmt: skip
"""D = 525 = H − I + J = 522 − 2 + 5: at a municipality's total I and J can both be filled in."""


def codes(values: dict[str, int | None]) -> list[str]:
    return [f.code for f in validate(CSB, form_layout(CSB), values)]


def test_the_form_follows_the_paper() -> None:
    layout = form_layout(CSB)
    assert [s.key for s in layout.sections] == ["totals", "list_1", "list_2"]
    assert [f.key for f in layout.sections[0].fields] == [
        "Z", "A", "B", "C", "D", "E.1", "E.2", "E", "F", "G", "H", "I", "J",
    ]  # fmt: skip
    assert layout.sections[0].fields[0].label.nl == "Kiesgerechtigden"


def test_hand_computed_findings() -> None:
    assert codes(GOOD) == []
    assert codes({**GOOD, "J": 4}) == ["F.312"]  # 522 − 2 + 4 = 524 ≠ 525
    assert codes({**GOOD, "Z": 0}) == ["W.205"]
    assert codes({**GOOD, "Z": None}) == ["W.205"]
    assert codes({**GOOD, "Z": 499}) == ["W.206"]  # fewer eligible voters than poll cards
    assert codes({**GOOD, "A": 501}) == ["F.201"]
    assert codes({**GOOD, "F": 100, "H": 612, "J": 0, "I": 87}) == []  # 100·F ≥ 3·H: no W.201 here
    assert codes({**GOOD, "L1.total": 401}) == ["F.402", "F.403"]
    assert codes({**GOOD, "E": 499}) == ["F.202", "F.203"]


@given(
    a=st.integers(0, 10**6),
    b=st.integers(0, 10**5),
    c=st.integers(0, 10**5),
    votes=st.lists(st.integers(0, 10**6), min_size=3, max_size=3),
    blank=st.integers(0, 10**4),
    invalid=st.integers(0, 10**4),
    more=st.integers(0, 100),
    extra=st.integers(1, 10**6),
)
def test_consistent_totals_have_no_errors(
    a: int, b: int, c: int, votes: list[int], blank: int, invalid: int, more: int, extra: int
) -> None:
    d = a + b + c
    e = sum(votes)
    h = e + blank + invalid
    fewer = d - h + more  # D = H − I + J
    values: dict[str, int | None] = {
        "Z": a + extra, "A": a, "B": b, "C": c, "D": d, "E.1": votes[0] + votes[1],
        "E.2": votes[2], "E": e, "F": blank, "G": invalid, "H": h, "I": more, "J": fewer,
        "L1.1": votes[0], "L1.2": votes[1], "L1.total": votes[0] + votes[1],
        "L2.1": votes[2], "L2.total": votes[2],
    }  # fmt: skip
    assume(fewer >= 0)
    assert codes(values) == (["W.204"] if h == 0 else [])
