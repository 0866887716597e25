"""The kiesdeler (Kieswet P 5) and the full seats (Kieswet P 6).

``Q = V / S`` exactly; with no votes at all ``Q = 0`` and no list gets a seat (seat-allocation.md
§2.2, Abacus). ``full = floor(v / Q)``; the remainder ``v − full·Q`` is fixed here for good; a list
meets the P 8 lid 2 threshold when ``v ≥ 3/4·Q`` (total votes, inclusive).
"""

from __future__ import annotations

from gmpy2 import mpq, mpz

from seat_allocation.election import Election
from seat_allocation.progress import Progress
from seat_allocation.rules import Rules
from seat_allocation.standing import Standing


def quota(total_votes: mpz, seats: int) -> mpq:
    """Kieswet P 5: the sum of the stemcijfers divided by the number of seats (0 without votes)."""
    if total_votes == 0:
        return mpq(0)
    return mpq(total_votes, seats)


def full_seats(votes: mpz, total_votes: mpz, seats: int) -> int:
    """Kieswet P 6: how often the kiesdeler fits wholly into the stemcijfer."""
    if total_votes == 0:
        return 0
    return int((votes * seats) // total_votes)


def initial_standing(
    number: int, votes: mpz, alive: int, q: mpq, total_votes: mpz, seats: int, rules: Rules
) -> Standing:
    """A list after P 6, with its remainder (P 8 lid 1) and the thresholds it meets."""
    full = full_seats(votes, total_votes, seats)
    threshold = q * rules.remainder_threshold_numerator / mpq(rules.remainder_threshold_denominator)
    return Standing(
        number=number,
        votes=votes,
        alive=alive,
        full_seats=full,
        residual_seats=0,
        remainder=mpq(votes) - full * q,
        meets_threshold=votes >= threshold,
        reaches_quota=votes >= q,
    )


def distribute_full_seats(election: Election) -> Progress:
    """Kieswet P 5 and P 6 for every list; the rest are residual seats."""
    total = mpz(0)
    for lst in election.lists:
        total += lst.votes
    q = quota(total, election.seats)
    standings = tuple(
        initial_standing(
            lst.number,
            lst.votes,
            lst.candidate_count - len(election.deceased_on(lst.number)),
            q,
            total,
            election.seats,
            election.rules,
        )
        for lst in election.lists
    )
    residual = election.seats - sum(s.full_seats for s in standings)
    return Progress(election.seats, q, total, standings, residual)
