"""The typist's calls (docs/app.md §3.3): home, choosing a station, the form section by section with the
catalogue's findings, check-and-finish, and stopping.

Four eyes (docs/pv-models.md §4): a typist only ever sees their own entry — never the other entry of
the station, nor anyone else's — and after finishing only whether the entries were equal.

In a follow-up sitting a station under investigation is entered with the corrigendum form
(docs/sittings.md §3): :attr:`EntryOpened.previous` holds the previous numbers shown beside the
fields, :attr:`EntryOpened.values` only what this typist changed, and a field sent empty keeps its
previous number (the rule is the service's, :mod:`kieskring.app.corrigendum`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kieskring.app.corrigendum import changed_only
from kieskring.app.entry import EntryView
from kieskring.app.form import FormLayout, Section
from kieskring.app.records import Entry
from kieskring.app.states import EntryState, in_progress_slot
from kieskring.app.text import Text
from kieskring.app.users import Role
from kieskring.app.validation import Finding, Severity, validate

from .dispatch import Call, endpoint
from .present import finding_views, session_state_view, state_view
from .views import FindingView, Progress, SessionStateView, StateView

if TYPE_CHECKING:
    from .backend import Backend

TYPIST = Role.INVOERDER


class SectionStatus(enum.Enum):
    """A section's state in the section list (docs/app.md §3.3)."""

    NOT_STARTED = "not_started"
    DONE = "done"
    ERROR = "error"
    WARNING = "warning"
    TO_RETYPE = "to_retype"
    """Fields the coordinator sent back: type them again."""


@dataclass(frozen=True)
class SectionProgress:
    """One item of the section list."""

    key: str
    title: Text
    status: SectionStatus


@dataclass(frozen=True)
class UnfinishedEntry:
    """An entry this typist holds and can resume."""

    station: int
    name: str
    slot_label: Text
    sections_done: int
    sections_total: int
    to_retype: bool


@dataclass(frozen=True)
class TypistHome:
    """The typist's start page."""

    session: SessionStateView
    progress: Progress
    unfinished: tuple[UnfinishedEntry, ...]


@dataclass(frozen=True)
class StationLookup:
    """A station number typed on the home page: its name to confirm, and what starting it means."""

    number: int
    name: str
    can_start: bool
    action: Text
    """"1e invoer starten", "2e invoer starten", "Verder met je invoer", or why not."""


@dataclass(frozen=True)
class EntryOpened:
    """The typist's own entry of a station, as the form needs it."""

    station: int
    name: str
    slot: int
    slot_label: Text
    values: Mapping[str, int | None]
    sections: tuple[SectionProgress, ...]
    findings: tuple[FindingView, ...]
    to_retype: tuple[str, ...]
    next_section: str | None
    previous: Mapping[str, int] | None = None
    """A corrigendum (follow-up sitting): the previous number of every field, shown beside it;
    ``values`` then holds only the changed fields, and a field sent empty keeps its previous
    number. ``None`` for a first-sitting entry."""
    sitting: int = 1
    """The sitting this entry belongs to (the form's header says a correction is of sitting N)."""


@dataclass(frozen=True)
class SectionSaved:
    """The outcome of saving a section: saved, or what must be acknowledged first."""

    saved: bool
    findings: tuple[FindingView, ...]
    needs_acknowledgement: bool
    """Warnings or errors not yet acknowledged: the section was not saved."""
    to_coordinator: bool
    """An error was saved: when finished, the entry goes to the coordinator."""
    sections: tuple[SectionProgress, ...]
    next_section: str | None


@dataclass(frozen=True)
class EntryReview:
    """Check and finish: every section's state and what remains."""

    station: int
    name: str
    slot_label: Text
    sections: tuple[SectionProgress, ...]
    findings: tuple[FindingView, ...]
    can_finish: bool
    reason: Text | None
    """Why it cannot be finished yet."""


@dataclass(frozen=True)
class EntryFinished:
    """After finishing: the station's state and what happens next, in one sentence."""

    state: StateView
    message: Text


SLOT_LABELS: Mapping[int, Text] = {
    1: Text("1e invoer", "1st entry"),
    2: Text("2e invoer", "2nd entry"),
}

NEXT_STEP: Mapping[EntryState, Text] = {
    EntryState.FIRST_ENTRY_FINALISED: Text(
        "Klaar. Een andere invoerder voert dit stembureau nog een keer in.",
        "Done. Another typist will enter this station once more.",
    ),
    EntryState.FIRST_ENTRY_HAS_ERRORS: Text(
        "Klaar. Er staan fouten in; de coördinator bekijkt deze invoer.",
        "Done. It has errors; the coordinator will look at this entry.",
    ),
    EntryState.DEFINITIVE: Text(
        "Klaar. Beide invoeren zijn gelijk: dit stembureau is definitief.",
        "Done. Both entries are equal: this station is definitive.",
    ),
    EntryState.ENTRIES_DIFFERENT: Text(
        "Klaar. De invoeren verschillen; de coördinator bekijkt de verschillen.",
        "Done. The entries differ; the coordinator will look at the differences.",
    ),
}


