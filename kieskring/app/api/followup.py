"""The coordinator's calls for sittings after the first (docs/sittings.md), investigations of
stations, plausibility signals (docs/signals.md) and the history of a station: a new area of the
one interface object (docs/app.md §5–§6)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kieskring.app.election_files import load_file
from kieskring.app.entry_store import SessionState
from kieskring.app.export import PV_VERSION, municipality
from kieskring.app.followup_outputs import corrigendum_form
from kieskring.app.outputs import GsbOutputs, OutputFile, kept_outputs
from kieskring.app.plausibility import plausibility
from kieskring.app.setup import StationSetup
from kieskring.app.signing_key import key_folder, key_info
from kieskring.app.sitting_store import InvestigationRecord, SittingRecord
from kieskring.app.text import Text
from kieskring.app.users import Action, Role
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.safe import parse_eml
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_eml import party_lists
from kieskring.protocols.na14_2_bijlage1 import render as render_form

from .dispatch import Call, endpoint
from .followup_views import (
    Conclusion,
    HistorySitting,
    InvestigationRequest,
    InvestigationView,
    NewStation,
    SignalsView,
    SittingsOverview,
    SittingView,
    StationHistoryView,
    history_event,
    history_fields,
    investigation_view,
    local_view,
    signal_view,
)
from .present import session_state_view
from .views import ActionView

if TYPE_CHECKING:
    from .backend import Backend

COORDINATOR = Role.COORDINATOR


class FollowupApi(Protocol):
    """What the coordinator's follow-up screens call."""

    def sittings(self) -> SittingsOverview:
        """Every sitting, the current one's state, and whether a new one can start."""
        ...

    def start_sitting(self) -> SittingsOverview:
        """Start the next sitting (the current one finished and its outputs made)."""
        ...

    def investigations(self) -> tuple[InvestigationView, ...]:
        """The investigations of the current sitting."""
        ...

    def open_investigation(self, request: InvestigationRequest) -> InvestigationView:
        """Record an investigation of a definitive station."""
        ...

    def add_station(self, station: NewStation) -> InvestigationView:
        """Add a station that was missing (follow-up sitting), with its investigation."""
        ...

    def conclude_investigation(self, conclusion: Conclusion) -> InvestigationView:
        """Record the findings; with new results the station is entered again, twice."""
        ...

    def corrigendum_form(self, station: int) -> OutputFile:
        """The pre-filled corrigendum form (Na 14-2 Bijlage 1) of an investigated station (PDF)."""
        ...

    def signals(self) -> SignalsView:
        """The plausibility signals over the definitive results, with notes and investigations."""
        ...

    def note_signal(self, key: str, text: str) -> SignalsView:
        """Record why a signal is fine (printed on the PV); '' removes the note."""
        ...

    def station_history(self, station: int) -> StationHistoryView:
        """A station in every sitting: results, typists, investigation, audit entries."""
        ...

    def sitting_outputs(self, sitting: int) -> GsbOutputs:
        """A sitting's output files exactly as they were handed out."""
        ...


