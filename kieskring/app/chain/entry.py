"""One unit's paper PV typed once and compared field by field with its file (docs/chain-app.md §2;
docs/pv-models.md §2 "At the CSB", §4).

The GSB's data-entry service does the typing — the same form machinery, the same catalogue (here the
totals form: F.201–F.204, F.312, W.204–W.206, F.401–F.403), the same one-transaction saves — and the
same state machine (:mod:`kieskring.app.states`) decides. What differs is the other side of the
comparison: not a second typist but the unit's file. Slot 1 is the typed PV; slot 2 holds the file's
numbers, written only at the moment of comparing, so a typist never sees the file while typing.

* Finishing the typed PV: ``FINALISE_CLEAN`` (an error of the catalogue is the lower committee's own —
  the paper leads — and goes to the coordinator with the unit, not back to the typist); with a file
  at hand it is compared at once (``START`` + ``COMPARE_*``, one transaction).
* A file arriving after the typed PV is compared in the import's transaction.
* Different: the coordinator sends the differing fields back to the typist (``SEND_BACK_FIRST``: the
  file's numbers are removed again), refuses the file (``KEEP_FIRST``: the paper stands, the file is
  ``refused`` until a corrected one comes), or discards the typed PV (``DISCARD_BOTH``).
* Equal: definitive (``COMPARE_EQUAL``) — the only way in, as at the GSB.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import MappingProxyType

from kieskring.app import entry_rules as rules
from kieskring.app.chain.files import (
    CheckedFile,
    FileRepository,
    FileState,
    StoredFile,
    read_stored,
)
from kieskring.app.entry import DataEntry, EntryView
from kieskring.app.records import Entry, StationStatus
from kieskring.app.setup import Body, ElectionSetup
from kieskring.app.states import EntryState, Event, in_progress_slot, transition
from kieskring.app.users import User, Users
from kieskring.app.validation import differing_fields
from kieskring.domain.counts import (
    ADMITTED,
    FEWER_COUNTED,
    MORE_COUNTED,
    POLL_CARDS,
    PROXIES,
    VOTER_PASSES,
    VoteCounts,
)
from kieskring.eml.stream_510 import CountTotals
from kieskring.errors import Problem, UserError
from kieskring.storage import Store, Tx

TYPED, FILE = 1, 2
"""The slots: the PV as typed, the file's numbers."""


def unit_setup(setup: ElectionSetup, unit: int) -> ElectionSetup:
    """The set-up one unit's form is built from: its lists, itself as the only "station"."""
    return replace(
        setup, lists=setup.unit_lists(unit), stations=(setup.station(unit),), contests=()
    )


def values_of_count(setup: ElectionSetup, counts: VoteCounts) -> dict[str, int | None]:
    """A file's total as the fields of the totals form (``None``: the file does not carry it, which
    compares as an empty field, i.e. 0; docs/chain.md §2 for the reason codes)."""
    values: dict[str, int | None] = {
        "Z": counts.cast,
        "A": counts.reason(POLL_CARDS),
        "B": counts.reason(PROXIES),
        "D": counts.reason(ADMITTED),
        "E": counts.total_counted,
        "F": counts.blank,
        "G": counts.invalid,
        "H": counts.ballots,
        "I": counts.reason(MORE_COUNTED),
        "J": counts.reason(FEWER_COUNTED),
    }
    if setup.voter_passes:
        values["C"] = counts.reason(VOTER_PASSES)
    by_number = {lst.number: lst for lst in counts.lists}
    for item in setup.lists:
        lst = by_number.get(item.number)
        votes = {c.id: c.votes for c in lst.candidates} if lst else {}
        values[f"E.{item.number}"] = lst.votes if lst else 0
        values[f"L{item.number}.total"] = lst.votes if lst else 0
        for pos in range(1, item.candidates + 1):
            values[f"L{item.number}.{pos}"] = votes.get(pos, 0)
    return values


