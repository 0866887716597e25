"""What the follow-up screens receive (docs/sittings.md; docs/signals.md): sittings, investigations,
signals and a station's history, already in words (Dutch and English), so a screen only lays them
out (docs/app.md §2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kieskring.app.form import FormLayout
from kieskring.app.plausibility import HandledSignal
from kieskring.app.sitting_store import AuditLine, InvestigationRecord, Origin
from kieskring.app.states import EntryState
from kieskring.app.text import Text
from kieskring.signals import Figure, LocalList, Measure
from kieskring.signals.text import KIND_LABELS, decimal, describe, local_text, subject_text

from .present import field_label, state_view
from .views import ActionView, SessionStateView, StateView

ORIGIN_LABELS: Mapping[Origin, Text] = {
    Origin.CSB: Text("Verzoek van het centraal stembureau", "Request of the central committee"),
    Origin.GSB: Text("Eigen initiatief van het GSB", "The GSB's own initiative"),
}

MEASURE_LABELS: Mapping[Measure, Text] = {
    Measure.OBSERVED: Text("Aantal hier", "Number here"),
    Measure.EXPECTED: Text(
        "Verwacht naar de andere stembureaus", "Expected from the other stations"
    ),
    Measure.STATION_SHARE: Text("Aandeel in dit stembureau", "Share in this station"),
    Measure.MUNICIPAL_SHARE: Text("Aandeel in de gemeente", "Share in the municipality"),
    Measure.TURNOUT: Text("Opkomst", "Turnout"),
    Measure.MEDIAN: Text("Middelste stembureau", "Median station"),
    Measure.LOWER_FENCE: Text("Ondergrens gebruikelijk", "Usual lower bound"),
    Measure.UPPER_FENCE: Text("Bovengrens gebruikelijk", "Usual upper bound"),
    Measure.ADMITTED: Text("Toegelaten kiezers (D)", "Admitted voters (D)"),
    Measure.ELIGIBLE: Text("Kiesgerechtigden (Z)", "Eligible voters (Z)"),
    Measure.MISFIT: Text("Afstand tot verwachting", "Distance from expectation"),
    Measure.SWAPPED_MISFIT: Text("Afstand als verwisseld", "Distance if swapped"),
}

PERCENT = frozenset(
    {
        Measure.STATION_SHARE,
        Measure.MUNICIPAL_SHARE,
        Measure.TURNOUT,
        Measure.MEDIAN,
        Measure.LOWER_FENCE,
        Measure.UPPER_FENCE,
    }
)

ACTION_LABELS: Mapping[str, Text] = {
    "entry.open": Text("Invoer geopend", "Entry opened"),
    "entry.save_section": Text("Onderdeel opgeslagen", "Section saved"),
    "entry.finalise": Text("Invoer afgerond", "Entry finished"),
    "entry.abandon": Text("Invoer weggegooid", "Entry discarded"),
    "entry.resolve_errors": Text("Fouten afgehandeld", "Errors resolved"),
    "entry.resolve_differences": Text("Verschil afgehandeld", "Difference resolved"),
    "entry.send_back_differences": Text("Verschillen teruggestuurd", "Differences sent back"),
    "entry.reopen": Text("Heropend", "Reopened"),
    "entry.explain": Text("Toelichting geschreven", "Explanation written"),
    "investigation.open": Text("Onderzoek vastgelegd", "Investigation recorded"),
    "investigation.conclude": Text("Onderzoek afgerond", "Investigation concluded"),
    "sitting.add_station": Text("Stembureau toegevoegd", "Station added"),
    "signal.note": Text("Toelichting bij signaal", "Note on a signal"),
}


@dataclass(frozen=True)
class SittingView:
    """One sitting: number, when it started and closed, whether its outputs were made."""

    number: int
    label: Text
    started_at: str
    closed_at: str | None
    current: bool
    outputs_made: bool
    investigations: int


@dataclass(frozen=True)
class SittingsOverview:
    """Every sitting, the current one's session state, and what can be done now."""

    current: int
    sittings: tuple[SittingView, ...]
    session: SessionStateView
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class InvestigationRequest:
    """An investigation to record: the station, who asked, the reason and assignment, and the
    signal it comes from ('' none)."""

    station: int
    origin: Origin
    reason: str
    assignment: str = ""
    signal: str = ""