def section_progress(
    layout: FormLayout, findings: tuple[Finding, ...], entry: Entry
) -> tuple[SectionProgress, ...]:
    """Each section's state: to retype, not started, with an error or warning, or done."""
    retype = {layout.section_of[key] for key in entry.pending}
    worst: dict[str, SectionStatus] = {}
    for f in findings:
        if f.severity is Severity.ERROR:
            worst[f.section] = SectionStatus.ERROR
        else:
            worst.setdefault(f.section, SectionStatus.WARNING)
    return tuple(
        SectionProgress(
            s.key,
            s.title,
            SectionStatus.TO_RETYPE
            if s.key in retype
            else SectionStatus.NOT_STARTED
            if s.key not in entry.sections
            else worst.get(s.key, SectionStatus.DONE),
        )
        for s in layout.sections
    )


class TypistApi(Protocol):
    """What the typist's screens call."""

    def typist_home(self) -> TypistHome:
        """The start page: own unfinished entries, progress, whether entry is open."""
        ...

    def find_station(self, number: int) -> StationLookup:
        """A typed station number: its name, and whether and how it can be started."""
        ...

    def form_sections(self) -> tuple[Section, ...]:
        """The form of this election, in paper order (the same for every station)."""
        ...

    def station_form(self, station: int) -> tuple[Section, ...]:
        """The form a station is entered with now: the first sitting's, or the corrigendum form of
        a follow-up sitting (without the yes/no question pages)."""
        ...

    def open_entry(self, station: int) -> EntryOpened:
        """Start or resume this typist's entry of a station."""
        ...

    def check_section(
        self, station: int, section: str, values: Mapping[str, int | None]
    ) -> tuple[FindingView, ...]:
        """The findings a section would get, without saving."""
        ...

    def save_section(
        self, station: int, section: str, values: Mapping[str, int | None], acknowledged: bool
    ) -> SectionSaved:
        """Save a section; warnings and errors must be acknowledged first."""
        ...

    def entry_review(self, station: int) -> EntryReview:
        """Check and finish: every section's state and what remains."""
        ...

    def finish_entry(self, station: int) -> EntryFinished:
        """Finish the entry; says what happens next."""
        ...

    def discard_entry(self, station: int) -> None:
        """Throw away one's own unfinished entry."""
        ...


