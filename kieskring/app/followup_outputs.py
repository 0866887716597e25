"""The PV data of a follow-up sitting (docs/sittings.md §4; Kieswet P 2a, Na 14): the P 2a (the
investigations, their reasons and findings, the plausibility signals with the coordinator's notes)
and the Na 14-2 (every number that changed, old and new, with the field's label and code), and the
pre-filled corrigendum form of one station (Na 14-2 Bijlage 1). Only plain data for the renderers
in :mod:`kieskring.protocols`; nothing is computed here but which numbers differ.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from kieskring.app.corrigendum import corrigendum_layout
from kieskring.app.form import FieldKind, FormLayout
from kieskring.app.plausibility import Plausibility, pv_notes
from kieskring.app.setup import ElectionSetup
from kieskring.app.sitting_store import InvestigationRecord, Origin, SittingRepository
from kieskring.app.totals import COUNT_FIELDS
from kieskring.protocols import data as d
from kieskring.storage import Store

ORIGIN_NL = {Origin.CSB: "verzoek centraal stembureau", Origin.GSB: "eigen initiatief"}


def count_fields(layout: FormLayout) -> Iterator[tuple[str, str]]:
    """``(code, label)`` of every number a corrigendum can change, in paper order: A–J, E per
    list, and each candidate (``L3.5``); the list totals are E.x, the ticks are no numbers."""
    for section in layout.sections:
        for f in section.fields:
            if f.kind is FieldKind.TICK or f.key.endswith(".total"):
                continue
            if section.list_number is not None:
                yield f.key, f"Lijst {section.list_number} · {f.letter} {f.label.nl}"
            else:
                yield f.key, f"{f.letter} {f.label.nl}".strip()


def corrections(
    setup: ElectionSetup,
    before: Mapping[int, Mapping[str, int]],
    after: Mapping[int, Mapping[str, int]],
) -> tuple[d.Correction, ...]:
    """Every number that differs between ``before`` and ``after`` (a station absent is all 0),
    station by station in number order."""
    fields = list(count_fields(corrigendum_layout(setup)))
    out: list[d.Correction] = []
    for station in sorted(before.keys() | after.keys()):
        old, new = before.get(station, {}), after.get(station, {})
        name = next((s.name for s in setup.stations if s.number == station), "")
        out += [
            d.Correction(d.Station(station, name), label, old.get(code, 0), new.get(code, 0), code)
            for code, label in fields
            if old.get(code, 0) != new.get(code, 0)
        ]
    return tuple(out)


def investigation_data(setup: ElectionSetup, record: InvestigationRecord) -> d.Investigation:
    """One investigation as the P 2a prints it."""
    station = setup.station(record.station)
    reason = f"{ORIGIN_NL[record.origin]}: {record.reason}"
    if record.assignment:
        reason += f" (opdracht: {record.assignment})"
    if record.added:
        reason += " — stembureau toegevoegd"
    return d.Investigation(
        d.Station(station.number, station.name),
        reason,
        record.findings or "",
        bool(record.new_results),
    )


def with_investigations(
    store: Store, setup: ElectionSetup, report: d.GsbReportData, sitting: int
) -> d.GsbReportData:
    """The Na 31-2 with each investigated station's investigation in its note (the PV names the
    stations that were investigated, docs/pv-models.md §5)."""
    found = {r.station: r for r in SittingRepository(store).investigations(sitting)}
    stations = tuple(
        replace(
            row,
            note="; ".join(
                part
                for part in (_short(investigation_data(setup, found[row.station.number])), row.note)
                if part
            ),
        )
        if row.station.number in found
        else row
        for row in report.stations
    )
    return replace(report, stations=stations)


def _short(item: d.Investigation) -> str:
    findings = f" — {item.findings}" if item.findings else ""
    return f"onderzoek ({item.reason}){findings}"


def session_report(
    store: Store, setup: ElectionSetup, info: d.DocumentInfo, found: Plausibility
) -> d.SessionReportData:
    """The P 2a of the current sitting."""
    repo = SittingRepository(store)
    sitting = repo.current()
    return d.SessionReportData(
        info,
        tuple(investigation_data(setup, r) for r in repo.investigations(sitting)),
        sitting,
        pv_notes(found),
    )


def previous_values(store: Store, sitting: int) -> dict[int, Mapping[str, int]]:
    """Every station's result as sitting ``sitting`` left it."""
    kept = SittingRepository(store).archived_results(sitting)
    return {n: r.values for n, r in kept.items()}


def form_counts(setup: ElectionSetup, values: Mapping[str, int]) -> d.Counts:
    """A station's form values as the PV's counts (A–J, E per list, the candidates)."""
    get = {k: values.get(k, 0) for k in COUNT_FIELDS}
    return d.Counts(
        poll_cards=get["A"],
        proxy_certificates=get["B"],
        voter_passes=get["C"],
        admitted=get["D"],
        list_votes=tuple(values.get(f"E.{x.number}", 0) for x in setup.lists),
        blank=get["F"],
        invalid=get["G"],
        cast=get["H"],
        more_counted=get["I"],
        fewer_counted=get["J"],
        candidate_votes=tuple(
            tuple(values.get(f"L{x.number}.{p}", 0) for p in range(1, x.candidates + 1))
            for x in setup.lists
        ),
    )


def corrigendum_form(
    setup: ElectionSetup,
    record: InvestigationRecord,
    previous: Mapping[str, int],
    lists: tuple[d.PartyList, ...],
    info: d.DocumentInfo,
) -> d.CorrigendumFormData:
    """The Na 14-2 Bijlage 1 of one investigated station, with its previous counts."""
    station = setup.station(record.station)
    return d.CorrigendumFormData(
        info,
        d.Station(station.number, station.name),
        lists,
        form_counts(setup, previous),
        investigation_data(setup, record).reason,
        record.assignment,
        setup.voter_passes,
    )