@dataclass(frozen=True)
class NewStation:
    """A station that was missing, added in a follow-up sitting with its investigation."""

    number: int
    name: str
    eligible_voters: int | None
    origin: Origin
    reason: str
    assignment: str = ""


@dataclass(frozen=True)
class Conclusion:
    """The findings of an investigation, and whether the counts must be entered again."""

    station: int
    findings: str
    new_results: bool


@dataclass(frozen=True)
class InvestigationView:
    """An investigation as the screen shows it, with the station's entry state and the actions."""

    sitting: int
    station: int
    name: str
    origin: Origin
    origin_label: Text
    reason: str
    assignment: str
    added: bool
    signal: str
    findings: str
    new_results: bool | None
    status: Text
    entry_state: StateView
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class SignalFigureView:
    """One number behind a signal, in words, for the list or candidate it concerns."""

    label: Text
    subject: Text
    value: Text


@dataclass(frozen=True)
class SignalView:
    """A plausibility signal with its numbers, and how the coordinator dealt with it."""

    key: str
    kind: Text
    station: int
    station_name: str
    subjects: tuple[Text, ...]
    text: Text
    figures: tuple[SignalFigureView, ...]
    note: str
    investigated: bool
    handled: bool


@dataclass(frozen=True)
class SignalsView:
    """Every signal over the definitive stations, the lists left out, and whether notes can still
    be written (not after this sitting's outputs were made)."""

    signals: tuple[SignalView, ...]
    local_lists: tuple[Text, ...]
    definitive: int
    stations: int
    open: int
    can_note: bool
    reason: Text | None


@dataclass(frozen=True)
class HistoryField:
    """One number of a station's result in a sitting, by the paper's label."""

    key: str
    label: Text
    value: int


@dataclass(frozen=True)
class HistoryEvent:
    """One audit entry about the station."""

    seq: int
    at: str
    user: str
    action: Text


@dataclass(frozen=True)
class HistorySitting:
    """The station in one sitting: its result then, who typed it, the investigation, the audit."""

    sitting: int
    current: bool
    result: tuple[HistoryField, ...]
    warnings: tuple[str, ...]
    explanation: str
    typists: tuple[str, ...]
    investigation: InvestigationView | None
    events: tuple[HistoryEvent, ...]


@dataclass(frozen=True)
class StationHistoryView:
    """Every sitting of a station, earlier ones exactly as they were kept."""

    station: int
    name: str
    sittings: tuple[HistorySitting, ...]


def figure_value(figure: Figure) -> Text:
    """A number behind a signal: whole numbers as they are, shares as percentages, others with one
    decimal (rounded for showing; the decision used the exact fraction)."""
    if figure.measure in PERCENT:
        return Text(
            decimal(figure.numerator, figure.denominator, scale=100) + "%",
            decimal(figure.numerator, figure.denominator, scale=100, dutch=False) + "%",
        )
    if figure.denominator == 1:
        return Text(f"{figure.numerator:,}".replace(",", "."), f"{figure.numerator:,}")
    return Text(
        decimal(figure.numerator, figure.denominator),
        decimal(figure.numerator, figure.denominator, dutch=False),
    )


