"""The coordinator's calls (docs/app.md §3.4): the dashboard, the station table, a station's two
entries side by side by field label, the resolutions the state allows, explanations and the session.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kieskring.app.corrigendum import result_layout
from kieskring.app.election_files import load_file
from kieskring.app.entry import DifferenceResolution, ErrorResolution, SessionState
from kieskring.app.entry_rules import has_errors
from kieskring.app.export import default_created
from kieskring.app.form import FormLayout
from kieskring.app.outputs import GsbOutputs, gsb_outputs, proposed_created
from kieskring.app.records import Entry
from kieskring.app.signing_key import key_folder, load_key
from kieskring.app.states import EntryState, Event, allowed_events, in_progress_slot
from kieskring.app.text import Text
from kieskring.app.users import Role
from kieskring.app.validation import differing_fields, validate
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.safe import parse_eml

from .dispatch import Call, endpoint
from .present import field_label, finding_views, session_state_view, state_view
from .views import ActionView, FindingView, Progress, SessionStateView, StateView

if TYPE_CHECKING:
    from .backend import Backend

COORDINATOR = Role.COORDINATOR
VIEWERS = (Role.COORDINATOR, Role.BEHEERDER)

_QUERY = """
SELECT s.station, s.state, s.updated_at, u1.fullname AS first_name, u2.fullname AS second_name,
       coalesce(f.errors, 0) AS errors, coalesce(f.warnings, 0) AS warnings,
       x.station IS NOT NULL AS explained
FROM station_status AS s
LEFT JOIN users AS u1 ON u1.id = s.first_user
LEFT JOIN users AS u2 ON u2.id = s.second_user
LEFT JOIN station_findings AS f ON f.station = s.station
LEFT JOIN explanations AS x ON x.station = s.station
"""


@dataclass(frozen=True)
class OutputRequest:
    """What the outputs need besides the counts: the 510b's creation time, the PV's place and date,
    and the signing key's passphrase."""

    created: dt.datetime
    place: str
    pv_date: str
    passphrase: str


@dataclass(frozen=True)
class Tile:
    """One state with its number of stations (a click filters the table)."""

    state: StateView
    count: int


@dataclass(frozen=True)
class Dashboard:
    """Progress, a tile per state, the session and its actions."""

    progress: Progress
    tiles: tuple[Tile, ...]
    session: SessionStateView
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class StationQuery:
    """Which rows the table shows: states (empty: all), "everything but definitive", a search on
    number or name."""

    states: tuple[EntryState, ...] = ()
    not_definitive: bool = False
    search: str = ""


@dataclass(frozen=True)
class StationRow:
    """One row of the station table."""

    number: int
    name: str
    state: StateView
    first_typist: str | None
    second_typist: str | None
    errors: int
    warnings: int
    explained: bool
    updated_at: str


@dataclass(frozen=True)
class CompareRow:
    """One field of the form with both entries' values (``None``: not typed)."""

    key: str
    section_title: Text
    label: Text
    first: int | None
    second: int | None
    differs: bool


@dataclass(frozen=True)
class EntryColumn:
    """One entry of a station: who typed it and its findings."""

    slot: int
    typist: str
    finalised: bool
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class StationDetail:
    """A station for the coordinator: both entries by field label, findings in words, the actions."""

    number: int
    name: str
    state: StateView
    entries: tuple[EntryColumn, ...]
    rows: tuple[CompareRow, ...]
    differing: int
    actions: tuple[ActionView, ...]
    explanation: str
    result_warnings: tuple[FindingView, ...]


def _matches(row: StationRow, query: StationQuery) -> bool:
    text = query.search.strip().casefold()
    return (
        (not query.states or row.state.key in query.states)
        and (not query.not_definitive or row.state.key is not EntryState.DEFINITIVE)
        and (not text or str(row.number).startswith(text) or text in row.name.casefold())
    )


def compare_rows(layout: FormLayout, entries: dict[int, Entry]) -> tuple[CompareRow, ...]:
    """Every field with both entries' values, in paper order."""
    first, second = entries.get(1), entries.get(2)
    differ = (
        set(differing_fields(layout, first.values, second.values)) if first and second else set()
    )
    return tuple(
        CompareRow(
            key=f.key,
            section_title=section.title,
            label=field_label(layout, f.key),
            first=first.values.get(f.key) if first else None,
            second=second.values.get(f.key) if second else None,
            differs=f.key in differ,
        )
        for section in layout.sections
        for f in section.fields
    )