class UnitEntry(DataEntry):
    """The data-entry service for one unit, with its file as the other entry."""

    BODIES = (Body.HSB, Body.CSB)

    def __init__(
        self,
        store: Store,
        users: Users,
        setup: ElectionSetup,
        unit: int,
        read: Callable[[StoredFile], CountTotals] | None = None,
    ) -> None:
        super().__init__(store, users)
        self.unit = unit
        message = "510c" if setup.receives_kieskringen else "510b"
        self.read = read or (lambda stored: read_stored(stored, message))
        self._setup = unit_setup(setup, unit)
        self.files = FileRepository(store)

    def reload(self) -> None:
        """A unit's set-up is fixed for the life of this object."""

    # -- the typist ------------------------------------------------------------------------------

    def open(self, user: User, station: int) -> EntryView:
        """Start or resume the typed PV; there is only one (CHAIN.ENTRY_CLOSED otherwise)."""
        state = self.status(station).state
        if state is not EntryState.EMPTY and in_progress_slot(state) != TYPED:
            raise unit_error(
                "CHAIN.ENTRY_CLOSED",
                "het proces-verbaal van deze eenheid is al ingevoerd",
                "the report of this unit has been entered already",
                station,
            )
        return super().open(user, station)

    def finalise(self, user: User, station: int) -> StationStatus:
        """Finish the typed PV and compare it with the file when there is one (one transaction)."""
        with self.store.confirm("chain.entry.finalise", user.id, {"unit": station}) as tx:
            self._require(user, Event.FINALISE_CLEAN, station)
            status, entry = self._holding(user, station)
            missing = [s.key for s in self.layout.sections if s.key not in entry.sections]
            if missing or entry.pending:
                raise unit_error(
                    "ENTRY.INCOMPLETE",
                    f"nog niet alle onderdelen zijn opgeslagen ({', '.join(missing)})",
                    f"not all sections are saved yet ({', '.join(missing)})",
                    station,
                )
            typed = replace(entry, finalised=True)
            self._put_entry(tx, typed)
            if status.state is EntryState.FIRST_ENTRY_IN_PROGRESS:
                state = transition(status.state, Event.FINALISE_CLEAN, station=station)
                status = replace(status, state=state)
            status = self._put_status(tx, status, (typed,))
            stored = self.files.current(self.unit)
            if stored is None:
                return status
            return self._compare(tx, status, typed, stored, self.read(stored).count.total)

    # -- the file ----------------------------------------------------------------------------------

    def receive(
        self, tx: Tx, user: User, checked: CheckedFile, name: str, content: bytes, signature: bytes
    ) -> StationStatus:
        """Keep a checked file as the unit's current one (an older current one is withdrawn) and
        compare it with the typed PV when that is finished (inside the import's transaction)."""
        status = self.status(self.unit)
        if status.state in (EntryState.DEFINITIVE, EntryState.ENTRIES_DIFFERENT):
            definitive = status.state is EntryState.DEFINITIVE
            raise unit_error(
                "CHAIN.ACCEPTED" if definitive else "CHAIN.DECIDE_FIRST",
                "deze eenheid is al ontvangen en gelijk; heropen haar eerst"
                if definitive
                else "beslis eerst over het verschil tussen papier en bestand",
                "this unit is in and equal; reopen it first"
                if definitive
                else "decide on the difference between paper and file first",
                self.unit,
            )
        self.files.set_state(tx, self.unit, FileState.WITHDRAWN)
        versions = self.files.versions(self.unit)
        stored = StoredFile(
            unit=self.unit,
            version=(versions[-1].version + 1) if versions else 1,
            name=name,
            fingerprint=checked.fingerprint,
            content=content,
            signature=signature,
            signer=checked.signer,
            state=FileState.CURRENT,
            imported_by=user.id,
            imported_at=self._now(),
        )
        stored.put(tx)
        tx.details.update(version=stored.version, fingerprint=stored.fingerprint)
        if status.state is not EntryState.FIRST_ENTRY_FINALISED:
            return status
        typed = self.entries(self.unit)[TYPED]
        return self._compare(tx, status, typed, stored, checked.count.total)

    def _compare(
        self, tx: Tx, status: StationStatus, typed: Entry, stored: StoredFile, counts: VoteCounts
    ) -> StationStatus:
        """Write the file's numbers as the other entry and compare field by field."""
        values = values_of_count(self.setup, counts)
        other = Entry(
            self.unit,
            FILE,
            stored.imported_by,
            MappingProxyType(values),
            frozenset(s.key for s in self.layout.sections),
            frozenset(),
            frozenset(),
            True,
        )
        self._put_entry(tx, other)
        state = status.state
        if state is EntryState.FIRST_ENTRY_FINALISED:
            state = transition(state, Event.START, station=self.unit)
        equal = not differing_fields(self.layout, typed.values, other.values)
        event = Event.COMPARE_EQUAL if equal else Event.COMPARE_DIFFERENT
        state = transition(state, event, station=self.unit)
        if state is EntryState.DEFINITIVE:
            self._put_result(tx, typed)
        tx.details.update(compared_with=stored.version, equal=equal)
        new = replace(status, state=state, second_user=stored.imported_by)
        return self._put_status(tx, new, (typed, other))

    # -- the coordinator -------------------------------------------------------------------------

    def retype(self, user: User) -> StationStatus:
        """The typist made a mistake: the differing fields go back to them (the file stands)."""
        with self.store.confirm("chain.entry.retype", user.id, {"unit": self.unit}) as tx:
            self._require(user, Event.SEND_BACK_FIRST, self.unit)
            status = self.status(self.unit)
            state = transition(status.state, Event.SEND_BACK_FIRST, station=self.unit)
            entries = self.entries(self.unit)
            differ = differing_fields(self.layout, entries[TYPED].values, entries[FILE].values)
            typed = rules.cleared(self.layout, entries[TYPED], differ)
            self._put_entry(tx, typed)
            self.repo.delete_entries(tx, self.unit, (FILE,))
            tx.details["fields"] = list(differ)
            return self._put_status(tx, replace(status, state=state), (typed,))

    def refuse_file(self, user: User, reason: str) -> StationStatus:
        """The paper is right and the file is not: the file is refused until a corrected one comes."""
        with self.store.confirm(
            "chain.file.refuse", user.id, {"unit": self.unit, "reason": reason.strip()}
        ) as tx:
            self._require(user, Event.KEEP_FIRST, self.unit)
            _reason(reason, self.unit)
            status = self.status(self.unit)
            state = transition(status.state, Event.KEEP_FIRST, station=self.unit)
            entries = self.entries(self.unit)
            self.repo.delete_entries(tx, self.unit, (FILE,))
            refused = self.files.set_state(tx, self.unit, FileState.REFUSED)
            tx.details["version"] = refused.version if refused else None
            kept = StationStatus(
                self.unit, state, first_user=status.first_user, resolved_by=user.id
            )
            return self._put_status(tx, kept, (entries[TYPED],))

    def discard_typed(self, user: User) -> StationStatus:
        """The typed PV is thrown away (both entries); the file stands and the PV is typed again."""
        with self.store.confirm("chain.entry.discard", user.id, {"unit": self.unit}) as tx:
            self._require(user, Event.DISCARD_BOTH, self.unit)
            status = self.status(self.unit)
            state = transition(status.state, Event.DISCARD_BOTH, station=self.unit)
            self.repo.delete_entries(tx, self.unit, self.entries(self.unit))
            return self._put_status(tx, StationStatus(self.unit, state), ())

    def reopen_unit(self, user: User, reason: str) -> StationStatus:
        """A unit that was in is opened again (e.g. a corrected file after an investigation): the
        typed PV, the result and the file are withdrawn; both come again."""
        with self.store.confirm(
            "chain.unit.reopen", user.id, {"unit": self.unit, "reason": reason.strip()}
        ) as tx:
            self._require(user, Event.REOPEN, self.unit)
            _reason(reason, self.unit)
            status = self.status(self.unit)
            state = transition(status.state, Event.REOPEN, station=self.unit)
            self.repo.delete_entries(tx, self.unit, self.entries(self.unit))
            self.repo.delete_result(tx, self.unit)
            self.files.set_state(tx, self.unit, FileState.WITHDRAWN)
            return self._put_status(tx, StationStatus(self.unit, state), ())


def unit_error(code: str, nl: str, en: str, unit: int) -> UserError:
    """A user error about one unit (place: ``eenheid <number>``)."""
    return UserError((Problem(code, nl, en, place=f"eenheid {unit}"),))


def _reason(reason: str, unit: int) -> None:
    if not reason.strip():
        raise unit_error("ENTRY.REASON_REQUIRED", "geef een reden op", "give a reason", unit)
