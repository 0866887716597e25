"""The standing of one list during the calculation: votes, seats so far, remainder, history.

A :class:`Standing` is immutable; each step of the calculation produces new standings, and the
trace keeps the standings *before* every step (seat-allocation.md §3).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from gmpy2 import mpq, mpz


@dataclass(frozen=True)
class Standing:
    """One list's position.

    ``remainder`` (overschot, Kieswet P 8) is fixed after P 6 and never recomputed, also not when
    P 10 removes a full seat. ``largest_remainder_seats``, ``unique_average_seats`` and
    ``retracted_by_majority`` are the history the P 8 rounds read (seat-allocation.md §2.4).
    """

    number: int
    votes: mpz
    alive: int
    full_seats: int
    residual_seats: int
    remainder: mpq
    meets_threshold: bool
    reaches_quota: bool
    largest_remainder_seats: int = 0
    unique_average_seats: int = 0
    retracted_by_majority: bool = False
    full_seat_removed: bool = False

    @property
    def seats(self) -> int:
        """Full plus residual seats."""
        return self.full_seats + self.residual_seats

    @property
    def next_average(self) -> mpq:
        """Votes per seat if this list got one seat more (Kieswet P 7 lid 1)."""
        return mpq(self.votes, self.seats + 1)

    @property
    def exhausted(self) -> bool:
        """No candidate left for another seat (Kieswet P 10; seat-allocation.md §2.7)."""
        return self.alive <= self.seats

    def qualifies_for_remainder(self) -> bool:
        """P 8 lid 1–2: at most one seat by largest remainder, unless P 9 took a seat away."""
        return self.largest_remainder_seats == 0 or (
            self.largest_remainder_seats == 1 and self.retracted_by_majority
        )

    def qualifies_for_unique_average(self) -> bool:
        """P 8 lid 3: at most one seat in the "unique" highest-averages round (P 9 exception)."""
        return self.unique_average_seats == 0 or (
            self.unique_average_seats == 1
            and self.retracted_by_majority
            and self.largest_remainder_seats <= 1
        )

    def add_residual(self, *, by_remainder: bool = False, by_unique: bool = False) -> Standing:
        """This list with one residual seat more, noting how it was won."""
        return replace(
            self,
            residual_seats=self.residual_seats + 1,
            largest_remainder_seats=self.largest_remainder_seats + int(by_remainder),
            unique_average_seats=self.unique_average_seats + int(by_unique),
        )

    def remove_seat(self) -> Standing:
        """One seat less: a residual seat if there is one, else a full seat (Kieswet P 10)."""
        if self.residual_seats > 0:
            return replace(self, residual_seats=self.residual_seats - 1)
        return replace(self, full_seats=self.full_seats - 1, full_seat_removed=True)


def replace_standing(standings: tuple[Standing, ...], new: Standing) -> tuple[Standing, ...]:
    """The standings with the one for ``new.number`` replaced."""
    return tuple(new if s.number == new.number else s for s in standings)


def find(standings: tuple[Standing, ...], number: int) -> Standing:
    """The standing of list ``number``."""
    for standing in standings:
        if standing.number == number:
            return standing
    raise KeyError(number)
