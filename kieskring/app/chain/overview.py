"""Which units are in, missing or different (docs/chain-app.md §2, "the receiving overview").

A unit is *in* when its typed PV and its file are equal (definitive); *different* when they differ, or
its file was refused and no corrected one has come; *missing* otherwise — nothing yet, only the file,
or only the paper. A unit that is in may carry findings of the catalogue on its PV (the lower
committee's own numbers, which the HSB/CSB cannot change): the coordinator notes them before adding
up, and may ask for an investigation (:mod:`.requests`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kieskring.app.chain.files import FileRepository, FileState, StoredFile
from kieskring.app.chain.setup import ChainElection
from kieskring.app.entry_store import EntryRepository
from kieskring.app.form import form_layout
from kieskring.app.states import EntryState, in_progress_slot
from kieskring.app.validation import Finding, validate
from kieskring.errors import Problem, UserError
from kieskring.storage import Store

from .entry import TYPED, unit_setup


class UnitStatus(enum.Enum):
    """Where one unit stands (the overview's tiles)."""

    MISSING = "missing"
    FILE_ONLY = "file_only"
    PAPER_ONLY = "paper_only"
    DIFFERENT = "different"
    REFUSED = "refused"
    IN = "in"


class Group(enum.Enum):
    """The overview's three counts."""

    IN = "in"
    MISSING = "missing"
    DIFFERENT = "different"


GROUPS: dict[UnitStatus, Group] = {
    UnitStatus.MISSING: Group.MISSING,
    UnitStatus.FILE_ONLY: Group.MISSING,
    UnitStatus.PAPER_ONLY: Group.MISSING,
    UnitStatus.DIFFERENT: Group.DIFFERENT,
    UnitStatus.REFUSED: Group.DIFFERENT,
    UnitStatus.IN: Group.IN,
}


@dataclass(frozen=True)
class UnitRow:
    """One unit: its number, id, name, where it stands, its file and the findings on its PV."""

    number: int
    code: str
    name: str
    status: UnitStatus
    entry_state: EntryState
    typing: bool
    """The PV is being typed now."""
    file: StoredFile | None
    """The current file, or the latest refused one."""
    findings: tuple[Finding, ...]
    noted: str
    """The coordinator's note on the findings ('' none)."""


def unit_status(
    state: EntryState, current: StoredFile | None, latest: StoredFile | None
) -> UnitStatus:
    """The overview's status from the entry state and the unit's files (pure)."""
    if state is EntryState.DEFINITIVE:
        return UnitStatus.IN
    if state is EntryState.ENTRIES_DIFFERENT:
        return UnitStatus.DIFFERENT
    if current is None and latest is not None and latest.state is FileState.REFUSED:
        return UnitStatus.REFUSED
    typed_done = state is EntryState.FIRST_ENTRY_FINALISED
    if current is not None and not typed_done:
        return UnitStatus.FILE_ONLY
    if typed_done and current is None:
        return UnitStatus.PAPER_ONLY
    return UnitStatus.MISSING


def unit_rows(store: Store, chain: ChainElection) -> tuple[UnitRow, ...]:
    """Every unit of the body, in the 110a's order."""
    repo = EntryRepository(store)
    files = FileRepository(store)
    current, latest = files.all_current(), files.latest()
    rows = []
    for unit in chain.setup.stations:
        state = repo.status(unit.number).state
        result = repo.result(unit.number)
        findings: tuple[Finding, ...] = ()
        if result is not None:
            own = unit_setup(chain.setup, unit.number)
            findings = validate(own, form_layout(own), result)
        rows.append(
            UnitRow(
                number=unit.number,
                code=chain.setup.unit_code(unit.number),
                name=unit.name,
                status=unit_status(state, current.get(unit.number), latest.get(unit.number)),
                entry_state=state,
                typing=in_progress_slot(state) == TYPED,
                file=current.get(unit.number) or latest.get(unit.number),
                findings=findings,
                noted=repo.explanation(unit.number),
            )
        )
    return tuple(rows)


def require_ready(rows: tuple[UnitRow, ...]) -> None:
    """CHAIN.NOT_READY unless every unit is in and every PV's findings are noted (adding up what was
    not checked is never done; docs/chain-app.md §3)."""
    problems = [
        Problem(
            "CHAIN.NOT_READY",
            f"{r.code} {r.name}: nog niet ontvangen en gelijk",
            f"{r.code} {r.name}: not received and equal yet",
            place=r.code,
        )
        for r in rows
        if r.status is not UnitStatus.IN
    ]
    problems += [
        Problem(
            "CHAIN.FINDINGS_NOT_NOTED",
            f"{r.code} {r.name}: het proces-verbaal heeft fouten of waarschuwingen "
            f"({', '.join(sorted({f.code for f in r.findings}))}); noteer eerst wat u ermee doet",
            f"{r.code} {r.name}: the report has errors or warnings "
            f"({', '.join(sorted({f.code for f in r.findings}))}); note first what you do about them",
            place=r.code,
        )
        for r in rows
        if r.status is UnitStatus.IN and r.findings and not r.noted
    ]
    if problems:
        raise UserError(tuple(problems))
