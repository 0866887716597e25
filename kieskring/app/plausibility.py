"""The plausibility signals over the app's definitive results (docs/signals.md; docs/app.md §6): the
stations as :mod:`kieskring.signals` reads them, and which signals the coordinator has dealt with —
by an investigation opened from it, or a note saying why it is fine (printed on the PV). A signal
never changes a number."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kieskring.app.entry_store import EntryRepository
from kieskring.app.setup import ElectionSetup
from kieskring.app.sitting_store import InvestigationRecord, SignalNote, SittingRepository
from kieskring.protocols import data as d
from kieskring.signals import ListResult, Signal, SignalReport, StationResult, find_signals
from kieskring.signals.text import describe
from kieskring.storage import Store


def station_result(setup: ElectionSetup, number: int, values: Mapping[str, int]) -> StationResult:
    """One station's definitive values as the signals read them (D admitted, Z from the set-up)."""
    info = setup.station(number)
    lists = tuple(
        ListResult(
            item.number,
            item.name,
            values.get(f"L{item.number}.total", 0),
            tuple(values.get(f"L{item.number}.{p}", 0) for p in range(1, item.candidates + 1)),
            item.names,
        )
        for item in setup.lists
    )
    return StationResult(
        f"SB{number}", info.name, info.eligible_voters or 0, values.get("D", 0), lists
    )


def station_number(signal: Signal) -> int:
    """``SB12`` → 12."""
    return int(signal.station.removeprefix("SB"))


@dataclass(frozen=True)
class HandledSignal:
    """A signal, and how the coordinator dealt with it in this sitting (if at all)."""

    signal: Signal
    note: SignalNote | None
    investigation: InvestigationRecord | None


@dataclass(frozen=True)
class Plausibility:
    """The signals over the definitive stations now (``definitive`` of ``stations``)."""

    report: SignalReport
    signals: tuple[HandledSignal, ...]
    definitive: int
    stations: int

    @property
    def open(self) -> int:
        """Signals with neither a note nor an investigation."""
        return sum(1 for s in self.signals if s.note is None and s.investigation is None)


def plausibility(store: Store, setup: ElectionSetup) -> Plausibility:
    """Every signal over the definitive results of the current sitting, with notes and
    investigations of that sitting."""
    results = EntryRepository(store).all_results()
    stations = [station_result(setup, n, values) for n, (values, _, _) in sorted(results.items())]
    report = find_signals(stations)
    repo = SittingRepository(store)
    sitting = repo.current()
    notes = repo.notes(sitting)
    investigations = {i.station: i for i in repo.investigations(sitting)}
    handled = tuple(
        HandledSignal(
            s,
            notes.get(s.key),
            found
            if (found := investigations.get(station_number(s))) and found.signal == s.key
            else None,
        )
        for s in report.signals
    )
    return Plausibility(report, handled, len(results), len(setup.stations))


def pv_notes(found: Plausibility) -> tuple[d.SignalNote, ...]:
    """The signals for the PV, each with the coordinator's note or its investigation."""
    out: list[d.SignalNote] = []
    for item in found.signals:
        s = item.signal
        note = item.note.text if item.note else ""
        if not note and item.investigation is not None:
            note = f"onderzocht: {item.investigation.findings or item.investigation.reason}"
        out.append(d.SignalNote(f"{s.station} {s.station_name}", describe(s), note))
    return tuple(out)
