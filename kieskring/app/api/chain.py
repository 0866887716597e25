"""The HSB's and CSB's calls (issue 16; docs/chain-app.md): receiving each lower committee's file and
paper, the overview of units in / missing / different, the typed PV per unit (typists), resolving a
difference, adding up with provenance, the result step by step with the lot recorded by two people,
deceased candidates, the signed outputs and the investigation requests for GSBs.

The services are :mod:`kieskring.app.chain`; this area only checks the role, calls one service and
puts the outcome into words (Dutch and English).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, cast

from kieskring.app.chain.deceased import Deceased, identify, record_deceased, remove_deceased
from kieskring.app.chain.entry import FILE, TYPED, UnitEntry
from kieskring.app.chain.files import check_incoming
from kieskring.app.chain.lots import (
    LotChoice,
    recorded_lots,
    type_lot,
    user_names,
    withdraw_lots,
)
from kieskring.app.chain.outputs import ChainOutputRequest, ChainOutputs, body_outputs
from kieskring.app.chain.overview import GROUPS, Group, UnitRow, UnitStatus, unit_rows
from kieskring.app.chain.requests import (
    InvestigationRequest,
    add_request,
    export_requests,
    remove_request,
    requests,
)
from kieskring.app.chain.result import (
    LotQuestion,
    completed,
    lot_question,
    report_data,
    step_views,
)
from kieskring.app.chain.service import ChainService
from kieskring.app.form import Section
from kieskring.app.outputs import OutputFile
from kieskring.app.signing_key import key_folder, load_key
from kieskring.app.text import Text
from kieskring.app.users import Role
from kieskring.app.validation import validate
from kieskring.eml.fingerprint import grouped
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d

from .admin import FileData, challenge
from .chain_views import (
    FINISHED,
    GROUP_LABELS,
    ChainOverview,
    ElectedView,
    GroupTile,
    LotTyped,
    ResultView,
    SeatRow,
    SourceView,
    UnitDetail,
    UnitFilePreview,
    UnitResolution,
    UnitToType,
    UnitView,
    file_view,
    lot_view,
    lot_waiting,
    ratio_text,
    typing_action,
    unit_actions,
    unit_view,
)
from .coordinator import compare_rows
from .dispatch import Call, endpoint
from .present import finding_views, state_view
from .typist import EntryFinished, EntryOpened, EntryReview, SectionSaved, TypistArea
from .views import FindingView

if TYPE_CHECKING:
    from .backend import Backend

COORDINATOR = Role.COORDINATOR
TYPIST = Role.INVOERDER
STAFF = (Role.COORDINATOR, Role.INVOERDER)
VIEWERS = (Role.COORDINATOR, Role.BEHEERDER)


class _OneSitting:
    """An HSB or CSB types its units' PVs in one sitting: follow-up sittings are the GSB's
    (docs/sittings.md)."""

    def current(self) -> int:
        return 1


@dataclass
class _UnitBackend:
    """What :class:`TypistArea` reads of a backend (its ``entry`` and the current sitting): here
    one unit's service, so the typist's calls at the HSB/CSB are exactly the GSB's."""

    entry: UnitEntry
    sittings: _OneSitting = field(default_factory=_OneSitting)


