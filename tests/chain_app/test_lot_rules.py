"""The rules of recording a lot and of the receiving overview, as invariants (Hypothesis):

* a lot is recorded only when two different accounts typed the same outcome one after the other, and
  then exactly that outcome; the same account twice is refused; different outcomes start over
  (docs/chain-app.md §4);
* a unit is *in* exactly when its typed PV and its file were equal (definitive), whatever its files'
  history (docs/chain-app.md §2).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from gmpy2 import mpq
from hypothesis import given, settings
from hypothesis import strategies as st

from kieskring.app.chain.files import FileState, StoredFile
from kieskring.app.chain.lots import LotChoice, confirmed_outcomes, recorded_lots, type_lot
from kieskring.app.chain.overview import GROUPS, Group, UnitStatus, unit_status
from kieskring.app.states import EntryState
from kieskring.app.users import Role, User, Users
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit
from seat_allocation.lots import LotKind, LotReason, LotRequest

from .support import PASSWORD, cheap_hasher

REQUEST = LotRequest(
    LotKind.LIST, "P 8 lid 1", LotReason.EQUAL_REMAINDERS, (9,), (1, 2, 3), mpq(13, 2)
)

TYPINGS = st.lists(st.tuples(st.integers(0, 2), st.sampled_from([1, 2, 3])), max_size=12)


def accounts(store: Store) -> list[User]:
    users = Users(store, cheap_hasher())
    admin = users.create_administrator("beheer", "Beheerder", PASSWORD)
    return [
        users.create_user(admin, name, name.title(), role, PASSWORD)
        for name, role in (
            ("carla", Role.COORDINATOR),
            ("anna", Role.INVOERDER),
            ("ben", Role.INVOERDER),
        )
    ]


@settings(max_examples=25, deadline=None)
@given(typings=TYPINGS)
def test_a_lot_is_recorded_only_when_two_accounts_typed_the_same(
    typings: list[tuple[int, int]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lot.sqlite"
        with Store(path) as store:
            people = accounts(store)
            users = Users(store, cheap_hasher())
            expected: list[int] = []
            pending: tuple[int, int] | None = None
            for who, outcome in typings:
                if pending is not None and pending[0] == who:
                    with pytest.raises(UserError) as err:
                        type_lot(store, users, people[who], REQUEST, LotChoice(outcome))
                    assert err.value.problems[0].code == "CHAIN.LOT_SAME_PERSON"
                    continue
                typed = type_lot(store, users, people[who], REQUEST, LotChoice(outcome))
                if pending is None:
                    assert not typed.recorded and not typed.different
                    pending = (who, outcome)
                elif pending[1] == outcome:
                    assert typed.recorded
                    expected.append(outcome)
                    pending = None
                else:
                    assert typed.different and not typed.recorded
                    pending = None
            assert confirmed_outcomes(store) == tuple(expected)
            for lot in recorded_lots(store):
                assert lot.outcome is None or lot.first_user != lot.second_user
        assert verify_audit(path) == []


FILES = st.one_of(
    st.none(),
    st.builds(
        StoredFile,
        unit=st.just(1),
        version=st.integers(1, 4),
        name=st.just("f.eml.xml"),
        fingerprint=st.just("00"),
        content=st.just(b""),
        signature=st.just(b""),
        signer=st.just(""),
        state=st.sampled_from(FileState),
        imported_by=st.just(1),
        imported_at=st.just(""),
    ),
)


@given(state=st.sampled_from(EntryState), latest=FILES, has_current=st.booleans())
def test_a_unit_is_in_exactly_when_paper_and_file_were_equal(
    state: EntryState, latest: StoredFile | None, has_current: bool
) -> None:
    current = (
        latest if has_current and latest is not None and latest.state is FileState.CURRENT else None
    )
    status = unit_status(state, current, latest)
    assert (GROUPS[status] is Group.IN) == (state is EntryState.DEFINITIVE)
    if state is EntryState.ENTRIES_DIFFERENT:
        assert status is UnitStatus.DIFFERENT
    if status is UnitStatus.FILE_ONLY:
        assert current is not None
