"""Data entry with four eyes: typists enter each station twice, the coordinator resolves (issue 5).

Rules implemented here (docs/pv-models.md §2–§4; Kieswet N 11); the decisions themselves are the pure
functions of :mod:`kieskring.app.entry_rules`, the SQL is :mod:`kieskring.app.entry_store`:

* a typist opens a station by number, enters the form section by section in paper order, may leave and
  resume later; only the typist holding an entry may continue it;
* an empty field is 0; errors (F) never block saving but route the entry to the coordinator; warnings (W)
  must be acknowledged ("checked against the paper") to save the section;
* the second entry is by a different typist; the comparison is field by field; equal and error-free →
  definitive, else entries different;
* the coordinator sends back or discards a first entry with errors; for different entries keeps the first
  or the second (an error-free one; the other is discarded and another typist enters the station again),
  discards both, or sends only the differing fields back to one typist; a station is definitive only when
  two entries by two different typists agree; reopens a definitive entry with a reason; writes a
  per-station explanation for warnings (for the PV);
* every confirmed action is one transaction with one audit entry (:meth:`Store.confirm`);
* in a follow-up sitting only stations whose investigation was concluded with new results are
  entered, with the corrigendum form and the previous numbers as the basis: a field left empty keeps
  its previous number (:mod:`kieskring.app.corrigendum`, docs/sittings.md §3) — the same states,
  the same four eyes.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from kieskring.app import corrigendum
from kieskring.app import entry_rules as rules
from kieskring.app.entry_rules import entry_error as _error
from kieskring.app.entry_store import EntryRepository, SessionState
from kieskring.app.form import FormLayout, Values, form_layout
from kieskring.app.records import Entry, StationStatus
from kieskring.app.setup import Body, ElectionSetup, StationSetup, load_setup
from kieskring.app.sitting_store import SittingRepository
from kieskring.app.states import ACTOR, EntryState, Event, in_progress_slot, transition
from kieskring.app.users import Action, User, Users
from kieskring.app.validation import Finding, Severity, differing_fields, validate
from kieskring.storage import Store, Tx

__all__ = [
    "DataEntry",
    "DifferenceResolution",
    "EntryAuthor",
    "EntryView",
    "ErrorResolution",
    "FieldDifference",
    "SectionResult",
    "SessionState",
]


class ErrorResolution(enum.Enum):
    """The coordinator's choice for a first entry with errors."""

    SEND_BACK = "send_back"
    DISCARD = "discard"


class DifferenceResolution(enum.Enum):
    """The coordinator's choice for two different entries (besides sending fields back)."""

    KEEP_FIRST = "keep_first"
    KEEP_SECOND = "keep_second"
    DISCARD_BOTH = "discard_both"


@dataclass(frozen=True)
class EntryView:
    """What the typist sees on opening or resuming a station."""

    station: StationSetup
    slot: int
    state: EntryState
    values: Mapping[str, int | None]
    sections_done: frozenset[str]
    pending: frozenset[str]
    findings: tuple[Finding, ...]
    next_section: str | None


@dataclass(frozen=True)
class SectionResult:
    """The outcome of submitting a section: saved or not, and the findings shown at its fields."""

    saved: bool
    findings: tuple[Finding, ...]

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings that need the "checked against the paper" tick."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)


@dataclass(frozen=True)
class FieldDifference:
    """One field where the two entries differ, side by side (empty = 0)."""

    field: str
    section: str
    first: int
    second: int


@dataclass(frozen=True)
class EntryAuthor:
    """Who typed entry ``slot`` (1 or 2) of a station: the coordinator's send-back choice shows this."""

    slot: int
    username: str
    fullname: str


class _NotSaved(Exception):
    """Internal: roll back and report unacknowledged warnings."""

    def __init__(self, result: SectionResult) -> None:
        super().__init__("warnings not acknowledged")
        self.result = result


