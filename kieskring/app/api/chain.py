"""The HSB's and CSB's calls (issue 16; docs/chain-app.md): receiving each lower committee's file and
paper, the overview of units in / missing / different, the typed PV per unit (typists), resolving a
difference, adding up with provenance, the result step by step with the lot recorded by two people,
deceased candidates, the signed outputs and the investigation requests for GSBs.

The services are :mod:`kieskring.app.chain`; this area only checks the role, calls one service and
puts the outcome into words (Dutch and English).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from kieskring.app.chain.deceased import Deceased, identify, record_deceased, remove_deceased
from kieskring.app.chain.entry import FILE, TYPED, UnitEntry
from kieskring.app.chain.files import FileState, StoredFile, check_incoming
from kieskring.app.chain.lots import (
    LotChoice,
    RecordedLot,
    outcome_json,
    recorded_lots,
    type_lot,
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
    StepView,
    completed,
    lot_question,
    report_data,
    step_views,
)
from kieskring.app.chain.service import ChainService
from kieskring.app.form import Section
from kieskring.app.outputs import OutputFile
from kieskring.app.signing_key import key_folder, load_key
from kieskring.app.states import EntryState, in_progress_slot
from kieskring.app.text import Text
from kieskring.app.users import Role
from kieskring.app.validation import Severity, validate
from kieskring.eml.fingerprint import grouped
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.layout import mixed_number

from .admin import FileData, FingerprintChallenge, challenge
from .coordinator import CompareRow, compare_rows
from .dispatch import Call, endpoint
from .present import finding_views, state_view
from .typist import EntryFinished, EntryOpened, EntryReview, SectionSaved, TypistArea
from .views import ActionView, FindingView, Tone

if TYPE_CHECKING:
    from .backend import Backend

COORDINATOR = Role.COORDINATOR
TYPIST = Role.INVOERDER
STAFF = (Role.COORDINATOR, Role.INVOERDER)
VIEWERS = (Role.COORDINATOR, Role.BEHEERDER)


class UnitResolution(enum.Enum):
    """The coordinator's decision on a unit (docs/chain-app.md §2)."""

    RETYPE = "retype"
    """The typist made a mistake: the differing fields go back to them; the file stands."""
    REFUSE_FILE = "refuse_file"
    """The paper is right: the file is refused until a corrected one is imported."""
    DISCARD_TYPED = "discard_typed"
    """The typed PV is thrown away and typed again."""
    REOPEN = "reopen"
    """A unit that is in is opened again (with a reason): paper and file both come again."""


UNIT_LABELS: Mapping[UnitStatus, tuple[Text, Tone]] = {
    UnitStatus.MISSING: (Text("Nog niets ontvangen", "Nothing received yet"), Tone.WAITING),
    UnitStatus.FILE_ONLY: (
        Text("Bestand binnen, papier nog invoeren", "File in, paper still to type"),
        Tone.PROGRESS,
    ),
    UnitStatus.PAPER_ONLY: (
        Text("Papier ingevoerd, bestand ontbreekt", "Paper typed, file missing"),
        Tone.PROGRESS,
    ),
    UnitStatus.DIFFERENT: (
        Text("Papier en bestand verschillen", "Paper and file differ"),
        Tone.ATTENTION,
    ),
    UnitStatus.REFUSED: (
        Text(
            "Bestand geweigerd: wacht op verbeterd bestand",
            "File refused: awaiting a corrected one",
        ),
        Tone.ATTENTION,
    ),
    UnitStatus.IN: (
        Text("Binnen: papier en bestand gelijk", "In: paper and file equal"),
        Tone.DEFINITIVE,
    ),
}
"""Each unit status in words and tone (docs/app.md §2 principle 4: colour and text)."""

GROUP_LABELS: Mapping[Group, tuple[Text, Tone]] = {
    Group.IN: (Text("Binnen", "In"), Tone.DEFINITIVE),
    Group.MISSING: (Text("Ontbreekt nog", "Missing"), Tone.WAITING),
    Group.DIFFERENT: (Text("Verschil", "Different"), Tone.ATTENTION),
}

FILE_LABELS: Mapping[FileState, Text] = {
    FileState.CURRENT: Text("geldt", "current"),
    FileState.REFUSED: Text("geweigerd (verschilt van het papier)", "refused (differs from paper)"),
    FileState.WITHDRAWN: Text("vervangen of ingetrokken", "replaced or withdrawn"),
}

