"""The recorded calculation: one :class:`Step` per seat assigned, moved or removed.

Each step names its article and keeps the standings *before* it, the options that were tied and the
list chosen, so a PV (P 22) and a screen can show the calculation (seat-allocation.md §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gmpy2 import mpq

from seat_allocation.standing import Standing


class StepKind(StrEnum):
    """What a step did, with Abacus's names in the comments."""

    HIGHEST_AVERAGE = "highest_average"  # HighestAverageAssignment (P 7 lid 1, P 8 round c)
    UNIQUE_HIGHEST_AVERAGE = "unique_highest_average"  # UniqueHighestAverageAssignment (P 8 lid 3)
    LARGEST_REMAINDER = "largest_remainder"  # LargestRemainderAssignment (P 8 lid 1-2)
    ABSOLUTE_MAJORITY = "absolute_majority"  # AbsoluteMajorityReassignment (P 9)
    LIST_EXHAUSTION = "list_exhaustion"  # ListExhaustionRemoval (P 10, P 19a)


ARTICLES: dict[StepKind, str] = {
    StepKind.HIGHEST_AVERAGE: "P 7",
    StepKind.UNIQUE_HIGHEST_AVERAGE: "P 8 lid 3",
    StepKind.LARGEST_REMAINDER: "P 8 lid 1",
    StepKind.ABSOLUTE_MAJORITY: "P 9",
    StepKind.LIST_EXHAUSTION: "P 10",
}


@dataclass(frozen=True)
class Step:
    """One change of the seat distribution.

    - ``residual_seat_number``: the residual seat assigned (``None`` for P 9 and P 10 steps);
    - ``selected``: the list that got the seat (for P 10: the list that lost it);
    - ``retracted``: for P 9, the list the seat was taken from;
    - ``options``: the lists tied at ``value`` (the best average or remainder);
    - ``assigned``: the group of lists that got "the last" seats, for P 9;
    - ``exhausted``: lists left out because they have no candidates left (P 10);
    - ``by_lot``: the choice among ``options`` was a drawing of lots;
    - ``full_seat``: for P 10, a full seat (not a residual seat) was removed.
    """

    kind: StepKind
    article: str
    residual_seat_number: int | None
    standings: tuple[Standing, ...]
    selected: int
    retracted: int | None = None
    options: tuple[int, ...] = ()
    assigned: tuple[int, ...] = ()
    exhausted: tuple[int, ...] = ()
    value: mpq | None = None
    by_lot: bool = False
    full_seat: bool = False
