"""The state of the seat distribution between steps: standings, steps so far, seats left over."""

from __future__ import annotations

from dataclasses import dataclass, replace

from gmpy2 import mpq, mpz

from seat_allocation.standing import Standing, replace_standing
from seat_allocation.steps import Step


@dataclass(frozen=True)
class Progress:
    """Where the calculation stands. ``unassigned`` counts seats no list could take (P 10)."""

    seats: int
    quota: mpq
    total_votes: mpz
    standings: tuple[Standing, ...]
    residual_seats: int
    steps: tuple[Step, ...] = ()
    unassigned: int = 0

    def record(self, step: Step, changed: tuple[Standing, ...]) -> Progress:
        """The progress after ``step``, which changed the standings in ``changed``."""
        standings = self.standings
        for standing in changed:
            standings = replace_standing(standings, standing)
        return replace(self, standings=standings, steps=(*self.steps, step))

    @property
    def assigned(self) -> int:
        """Seats held by lists now."""
        return sum(s.seats for s in self.standings)