FINISHED: Mapping[EntryState, Text] = {
    EntryState.FIRST_ENTRY_FINALISED: Text(
        "Klaar. Het bestand van deze eenheid is er nog niet; de coördinator leest het in.",
        "Done. This unit's file has not come in yet; the coordinator will import it.",
    ),
    EntryState.DEFINITIVE: Text(
        "Klaar. Papier en bestand zijn gelijk: deze eenheid is binnen.",
        "Done. Paper and file are equal: this unit is in.",
    ),
    EntryState.ENTRIES_DIFFERENT: Text(
        "Klaar. Papier en bestand verschillen; de coördinator bekijkt het verschil.",
        "Done. Paper and file differ; the coordinator will look at the difference.",
    ),
}


@dataclass(frozen=True)
class FileView:
    """A received file: name, version, fingerprint (16 × 4 hex), signed or not, its state."""

    name: str
    version: int
    fingerprint: str
    signed: bool
    signer: str
    state: FileState
    state_label: Text
    imported_at: str


@dataclass(frozen=True)
class UnitView:
    """One unit in the receiving overview."""

    number: int
    code: str
    name: str
    status: UnitStatus
    label: Text
    tone: Tone
    typing: bool
    file: FileView | None
    errors: int
    warnings: int
    noted: str


@dataclass(frozen=True)
class GroupTile:
    """In, missing or different, with its number of units."""

    group: Group
    label: Text
    tone: Tone
    count: int


@dataclass(frozen=True)
class ChainOverview:
    """The receiving overview: the body, three tiles, every unit, and whether adding up can go on."""

    body: str
    area: str
    tiles: tuple[GroupTile, ...]
    units: tuple[UnitView, ...]
    ready: bool
    reason: Text | None


@dataclass(frozen=True)
class UnitFilePreview:
    """A file read before it is kept: its unit, the fingerprint challenge, the signature."""

    unit: int
    code: str
    name: str
    challenge: FingerprintChallenge
    signed: bool
    signer: str
    total_votes: int
    warnings: tuple[Text, ...]


@dataclass(frozen=True)
class UnitDetail:
    """One unit for the coordinator: paper and file by field label, findings, files, actions."""

    unit: UnitView
    rows: tuple[CompareRow, ...]
    differing: int
    findings: tuple[FindingView, ...]
    files: tuple[FileView, ...]
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class UnitToType:
    """A unit on the typist's start page: can its PV be typed now, and how."""

    number: int
    code: str
    name: str
    can_start: bool
    action: Text


@dataclass(frozen=True)
class SourceView:
    """Which file fed one unit of the sum (provenance, docs/chain-app.md §3)."""

    code: str
    name: str
    file: str
    version: int
    fingerprint: str
    signed: bool
    fed: tuple[str, ...]


@dataclass(frozen=True)
class SeatRow:
    """A list's votes and seats (Kieswet P 5–P 9)."""

    list_number: int
    name: str
    votes: int
    full_seats: int
    residual_seats: int


@dataclass(frozen=True)
class ElectedView:
    """Per list: elected by preference (P 15) and in list order (P 17)."""

    list_number: int
    name: str
    by_preference: tuple[str, ...]
    by_list_order: tuple[str, ...]


@dataclass(frozen=True)
class LotRecordView:
    """A lot recorded: its number, what was asked and drawn, by whom (both people)."""

    number: int
    article: str
    outcome: str
    typed_by: tuple[str, ...]
    at: str


@dataclass(frozen=True)
class ResultView:
    """The result step by step (docs/chain-app.md §4): votes and seats, every step with its article,
    the notes (P 9, P 10, lots), the elected, the core's explanation, and the lot to draw now."""

    completed: bool
    seats: int
    total_votes: int
    quota: str
    preference_threshold: str
    lists: tuple[SeatRow, ...]
    steps: tuple[StepView, ...]
    notes: tuple[str, ...]
    elected: tuple[ElectedView, ...]
    explanation: str
    lot: LotQuestion | None
    lot_waiting: Text | None
    """The first person typed the outcome; a second person (another account) types it now."""
    lots: tuple[LotRecordView, ...]
    deceased: tuple[Deceased, ...]


@dataclass(frozen=True)
class LotTyped:
    """What typing a lot's outcome did, in one sentence."""

    recorded: bool
    different: bool
    message: Text


def file_view(stored: StoredFile) -> FileView:
    """A kept file in words."""
    return FileView(
        stored.name,
        stored.version,
        grouped(stored.fingerprint, upper=True),
        bool(stored.signer),
        grouped(stored.signer, upper=True) if stored.signer else "",
        stored.state,
        FILE_LABELS[stored.state],
        stored.imported_at,
    )


