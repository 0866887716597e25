"""Sittings (zittingen) of the GSB, investigations of stations and the history per station
(docs/sittings.md; docs/pv-models.md §4 "Follow-up sessions"; Kieswet P 2 / P 2a, Na 14).

* A follow-up sitting (2, 3 …) is started by the coordinator, only after the current one was
  finished and its outputs were made; starting it closes the previous sitting and keeps a copy of
  that sitting's results, explanations and entries as they were — written once, guarded by the
  audit log like everything else, never changed afterwards.
* An investigation concerns one station in one sitting: asked for by the CSB (its reason and
  assignment) or on the GSB's own initiative (possibly opened from a plausibility signal). A
  station that was missing altogether can be added (its previous counts are 0): the stored election
  set-up is changed in that same confirmed action, by name in the audit log.
* An investigation is concluded once: without new results (the numbers stand), or with new results
  — then the station is reopened and entered again, twice, with the corrigendum form
  (:mod:`kieskring.app.corrigendum`). The sitting can only be finished when every investigation
  is concluded and every station is definitive.
* The coordinator's note on a plausibility signal (why it is fine) is kept per sitting and printed
  on the PV; nothing here ever changes a number because of a signal.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kieskring.app.entry import DataEntry
from kieskring.app.entry_store import SessionState
from kieskring.app.plausibility import plausibility, station_number
from kieskring.app.setup import ElectionSetup, StationSetup
from kieskring.app.sitting_store import (
    ArchivedEntry,
    ArchivedResult,
    AuditLine,
    InvestigationRecord,
    Origin,
    SignalNote,
    SittingRecord,
    SittingRepository,
)
from kieskring.app.states import EntryState
from kieskring.app.users import Action, User, Users
from kieskring.errors import Problem, UserError
from kieskring.signals.text import describe
from kieskring.storage import Store, Tx


def sitting_error(code: str, nl: str, en: str, station: int = 0) -> UserError:
    """A user error about sittings or investigations."""
    return UserError((Problem(code, nl, en, place=f"SB{station}" if station else ""),))


@dataclass(frozen=True)
class StationSitting:
    """One station in one sitting: its result then, the entries, the investigation and the audit
    entries about it (docs/sittings.md §1, "history per station")."""

    sitting: int
    current: bool
    values: dict[str, int] | None
    warnings: tuple[str, ...]
    explanation: str
    entries: tuple[ArchivedEntry, ...]
    investigation: InvestigationRecord | None
    audit: tuple[AuditLine, ...]


@dataclass(frozen=True)
class StationHistory:
    """Every sitting of one station, first to current."""

    station: int
    name: str
    sittings: tuple[StationSitting, ...]


def _text(value: str, what_nl: str, what_en: str, station: int = 0) -> str:
    found = value.strip()
    if not found:
        raise sitting_error(
            "SITTING.TEXT_REQUIRED", f"vul {what_nl} in", f"fill in {what_en}", station
        )
    return found


class Sittings:
    """Sittings, investigations, notes on signals and history over one installation database."""

    def __init__(self, store: Store, users: Users, entry: DataEntry) -> None:
        self.store = store
        self.users = users
        self.entry = entry
        self.repo = SittingRepository(store)

    @property
    def setup(self) -> ElectionSetup:
        """The election as now set up (a station added in a follow-up sitting included)."""
        return self.entry.setup

    def current(self) -> int:
        """The sitting now held."""
        return self.repo.current()

    def _now(self) -> str:
        return self.store.clock().isoformat()

    def _editable(self, station: int = 0) -> int:
        """The current sitting, as long as its outputs have not been made."""
        sitting = self.repo.current()
        if self.repo.outputs_made(sitting):
            raise sitting_error(
                "SITTING.OUTPUTS_MADE",
                f"de uitvoer van zitting {sitting} is al gemaakt; begin een nieuwe zitting",
                f"the outputs of sitting {sitting} were made; start a new sitting",
                station,
            )
        return sitting

    # -- sittings --------------------------------------------------------------------------------

    def start(self, user: User) -> int:
        """Start the next sitting: the current one must be finished and its outputs made; it is
        closed and its results, explanations and entries are kept as they are."""
        with self.store.confirm("sitting.start", user.id) as tx:
            current = self.users.require(user, Action.INVESTIGATE)
            sitting = self.repo.current()
            if self.entry.session_state() is not SessionState.COMPLETED:
                raise sitting_error(
                    "SITTING.NOT_FINISHED",
                    f"rond eerst zitting {sitting} af",
                    f"finish sitting {sitting} first",
                )
            if not self.repo.outputs_made(sitting):
                raise sitting_error(
                    "SITTING.NO_OUTPUTS",
                    f"maak eerst de uitvoer van zitting {sitting} (telling en proces-verbaal)",
                    f"make the outputs of sitting {sitting} first (count and report)",
                )
            now, seq = self._now(), self.repo.next_seq()
            self.repo.put_sitting(tx, replace(self.repo.sittings()[-1], closed_at=now))
            self._archive(tx, sitting)
            self.repo.put_sitting(tx, SittingRecord(sitting + 1, now, current.id, seq))
            self.entry.repo.put_session_state(tx, SessionState.DATA_ENTRY)
            tx.details.update(sitting=sitting + 1, closed=sitting)
        return sitting + 1

    def _archive(self, tx: Tx, sitting: int) -> None:
        results = [
            ArchivedResult(sitting, station, values, warnings, explanation)
            for station, (values, warnings, explanation) in self.entry.repo.all_results().items()
        ]
        self.repo.archive(tx, sitting, results, self.entry.repo.all_entries())

    # -- investigations --------------------------------------------------------------------------

    def investigations(
        self, user: User, sitting: int | None = None
    ) -> tuple[InvestigationRecord, ...]:
        """The investigations of ``sitting`` (default: the current one)."""
        self.users.require(user, Action.VIEW_TOTALS)
        return self.repo.investigations(self.repo.current() if sitting is None else sitting)

    def open_investigation(
        self,
        user: User,
        station: int,
        origin: Origin,
        reason: str,
        assignment: str = "",
        signal: str = "",
    ) -> InvestigationRecord:
        """Record an investigation of a definitive station in the current sitting."""
        self.setup.station(station)
        reason = _text(reason, "de aanleiding", "the reason", station)
        with self.store.confirm(
            "investigation.open", user.id, {"station": station, "origin": origin.value}
        ) as tx:
            current = self.users.require(user, Action.INVESTIGATE)
            sitting = self._fresh(station)
            if self.entry.status(station).state is not EntryState.DEFINITIVE:
                raise sitting_error(
                    "INVESTIGATION.NOT_DEFINITIVE",
                    "dit stembureau is nog niet definitief; rond de invoer eerst af",
                    "this station is not definitive yet; finish its entry first",
                    station,
                )
            record = InvestigationRecord(
                sitting,
                station,
                origin,
                reason,
                assignment.strip(),
                False,
                signal,
                self._now(),
                current.id,
            )
            self._open(tx, record)
        return record

    def _fresh(self, station: int) -> int:
        sitting = self._editable(station)
        if self.repo.investigation(sitting, station) is not None:
            raise sitting_error(
                "INVESTIGATION.EXISTS",
                f"voor dit stembureau is in zitting {sitting} al een onderzoek vastgelegd",
                f"an investigation of this station was already recorded in sitting {sitting}",
                station,
            )
        return sitting

    def _open(self, tx: Tx, record: InvestigationRecord) -> None:
        """Write the investigation; a finished session is running again (pv-models.md §4)."""
        self.repo.put_investigation(tx, record)
        if self.entry.session_state() is SessionState.COMPLETED:
            self.entry.repo.put_session_state(tx, SessionState.DATA_ENTRY)
        tx.details.update(reason=record.reason, assignment=record.assignment, signal=record.signal)

    def add_station(
        self, user: User, station: StationSetup, origin: Origin, reason: str, assignment: str = ""
    ) -> InvestigationRecord:
        """Add a station that was missing (0 → n) in a follow-up sitting: the election set-up gets
        it, and its investigation is opened, in one confirmed action."""
        reason = _text(reason, "de aanleiding", "the reason", station.number)
        name = _text(
            station.name, "de naam van het stembureau", "the station's name", station.number
        )
        with self.store.confirm(
            "sitting.add_station",
            user.id,
            {"station": station.number, "name": name, "eligible": station.eligible_voters},
        ) as tx:
            current = self.users.require(user, Action.INVESTIGATE)
            sitting = self._fresh(station.number)
            if sitting == 1:
                raise sitting_error(
                    "SITTING.FIRST",
                    "in de eerste zitting legt de beheerder de stembureaus vast",
                    "in the first sitting the administrator sets up the stations",
                    station.number,
                )
            self._put_setup(tx, replace(station, name=name))
            record = InvestigationRecord(
                sitting,
                station.number,
                origin,
                reason,
                assignment.strip(),
                True,
                "",
                self._now(),
                current.id,
            )
            self._open(tx, record)
        self.entry.reload()
        return record

    def _put_setup(self, tx: Tx, station: StationSetup) -> None:
        setup = self.setup
        if any(s.number == station.number for s in setup.stations):
            raise sitting_error(
                "SITTING.STATION_EXISTS",
                f"stembureau {station.number} bestaat al",
                f"polling station {station.number} already exists",
                station.number,
            )
        stations = tuple(sorted((*setup.stations, station), key=lambda s: s.number))
        changed = replace(setup, stations=stations)
        problems = changed.problems()
        if problems:
            raise UserError(tuple(problems))
        tx.put("election", {"id": 1, "setup_json": changed.to_json()})

    def conclude(
        self, user: User, station: int, findings: str, new_results: bool
    ) -> InvestigationRecord:
        """Record the findings; with new results the station is entered again (twice)."""
        findings = _text(findings, "de bevindingen", "the findings", station)
        with self.store.confirm(
            "investigation.conclude",
            user.id,
            {"station": station, "findings": findings, "new_results": new_results},
        ) as tx:
            current = self.users.require(user, Action.INVESTIGATE)
            sitting = self._editable(station)
            found = self._concludable(sitting, station, new_results)
            record = replace(
                found,
                findings=findings,
                new_results=new_results,
                concluded_at=self._now(),
                concluded_by=current.id,
            )
            self.repo.put_investigation(tx, record)
            if new_results and not found.added:
                self.entry.reopen_in(tx, station)
        return record

    def _concludable(self, sitting: int, station: int, new_results: bool) -> InvestigationRecord:
        found = self.repo.investigation(sitting, station)
        if found is None:
            raise sitting_error(
                "INVESTIGATION.NONE",
                f"voor dit stembureau is in zitting {sitting} geen onderzoek vastgelegd",
                f"no investigation of this station was recorded in sitting {sitting}",
                station,
            )
        if found.concluded:
            raise sitting_error(
                "INVESTIGATION.CONCLUDED",
                "dit onderzoek is al afgerond",
                "this investigation is already concluded",
                station,
            )
        if found.added and not new_results:
            raise sitting_error(
                "INVESTIGATION.ADDED_NEEDS_RESULTS",
                "een toegevoegd stembureau krijgt nieuwe uitkomsten",
                "an added station gets new results",
                station,
            )
        return found

    # -- signals ---------------------------------------------------------------------------------

    def note_signal(self, user: User, key: str, text: str) -> SignalNote | None:
        """Record why a signal is fine (printed on the PV); '' removes the note."""
        found = next(
            (s for s in plausibility(self.store, self.setup).signals if s.signal.key == key), None
        )
        if found is None:
            raise sitting_error(
                "SIGNAL.UNKNOWN",
                "dit signaal bestaat niet (meer) bij de huidige uitkomsten",
                "this signal does not exist (any more) with the current results",
            )
        station = station_number(found.signal)
        with self.store.confirm("signal.note", user.id, {"station": station, "key": key}) as tx:
            current = self.users.require(user, Action.EXPLAIN_WARNINGS)
            sitting = self._editable(station)
            note = SignalNote(
                sitting, key, station, describe(found.signal), text.strip(), current.id, self._now()
            )
            self.repo.put_note(tx, note)
        return note if note.text else None

    # -- history ---------------------------------------------------------------------------------

    def history(self, user: User, station: int) -> StationHistory:
        """Every sitting of ``station``: earlier ones as they were kept, the current one live."""
        self.users.require(user, Action.VIEW_TOTALS)
        info = self.setup.station(station)
        records = self.repo.sittings()
        audit = self.repo.audit_lines(station)
        bounds = [r.started_seq for r in records[1:]] + [audit[-1].seq + 1 if audit else 1]
        out: list[StationSitting] = []
        for record, end in zip(records, bounds, strict=True):
            lines = tuple(a for a in audit if record.started_seq <= a.seq < end)
            out.append(
                self._sitting_of(record.number, station, lines, record.number == records[-1].number)
            )
        return StationHistory(station, info.name, tuple(out))

    def _sitting_of(
        self, sitting: int, station: int, audit: tuple[AuditLine, ...], current: bool
    ) -> StationSitting:
        investigation = self.repo.investigation(sitting, station)
        if current:
            result = self.entry.repo.all_results().get(station)
            entries = tuple(
                ArchivedEntry(
                    sitting,
                    e.station,
                    e.slot,
                    e.user_id,
                    e.values,
                    tuple(sorted(e.sections)),
                    e.finalised,
                )
                for e in self.entry.entries(station).values()
            )
            values, warnings, explanation = result if result else (None, (), "")
            return StationSitting(
                sitting, True, values, warnings, explanation, entries, investigation, audit
            )
        kept = self.repo.archived_result(sitting, station)
        return StationSitting(
            sitting,
            False,
            dict(kept.values) if kept else None,
            kept.warnings if kept else (),
            kept.explanation if kept else "",
            self.repo.archived_entries(sitting, station),
            investigation,
            audit,
        )
