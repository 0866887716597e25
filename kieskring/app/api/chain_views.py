"""What the HSB's and CSB's screens receive (docs/chain-app.md §2–§4): frozen views in Dutch and
English, one table per kind of state, and the actions a unit allows with why not where not. No rule
is decided here; the services (:mod:`kieskring.app.chain`) decide, this module only puts it in words.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass

from kieskring.app.chain.deceased import Deceased
from kieskring.app.chain.files import FileState, StoredFile
from kieskring.app.chain.lots import RecordedLot, outcome_json
from kieskring.app.chain.overview import GROUPS, Group, UnitRow, UnitStatus
from kieskring.app.chain.result import LotQuestion, StepView
from kieskring.app.states import EntryState, in_progress_slot
from kieskring.app.text import Text
from kieskring.app.validation import Severity
from kieskring.eml.fingerprint import grouped
from kieskring.protocols import data as d
from kieskring.protocols.layout import mixed_number

from .admin import FingerprintChallenge
from .coordinator import CompareRow
from .views import ActionView, FindingView, Tone

TYPED = 1
"""The slot of the typed PV (kieskring.app.chain.entry)."""


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
    group: Group
    """The overview's tile this unit is counted under (in, missing, different)."""


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
        GROUPS[row.status],
    )


def ratio_text(value: d.Ratio) -> str:
    return mixed_number(value)


def typing_action(state: EntryState, mine: bool) -> tuple[bool, Text]:
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


def lot_waiting(
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


def lot_view(lot: RecordedLot, names: Mapping[int, str]) -> LotRecordView:
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
