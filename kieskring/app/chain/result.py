"""The CSB's result: the body's count, chapter P with the recorded lots and deceased candidates, and
the calculation step by step as frozen data for the screen (docs/chain-app.md §4; Kieswet P 5–P 19a;
docs/seat-allocation.md, docs/seat-allocation-multi.md).

The calculation is :func:`kieskring.result.run.run_result` — the same code as ``uitslag result`` —
on the count of :func:`.tabulation.add_up`. Nothing here decides a seat: the views only put the core's
recorded steps (its articles, exact values as mixed numbers, its Dutch explanation) into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from kieskring.app.chain.deceased import Deceased, deceased, refs
from kieskring.app.chain.lots import LotChoice, choice_of, recorded_lots, request_json
from kieskring.app.chain.setup import ChainElection
from kieskring.app.chain.tabulation import Added, add_up
from kieskring.app.text import Text
from kieskring.domain.candidates import CandidateLists
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_allocation import national_report, result_report
from kieskring.protocols.layout import mixed_number
from kieskring.result.run import ResultRun, run_result
from kieskring.result.short_codes import short_codes_from_lists
from kieskring.storage import Store
from seat_allocation.allocate import Status
from seat_allocation.election import CandidateRef, LotOutcome, PersonRef
from seat_allocation.explain import mixed, step_lines
from seat_allocation.lots import LotReason, LotRequest
from seat_allocation.progress import Progress
from seat_allocation.steps import StepKind


@dataclass(frozen=True)
class Computed:
    """The body's count with its sources, and the calculation on it."""

    added: Added
    run: ResultRun
    lots: tuple[LotOutcome, ...]
    deceased: tuple[Deceased, ...]

    @property
    def progress(self) -> Progress:
        """The seat distribution so far (complete or up to the lot)."""
        found = self.run.allocation or self.run.national
        assert found is not None
        return found.progress

    @property
    def lot_request(self) -> LotRequest | None:
        """What must be drawn now, if anything."""
        found = self.run.allocation or self.run.national
        return found.lots_required if found is not None else None


def compute(store: Store, chain: ChainElection, added: Added | None = None) -> Computed:
    """Allocate on the body's count (added up here unless given; CHAIN.NOT_READY while a unit is
    not in), with the recorded lots and deceased candidates (CSB). Every recorded lot must answer
    the question the calculation asks at that point, with these inputs (CHAIN.LOT_STALE)."""
    added = added or add_up(store, chain)
    single, keys = refs(store)

    def run(lots: tuple[LotOutcome, ...]) -> ResultRun:
        return run_result(
            added.count,
            chain.all_lists(),
            chain.election.seats,
            file=added.sources[0].file if added.sources else "",
            lots=lots,
            deceased=single,
            deceased_keys=keys,
        )

    recorded = [lot for lot in recorded_lots(store) if lot.outcome is not None]
    outcomes = tuple(lot.outcome for lot in recorded if lot.outcome is not None)
    for index, lot in enumerate(recorded):
        before = run(outcomes[:index])
        found = before.allocation or before.national
        asked = found.lots_required if found is not None else None
        if asked is None or request_json(asked) != lot.request:
            raise UserError(
                (
                    Problem(
                        "CHAIN.LOT_STALE",
                        f"loting {lot.number} hoort bij een andere vraag dan de berekening nu "
                        "stelt (de invoer is veranderd); trek de lotingen in en loot opnieuw",
                        f"lot {lot.number} answers another question than the calculation asks "
                        "now (the inputs changed); withdraw the lots and draw again",
                    ),
                )
            )
    return Computed(added, run(outcomes), outcomes, deceased(store))


def report_data(
    computed: Computed, chain: ChainElection, info: d.DocumentInfo
) -> d.ResultReportData:
    """The P 22-2 / P 22-1 data of the calculation (also what the screen shows)."""
    if computed.run.allocation is not None:
        return result_report(computed.run.allocation, chain.all_lists()[0], info)
    assert computed.run.national is not None
    return national_report(computed.run.national, chain.all_lists(), info)


REASONS: dict[LotReason, Text] = {
    LotReason.EQUAL_AVERAGES: Text(
        "Gelijke gemiddelden: het lot wijst de lijst aan die de zetel krijgt.",
        "Equal averages: the lot names the list that gets the seat.",
    ),
    LotReason.EQUAL_REMAINDERS: Text(
        "Gelijke overschotten: het lot wijst de lijst aan die de zetel krijgt.",
        "Equal remainders: the lot names the list that gets the seat.",
    ),
    LotReason.ABSOLUTE_MAJORITY: Text(
        "Volstrekte meerderheid: het lot wijst de lijst aan die een zetel inlevert.",
        "Absolute majority: the lot names the list that gives up a seat.",
    ),
    LotReason.EQUAL_PREFERENCE_VOTES: Text(
        "Gelijk aantal voorkeurstemmen: het lot wijst de kandidaat aan die gekozen is.",
        "Equal preference votes: the lot names the candidate who is elected.",
    ),
}
"""Why a lot is drawn, in words (seat-allocation.md §2.5)."""