class DataEntry:
    """The data-entry and resolution services over one installation database."""

    def __init__(self, store: Store, users: Users) -> None:
        self.store = store
        self.users = users
        self.repo = EntryRepository(store)
        self.sittings = SittingRepository(store)
        self._setup: ElectionSetup | None = None
        self._layout: FormLayout | None = None

    @property
    def setup(self) -> ElectionSetup:
        """The election (loaded once; setup cannot change after data entry started)."""
        if self._setup is None:
            self._setup = load_setup(self.store)
        return self._setup

    def reload(self) -> None:
        """Read the election again (after the administrator saved a set-up)."""
        self._setup = None
        self._layout = None

    @property
    def layout(self) -> FormLayout:
        """The form of the first sitting, the same for every station of this election (kept:
        looking it up hashes the whole election, which costs milliseconds at 30 lists × 50
        candidates)."""
        if self._layout is None:
            self._layout = form_layout(self.setup)
        return self._layout

    def basis(self, station: int) -> corrigendum.Basis | None:
        """The previous numbers when ``station`` is entered as a corrigendum now (docs/sittings.md
        §3); ``None`` in the first sitting and for stations not under investigation."""
        return corrigendum.basis(self.store, self.setup, station)

    def layout_for(self, station: int) -> FormLayout:
        """The form ``station`` is entered with now: the corrigendum form when it has a basis."""
        return self._form(self.basis(station))

    def _form(self, basis: corrigendum.Basis | None) -> FormLayout:
        return self.layout if basis is None else corrigendum.corrigendum_layout(self.setup)

    # -- reading -------------------------------------------------------------------------------

    def status(self, station: int) -> StationStatus:
        """The state of one station."""
        self.setup.station(station)
        return self.repo.status(station)

    def entries(self, station: int) -> dict[int, Entry]:
        """The stored entries of a station by slot (1, 2)."""
        return self.repo.entries(station)

    def session_state(self) -> SessionState:
        """Whether data entry is running, paused or completed."""
        return self.repo.session_state()

    def result(self, station: int) -> dict[str, int] | None:
        """The definitive values of a station, if it is definitive."""
        return self.repo.result(station)

    def explanation(self, station: int) -> str:
        """The explanation for a station ('' when none)."""
        return self.repo.explanation(station)

    # -- helpers ---------------------------------------------------------------------------------

    def _now(self) -> str:
        return self.store.clock().isoformat()

    BODIES: tuple[Body, ...] = (Body.GSB,)
    """The bodies whose entries this service makes: a GSB's stations. At an HSB or CSB a unit's PV
    is typed through :class:`kieskring.app.chain.entry.UnitEntry`, never as a station (fail closed:
    ENTRY.BODY; docs/chain-app.md §2)."""

    def _require(self, user: User, event: Event, station: int) -> User:
        current = self.users.require(user, ACTOR[event])
        if self.setup.body not in self.BODIES:
            raise _error(
                "ENTRY.BODY",
                f"deze installatie is ingericht als {self.setup.body.value}: voer hier geen "
                "stembureaus in",
                f"this installation is set up as {self.setup.body.value}: no polling stations "
                "are entered here",
                station,
            )
        session = self.session_state()
        if ACTOR[event] is Action.ENTER_DATA and session is not SessionState.DATA_ENTRY:
            raise _error(
                "ENTRY.PAUSED",
                "de invoer is gepauzeerd of afgerond",
                "data entry is paused or finished",
                station,
            )
        if session is SessionState.COMPLETED and event is not Event.REOPEN:
            raise _error(
                "ENTRY.COMPLETED", "de zitting is afgerond", "the session is finished", station
            )
        return current

    def _put_status(self, tx: Tx, status: StationStatus, entries: Iterable[Entry]) -> StationStatus:
        layout = self.layout_for(status.station)
        errors, warnings = rules.finding_counts(self.setup, layout, entries)
        final = replace(status, has_errors=errors > 0, has_warnings=warnings > 0)
        self.repo.put_status(tx, final, (errors, warnings), self._now())
        return final

    def _holding(self, user: User, station: int) -> tuple[StationStatus, Entry]:
        """The in-progress entry of ``station``, which ``user`` must hold."""
        status = self.status(station)
        slot = in_progress_slot(status.state)
        if slot is None:
            raise _error(
                "ENTRY.NOT_IN_PROGRESS",
                "voor dit stembureau is geen invoer bezig",
                "no entry is in progress for this station",
                station,
            )
        entry = self.entries(station)[slot]
        if entry.user_id != user.id:
            raise _error(
                "ENTRY.NOT_HOLDER",
                "een andere invoerder werkt aan dit stembureau",
                "another typist holds this entry",
                station,
            )
        return status, entry

    def _put_entry(self, tx: Tx, entry: Entry) -> None:
        self.repo.put_entry(tx, entry, len(self.layout_for(entry.station).sections))

    # -- typist ----------------------------------------------------------------------------------

    def open(self, user: User, station: int) -> EntryView:
        """Start the first or second entry of ``station``, or resume the one this typist holds."""
        info = self.setup.station(station)
        with self.store.confirm("entry.open", user.id, {"station": station}) as tx:
            self._require(user, Event.START, station)
            status = self.status(station)
            slot = in_progress_slot(status.state)
            if slot is None:
                status = self._start(tx, user, status)
                slot = in_progress_slot(status.state)
                assert slot is not None
            entry = self.entries(station)[slot]
            if entry.user_id != user.id:
                raise _error(
                    "ENTRY.HELD_BY_OTHER",
                    "een andere invoerder werkt aan dit stembureau",
                    "another typist is entering this station",
                    station,
                )
        return self._view(info, status, entry)

    def _start(self, tx: Tx, user: User, status: StationStatus) -> StationStatus:
        state = transition(status.state, Event.START, station=status.station)
        if self.sittings.current() > 1 and self.basis(status.station) is None:
            raise _error(
                "SITTING.NOT_INVESTIGATED",
                "in een nieuwe zitting worden alleen stembureaus ingevoerd waarvan het onderzoek "
                "nieuwe uitkomsten gaf",
                "in a follow-up sitting only stations whose investigation gave new results are "
                "entered",
                status.station,
            )
        if state is EntryState.FIRST_ENTRY_IN_PROGRESS:
            entry = Entry.empty(status.station, 1, user.id)
            status = StationStatus(status.station, state, first_user=user.id)
        else:
            if status.first_user == user.id:
                raise _error(
                    "ENTRY.SAME_TYPIST",
                    "de tweede invoer moet door een andere invoerder worden gedaan",
                    "the second entry must be made by a different typist",
                    status.station,
                )
            entry = Entry.empty(status.station, 2, user.id)
            status = replace(status, state=state, second_user=user.id)
        self._put_entry(tx, entry)
        tx.details["slot"] = entry.slot
        return self._put_status(tx, status, self.entries(status.station).values())

    def _view(self, info: StationSetup, status: StationStatus, entry: Entry) -> EntryView:
        layout = self.layout_for(info.number)
        findings = validate(self.setup, layout, entry.values, entry.sections)
        todo = [s.key for s in layout.sections if s.key not in entry.sections]
        return EntryView(
            info,
            entry.slot,
            status.state,
            entry.values,
            entry.sections,
            entry.pending,
            findings + rules.pending_findings(layout, entry),
            todo[0] if todo else None,
        )

    def view(self, user: User, station: int) -> EntryView:
        """The entry ``user`` holds for ``station``, as on opening it (read only)."""
        self.users.require(user, Action.ENTER_DATA)
        status, entry = self._holding(user, station)
        return self._view(self.setup.station(station), status, entry)

    def check_section(
        self, user: User, station: int, section: str, values: Values
    ) -> tuple[Finding, ...]:
        """The findings the section would get, without saving (validation while typing)."""
        self.users.require(user, Action.ENTER_DATA)
        _, entry = self._holding(user, station)
        basis = self.basis(station)
        layout = self._form(basis)
        if basis is not None:
            values = corrigendum.fill(layout, section, values, basis.previous)
        merged = {**entry.values, **rules.clean_section(layout, section, values, station)}
        other = self.entries(station).get(3 - entry.slot)
        return rules.section_findings(self.setup, layout, merged, section, other)

    def save_section(
        self, user: User, station: int, section: str, values: Values, *, acknowledged: bool = False
    ) -> SectionResult:
        """Save one section (one transaction). Not saved while a warning is not acknowledged."""
        try:
            with self.store.confirm("entry.save_section", user.id, {"station": station}) as tx:
                return self._save(tx, user, station, section, values, acknowledged)
        except _NotSaved as refused:
            return refused.result

    def _save(
        self, tx: Tx, user: User, station: int, section: str, values: Values, acknowledged: bool
    ) -> SectionResult:
        self._require(user, Event.START, station)
        status, entry = self._holding(user, station)
        basis = self.basis(station)
        layout = self._form(basis)
        if basis is not None:
            values = corrigendum.fill(layout, section, values, basis.previous)
        typed = rules.clean_section(layout, section, values, station)
        if entry.pending or status.state in (
            EntryState.FIRST_ENTRY_CORRECTION,
            EntryState.SECOND_ENTRY_CORRECTION,
        ):
            typed = rules.only_pending(entry, values, typed, station)
        entries = self.entries(station)
        merged = {**entry.values, **typed}
        other = entries.get(3 - entry.slot)
        findings = rules.section_findings(self.setup, layout, merged, section, other)
        if not acknowledged and any(f.severity is Severity.WARNING for f in findings):
            raise _NotSaved(SectionResult(False, findings))
        updated = rules.saved_entry(entry, section, typed, findings)
        self._put_entry(tx, updated)
        entries[entry.slot] = updated
        self._put_status(tx, status, entries.values())
        tx.details.update(
            slot=entry.slot, section=section, values=typed, findings=[f.key for f in findings]
        )
        return SectionResult(True, findings)

    def finalise(self, user: User, station: int) -> StationStatus:
        """Finish the entry: a first entry goes on (or to the coordinator on errors); a second or
        corrected entry is compared field by field with the other one."""
        with self.store.confirm("entry.finalise", user.id, {"station": station}) as tx:
            self._require(user, Event.FINALISE_CLEAN, station)
            status, entry = self._holding(user, station)
            layout = self.layout_for(station)
            missing = [s.key for s in layout.sections if s.key not in entry.sections]
            if missing or entry.pending:
                raise _error(
                    "ENTRY.INCOMPLETE",
                    f"nog niet alle onderdelen zijn opgeslagen ({', '.join(missing)})",
                    f"not all sections are saved yet ({', '.join(missing)})",
                    station,
                )
            entries = self.entries(station)
            entries[entry.slot] = replace(entry, finalised=True)
            self._put_entry(tx, entries[entry.slot])
            event = rules.finalise_event(self.setup, layout, status.state, entries)
            tx.details.update(slot=entry.slot, event=event.value)
            status = replace(status, state=transition(status.state, event, station=station))
            if status.state is EntryState.DEFINITIVE:
                self._put_result(tx, entries[1])
            return self._put_status(tx, status, entries.values())

    def _put_result(self, tx: Tx, entry: Entry) -> None:
        layout = self.layout_for(entry.station)
        values = layout.normalise(entry.values)
        warnings = [
            f.key for f in validate(self.setup, layout, values) if f.severity is Severity.WARNING
        ]
        self.repo.put_result(tx, entry.station, values, warnings)

    def abandon(self, user: User, station: int) -> StationStatus:
        """The typist throws away their own unfinished (first or second) entry."""
        with self.store.confirm("entry.abandon", user.id, {"station": station}) as tx:
            self._require(user, Event.ABANDON, station)
            status, entry = self._holding(user, station)
            state = transition(status.state, Event.ABANDON, station=station)
            self.repo.delete_entries(tx, station, (entry.slot,))
            if entry.slot == 1:
                status = StationStatus(station, state)
            else:
                status = replace(status, state=state, second_user=None)
            return self._put_status(tx, status, self.entries(station).values())

    def held_stations(self, user: User) -> tuple[int, ...]:
        """The stations whose unfinished entry ``user`` holds (to resume)."""
        self.users.require(user, Action.ENTER_DATA)
        return tuple(self.repo.held_by(user.id))

    # -- coordinator -----------------------------------------------------------------------------

    def differences(self, user: User, station: int) -> tuple[FieldDifference, ...]:
        """The fields where the two entries differ, side by side, in form order."""
        self.users.require(user, Action.RESOLVE_DIFFERENCES)
        entries = self.entries(station)
        if 1 not in entries or 2 not in entries:
            return ()
        layout = self.layout_for(station)
        first = layout.normalise(entries[1].values)
        second = layout.normalise(entries[2].values)
        return tuple(
            FieldDifference(key, layout.section_of[key], first[key], second[key])
            for key in differing_fields(layout, first, second)
        )

    def resolve_errors(self, user: User, station: int, how: ErrorResolution) -> StationStatus:
        """A first entry with errors: send it back to its typist, or discard it."""
        event = Event.SEND_BACK_ERRORS if how is ErrorResolution.SEND_BACK else Event.DISCARD_FIRST
        with self.store.confirm(
            "entry.resolve_errors", user.id, {"station": station, "how": how.value}
        ) as tx:
            self._require(user, event, station)
            status = self.status(station)
            state = transition(status.state, event, station=station)
            entries = self.entries(station)
            if how is ErrorResolution.SEND_BACK:
                entries[1] = replace(entries[1], finalised=False)
                self._put_entry(tx, entries[1])
                return self._put_status(tx, replace(status, state=state), entries.values())
            self.repo.delete_entries(tx, station, (1,))
            return self._put_status(tx, StationStatus(station, state), ())

    def resolve_differences(
        self, user: User, station: int, how: DifferenceResolution
    ) -> StationStatus:
        """Different entries: discard both, or keep one of them — the other is discarded and a typist
        other than the kept entry's makes a new entry to compare with it (four eyes: keeping never
        makes a station definitive by itself)."""
        event = {
            DifferenceResolution.KEEP_FIRST: Event.KEEP_FIRST,
            DifferenceResolution.KEEP_SECOND: Event.KEEP_SECOND,
            DifferenceResolution.DISCARD_BOTH: Event.DISCARD_BOTH,
        }[how]
        with self.store.confirm(
            "entry.resolve_differences", user.id, {"station": station, "how": how.value}
        ) as tx:
            current = self._require(user, event, station)
            status = self.status(station)
            state = transition(status.state, event, station=station)
            entries = self.entries(station)
            self.repo.delete_entries(tx, station, entries)
            if how is DifferenceResolution.DISCARD_BOTH:
                return self._put_status(tx, StationStatus(station, state), ())
            kept = entries[1 if how is DifferenceResolution.KEEP_FIRST else 2]
            if rules.has_errors(self.setup, self.layout_for(station), kept.values):
                raise _error(
                    "ENTRY.KEPT_HAS_ERRORS",
                    "deze invoer bevat fouten en kan niet worden bewaard",
                    "this entry has errors and cannot be kept",
                    station,
                )
            first = rules.kept_as_first(kept)
            self._put_entry(tx, first)
            tx.details["kept_user"] = first.user_id
            status = StationStatus(station, state, first_user=first.user_id, resolved_by=current.id)
            return self._put_status(tx, status, (first,))

    def entry_authors(self, user: User, station: int) -> tuple[EntryAuthor, ...]:
        """The typists of the stored entries of ``station``, by slot (for sending fields back)."""
        self.users.require(user, Action.RESOLVE_DIFFERENCES)
        self.setup.station(station)
        return tuple(EntryAuthor(*row) for row in self.repo.authors(station))

    def send_back_differences(self, user: User, station: int, slot: int) -> StationStatus:
        """Clear only the differing fields of entry ``slot`` (1 or 2); its typist enters just those
        again, the other entry is kept as it is."""
        if slot not in (1, 2):
            raise _error(
                "ENTRY.UNKNOWN_SLOT",
                "kies de eerste of de tweede invoer",
                "choose the first or the second entry",
                station,
            )
        event = Event.SEND_BACK_FIRST if slot == 1 else Event.SEND_BACK_SECOND
        with self.store.confirm(
            "entry.send_back_differences", user.id, {"station": station, "slot": slot}
        ) as tx:
            self._require(user, event, station)
            status = self.status(station)
            state = transition(status.state, event, station=station)
            entries = self.entries(station)
            layout = self.layout_for(station)
            differ = differing_fields(layout, entries[1].values, entries[2].values)
            if not differ:
                raise _error(
                    "ENTRY.NO_DIFFERENCES",
                    "de invoer verschilt niet; kies 'beide verwijderen'",
                    "the entries do not differ; choose 'discard both'",
                    station,
                )
            entries[slot] = rules.cleared(layout, entries[slot], differ)
            self._put_entry(tx, entries[slot])
            tx.details["fields"] = list(differ)
            return self._put_status(tx, replace(status, state=state), entries.values())

    def reopen(self, user: User, station: int, reason: str) -> StationStatus:
        """Reopen a definitive station: both entries and the result are deleted; the reason is logged."""
        if not reason.strip():
            raise _error(
                "ENTRY.REASON_REQUIRED",
                "geef een reden op voor het heropenen",
                "give a reason for reopening",
                station,
            )
        with self.store.confirm(
            "entry.reopen", user.id, {"station": station, "reason": reason.strip()}
        ) as tx:
            self._require(user, Event.REOPEN, station)
            if self.sittings.current() > 1 and self.basis(station) is None:
                raise _error(
                    "SITTING.NOT_INVESTIGATED",
                    "in een nieuwe zitting kan alleen een stembureau worden heropend waarvan het "
                    "onderzoek nieuwe uitkomsten gaf",
                    "in a follow-up sitting only a station whose investigation gave new results "
                    "can be reopened",
                    station,
                )
            return self.reopen_in(tx, station)

    def reopen_in(self, tx: Tx, station: int) -> StationStatus:
        """Reopen a definitive station inside the confirmed action ``tx`` (also used when an
        investigation is concluded with new results): entries and result deleted, the session
        back to data entry. Refused once this sitting's outputs were handed out."""
        if self.sittings.outputs_made(self.sittings.current()):
            raise _error(
                "SITTING.OUTPUTS_MADE",
                "de uitvoer van deze zitting is al gemaakt; wijzigingen gaan via een nieuwe zitting",
                "this sitting's outputs were made; changes go through a new sitting",
                station,
            )
        status = self.status(station)
        state = transition(status.state, Event.REOPEN, station=station)
        self.repo.delete_entries(tx, station, self.entries(station))
        self.repo.delete_result(tx, station)
        if self.session_state() is SessionState.COMPLETED:
            self.repo.put_session_state(tx, SessionState.DATA_ENTRY)
        return self._put_status(tx, StationStatus(station, state), ())

    def release(self, user: User, station: int, reason: str) -> StationStatus:
        """Release a stale claim (issue 14): the unfinished entry of a typist who has gone is
        discarded, with the reason in the audit log, so that another typist can start; during a
        correction the other entry is kept as the first (:func:`entry_rules.kept_after_release`)."""
        if not reason.strip():
            raise _error(
                "ENTRY.REASON_REQUIRED",
                "geef een reden op voor het vrijgeven",
                "give a reason for releasing the entry",
                station,
            )
        with self.store.confirm(
            "entry.release", user.id, {"station": station, "reason": reason.strip()}
        ) as tx:
            current = self._require(user, Event.RELEASE, station)
            status = self.status(station)
            state = transition(status.state, Event.RELEASE, station=station)
            entries = self.entries(station)
            kept = rules.kept_after_release(status.state, entries)
            slot = in_progress_slot(status.state)
            assert slot is not None  # the transition allows releasing only an entry in progress
            tx.details.update(slot=slot, released_user=entries[slot].user_id)
            layout = self.layout_for(station)
            if kept is not None and rules.has_errors(self.setup, layout, kept.values):
                raise _error(
                    "ENTRY.KEPT_HAS_ERRORS",
                    "de andere invoer bevat fouten en kan niet blijven staan; deze invoer kan "
                    "daarom niet worden vrijgegeven",
                    "the other entry has errors and cannot be kept; so this entry cannot be "
                    "released",
                    station,
                )
            self.repo.delete_entries(tx, station, entries)
            if kept is None:
                return self._put_status(tx, StationStatus(station, state), ())
            self._put_entry(tx, kept)
            correction = status.state is not EntryState.SECOND_ENTRY_IN_PROGRESS
            resolved = current.id if correction else status.resolved_by  # as keeping one entry
            status = StationStatus(station, state, first_user=kept.user_id, resolved_by=resolved)
            return self._put_status(tx, status, (kept,))

    def explain(self, user: User, station: int, text: str) -> None:
        """The coordinator's explanation of a station's warnings, printed on the PV (empty: removed)."""
        self.setup.station(station)
        with self.store.confirm("entry.explain", user.id, {"station": station}) as tx:
            current = self.users.require(user, Action.EXPLAIN_WARNINGS)
            self.repo.put_explanation(tx, station, text.strip(), current.id, self._now())

    # -- the session -----------------------------------------------------------------------------

    def set_session_state(self, user: User, state: SessionState) -> None:
        """Pause or resume data entry for everyone, or finish the session (all stations definitive)."""
        action = Action.FINISH_SESSION if state is SessionState.COMPLETED else Action.PAUSE_ENTRY
        with self.store.confirm("session.state", user.id, {"state": state.value}) as tx:
            self.users.require(user, action)
            if state is SessionState.COMPLETED:
                done = self.repo.definitive_count()
                if done != len(self.setup.stations):
                    raise _error(
                        "SESSION.NOT_FINISHED",
                        f"nog niet alle stembureaus zijn definitief ({done} van "
                        f"{len(self.setup.stations)})",
                        f"not all stations are definitive ({done} of {len(self.setup.stations)})",
                    )
                sitting = self.sittings.current()
                open_ = [
                    i.station for i in self.sittings.investigations(sitting) if not i.concluded
                ]
                if open_:
                    raise _error(
                        "SESSION.INVESTIGATIONS_OPEN",
                        "nog niet elk onderzoek is afgerond (stembureau "
                        f"{', '.join(map(str, open_))})",
                        f"not every investigation is concluded (station {', '.join(map(str, open_))})",
                    )
            self.repo.put_session_state(tx, state)
