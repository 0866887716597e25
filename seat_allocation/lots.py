"""Drawing of lots as input: the calculation stops at a tie and names what must be drawn.

The software never draws lots. :class:`LotDrawer` hands out the recorded outcomes in the order the
calculation asks for them; when none is left it raises :class:`LotsRequired` with the article, the
seat numbers and the tied options; an outcome that is not among the options, or of the wrong kind,
raises :class:`InvalidLot` (seat-allocation.md §2.5, Kieswet P 7–P 9, P 15 "beslist het lot").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from gmpy2 import mpq

from seat_allocation.election import CandidateRef, LotOutcome, PersonRef


class LotKind(StrEnum):
    """A lot between lists or between candidates of one list."""

    LIST = "list"
    CANDIDATE = "candidate"
    PERSON = "person"


class LotReason(StrEnum):
    """Why the lot is needed."""

    EQUAL_AVERAGES = "equal_averages"  # P 7 lid 1, P 8 lid 3
    EQUAL_REMAINDERS = "equal_remainders"  # P 8 lid 1
    ABSOLUTE_MAJORITY = "absolute_majority"  # P 9
    EQUAL_PREFERENCE_VOTES = "equal_preference_votes"  # P 15


@dataclass(frozen=True)
class LotRequest:
    """What must be drawn: kind, article, reason, seat numbers at stake, the tied options."""

    kind: LotKind
    article: str
    reason: LotReason
    seat_numbers: tuple[int, ...]
    options: tuple[LotOutcome, ...]
    value: mpq


class LotsRequired(Exception):
    """The calculation cannot go on without this drawing of lots; ``partial`` is the state so far."""

    def __init__(self, request: LotRequest, partial: Any) -> None:
        super().__init__(request)
        self.request = request
        self.partial = partial


class InvalidLot(ValueError):
    """A recorded outcome does not fit the drawing the calculation asks for."""


class LotDrawer:
    """Hands out recorded outcomes in order, checking each against the request."""

    def __init__(self, outcomes: tuple[LotOutcome, ...]) -> None:
        self._outcomes = outcomes
        self._used = 0

    @property
    def used(self) -> int:
        """How many outcomes were consumed."""
        return self._used

    def unused(self) -> tuple[LotOutcome, ...]:
        """Outcomes the calculation never asked for."""
        return self._outcomes[self._used :]

    def draw(self, request: LotRequest, partial: Any) -> LotOutcome:
        """The next recorded outcome for ``request``; stop when there is none."""
        if self._used >= len(self._outcomes):
            raise LotsRequired(request, partial)
        outcome = self._outcomes[self._used]
        number = self._used + 1
        if kind_of(outcome) is not request.kind:
            raise InvalidLot(
                f"loting {number}: verwacht een {_kind_nl(request.kind)} ({request.article}), "
                f"gekregen {_describe(outcome)}"
            )
        if outcome not in request.options:
            options = ", ".join(_describe(o) for o in request.options)
            raise InvalidLot(
                f"loting {number}: {_describe(outcome)} is geen van de opties "
                f"({options}) bij {request.article}"
            )
        self._used += 1
        return outcome

    def draw_list(self, request: LotRequest, partial: Any) -> int:
        """The next recorded outcome of a list lot (a list number)."""
        outcome = self.draw(request, partial)
        if not isinstance(outcome, int):  # draw() already refused this; keeps types exact
            raise InvalidLot(f"verwacht een lijstnummer, gekregen {_describe(outcome)}")
        return outcome


def kind_of(outcome: LotOutcome) -> LotKind:
    """Which kind of drawing an outcome answers."""
    if isinstance(outcome, CandidateRef):
        return LotKind.CANDIDATE
    if isinstance(outcome, PersonRef):
        return LotKind.PERSON
    return LotKind.LIST


def _kind_nl(kind: LotKind) -> str:
    match kind:
        case LotKind.LIST:
            return "lijstnummer"
        case LotKind.CANDIDATE:
            return "kandidaat"
        case LotKind.PERSON:
            return "kandidaat van de lijstengroep"


def _describe(outcome: LotOutcome) -> str:
    if isinstance(outcome, CandidateRef):
        return f"kandidaat {outcome.candidate} van lijst {outcome.list}"
    if isinstance(outcome, PersonRef):
        return f"kandidaat {outcome.key} van lijst {outcome.party}"
    return f"lijst {outcome}"