class CoordinatorApi(Protocol):
    """What the coordinator's screens call."""

    def dashboard(self) -> Dashboard:
        """Progress, a tile per state, the session and its actions."""
        ...

    def stations(self, query: StationQuery) -> tuple[StationRow, ...]:
        """The station table, filtered."""
        ...

    def station_detail(self, station: int) -> StationDetail:
        """One station: both entries side by side, findings, the actions its state allows."""
        ...

    def resolve_errors(self, station: int, how: ErrorResolution) -> StateView:
        """A first entry with errors: send it back to its typist, or discard it."""
        ...

    def resolve_differences(self, station: int, how: DifferenceResolution) -> StateView:
        """Different entries: keep one (another typist enters again) or discard both."""
        ...

    def send_back_differences(self, station: int, slot: int) -> StateView:
        """Send only the differing fields back to the typist of entry ``slot``."""
        ...

    def reopen_station(self, station: int, reason: str) -> StateView:
        """Reopen a definitive station (both entries deleted), with a reason."""
        ...

    def explain_station(self, station: int, text: str) -> None:
        """The explanation of a station's warnings, printed on the PV ('' removes it)."""
        ...

    def set_session_state(self, state: SessionState) -> SessionStateView:
        """Pause, resume or finish data entry."""
        ...

    def output_defaults(self) -> OutputRequest:
        """What the outputs form proposes (the passphrase empty)."""
        ...

    def gsb_outputs(self, request: OutputRequest) -> GsbOutputs:
        """The signed 510b and Na 31-2 of the finished session, as files to save."""
        ...


