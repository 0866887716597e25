"""The validation catalogue of pv-models.md §3: each code fires exactly where the table says."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kieskring.app.form import form_layout
from kieskring.app.setup import Counting, ElectionSetup
from kieskring.app.states import EntryState, Event, allowed_events, transition
from kieskring.app.validation import MESSAGES, Severity, validate
from kieskring.errors import UserError

from .support import SETUP, good_paper

LAYOUT = form_layout(SETUP)


def flat(changes: dict[str, int | None] | None = None) -> dict[str, int | None]:
    return {k: v for section in good_paper(changes).values() for k, v in section.items()}


def codes(values: dict[str, int | None], setup: ElectionSetup = SETUP) -> set[str]:
    return {f.code for f in validate(setup, form_layout(setup), values)}


def test_good_paper_has_no_findings() -> None:
    assert codes(flat()) == set()


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"inv.other_reason.no": None}, {"F.101"}),
        ({"inv.other_reason.no": None, "inv.recounted.no": None}, set()),
        ({"inv.recounted.yes": 1}, {"F.102"}),
        ({"sbdiff.per_list.no": None}, {"F.111"}),
        ({"sbdiff.per_list.yes": 1}, {"F.112"}),
        ({"A": 98, "D": 104, "H": 104, "G": 2}, {"F.201"}),
        ({"E": 101, "H": 106, "D": 106, "A": 101}, {"F.202"}),
        ({"H": 106, "D": 106, "A": 101}, {"F.203"}),
        ({"E": 0, "H": 5, "D": 5, "A": 0}, {"F.204", "W.201", "W.202"}),
        ({"cmp.equal": 0}, {"F.304"}),
        ({"cmp.more": 1}, {"F.304", "F.302"}),
        ({"cmp.fewer": 1}, {"F.304", "F.303"}),
        ({"I": 1}, {"F.305"}),
        ({"L1.total": 59, "L1.1": 29}, {"F.403"}),
        ({"L1.total": 61}, {"F.402", "F.403"}),
        ({"L1.total": None}, {"F.401"}),
        ({"L1.total": 0, "L1.1": 0, "L1.2": 0, "L1.3": 0}, {"F.401"}),
    ],
)
def test_catalogue(changes: dict[str, int | None], expected: set[str]) -> None:
    assert codes(flat(changes)) == expected


def test_more_ballots_than_voters() -> None:
    base = {"D": 100, "A": 95, "cmp.equal": None, "cmp.more": 1}
    assert codes(flat({**base, "I": 5, "explained.yes": 1})) == set()
    assert codes(flat({**base, "I": 4, "explained.no": 1})) == {"F.306"}
    assert codes(flat({**base, "I": 5, "J": 1, "explained.no": 1})) == {"F.307"}
    assert codes(flat({**base, "I": 5})) == {"F.310"}
    assert codes(flat({**base, "I": 5, "explained.yes": 1, "explained.no": 1})) == {"F.310"}
    equal_ticked = {**base, "cmp.more": None, "cmp.equal": 1, "I": 5, "explained.yes": 1}
    assert codes(flat(equal_ticked)) == {"F.301"}


def test_fewer_ballots_than_voters() -> None:
    base = {"D": 110, "A": 105, "cmp.equal": None, "cmp.fewer": 1, "explained.yes": 1}
    assert codes(flat({**base, "J": 5})) == set()
    assert codes(flat({**base, "J": 4})) == {"F.308"}
    assert codes(flat({**base, "J": 5, "I": 2})) == {"F.309"}


def test_warnings_use_exact_percentages() -> None:
    # H = 105: 3% is 3.15, so F = 3 is below and F = 4 at/above; no rounding
    assert codes(flat({"F": 3, "G": 2})) == set()
    assert codes(flat({"F": 4, "G": 1})) == {"W.201"}
    assert codes(flat({"F": 1, "G": 4})) == {"W.202"}
    assert codes({}) >= {"W.204"}
    # |D − H| ≥ 2% of H and ≥ 15
    big = flat({"D": 120, "A": 115, "cmp.equal": None, "cmp.fewer": 1, "J": 15})
    assert codes({**big, "explained.yes": 1}) == {"W.203"}
    small = flat({"D": 119, "A": 114, "cmp.equal": None, "cmp.fewer": 1, "J": 14})
    assert codes({**small, "explained.yes": 1}) == set()


def test_empty_form_counts_as_zeros() -> None:
    found = codes({})
    assert found == {"F.111", "F.304", "W.204"}


def test_dso_about_this_pv() -> None:
    dso = replace(SETUP, counting=Counting.DSO)
    base = {k: v for k, v in flat().items() if not k.startswith(("inv.", "sbdiff."))}
    assert codes({**base, "about.corrigendum.no": 1, "about.insert.no": 1}, dso) == set()
    assert codes({**base, "about.corrigendum.no": 1}, dso) == {"F.121"}
    assert codes({**base, "about.corrigendum.yes": 1, "about.insert.no": 1}, dso) == {"F.122"}
    assert [s.key for s in form_layout(dso).sections][:2] == ["about_pv", "voters_votes"]


def test_voter_passes_field_c() -> None:
    tk = replace(SETUP, voter_passes=True)
    assert "C" in form_layout(tk).fields
    assert "C" not in LAYOUT.fields
    assert codes(flat({"C": 1}), tk) == {"F.201"}


def test_every_code_has_messages_and_a_severity() -> None:
    for code_, (nl, en) in MESSAGES.items():
        assert nl
        assert en
        assert code_[0] in "FW"
    found = validate(SETUP, LAYOUT, flat({"L1.total": 61, "F": 4, "G": 0}))
    assert {f.severity for f in found} == {Severity.ERROR, Severity.WARNING}


def test_findings_come_in_paper_order() -> None:
    found = validate(SETUP, LAYOUT, {})
    order = [s.key for s in LAYOUT.sections]
    assert [order.index(f.section) for f in found] == sorted(order.index(f.section) for f in found)


def test_sections_follow_the_paper() -> None:
    assert [s.key for s in LAYOUT.sections] == [
        "extra_investigation",
        "station_differences",
        "voters_votes",
        "differences",
        "list_1",
        "list_2",
    ]
    assert [f.key for f in LAYOUT.sections[-2].fields] == ["L1.1", "L1.2", "L1.3", "L1.total"]


# -- the state machine table ----------------------------------------------------------------------

S, E = EntryState, Event
TABLE = {
    (S.EMPTY, E.START): S.FIRST_ENTRY_IN_PROGRESS,
    (S.FIRST_ENTRY_IN_PROGRESS, E.ABANDON): S.EMPTY,
    (S.FIRST_ENTRY_IN_PROGRESS, E.FINALISE_CLEAN): S.FIRST_ENTRY_FINALISED,
    (S.FIRST_ENTRY_IN_PROGRESS, E.FINALISE_WITH_ERRORS): S.FIRST_ENTRY_HAS_ERRORS,
    (S.FIRST_ENTRY_HAS_ERRORS, E.SEND_BACK_ERRORS): S.FIRST_ENTRY_IN_PROGRESS,
    (S.FIRST_ENTRY_HAS_ERRORS, E.DISCARD_FIRST): S.EMPTY,
    (S.FIRST_ENTRY_FINALISED, E.START): S.SECOND_ENTRY_IN_PROGRESS,
    (S.SECOND_ENTRY_IN_PROGRESS, E.ABANDON): S.FIRST_ENTRY_FINALISED,
    (S.SECOND_ENTRY_IN_PROGRESS, E.COMPARE_EQUAL): S.DEFINITIVE,
    (S.SECOND_ENTRY_IN_PROGRESS, E.COMPARE_DIFFERENT): S.ENTRIES_DIFFERENT,
    (S.ENTRIES_DIFFERENT, E.KEEP_FIRST): S.FIRST_ENTRY_FINALISED,
    (S.ENTRIES_DIFFERENT, E.KEEP_SECOND): S.FIRST_ENTRY_FINALISED,
    (S.ENTRIES_DIFFERENT, E.DISCARD_BOTH): S.EMPTY,
    (S.ENTRIES_DIFFERENT, E.SEND_BACK_FIRST): S.FIRST_ENTRY_CORRECTION,
    (S.ENTRIES_DIFFERENT, E.SEND_BACK_SECOND): S.SECOND_ENTRY_CORRECTION,
    (S.FIRST_ENTRY_CORRECTION, E.COMPARE_EQUAL): S.DEFINITIVE,
    (S.FIRST_ENTRY_CORRECTION, E.COMPARE_DIFFERENT): S.ENTRIES_DIFFERENT,
    (S.SECOND_ENTRY_CORRECTION, E.COMPARE_EQUAL): S.DEFINITIVE,
    (S.SECOND_ENTRY_CORRECTION, E.COMPARE_DIFFERENT): S.ENTRIES_DIFFERENT,
    (S.DEFINITIVE, E.REOPEN): S.EMPTY,
    (S.FIRST_ENTRY_IN_PROGRESS, E.RELEASE): S.EMPTY,
    (S.SECOND_ENTRY_IN_PROGRESS, E.RELEASE): S.FIRST_ENTRY_FINALISED,
    (S.FIRST_ENTRY_CORRECTION, E.RELEASE): S.FIRST_ENTRY_FINALISED,
    (S.SECOND_ENTRY_CORRECTION, E.RELEASE): S.FIRST_ENTRY_FINALISED,
}


@pytest.mark.parametrize("state", list(EntryState))
@pytest.mark.parametrize("event", list(Event))
def test_transition_table(state: EntryState, event: Event) -> None:
    target = TABLE.get((state, event))
    if target is None:
        assert event not in allowed_events(state)
        with pytest.raises(UserError) as err:
            transition(state, event)
        assert err.value.problems[0].code == "ENTRY.INVALID_TRANSITION"
    else:
        assert event in allowed_events(state)
        assert transition(state, event) is target


def test_only_comparisons_lead_to_definitive() -> None:
    """Four eyes (issue 12 D): only a comparison of two agreeing entries makes a station definitive."""
    into = {event for (_, event), target in TABLE.items() if target is S.DEFINITIVE}
    assert into == {E.COMPARE_EQUAL}
