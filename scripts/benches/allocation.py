"""Seat allocation: time per allocation for a 17-seat council, a 45-seat council (30 lists x 50
candidates) and the 150-seat national level, beside votelib (the Python reference for D'Hondt and
largest remainders, without the Dutch rules) on the same votes; `uitslag allocate --jsonl` on
300 councils in one process; and absurdly many seats (the contract's limit of 10,000, and 40,000),
where the trace of one step per seat must grow linearly: the floor for 40,000 seats is four times
the 10,000-seat time measured in the same run (before recording became linear, 40,000 seats took
54 s and 2.35 GB, issue 12 E)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from gmpy2 import mpz

from benches.common import Figure, median_time
from seat_allocation.allocate import allocate
from seat_allocation.election import CandidateVotes, Election, ListVotes
from seat_allocation.rules import Category, Rules

ROOT = Path(__file__).resolve().parents[2]


def council(rng: random.Random, seats: int, lists: int, candidates: int) -> Election:
    """A council with skewed candidate votes (the list leader takes most)."""
    built = []
    for number in range(1, lists + 1):
        size = rng.randint(200, 8000)
        votes = [size // 2] + [rng.randint(0, size // (4 * i + 4)) for i in range(candidates - 1)]
        built.append(
            ListVotes.from_candidates(
                number, tuple(CandidateVotes(i + 1, mpz(v)) for i, v in enumerate(votes))
            )
        )
    return Election(seats, Rules.for_category(Category.GR), tuple(built))


def national(rng: random.Random) -> Election:
    """150 seats, 37 lists by stemcijfer (as the TK national level), P 7 lid 2."""
    lists = tuple(ListVotes(n, mpz(rng.randint(5_000, 2_300_000)), 80) for n in range(1, 38))
    return Election(150, Rules.for_category(Category.TK), lists)


def peer(election: Election) -> object:
    """votelib's closest method: largest remainders (Hare) below 19 seats, D'Hondt otherwise."""
    from votelib.evaluate.proportional import HighestAverages, LargestRemainder

    votes = {str(lst.number): int(lst.votes) for lst in election.lists}
    method = HighestAverages("d_hondt") if election.seats >= 19 else LargestRemainder("hare")
    return lambda: method.evaluate(votes, election.seats)


def compare(what: str, election: Election, repeats: int) -> Figure:
    ours = median_time(lambda: allocate(election), repeats=repeats, inner=5)
    try:
        theirs = median_time(peer(election), repeats=repeats, inner=5)  # type: ignore[arg-type]
        name = "votelib"
    except ImportError:
        theirs, name = None, ""
    note = "ours includes P 9/P 10 checks, candidate nomination and the full trace"
    return Figure("allocation", what, ours, theirs, name, note)


def batch(count: int) -> Figure:
    """`uitslag allocate --jsonl -` on ``count`` councils in one process, per council."""
    rng = random.Random(7)
    lines = []
    for _ in range(count):
        e = council(
            rng,
            rng.choice([9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 45]),
            rng.randint(3, 15),
            30,
        )
        lists = [
            {
                "number": lst.number,
                "candidates": [
                    {"number": c.number, "votes": int(c.votes)} for c in lst.candidates or ()
                ],
            }
            for lst in e.lists
        ]
        lines.append(json.dumps({"seats": e.seats, "lists": lists}))
    data = "\n".join(lines).encode()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kieskring.cli", "allocate", "--jsonl", "-"],
        input=data,
        capture_output=True,
        check=True,
    )
    per = (time.perf_counter() - start) / count
    return Figure(
        "allocation",
        f"uitslag allocate --jsonl, {count} councils in one process (per council)",
        per,
        note="includes interpreter start-up, JSON in and out",
    )


def many_seats(seats: int) -> Election:
    """``seats`` seats: list 1 has nearly all votes but 10 candidates, so it hands back nearly every
    seat one by one (P 10) and ten small lists take them one by one: two trace steps per seat."""
    small = max(1, seats // 10)
    lists = (
        ListVotes(1, mpz(100 * seats), 10),
        *(ListVotes(n, mpz(n), small) for n in range(2, 12)),
    )
    return Election(seats, Rules.for_category(Category.GR), lists)


def peak_mib(func: object) -> float:
    """Peak Python memory of one call, in MiB (tracemalloc)."""
    tracemalloc.start()
    func()  # type: ignore[operator]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def large(repeats: int) -> list[Figure]:
    """10,000 and 40,000 seats; the floor for 40,000 is the 10,000-seat time x 4 (linear)."""
    ten = many_seats(10_000)
    forty = many_seats(40_000)
    t10 = median_time(lambda: allocate(ten), repeats=repeats)
    t40 = median_time(lambda: allocate(forty), repeats=repeats)
    m40 = peak_mib(lambda: allocate(forty))
    return [
        Figure(
            "allocation", "10,000 seats, 11 lists (the contract's limit), P 10 seat by seat", t10
        ),
        Figure(
            "allocation",
            "40,000 seats, 11 lists, P 10 seat by seat",
            t40,
            4 * t10,
            "10,000 seats x 4",
            f"linear floor; peak {m40:.0f} MiB (copying the trace per step: 4.1 s and 93 s)",
        ),
    ]


def run(quick: bool) -> list[Figure]:
    rng = random.Random(1)
    repeats = 3 if quick else 7
    return [
        compare("17 seats, 10 lists x 30 candidates", council(rng, 17, 10, 30), repeats),
        compare("45 seats, 30 lists x 50 candidates", council(rng, 45, 30, 50), repeats),
        compare("150 seats national level, 37 lists (TK)", national(rng), repeats),
        batch(60 if quick else 300),
        *large(1 if quick else 3),
    ]