class ChainApi(Protocol):
    """What the HSB's and CSB's screens call."""

    def chain_overview(self) -> ChainOverview:
        """Every unit: in, missing or different; and whether adding up can go on."""
        ...

    def inspect_unit_file(self, file: FileData, signature: FileData | None) -> UnitFilePreview:
        """Read a lower committee's file: its unit, fingerprint challenge and signature."""
        ...

    def import_unit_file(
        self, file: FileData, signature: FileData | None, groups: tuple[str, str]
    ) -> UnitView:
        """Keep the file after its two blanked fingerprint groups were typed from the paper."""
        ...

    def unit_detail(self, unit: int) -> UnitDetail:
        """Paper and file side by side by field label, findings, files and actions."""
        ...

    def resolve_unit(self, unit: int, how: UnitResolution, reason: str) -> UnitView:
        """Decide on a difference (paper leads), or reopen a unit that is in."""
        ...

    def note_unit(self, unit: int, text: str) -> UnitView:
        """The coordinator's note on the findings of a unit's PV ('' removes it)."""
        ...

    def provenance(self) -> tuple[SourceView, ...]:
        """Which file fed every unit of the sum."""
        ...

    def result_view(self) -> ResultView:
        """The calculation step by step, and the lot to draw now (CSB)."""
        ...

    def lot_question(self) -> LotQuestion | None:
        """The lot the calculation asks for now (for the two people who type its outcome)."""
        ...

    def type_lot(self, choice: LotChoice) -> LotTyped:
        """Type the outcome of the lot drawn in the room (two people, two accounts)."""
        ...

    def withdraw_lots(self, reason: str) -> None:
        """Withdraw every recorded lot (the inputs changed), with a reason."""
        ...

    def record_deceased(self, list_number: int, position: int, kieskring: int | None) -> Deceased:
        """Record a deceased candidate (Kieswet P 19a)."""
        ...

    def remove_deceased(self, key: str) -> None:
        """Remove a deceased candidate recorded by mistake."""
        ...

    def chain_output_defaults(self) -> ChainOutputRequest:
        """What the outputs form proposes (the passphrase empty)."""
        ...

    def chain_outputs(self, request: ChainOutputRequest) -> ChainOutputs:
        """The signed outputs of this HSB or CSB, as files to save."""
        ...

    def investigation_requests(self) -> tuple[InvestigationRequest, ...]:
        """The recorded requests for GSBs."""
        ...

    def add_investigation_request(
        self, municipality: str, station: int, reason: str, assignment: str
    ) -> tuple[InvestigationRequest, ...]:
        """Record a request for a GSB to investigate a station."""
        ...

    def remove_investigation_request(self, request_id: int) -> tuple[InvestigationRequest, ...]:
        """Remove a request recorded by mistake."""
        ...

    def export_investigation_requests(
        self, municipality: str, place: str, date: dt.date
    ) -> tuple[OutputFile, ...]:
        """The requests to one GSB as a JSON file and a PDF to sign."""
        ...

    def chain_units(self) -> tuple[UnitToType, ...]:
        """The typist's start page: every unit and whether its PV can be typed now."""
        ...

    def unit_form(self, unit: int) -> tuple[Section, ...]:
        """The form of a unit's PV (its totals and its lists)."""
        ...

    def open_unit_entry(self, unit: int) -> EntryOpened:
        """Start or resume typing a unit's PV."""
        ...

    def check_unit_section(
        self, unit: int, section: str, values: Mapping[str, int | None]
    ) -> tuple[FindingView, ...]:
        """The findings a section would get, without saving."""
        ...

    def save_unit_section(
        self, unit: int, section: str, values: Mapping[str, int | None], acknowledged: bool
    ) -> SectionSaved:
        """Save a section of a unit's PV; findings must be acknowledged first."""
        ...

    def unit_entry_review(self, unit: int) -> EntryReview:
        """Check and finish: every section's state."""
        ...

    def finish_unit_entry(self, unit: int) -> EntryFinished:
        """Finish typing; compared with the file at once when it is in."""
        ...

    def discard_unit_entry(self, unit: int) -> None:
        """Throw away one's own unfinished typing of a unit's PV."""
        ...


