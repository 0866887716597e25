"""Hypothesis stateful test over every data-entry and coordinator action (issue 5, "What it must show").

Invariant (issue 12 D, four eyes): no sequence of actions reaches a definitive station unless two
different typists finalised equal data — keeping one entry after a difference never decides by itself.
The evidence is the test's own shadow of what each typist typed and finalised — not the database's
bookkeeping.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from kieskring.app.entry import DataEntry, DifferenceResolution, ErrorResolution
from kieskring.app.form import form_layout
from kieskring.app.setup import save_setup
from kieskring.app.states import EntryState
from kieskring.app.users import Role, User, Users
from kieskring.app.validation import Severity, validate
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit

from .support import PASSWORD, SETUP, Paper, cheap_hasher, good_paper

LAYOUT = form_layout(SETUP)
PAPERS: tuple[Paper, ...] = (
    good_paper(),
    good_paper({"L1.1": 31, "L1.2": 19}),  # differs from the first
    good_paper({"D": 104}),  # errors F.201, F.301
    good_paper({"F": 4, "G": 1}),  # a warning W.201
)
STATIONS = st.sampled_from([1, 2])
PAPER = st.sampled_from(PAPERS)
Shadow = dict[int, tuple[int, dict[str, int]]]


def flat(paper: Paper) -> dict[str, int]:
    return LAYOUT.normalise({k: v for section in paper.values() for k, v in section.items()})


class DataEntryMachine(RuleBasedStateMachine):
    """Three typists, one coordinator, two stations; every action may be tried at any moment."""

    def __init__(self) -> None:
        super().__init__()
        base = "/dev/shm" if Path("/dev/shm").is_dir() else None
        self.dir = Path(tempfile.mkdtemp(prefix="uitslag-sm-", dir=base))
        self.store = Store(self.dir / "db.sqlite")
        users = Users(self.store, cheap_hasher())
        admin = users.create_administrator("beheer", "Beheer", PASSWORD)
        self.admin = admin
        self.typists = [
            users.create_user(admin, f"typist{n}", f"T{n}", Role.INVOERDER, PASSWORD)
            for n in (1, 2, 3)
        ]
        self.coordinator = users.create_user(admin, "coord", "C", Role.COORDINATOR, PASSWORD)
        save_setup(self.store, users, admin, SETUP)
        self.entry = DataEntry(self.store, users)
        self.shadow: dict[int, Shadow] = {1: {}, 2: {}}

    def teardown(self) -> None:
        path = self.store.path
        self.store.close()
        assert verify_audit(path) == []
        shutil.rmtree(self.dir, ignore_errors=True)

    def _slot_of(self, station: int) -> int:
        state = self.entry.status(station).state
        return 1 if state in (EntryState.FIRST_ENTRY_IN_PROGRESS, EntryState.EMPTY) else 2

    @rule(n=st.integers(0, 2), station=STATIONS, paper=PAPER, finish=st.booleans())
    def type_whole_form(self, n: int, station: int, paper: Paper, finish: bool) -> None:
        user = self.typists[n]
        try:
            view = self.entry.open(user, station)
            for section, values in paper.items():
                self.entry.save_section(user, station, section, values, acknowledged=True)
            if finish and not view.pending:
                self.entry.finalise(user, station)
                self.shadow[station][view.slot] = (user.id, flat(paper))
        except UserError:
            pass

    @rule(n=st.integers(0, 2), station=STATIONS, paper=PAPER)
    def correct_sent_back_fields(self, n: int, station: int, paper: Paper) -> None:
        user = self.typists[n]
        try:
            view = self.entry.open(user, station)
        except UserError:
            return
        if not view.pending:
            return
        typed = flat(paper)
        for section in {LAYOUT.section_of[k] for k in view.pending}:
            found = LAYOUT.section(section)
            assert found is not None
            keys = [f.key for f in found.fields if f.key in view.pending]
            values = {k: typed[k] for k in keys}
            assert self.entry.save_section(user, station, section, values, acknowledged=True).saved
        self.entry.finalise(user, station)
        old_user, old = self.shadow[station][view.slot]
        assert old_user == user.id
        self.shadow[station][view.slot] = (user.id, {**old, **{k: typed[k] for k in view.pending}})

    @rule(n=st.integers(0, 2), station=STATIONS)
    def abandon(self, n: int, station: int) -> None:
        with contextlib.suppress(UserError):
            self.entry.abandon(self.typists[n], station)

    @rule(station=STATIONS, how=st.sampled_from(ErrorResolution))
    def resolve_errors(self, station: int, how: ErrorResolution) -> None:
        try:
            self.entry.resolve_errors(self.coordinator, station, how)
        except UserError:
            return
        if how is ErrorResolution.DISCARD:
            self.shadow[station].pop(1)
        else:
            self.shadow[station].pop(1)  # it will be finalised again

    @rule(station=STATIONS, how=st.sampled_from(DifferenceResolution))
    def resolve_differences(self, station: int, how: DifferenceResolution) -> None:
        try:
            self.entry.resolve_differences(self.coordinator, station, how)
        except UserError:
            return
        if how is DifferenceResolution.DISCARD_BOTH:
            self.shadow[station] = {}
        else:  # the kept entry becomes the first; the other one is gone
            kept = self.shadow[station][1 if how is DifferenceResolution.KEEP_FIRST else 2]
            self.shadow[station] = {1: kept}

    @rule(station=STATIONS, slot=st.sampled_from([1, 2]))
    def send_back(self, station: int, slot: int) -> None:
        with contextlib.suppress(UserError):
            self.entry.send_back_differences(self.coordinator, station, slot)

    @rule(station=STATIONS)
    def reopen(self, station: int) -> None:
        try:
            self.entry.reopen(self.coordinator, station, "test")
        except UserError:
            return
        self.shadow[station] = {}

    @rule(station=STATIONS, who=st.sampled_from(["admin", "coordinator"]))
    def non_typists_cannot_type(self, station: int, who: str) -> None:
        user: User = self.admin if who == "admin" else self.coordinator
        with pytest.raises(UserError) as err:
            self.entry.open(user, station)
        assert err.value.problems[0].code == "USERS.NOT_PERMITTED"

    @invariant()
    def definitive_only_with_four_eyes(self) -> None:
        for station in (1, 2):
            status = self.entry.status(station)
            event(f"reached {status.state.value}")
            if status.state is not EntryState.DEFINITIVE:
                continue
            result = self.entry.result(station)
            shadow = self.shadow[station]
            assert set(shadow) == {1, 2}, "definitive without two finalised entries"
            (u1, v1), (u2, v2) = shadow[1], shadow[2]
            assert u1 != u2, "one typist confirmed both entries"
            assert {u1, u2} <= {t.id for t in self.typists}
            assert v1 == v2 == result, "definitive without two equal entries"
            assert result is not None
            errors = [f for f in validate(SETUP, LAYOUT, result) if f.severity is Severity.ERROR]
            assert not errors


DataEntryMachine.TestCase.settings = settings(
    max_examples=250,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDataEntryMachine = DataEntryMachine.TestCase