class FollowupArea:
    """The serving side of :class:`FollowupApi`."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def _editable(self) -> bool:
        repo = self.backend.sittings.repo
        return not repo.outputs_made(repo.current())

    def _view(self, record: InvestigationRecord) -> InvestigationView:
        entry = self.backend.entry
        name = entry.setup.station(record.station).name
        current = record.sitting == self.backend.sittings.current()
        return investigation_view(
            record, name, entry.status(record.station).state, current and self._editable()
        )

    @endpoint(COORDINATOR)
    def sittings(self, call: Call) -> SittingsOverview:
        """Every sitting, the current one's state, and whether a new one can start."""
        repo = self.backend.sittings.repo
        current = repo.current()
        counts = {n: len(repo.investigations(n)) for n in range(1, current + 1)}
        views = tuple(
            _sitting_view(r, r.number == current, repo.outputs_made(r.number), counts[r.number])
            for r in repo.sittings()
        )
        session = self.backend.entry.session_state()
        return SittingsOverview(
            current, views, session_state_view(session), self._actions(session, current)
        )

    def _actions(self, session: SessionState, current: int) -> tuple[ActionView, ...]:
        made = self.backend.sittings.repo.outputs_made(current)
        finished = session is SessionState.COMPLETED
        start_why = (
            None
            if finished and made
            else Text(
                f"Rond zitting {current} eerst af en maak de uitvoer.",
                f"Finish sitting {current} and make its outputs first.",
            )
        )
        closed = Text(
            "De uitvoer van deze zitting is gemaakt; begin een nieuwe zitting.",
            "This sitting's outputs were made; start a new sitting.",
        )
        first = Text("Alleen in een nieuwe zitting.", "Only in a follow-up sitting.")
        return (
            ActionView(
                "start_sitting",
                Text(f"Zitting {current + 1} beginnen…", f"Start sitting {current + 1}…"),
                start_why is None,
                start_why,
            ),
            ActionView(
                "open_investigation",
                Text("Onderzoek vastleggen…", "Record an investigation…"),
                not made,
                closed if made else None,
            ),
            ActionView(
                "add_station",
                Text("Ontbrekend stembureau toevoegen…", "Add a missing station…"),
                current > 1 and not made,
                closed if made else None if current > 1 else first,
            ),
        )

    @endpoint(COORDINATOR)
    def start_sitting(self, call: Call) -> SittingsOverview:
        """Start the next sitting (the current one finished and its outputs made)."""
        self.backend.sittings.start(call.user)
        return self.sittings(call)

    @endpoint(COORDINATOR)
    def investigations(self, call: Call) -> tuple[InvestigationView, ...]:
        """The investigations of the current sitting."""
        return tuple(self._view(r) for r in self.backend.sittings.investigations(call.user))

    @endpoint(COORDINATOR)
    def open_investigation(self, call: Call, request: InvestigationRequest) -> InvestigationView:
        """Record an investigation of a definitive station."""
        record = self.backend.sittings.open_investigation(
            call.user,
            request.station,
            request.origin,
            request.reason,
            request.assignment,
            request.signal,
        )
        return self._view(record)

    @endpoint(COORDINATOR)
    def add_station(self, call: Call, station: NewStation) -> InvestigationView:
        """Add a station that was missing (follow-up sitting), with its investigation."""
        setup = StationSetup(station.number, station.name, station.eligible_voters)
        record = self.backend.sittings.add_station(
            call.user, setup, station.origin, station.reason, station.assignment
        )
        return self._view(record)

    @endpoint(COORDINATOR)
    def conclude_investigation(self, call: Call, conclusion: Conclusion) -> InvestigationView:
        """Record the findings; with new results the station is entered again, twice."""
        record = self.backend.sittings.conclude(
            call.user, conclusion.station, conclusion.findings, conclusion.new_results
        )
        return self._view(record)

    @endpoint(COORDINATOR)
    def corrigendum_form(self, call: Call, station: int) -> OutputFile:
        """The pre-filled corrigendum form (Na 14-2 Bijlage 1) of an investigated station (PDF)."""
        sittings = self.backend.sittings
        current = sittings.current()
        record = next((r for r in sittings.investigations(call.user) if r.station == station), None)
        if record is None or current == 1:
            raise UserError(
                (
                    Problem(
                        "INVESTIGATION.NONE",
                        "voor dit stembureau is in deze nieuwe zitting geen onderzoek vastgelegd",
                        "no investigation of this station was recorded in this follow-up sitting",
                        place=f"SB{station}",
                    ),
                )
            )
        kept = sittings.repo.archived_result(current - 1, station)
        pdf = render_form(
            corrigendum_form(
                self.backend.entry.setup,
                record,
                kept.values if kept else {},
                self._lists(),
                self._info("Na 14-2 Bijlage 1"),
            )
        )
        return OutputFile(
            f"Na14-2-Bijlage1_SB{station}_zitting{current}.pdf",
            pdf,
            Text(
                f"Corrigendumformulier stembureau {station}", f"Corrigendum form station {station}"
            ),
            kind="na14-2-bijlage1",
        )

    def _lists(self) -> tuple[d.PartyList, ...]:
        name, content = load_file(self.backend.store, "230b")
        return party_lists(lists_from_root(parse_eml(content, name, ("230b",)), name))

    def _info(self, model: str) -> d.DocumentInfo:
        name, content = load_file(self.backend.store, "230b")
        lists = lists_from_root(parse_eml(content, name, ("230b",)), name)
        gsb = municipality(lists)
        return d.DocumentInfo(
            model=model,
            version=PV_VERSION,
            election_name=lists.identity.name,
            election_id=lists.identity.id,
            authority=f"Gemeentelijk stembureau {gsb.name}".strip(),
            date=self.backend.clock().astimezone().date().isoformat(),
            place=self.backend.entry.setup.municipality_name or gsb.name,
        )

    @endpoint(COORDINATOR)
    def signals(self, call: Call) -> SignalsView:
        """The plausibility signals over the definitive results, with notes and investigations."""
        self.backend.users.require(call.user, Action.VIEW_TOTALS)
        found = plausibility(self.backend.store, self.backend.entry.setup)
        editable = self._editable()
        return SignalsView(
            tuple(signal_view(s) for s in found.signals),
            tuple(local_view(x) for x in found.report.local_lists),
            found.definitive,
            found.stations,
            found.open,
            editable,
            None
            if editable
            else Text(
                "De uitvoer van deze zitting is gemaakt; toelichtingen staan op het PV.",
                "This sitting's outputs were made; the notes are on the PV.",
            ),
        )

    @endpoint(COORDINATOR)
    def note_signal(self, call: Call, key: str, text: str) -> SignalsView:
        """Record why a signal is fine (printed on the PV); '' removes the note."""
        self.backend.sittings.note_signal(call.user, key, text)
        return self.signals(call)

    @endpoint(COORDINATOR)
    def station_history(self, call: Call, station: int) -> StationHistoryView:
        """A station in every sitting: results, typists, investigation, audit entries."""
        history = self.backend.sittings.history(call.user, station)
        users = {u.id: u.fullname for u in self.backend.users.list_users()}
        layout = self.backend.entry.layout
        entry = self.backend.entry
        sittings = tuple(
            HistorySitting(
                sitting=s.sitting,
                current=s.current,
                result=history_fields(layout, s.values),
                warnings=s.warnings,
                explanation=s.explanation,
                typists=tuple(users.get(e.user_id, "") for e in s.entries),
                investigation=investigation_view(
                    s.investigation,
                    history.name,
                    entry.status(station).state,
                    s.current and self._editable(),
                )
                if s.investigation
                else None,
                events=tuple(history_event(a, users) for a in s.audit),
            )
            for s in history.sittings
        )
        return StationHistoryView(history.station, history.name, sittings)

    @endpoint(COORDINATOR)
    def sitting_outputs(self, call: Call, sitting: int) -> GsbOutputs:
        """A sitting's output files exactly as they were handed out."""
        self.backend.users.require(call.user, Action.VIEW_TOTALS)
        files = kept_outputs(self.backend.store, sitting)
        if not files:
            raise UserError(
                (
                    Problem(
                        "SITTING.NO_OUTPUTS",
                        f"van zitting {sitting} is geen uitvoer gemaakt",
                        f"no outputs were made in sitting {sitting}",
                    ),
                )
            )
        key = key_info(key_folder(self.backend.path))
        count = next((f.fingerprint for f in files if f.kind == "510b"), "")
        return GsbOutputs(files, count, key.fingerprint if key else "", sitting)


def _sitting_view(record: SittingRecord, current: bool, made: bool, count: int) -> SittingView:
    return SittingView(
        number=record.number,
        label=Text(
            "Eerste zitting" if record.number == 1 else f"Nieuwe zitting {record.number}",
            "First sitting" if record.number == 1 else f"Follow-up sitting {record.number}",
        ),
        started_at=record.started_at,
        closed_at=record.closed_at,
        current=current,
        outputs_made=made,
        investigations=count,
    )