def signal_view(item: HandledSignal) -> SignalView:
    """A signal in words, with its notes and investigation."""
    s = item.signal
    subjects = tuple(Text(subject_text(x), subject_text(x, dutch=False)) for x in s.subjects)
    figures = tuple(
        SignalFigureView(
            MEASURE_LABELS[f.measure],
            subjects[f.subject] if f.subject is not None else Text("", ""),
            figure_value(f),
        )
        for f in s.figures
    )
    return SignalView(
        key=s.key,
        kind=Text(*KIND_LABELS[s.kind]),
        station=int(s.station.removeprefix("SB")),
        station_name=s.station_name,
        subjects=subjects,
        text=Text(describe(s), describe(s, dutch=False)),
        figures=figures,
        note=item.note.text if item.note else "",
        investigated=item.investigation is not None,
        handled=item.note is not None or item.investigation is not None,
    )


def local_view(item: LocalList) -> Text:
    """Why a list's share was not compared."""
    return Text(local_text(item), local_text(item, dutch=False))


def investigation_status(record: InvestigationRecord, state: EntryState) -> Text:
    """Where an investigation stands, in one short sentence."""
    if not record.concluded:
        return Text("Open: leg de bevindingen vast", "Open: record the findings")
    if not record.new_results:
        return Text("Afgerond zonder nieuwe uitkomsten", "Concluded without new results")
    if state is EntryState.DEFINITIVE:
        return Text("Nieuwe uitkomsten ingevoerd", "New results entered")
    return Text("Nieuwe uitkomsten: invoer loopt", "New results: being entered")


def investigation_actions(record: InvestigationRecord, editable: bool) -> tuple[ActionView, ...]:
    """Conclude without or with new results (once), and print the corrigendum form."""
    done = Text("Dit onderzoek is al afgerond.", "This investigation is already concluded.")
    closed = Text(
        "De uitvoer van deze zitting is al gemaakt.", "This sitting's outputs were already made."
    )
    why = closed if not editable else done if record.concluded else None
    can = editable and not record.concluded
    added = Text(
        "Een toegevoegd stembureau krijgt nieuwe uitkomsten.", "An added station gets new results."
    )
    return (
        ActionView(
            "conclude_without",
            Text("Afronden zonder nieuwe uitkomsten…", "Conclude without new results…"),
            can and not record.added,
            why or (added if record.added else None),
        ),
        ActionView(
            "conclude_with",
            Text(
                "Afronden met nieuwe uitkomsten (opnieuw invoeren)…",
                "Conclude with new results (enter again)…",
            ),
            can,
            why,
        ),
        ActionView(
            "corrigendum_form",
            Text("Corrigendumformulier afdrukken", "Print the corrigendum form"),
            record.sitting > 1,
            None
            if record.sitting > 1
            else Text("Alleen in een nieuwe zitting.", "Only in a follow-up sitting."),
        ),
    )


def investigation_view(
    record: InvestigationRecord, name: str, state: EntryState, editable: bool
) -> InvestigationView:
    """An investigation in words."""
    return InvestigationView(
        sitting=record.sitting,
        station=record.station,
        name=name,
        origin=record.origin,
        origin_label=ORIGIN_LABELS[record.origin],
        reason=record.reason,
        assignment=record.assignment,
        added=record.added,
        signal=record.signal,
        findings=record.findings or "",
        new_results=record.new_results,
        status=investigation_status(record, state),
        entry_state=state_view(state),
        actions=investigation_actions(record, editable),
    )


def history_fields(
    layout: FormLayout, values: Mapping[str, int] | None
) -> tuple[HistoryField, ...]:
    """A result's numbers in paper order, by the paper's labels (ticks left out)."""
    if values is None:
        return ()
    return tuple(
        HistoryField(key, field_label(layout, key), int(values.get(key, 0)))
        for key, f in layout.fields.items()
        if f.kind.value == "count"
    )


def history_event(line: AuditLine, users: Mapping[int, str]) -> HistoryEvent:
    """An audit entry in words."""
    label = ACTION_LABELS.get(line.action, Text(line.action, line.action))
    return HistoryEvent(line.seq, line.at, users.get(line.user_id or 0, ""), label)
