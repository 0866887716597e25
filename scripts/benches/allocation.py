"""Seat allocation: time per allocation for a 17-seat council, a 45-seat council (30 lists x 50
candidates) and the 150-seat national level, beside votelib (the Python reference for D'Hondt and
largest remainders, without the Dutch rules) on the same votes; and `uitslag allocate --jsonl` on
300 councils in one process."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
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


def run(quick: bool) -> list[Figure]:
    rng = random.Random(1)
    repeats = 3 if quick else 7
    return [
        compare("17 seats, 10 lists x 30 candidates", council(rng, 17, 10, 30), repeats),
        compare("45 seats, 30 lists x 50 candidates", council(rng, 45, 30, 50), repeats),
        compare("150 seats national level, 37 lists (TK)", national(rng), repeats),
        batch(60 if quick else 300),
    ]