class CoordinatorArea:
    """The serving side of :class:`CoordinatorApi`."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def _rows(self) -> list[StationRow]:
        setup = self.backend.entry.setup
        found = {row["station"]: row for row in self.backend.store.query(_QUERY)}
        rows = []
        for station in setup.stations:
            data = found.get(station.number)
            state = EntryState(data["state"]) if data else EntryState.EMPTY
            rows.append(
                StationRow(
                    number=station.number,
                    name=station.name,
                    state=state_view(state),
                    first_typist=data["first_name"] if data else None,
                    second_typist=data["second_name"] if data else None,
                    errors=int(data["errors"]) if data else 0,
                    warnings=int(data["warnings"]) if data else 0,
                    explained=bool(data and data["explained"]),
                    updated_at=str(data["updated_at"]) if data else "",
                )
            )
        return rows

    def _open_investigations(self) -> int:
        sittings = self.backend.entry.sittings
        return sum(not i.concluded for i in sittings.investigations(sittings.current()))

    @endpoint(*VIEWERS, refresh=True)
    def dashboard(self, call: Call) -> Dashboard:
        """Progress, a tile per state, the session and its actions."""
        counts = Counter(row.state.key for row in self._rows())
        total = sum(counts.values())
        done = counts[EntryState.DEFINITIVE]
        session = self.backend.entry.session_state()
        return Dashboard(
            Progress(done, total, 100 * done // total if total else 0),
            tuple(Tile(state_view(s), counts[s]) for s in EntryState),
            session_state_view(session),
            session_actions(session, done, total, self._open_investigations()),
        )

    @endpoint(*VIEWERS, refresh=True)
    def stations(self, call: Call, query: StationQuery) -> tuple[StationRow, ...]:
        """The station table, filtered."""
        return tuple(row for row in self._rows() if _matches(row, query))

    @endpoint(COORDINATOR)
    def station_detail(self, call: Call, station: int) -> StationDetail:
        """One station: both entries side by side, findings, the actions its state allows."""
        entry = self.backend.entry
        info = entry.setup.station(station)
        status = entry.status(station)
        entries = entry.entries(station)
        layout = entry.layout_for(station)
        authors = {slot: full for slot, _, full in entry.repo.authors(station)}
        columns = tuple(
            EntryColumn(
                slot,
                authors.get(slot, ""),
                e.finalised,
                finding_views(layout, validate(entry.setup, layout, e.values, e.sections)),
            )
            for slot, e in sorted(entries.items())
        )
        rows = compare_rows(layout, entries)
        result = entry.result(station)
        shape = result_layout(entry.setup, result) if result else layout
        warnings = validate(entry.setup, shape, result) if result else ()
        return StationDetail(
            number=station,
            name=info.name,
            state=state_view(status.state),
            entries=columns,
            rows=rows,
            differing=sum(row.differs for row in rows),
            actions=station_actions(self.backend, station, status.state, entries, authors),
            explanation=entry.explanation(station),
            result_warnings=finding_views(shape, warnings),
        )

    @endpoint(COORDINATOR)
    def resolve_errors(self, call: Call, station: int, how: ErrorResolution) -> StateView:
        """A first entry with errors: send it back to its typist, or discard it."""
        return state_view(self.backend.entry.resolve_errors(call.user, station, how).state)

    @endpoint(COORDINATOR)
    def resolve_differences(self, call: Call, station: int, how: DifferenceResolution) -> StateView:
        """Different entries: keep one (another typist enters again) or discard both."""
        return state_view(self.backend.entry.resolve_differences(call.user, station, how).state)

    @endpoint(COORDINATOR)
    def send_back_differences(self, call: Call, station: int, slot: int) -> StateView:
        """Send only the differing fields back to the typist of entry ``slot``."""
        return state_view(self.backend.entry.send_back_differences(call.user, station, slot).state)

    @endpoint(COORDINATOR)
    def reopen_station(self, call: Call, station: int, reason: str) -> StateView:
        """Reopen a definitive station (both entries deleted), with a reason."""
        return state_view(self.backend.entry.reopen(call.user, station, reason).state)

    @endpoint(COORDINATOR)
    def explain_station(self, call: Call, station: int, text: str) -> None:
        """The explanation of a station's warnings, printed on the PV ('' removes it)."""
        self.backend.entry.explain(call.user, station, text)

    @endpoint(COORDINATOR)
    def set_session_state(self, call: Call, state: SessionState) -> SessionStateView:
        """Pause, resume or finish data entry."""
        self.backend.entry.set_session_state(call.user, state)
        return session_state_view(state)

    @endpoint(COORDINATOR)
    def output_defaults(self, call: Call) -> OutputRequest:
        """What the outputs form proposes (the passphrase empty)."""
        name, content = load_file(self.backend.store, "230b")
        identity = lists_from_root(parse_eml(content, name, ("230b",)), name).identity
        now = self.backend.clock()
        today = dutch_date(now.astimezone().date())
        place = self.backend.entry.setup.municipality_name or identity.name
        created = proposed_created(self.backend.store, default_created(identity), now)
        return OutputRequest(created, place, today, "")

    @endpoint(COORDINATOR)
    def gsb_outputs(self, call: Call, request: OutputRequest) -> GsbOutputs:
        """The signed 510b and Na 31-2 of the finished session, as files to save."""
        installation = load_key(key_folder(self.backend.path), request.passphrase)
        return gsb_outputs(
            self.backend.store,
            self.backend.users,
            call.user,
            installation,
            created=request.created,
            place=request.place,
            pv_date=request.pv_date,
            signing_time=self.backend.clock(),
        )


MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def dutch_date(day: dt.date) -> str:
    """A date as a Dutch PV writes it: "21 maart 2029"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def session_actions(
    session: SessionState, done: int, total: int, open_investigations: int = 0
) -> tuple[ActionView, ...]:
    """Pause or resume, finish (only when every station is definitive and every investigation of the
    sitting concluded, docs/sittings.md §2), and make the outputs (only when the session is
    finished); each disabled one says why (docs/app.md §2.3)."""
    running = session is SessionState.DATA_ENTRY
    finished = session is SessionState.COMPLETED
    closed = Text("De zitting is afgerond.", "The session is finished.")
    not_all = Text(
        f"Nog niet alle stembureaus zijn definitief ({done} van {total}).",
        f"Not all stations are definitive ({done} of {total}).",
    )
    pause_why = Text("De invoer is al gepauzeerd.", "Data entry is paused already.")
    resume_why = Text("De invoer loopt al.", "Data entry is running already.")
    investigating = Text(
        f"Nog niet elk onderzoek is afgerond ({open_investigations} open).",
        f"Not every investigation is concluded ({open_investigations} open).",
    )
    why = (
        closed
        if finished
        else not_all
        if done != total
        else (investigating if open_investigations else None)
    )
    return (
        ActionView(
            "pause",
            Text("Invoer pauzeren", "Pause data entry"),
            running,
            None if running else closed if finished else pause_why,
        ),
        ActionView(
            "resume",
            Text("Invoer hervatten", "Resume data entry"),
            session is SessionState.PAUSED,
            None if session is SessionState.PAUSED else closed if finished else resume_why,
        ),
        ActionView(
            "finish",
            Text("Zitting afronden…", "Finish the session…"),
            why is None,
            why,
            danger=True,
        ),
        ActionView(
            "outputs",
            Text("Uitvoer maken…", "Make the outputs…"),
            finished,
            None if finished else Text("Rond eerst de zitting af.", "Finish the session first."),
        ),
    )


def station_actions(
    backend: Backend,
    station: int,
    state: EntryState,
    entries: dict[int, Entry],
    authors: dict[int, str],
) -> tuple[ActionView, ...]:
    """The resolutions the state allows, named after the typists concerned, each with why it is not
    possible where it is not (docs/app.md §3.4)."""
    allowed = allowed_events(state)
    entry = backend.entry
    layout = entry.layout_for(station)
    first, second = authors.get(1, "1e invoerder"), authors.get(2, "2e invoerder")
    found: list[ActionView] = []
    if Event.SEND_BACK_ERRORS in allowed:
        found += [
            ActionView(
                "errors_send_back", Text(f"Terugsturen naar {first}", f"Send back to {first}"), True
            ),
            ActionView(
                "errors_discard", Text("Invoer weggooien", "Discard the entry"), True, danger=True
            ),
        ]
    if Event.KEEP_FIRST in allowed:
        differ = bool(differing_fields(layout, entries[1].values, entries[2].values))
        no_diff = (
            None
            if differ
            else Text(
                "De invoeren zijn gelijk maar hebben fouten: gooi beide weg.",
                "The entries are equal but have errors: discard both.",
            )
        )
        errors = {s: has_errors(entry.setup, layout, e.values) for s, e in entries.items()}
        has_err = Text("Deze invoer heeft fouten.", "This entry has errors.")
        found += [
            ActionView(
                "send_back_second",
                Text(
                    f"Houd 1e, stuur verschillen naar {second}",
                    f"Keep 1st, send the differences to {second}",
                ),
                differ and not errors[1],
                no_diff or (has_err if errors[1] else None),
            ),
            ActionView(
                "send_back_first",
                Text(
                    f"Houd 2e, stuur verschillen naar {first}",
                    f"Keep 2nd, send the differences to {first}",
                ),
                differ and not errors[2],
                no_diff or (has_err if errors[2] else None),
            ),
            ActionView(
                "keep_first",
                Text("Houd 1e, 2e opnieuw laten invoeren", "Keep 1st, have the 2nd entered again"),
                not errors[1],
                has_err if errors[1] else None,
                danger=True,
            ),
            ActionView(
                "keep_second",
                Text("Houd 2e, 1e opnieuw laten invoeren", "Keep 2nd, have the 1st entered again"),
                not errors[2],
                has_err if errors[2] else None,
                danger=True,
            ),
            ActionView("discard_both", Text("Beide weggooien", "Discard both"), True, danger=True),
        ]
    if Event.RELEASE in allowed:
        found.append(release_action(state, authors))
    if Event.REOPEN in allowed:
        found.append(
            ActionView(
                "reopen",
                Text("Heropenen (met reden)…", "Reopen (with a reason)…"),
                True,
                danger=True,
            )
        )
    return tuple(found)


def release_action(state: EntryState, authors: dict[int, str]) -> ActionView:
    """Release the entry a typist holds open (a stale claim, e.g. a laptop that crashed), named
    after that typist: the unfinished entry is thrown away, the other one (if any) stays."""
    slot = in_progress_slot(state) or 1
    who = authors.get(slot) or ("1e invoerder" if slot == 1 else "2e invoerder")
    return ActionView(
        "release",
        Text(f"Invoer van {who} vrijgeven…", f"Release {who}'s entry…"),
        True,
        danger=True,
    )
