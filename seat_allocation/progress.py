"""The state of the seat distribution between steps: standings, steps so far, seats left over.

Recording a step is constant work: the steps are kept as a persistent chain (:class:`Trail`), each
link holding one step and the chain before it, so a new progress shares every step already recorded
instead of copying them (a copy per seat made 40,000 seats take a minute, issue 12 E). At the
boundary the steps are an immutable tuple (:attr:`Progress.steps`), built once per progress.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from gmpy2 import mpq, mpz

from seat_allocation.standing import Standing, replace_standing
from seat_allocation.steps import Step


@dataclass(frozen=True, eq=False)
class Trail:
    """The steps recorded so far, newest first: ``step``, then the trail before it. Two trails are
    equal when they hold equal steps (compared without recursion, however long)."""

    step: Step
    before: Trail | None
    length: int

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Trail):
            return NotImplemented
        return self is other or (self.length == other.length and self.steps() == other.steps())

    def __hash__(self) -> int:
        return hash(self.steps())

    def steps(self) -> tuple[Step, ...]:
        """Every step, oldest first."""
        out: list[Step] = []
        link: Trail | None = self
        while link is not None:
            out.append(link.step)
            link = link.before
        out.reverse()
        return tuple(out)


@dataclass(frozen=True)
class Progress:
    """Where the calculation stands. ``unassigned`` counts seats no list could take (P 10)."""

    seats: int
    quota: mpq
    total_votes: mpz
    standings: tuple[Standing, ...]
    residual_seats: int
    trail: Trail | None = field(default=None, repr=False)
    unassigned: int = 0

    def record(self, step: Step, changed: tuple[Standing, ...]) -> Progress:
        """The progress after ``step``, which changed the standings in ``changed``."""
        standings = self.standings
        for standing in changed:
            standings = replace_standing(standings, standing)
        length = self.trail.length + 1 if self.trail else 1
        return replace(self, standings=standings, trail=Trail(step, self.trail, length))

    @cached_property
    def steps(self) -> tuple[Step, ...]:
        """Every step so far, in order (Kieswet P 7–P 10), as an immutable tuple."""
        return self.trail.steps() if self.trail else ()

    @property
    def last_step(self) -> Step | None:
        """The most recent step, without building :attr:`steps`."""
        return self.trail.step if self.trail else None

    @property
    def assigned(self) -> int:
        """Seats held by lists now."""
        return sum(s.seats for s in self.standings)