class ChainArea:
    """The serving side of :class:`ChainApi`."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._service: ChainService | None = None

    @property
    def service(self) -> ChainService:
        """The chain services of the database now served (a restore replaces it)."""
        if self._service is None or self._service.store is not self.backend.store:
            self._service = ChainService(self.backend.store, self.backend.users)
        return self._service

    def _typist(self, unit: int) -> TypistArea:
        return TypistArea(cast("Backend", _UnitBackend(self.service.unit(unit))))

    def _row(self, unit: int) -> UnitRow:
        rows = unit_rows(self.backend.store, self.service.chain())
        found = next((r for r in rows if r.number == unit), None)
        if found is None:
            raise UserError(
                (
                    Problem(
                        "CHAIN.UNIT", f"eenheid {unit} bestaat niet", f"unit {unit} does not exist"
                    ),
                )
            )
        return found

    # -- the coordinator: receiving --------------------------------------------------------------

    @endpoint(*VIEWERS, refresh=True)
    def chain_overview(self, call: Call) -> ChainOverview:
        """Every unit: in, missing or different; and whether adding up can go on."""
        chain = self.service.chain()
        rows = unit_rows(self.backend.store, chain)
        views = tuple(unit_view(r) for r in rows)
        counts = {g: sum(GROUPS[r.status] is g for r in rows) for g in Group}
        tiles = tuple(GroupTile(g, *GROUP_LABELS[g], counts[g]) for g in Group)
        waiting = [v for v in views if v.status is not UnitStatus.IN]
        unnoted = [
            v for v in views if v.status is UnitStatus.IN and v.errors + v.warnings and not v.noted
        ]
        reason = None
        if waiting:
            reason = Text(
                f"Nog niet binnen: {len(waiting)} van {len(views)}.",
                f"Not in yet: {len(waiting)} of {len(views)}.",
            )
        elif unnoted:
            names = ", ".join(v.name for v in unnoted[:3])
            reason = Text(
                f"Noteer eerst wat u doet met de fouten of waarschuwingen van: {names}.",
                f"First note what you do about the errors or warnings of: {names}.",
            )
        return ChainOverview(
            chain.setup.body.value,
            chain.setup.municipality_name,
            tiles,
            views,
            reason is None,
            reason,
        )

    @endpoint(COORDINATOR)
    def inspect_unit_file(
        self, call: Call, file: FileData, signature: FileData | None
    ) -> UnitFilePreview:
        """Read a lower committee's file: its unit, fingerprint challenge and signature."""
        chain = self.service.chain()
        checked = check_incoming(
            chain, file.name, file.content, signature.content if signature else None
        )
        unit = chain.setup.station(checked.unit)
        return UnitFilePreview(
            checked.unit,
            chain.setup.unit_code(checked.unit),
            unit.name,
            challenge(file),
            bool(checked.signer),
            grouped(checked.signer, upper=True) if checked.signer else "",
            checked.count.total.total_counted,
            tuple(Text(w.message_nl, w.message_en or w.message_nl) for w in checked.warnings),
        )

    @endpoint(COORDINATOR)
    def import_unit_file(
        self, call: Call, file: FileData, signature: FileData | None, groups: tuple[str, str]
    ) -> UnitView:
        """Keep the file after its two blanked fingerprint groups were typed from the paper."""
        unit, _ = self.service.import_file(
            call.user, file.name, file.content, signature.content if signature else None, groups
        )
        return unit_view(self._row(unit))

    @endpoint(COORDINATOR)
    def unit_detail(self, call: Call, unit: int) -> UnitDetail:
        """Paper and file side by side by field label, findings, files and actions."""
        entry = self.service.unit(unit)
        row = self._row(unit)
        entries = entry.entries(unit)
        rows = compare_rows(entry.layout, entries)
        shown = entries.get(TYPED)
        findings = validate(entry.setup, entry.layout, shown.values) if shown else ()
        return UnitDetail(
            unit_view(row),
            rows,
            sum(r.differs for r in rows),
            finding_views(entry.layout, findings),
            tuple(file_view(f) for f in entry.files.versions(unit)),
            unit_actions(row, FILE in entries),
        )

    @endpoint(COORDINATOR)
    def resolve_unit(self, call: Call, unit: int, how: UnitResolution, reason: str) -> UnitView:
        """Decide on a difference (paper leads), or reopen a unit that is in."""
        entry = self.service.unit(unit)
        match how:
            case UnitResolution.RETYPE:
                entry.retype(call.user)
            case UnitResolution.REFUSE_FILE:
                entry.refuse_file(call.user, reason)
            case UnitResolution.DISCARD_TYPED:
                entry.discard_typed(call.user)
            case UnitResolution.REOPEN:
                entry.reopen_unit(call.user, reason)
        return unit_view(self._row(unit))

    @endpoint(COORDINATOR)
    def note_unit(self, call: Call, unit: int, text: str) -> UnitView:
        """The coordinator's note on the findings of a unit's PV ('' removes it)."""
        self.service.unit(unit).explain(call.user, unit, text)
        return unit_view(self._row(unit))

    @endpoint(*VIEWERS)
    def provenance(self, call: Call) -> tuple[SourceView, ...]:
        """Which file fed every unit of the sum."""
        added = self.service.added()
        return tuple(
            SourceView(
                s.code,
                s.name,
                s.file,
                s.version,
                grouped(s.fingerprint, upper=True),
                bool(s.signer),
                s.fed,
            )
            for s in added.sources
        )

    # -- the result ------------------------------------------------------------------------------

    @endpoint(COORDINATOR)
    def result_view(self, call: Call) -> ResultView:
        """The calculation step by step, and the lot to draw now (CSB)."""
        service = self.service
        chain = service.chain()
        computed = service.computed()
        info = d.DocumentInfo("P 22", "", chain.election.identity.name, chain.election.id, "", "")
        data = report_data(computed, chain, info)
        names = user_names(self.backend.store)
        lots = recorded_lots(self.backend.store)
        return ResultView(
            completed=completed(computed),
            seats=data.seats,
            total_votes=data.total_votes,
            quota=ratio_text(data.quota),
            preference_threshold=ratio_text(data.preference_threshold),
            lists=tuple(
                SeatRow(x.list_number, x.name, x.votes, x.full_seats, x.residual_seats)
                for x in data.lists
            ),
            steps=step_views(computed.progress),
            notes=data.footnotes,
            elected=tuple(
                ElectedView(e.list_number, e.name, e.by_preference, e.by_list_order)
                for e in data.elected
            ),
            explanation=computed.run.explanation,
            lot=lot_question(computed, chain),
            lot_waiting=lot_waiting(lots, names, len(computed.lots)),
            lots=tuple(lot_view(lot, names) for lot in lots if lot.outcome is not None),
            deceased=computed.deceased,
        )

    @endpoint(*STAFF)
    def lot_question(self, call: Call) -> LotQuestion | None:
        """The lot the calculation asks for now (for the two people who type its outcome)."""
        service = self.service
        return lot_question(service.computed(), service.chain())

    @endpoint(*STAFF)
    def type_lot(self, call: Call, choice: LotChoice) -> LotTyped:
        """Type the outcome of the lot drawn in the room (two people, two accounts)."""
        computed = self.service.computed()
        request = computed.lot_request
        if request is None:
            raise UserError(
                (Problem("CHAIN.NO_LOT", "er is nu geen loting nodig", "no lot is needed now"),)
            )
        typed = type_lot(self.backend.store, self.backend.users, call.user, request, choice)
        if typed.recorded:
            message = Text(
                "De uitkomst is vastgelegd; de berekening gaat verder.",
                "The outcome is recorded; the calculation goes on.",
            )
        elif typed.different:
            message = Text(
                "De twee uitkomsten verschillen. Beide personen typen de uitkomst opnieuw.",
                "The two outcomes differ. Both people type the outcome again.",
            )
        else:
            message = Text(
                "Ingevoerd. Een tweede persoon (een ander account) typt de uitkomst nog een keer.",
                "Entered. A second person (another account) types the outcome once more.",
            )
        return LotTyped(typed.recorded, typed.different, message)

    @endpoint(COORDINATOR)
    def withdraw_lots(self, call: Call, reason: str) -> None:
        """Withdraw every recorded lot (the inputs changed), with a reason."""
        withdraw_lots(self.backend.store, self.backend.users, call.user, reason)

    @endpoint(COORDINATOR)
    def record_deceased(
        self, call: Call, list_number: int, position: int, kieskring: int | None
    ) -> Deceased:
        """Record a deceased candidate (Kieswet P 19a)."""
        person = identify(self.service.chain(), list_number, position, kieskring)
        record_deceased(self.backend.store, self.backend.users, call.user, person)
        return person

    @endpoint(COORDINATOR)
    def remove_deceased(self, call: Call, key: str) -> None:
        """Remove a deceased candidate recorded by mistake."""
        remove_deceased(self.backend.store, self.backend.users, call.user, key)

    # -- outputs and requests --------------------------------------------------------------------

    @endpoint(COORDINATOR)
    def chain_output_defaults(self, call: Call) -> ChainOutputRequest:
        """What the outputs form proposes (the passphrase empty)."""
        now = self.backend.clock().astimezone().replace(microsecond=0)
        chain = self.service.chain()
        return ChainOutputRequest(
            created=now.replace(tzinfo=None),
            place=chain.setup.municipality_name,
            pv_date=now.date().isoformat(),
            signing_time=now,
            passphrase="",
        )

    @endpoint(COORDINATOR)
    def chain_outputs(self, call: Call, request: ChainOutputRequest) -> ChainOutputs:
        """The signed outputs of this HSB or CSB, as files to save."""
        installation = load_key(key_folder(self.backend.path), request.passphrase)
        return body_outputs(self.service, self.backend.users, call.user, installation, request)

    @endpoint(*VIEWERS)
    def investigation_requests(self, call: Call) -> tuple[InvestigationRequest, ...]:
        """The recorded requests for GSBs."""
        return requests(self.backend.store, self.service.chain())

    @endpoint(COORDINATOR)
    def add_investigation_request(
        self, call: Call, municipality: str, station: int, reason: str, assignment: str
    ) -> tuple[InvestigationRequest, ...]:
        """Record a request for a GSB to investigate a station."""
        chain = self.service.chain()
        add_request(
            self.backend.store,
            self.backend.users,
            call.user,
            chain,
            municipality,
            station,
            reason,
            assignment,
        )
        return requests(self.backend.store, chain)

    @endpoint(COORDINATOR)
    def remove_investigation_request(
        self, call: Call, request_id: int
    ) -> tuple[InvestigationRequest, ...]:
        """Remove a request recorded by mistake."""
        remove_request(self.backend.store, self.backend.users, call.user, request_id)
        return requests(self.backend.store, self.service.chain())

    @endpoint(COORDINATOR)
    def export_investigation_requests(
        self, call: Call, municipality: str, place: str, date: dt.date
    ) -> tuple[OutputFile, ...]:
        """The requests to one GSB as a JSON file and a PDF to sign."""
        chain = self.service.chain()
        data, pdf = export_requests(self.backend.store, chain, municipality, date, place)
        stem = f"Onderzoeksverzoek_{chain.election.id}_{municipality.zfill(4)}"
        return (
            OutputFile(
                f"{stem}.json",
                data,
                Text("Verzoeken om onderzoek (JSON, voor de GSB)", "Investigation requests (JSON)"),
            ),
            OutputFile(
                f"{stem}.pdf",
                pdf,
                Text(
                    "Verzoek om onderzoek (om te ondertekenen)", "Investigation request (to sign)"
                ),
            ),
        )

    # -- the typists -----------------------------------------------------------------------------

    @endpoint(TYPIST, refresh=True)
    def chain_units(self, call: Call) -> tuple[UnitToType, ...]:
        """The typist's start page: every unit and whether its PV can be typed now."""
        chain = self.service.chain()
        found = []
        for unit in chain.setup.stations:
            entry = self.service.unit(unit.number)
            status = entry.status(unit.number)
            held = entry.entries(unit.number).get(TYPED)
            mine = held is not None and held.user_id == call.user.id
            found.append(
                UnitToType(
                    unit.number,
                    chain.setup.unit_code(unit.number),
                    unit.name,
                    *typing_action(status.state, mine),
                )
            )
        return tuple(found)

    @endpoint(TYPIST)
    def unit_form(self, call: Call, unit: int) -> tuple[Section, ...]:
        """The form of a unit's PV (its totals and its lists)."""
        return self.service.unit(unit).layout.sections

    @endpoint(TYPIST)
    def open_unit_entry(self, call: Call, unit: int) -> EntryOpened:
        """Start or resume typing a unit's PV."""
        return self._typist(unit).open_entry(call, unit)

    @endpoint(TYPIST)
    def check_unit_section(
        self, call: Call, unit: int, section: str, values: Mapping[str, int | None]
    ) -> tuple[FindingView, ...]:
        """The findings a section would get, without saving."""
        return self._typist(unit).check_section(call, unit, section, values)

    @endpoint(TYPIST)
    def save_unit_section(
        self,
        call: Call,
        unit: int,
        section: str,
        values: Mapping[str, int | None],
        acknowledged: bool,
    ) -> SectionSaved:
        """Save a section of a unit's PV; findings must be acknowledged first."""
        return self._typist(unit).save_section(call, unit, section, values, acknowledged)

    @endpoint(TYPIST)
    def unit_entry_review(self, call: Call, unit: int) -> EntryReview:
        """Check and finish: every section's state."""
        return self._typist(unit).entry_review(call, unit)

    @endpoint(TYPIST)
    def finish_unit_entry(self, call: Call, unit: int) -> EntryFinished:
        """Finish typing; compared with the file at once when it is in."""
        status = self.service.unit(unit).finalise(call.user, unit)
        return EntryFinished(
            state_view(status.state), FINISHED.get(status.state, Text("Klaar.", "Done."))
        )

    @endpoint(TYPIST)
    def discard_unit_entry(self, call: Call, unit: int) -> None:
        """Throw away one's own unfinished typing of a unit's PV."""
        self.service.unit(unit).abandon(call.user, unit)