class TypistArea:
    """The serving side of :class:`TypistApi`."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def _layout(self, station: int) -> FormLayout:
        return self.backend.entry.layout_for(station)

    def _opened(self, view: EntryView) -> EntryOpened:
        number = view.station.number
        entry = self.backend.entry.entries(number)[view.slot]
        layout = self._layout(number)
        basis = self.backend.entry.basis(number)
        findings = validate(self.backend.entry.setup, layout, entry.values, entry.sections)
        return EntryOpened(
            station=number,
            name=view.station.name,
            slot=view.slot,
            slot_label=SLOT_LABELS[view.slot],
            values=dict(view.values)
            if basis is None
            else changed_only(view.values, basis.previous),
            sections=section_progress(layout, findings, entry),
            findings=finding_views(layout, view.findings),
            to_retype=tuple(sorted(view.pending)),
            next_section=view.next_section,
            previous=None if basis is None else dict(basis.previous),
            sitting=self.backend.sittings.current(),
        )

    @endpoint(TYPIST, refresh=True)
    def typist_home(self, call: Call) -> TypistHome:
        """The start page: own unfinished entries, progress, whether entry is open."""
        entry = self.backend.entry
        unfinished = []
        for number in entry.held_stations(call.user):
            mine = next(e for e in entry.entries(number).values() if e.user_id == call.user.id)
            unfinished.append(
                UnfinishedEntry(
                    number,
                    entry.setup.station(number).name,
                    SLOT_LABELS[mine.slot],
                    len(mine.sections),
                    len(self._layout(number).sections),
                    bool(mine.pending),
                )
            )
        done, total = entry.repo.definitive_count(), len(entry.setup.stations)
        return TypistHome(
            session_state_view(entry.session_state()),
            Progress(done, total, 100 * done // total if total else 0),
            tuple(unfinished),
        )

    @endpoint(TYPIST)
    def find_station(self, call: Call, number: int) -> StationLookup:
        """A typed station number: its name, and whether and how it can be started."""
        entry = self.backend.entry
        station = entry.setup.station(number)
        status = entry.status(number)
        slot = in_progress_slot(status.state)
        held = entry.entries(number).get(slot) if slot else None
        if held is not None and held.user_id == call.user.id:
            return StationLookup(number, station.name, True, Text("Verder met je invoer", "Resume"))
        if status.state is EntryState.EMPTY:
            return StationLookup(number, station.name, True, Text("1e invoer starten", "Start"))
        if status.state is EntryState.FIRST_ENTRY_FINALISED:
            if status.first_user == call.user.id:
                why = Text(
                    "Jij hebt de 1e invoer gedaan; een andere invoerder doet de 2e.",
                    "You made the 1st entry; another typist makes the 2nd.",
                )
                return StationLookup(number, station.name, False, why)
            return StationLookup(number, station.name, True, Text("2e invoer starten", "Start"))
        why = Text("Dit stembureau kan nu niet worden ingevoerd: ", "Not available now: ")
        label = state_view(status.state).label
        return StationLookup(
            number, station.name, False, Text(why.nl + label.nl.lower(), why.en + label.en.lower())
        )

    @endpoint(TYPIST)
    def form_sections(self, call: Call) -> tuple[Section, ...]:
        """The form of this election, in paper order (the same for every station)."""
        return self.backend.entry.layout.sections

    @endpoint(TYPIST)
    def station_form(self, call: Call, station: int) -> tuple[Section, ...]:
        """The form a station is entered with now: the first sitting's, or the corrigendum form of
        a follow-up sitting (without the yes/no question pages)."""
        self.backend.entry.setup.station(station)
        return self._layout(station).sections

    @endpoint(TYPIST)
    def open_entry(self, call: Call, station: int) -> EntryOpened:
        """Start or resume this typist's entry of a station."""
        return self._opened(self.backend.entry.open(call.user, station))

    @endpoint(TYPIST)
    def check_section(
        self, call: Call, station: int, section: str, values: Mapping[str, int | None]
    ) -> tuple[FindingView, ...]:
        """The findings a section would get, without saving."""
        found = self.backend.entry.check_section(call.user, station, section, values)
        return finding_views(self._layout(station), found)

    @endpoint(TYPIST)
    def save_section(
        self,
        call: Call,
        station: int,
        section: str,
        values: Mapping[str, int | None],
        acknowledged: bool,
    ) -> SectionSaved:
        """Save a section; warnings and errors must be acknowledged first (docs/app.md §3.3)."""
        entry = self.backend.entry
        if not acknowledged:
            found = entry.check_section(call.user, station, section, values)
            if found:
                return self._not_saved(call, station, found)
        result = entry.save_section(call.user, station, section, values, acknowledged=True)
        layout = self._layout(station)
        held = entry.view(call.user, station)
        view = self._opened(held)
        errors = any(
            f.severity is Severity.ERROR for f in validate(entry.setup, layout, held.values)
        )
        return SectionSaved(
            saved=result.saved,
            findings=finding_views(layout, result.findings),
            needs_acknowledgement=False,
            to_coordinator=errors,
            sections=view.sections,
            next_section=view.next_section,
        )

    def _not_saved(self, call: Call, station: int, found: tuple[Finding, ...]) -> SectionSaved:
        view = self._opened(self.backend.entry.view(call.user, station))
        return SectionSaved(
            saved=False,
            findings=finding_views(self._layout(station), found),
            needs_acknowledgement=True,
            to_coordinator=any(f.severity is Severity.ERROR for f in found),
            sections=view.sections,
            next_section=view.next_section,
        )

    @endpoint(TYPIST)
    def entry_review(self, call: Call, station: int) -> EntryReview:
        """Check and finish: every section's state and what remains."""
        view = self._opened(self.backend.entry.view(call.user, station))
        open_states = (SectionStatus.NOT_STARTED, SectionStatus.TO_RETYPE)
        todo = [s for s in view.sections if s.status in open_states]
        reason = (
            Text(
                f"Nog niet opgeslagen: {', '.join(s.title.nl for s in todo)}",
                f"Not saved yet: {', '.join(s.title.en for s in todo)}",
            )
            if todo
            else None
        )
        return EntryReview(
            view.station,
            view.name,
            view.slot_label,
            view.sections,
            view.findings,
            not todo,
            reason,
        )

    @endpoint(TYPIST)
    def finish_entry(self, call: Call, station: int) -> EntryFinished:
        """Finish the entry; says what happens next."""
        status = self.backend.entry.finalise(call.user, station)
        return EntryFinished(
            state_view(status.state),
            NEXT_STEP.get(status.state, Text("Klaar.", "Done.")),
        )

    @endpoint(TYPIST)
    def discard_entry(self, call: Call, station: int) -> None:
        """Throw away one's own unfinished entry."""
        self.backend.entry.abandon(call.user, station)