def option_label(outcome: LotOutcome, chain: ChainElection) -> Text:
    """A lot option as the room hears it: the list, or the candidate with his name."""
    if isinstance(outcome, CandidateRef):
        lists = chain.all_lists()[0]
        party = lists.list_by_number(outcome.list)
        person = (
            next((c for c in party.candidates if c.number == outcome.candidate), None)
            if party
            else None
        )
        name = person.display_name if person else ""
        return Text(
            f"Lijst {outcome.list}, kandidaat {outcome.candidate}: {name}",
            f"List {outcome.list}, candidate {outcome.candidate}: {name}",
        )
    if isinstance(outcome, PersonRef):
        name = _person_name(chain.all_lists(), outcome.party, outcome.key)
        return Text(f"Lijst {outcome.party}: {name}", f"List {outcome.party}: {name}")
    name = _list_name(chain.all_lists(), outcome)
    return Text(f"Lijst {outcome}: {name}", f"List {outcome}: {name}")


def _list_name(lists: list[CandidateLists], number: int) -> str:
    for item in lists:
        found = item.list_by_number(number)
        if found is not None:
            return found.name
    return ""


def _person_name(lists: list[CandidateLists], party: int, key: str) -> str:
    codes = short_codes_from_lists(lists)
    for (unit, number, position), code in codes.items():
        if number == party and code == key:
            lst = next(x for x in lists if f"HSB{x.contest_id}" == unit).list_by_number(number)
            person = next(c for c in lst.candidates if c.number == position) if lst else None
            return f"{person.display_name} ({key})" if person else key
    return key


@dataclass(frozen=True)
class LotOption:
    """One option of the lot: what to type, and its words."""

    choice: LotChoice
    label: Text


@dataclass(frozen=True)
class LotQuestion:
    """The lot the calculation asks for now (docs/chain-app.md §4)."""

    number: int
    article: str
    reason: Text
    seat_numbers: tuple[int, ...]
    value: str
    """The tied average, remainder or number of votes, as a mixed number."""
    options: tuple[LotOption, ...]


def lot_question(computed: Computed, chain: ChainElection) -> LotQuestion | None:
    """The lot to draw now, in words; ``None`` when the calculation is complete."""
    request = computed.lot_request
    if request is None:
        return None
    return LotQuestion(
        number=len(computed.lots) + 1,
        article=f"Kieswet {request.article}",
        reason=REASONS[request.reason],
        seat_numbers=request.seat_numbers,
        value=mixed_number(d.Ratio(int(request.value.numerator), int(request.value.denominator))),
        options=tuple(LotOption(choice_of(o), option_label(o, chain)) for o in request.options),
    )


@dataclass(frozen=True)
class StepView:
    """One step of the seat distribution: in the core's words (Dutch, as in berekening.txt) and as
    a row of the residual-seat table — which residual seat (``None`` for a P 9 or P 10 step), how
    it was given, to which list (for P 10: the list that gave a seat up), at what average or
    remainder (a mixed number; empty for P 9 and P 10)."""

    article: str
    lines: tuple[str, ...]
    by_lot: bool
    seat: int | None
    how: Text
    selected: int
    value: str


HOW: dict[StepKind, Text] = {
    StepKind.LARGEST_REMAINDER: Text("grootste overschot", "largest remainder"),
    StepKind.UNIQUE_HIGHEST_AVERAGE: Text(
        "grootste gemiddelde, één zetel per lijst", "highest average, one seat per list"
    ),
    StepKind.HIGHEST_AVERAGE: Text("grootste gemiddelde", "highest average"),
    StepKind.ABSOLUTE_MAJORITY: Text("volstrekte meerderheid", "absolute majority"),
    StepKind.LIST_EXHAUSTION: Text("lijstuitputting", "list exhaustion"),
}
"""How a step gave its seat, in the words of the articles (seat-allocation.md §3)."""


def step_views(progress: Progress) -> tuple[StepView, ...]:
    """Every residual-seat, P 9 and P 10 step, with its article (seat-allocation.md §3)."""
    return tuple(
        StepView(
            f"Kieswet {s.article}",
            tuple(step_lines(s)),
            s.by_lot,
            s.residual_seat_number,
            HOW[s.kind],
            s.selected,
            "" if s.value is None else mixed(s.value),
        )
        for s in progress.steps
    )


def completed(computed: Computed) -> bool:
    """Whether the calculation ran to the end (no lot outstanding)."""
    return computed.run.status is Status.COMPLETED