def unit_view(row: UnitRow) -> UnitView:
    """An overview row in words."""
    label, tone = UNIT_LABELS[row.status]
    errors = sum(f.severity is Severity.ERROR for f in row.findings)
    return UnitView(
        row.number,
        row.code,
        row.name,
        row.status,
        label,
        tone,
        row.typing,
        file_view(row.file) if row.file else None,
        errors,
        len(row.findings) - errors,
        row.noted,
    )


def _ratio(value: d.Ratio) -> str:
    return mixed_number(value)


@dataclass
class _UnitBackend:
    """What :class:`TypistArea` reads of a backend (its ``entry``): here one unit's service, so the
    typist's calls at the HSB/CSB are exactly the GSB's."""

    entry: UnitEntry


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
        names = {
            int(r["id"]): str(r["fullname"])
            for r in self.backend.store.query("SELECT id, fullname FROM users")
        }
        lots = recorded_lots(self.backend.store)
        return ResultView(
            completed=completed(computed),
            seats=data.seats,
            total_votes=data.total_votes,
            quota=_ratio(data.quota),
            preference_threshold=_ratio(data.preference_threshold),
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
            lot_waiting=_waiting(lots, names, len(computed.lots)),
            lots=tuple(_lot_view(lot, names) for lot in lots if lot.outcome is not None),
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
                    *_typing_action(status.state, mine),
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


def _typing_action(state: EntryState, mine: bool) -> tuple[bool, Text]:
    """Whether a typist can start (or resume) a unit's PV, and the button's words or why not."""
    if in_progress_slot(state) == TYPED:
        if mine:
            return True, Text("Verder met je invoer", "Resume")
        return False, Text(
            "Een andere invoerder typt dit proces-verbaal.", "Another typist is typing it."
        )
    if state is EntryState.EMPTY:
        return True, Text("Proces-verbaal invoeren", "Type the report")
    return False, Text("Het proces-verbaal is al ingevoerd.", "The report has been typed already.")


def unit_actions(row: UnitRow, has_file_entry: bool) -> tuple[ActionView, ...]:
    """What the coordinator may do with a unit now, with why not where not."""
    differ = row.status is UnitStatus.DIFFERENT and has_file_entry
    not_diff = (
        None
        if differ
        else Text("Papier en bestand verschillen niet.", "Paper and file do not differ.")
    )
    is_in = row.status is UnitStatus.IN
    return (
        ActionView(
            "retype",
            Text(
                "Typefout: stuur de verschillen terug naar de invoerder",
                "Typing error: send the differences back",
            ),
            differ,
            not_diff,
        ),
        ActionView(
            "refuse_file",
            Text("Papier klopt: weiger het bestand", "Paper is right: refuse the file"),
            differ,
            not_diff,
            danger=True,
        ),
        ActionView(
            "discard_typed",
            Text("Invoer van het papier weggooien", "Discard the typed report"),
            differ,
            not_diff,
            danger=True,
        ),
        ActionView(
            "note",
            Text("Notitie bij fouten en waarschuwingen…", "Note on errors and warnings…"),
            is_in and bool(row.findings),
            None
            if is_in and row.findings
            else Text("Geen fouten of waarschuwingen.", "No errors or warnings."),
        ),
        ActionView(
            "reopen",
            Text("Heropenen (met reden)…", "Reopen (with a reason)…"),
            is_in,
            None if is_in else Text("Deze eenheid is nog niet binnen.", "This unit is not in yet."),
            danger=True,
        ),
    )


def _waiting(
    lots: tuple[RecordedLot, ...], names: Mapping[int, str], confirmed: int
) -> Text | None:
    """Who typed the outcome of the lot now asked, while the second person has not (never what)."""
    for lot in lots:
        if lot.number == confirmed + 1 and lot.second_user is None:
            who = names.get(lot.first_user, "?")
            return Text(
                f"{who} heeft de uitkomst ingevoerd; een tweede persoon typt haar nog een keer.",
                f"{who} entered the outcome; a second person types it once more.",
            )
    return None


def _lot_view(lot: RecordedLot, names: Mapping[int, str]) -> LotRecordView:
    """A recorded lot in words: the article, the outcome, both people."""
    assert lot.outcome is not None
    asked = json.loads(lot.request)
    return LotRecordView(
        lot.number,
        f"Kieswet {asked['article']}",
        json.dumps(outcome_json(lot.outcome), ensure_ascii=False),
        (names.get(lot.first_user, "?"), names.get(lot.second_user or 0, "?")),
        lot.at,
    )
