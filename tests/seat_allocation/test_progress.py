"""The trace of steps (seat_allocation.progress): immutable at the boundary, recorded in constant
work per step (issue 12 E: copying every step on every seat made 40,000 seats take a minute; the
speed itself is shown in ``scripts/benches/allocation.py``, never timed here)."""

from __future__ import annotations

from seat_allocation.quota import distribute_full_seats
from seat_allocation.steps import Step, StepKind
from tests.seat_allocation.helpers import bare, election, run


def exhaustion_step(selected: int) -> Step:
    return Step(StepKind.LIST_EXHAUSTION, "P 10", None, (), selected)


def test_recording_shares_the_steps_before_instead_of_copying_them() -> None:
    start = distribute_full_seats(election(3, [bare(1, 30), bare(2, 20)]))
    first = start.record(exhaustion_step(1), ())
    second = first.record(exhaustion_step(2), ())
    assert second.trail is not None and first.trail is not None
    assert second.trail.before is first.trail, "the earlier steps are shared, not copied"
    assert second.trail.length == 2
    assert second.last_step == exhaustion_step(2)


def test_steps_stay_an_immutable_tuple_in_order_and_earlier_progress_is_unchanged() -> None:
    start = distribute_full_seats(election(3, [bare(1, 30), bare(2, 20)]))
    first = start.record(exhaustion_step(1), ())
    second = first.record(exhaustion_step(2), ())
    assert start.steps == ()
    assert first.steps == (exhaustion_step(1),)
    assert second.steps == (exhaustion_step(1), exhaustion_step(2))
    assert isinstance(second.steps, tuple)


def test_a_step_per_seat_over_thousands_of_seats_is_whole_and_in_order() -> None:
    """2,000 seats, V = 200,003, Q = 200,003/2,000 = 100.0015. P 6: list 1 (200,000 votes, 10
    candidates) 1,999 full seats (200,000/Q = 1,999.97); list 2 (3 votes, 2,000 candidates) none.
    P 7 (≥ 19 seats): averages 200,000/2,000 = 100 against 3/1: the one residual seat to list 1.
    P 10: list 1 has 10 candidates for 2,000 seats and hands back 1,990, one step each; continued
    P 7 gives every one to list 2, the only list with candidates left: residual seats 2 … 1,991."""
    result = run(2000, [bare(1, 200_000, 10), bare(2, 3, 2000)])
    steps = result.progress.steps
    removals = [s for s in steps if s.kind is StepKind.LIST_EXHAUSTION]
    assert len(removals) == 1990
    numbers = [s.residual_seat_number for s in steps if s.residual_seat_number is not None]
    assert numbers == list(range(1, len(numbers) + 1))
    assert {s.number: s.seats for s in result.progress.standings} == {1: 10, 2: 1990}
    assert result.progress.trail is not None and result.progress.trail.length == len(steps)
