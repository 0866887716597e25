"""``make fuzz``: a seeded loop of many mutants through every reader and command (issue 12 E).

``python -m tests.fuzz.campaign --cases 20000 --seed 1 --jobs 2 --timeout 60`` runs cases
``0 … cases−1`` of campaign ``seed`` in ``jobs`` worker processes, each case under its own time
limit (in the worker, and a watchdog in the parent for a hang the worker cannot interrupt), and
prints every finding with the seed and index that reproduce it (``--case N`` reruns one). Exit 0
when there is none. Needs the real files in ``../shared`` (``UITSLAG_SHARED``).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from collections import Counter
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

from tests.fuzz.targets import SHARED, Base, Finding, corpus, one_case

_BASES: list[Base] = []


def _init(heavy: bool) -> None:
    """Each worker: the corpus once (and the tiny 110b, generated into a temporary folder)."""
    from fixtures.generate.chain import generate

    folder = Path(tempfile.mkdtemp(prefix="uitslag-fuzz-"))
    tiny = next(p for p in generate("tiny", 1, folder) if p.name.startswith("Stembureaus"))
    _BASES[:] = corpus(tiny, heavy=heavy)


def _work(seed: int, index: int, timeout: float) -> tuple[int, list[Finding], str]:
    findings, reason = one_case(_BASES, seed, index, timeout)
    return index, findings, reason


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.campaign", description=__doc__)
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    parser.add_argument("--case", type=int, help="run only this case (to reproduce a finding)")
    parser.add_argument("--heavy", action="store_true", help="also mutate the 3.4 MB TK2021 510d")
    return parser.parse_args(argv)


def _run(args: argparse.Namespace, indexes: list[int]) -> list[Finding]:
    """Every case, ``jobs`` at a time; a case the worker cannot stop is a hang, and its pool is
    replaced."""
    findings: list[Finding] = []
    pending = list(reversed(indexes))
    done = 0
    started = time.monotonic()
    while pending:
        with Pool(args.jobs, _init, (args.heavy,), maxtasksperchild=500) as pool:
            window: list[tuple[int, float, AsyncResult[tuple[int, list[Finding], str]]]] = []
            while pending or window:
                while pending and len(window) < 2 * args.jobs:
                    index = pending.pop()
                    call = pool.apply_async(_work, (args.seed, index, args.timeout))
                    window.append((index, time.monotonic(), call))
                index, since, call = window.pop(0)
                try:
                    _, found, _ = call.get(
                        timeout=max(1.0, args.timeout * 2 - (time.monotonic() - since))
                    )
                except multiprocessing.TimeoutError:
                    findings.append(
                        Finding("hang", f"{args.seed}:{index}", "the worker did not return")
                    )
                    pending += [i for i, _, _ in window]
                    pool.terminate()
                    break
                findings += found
                done += 1
                if done % 1000 == 0:
                    rate = done / (time.monotonic() - started)
                    print(f"{done} cases, {len(findings)} findings, {rate:.1f} cases/s", flush=True)
    return findings


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; print the findings and a summary."""
    args = _arguments(argv)
    if not (SHARED / "data" / "TK2021").exists():
        print(f"fuzz: the real files are not at {SHARED} (set UITSLAG_SHARED)", file=sys.stderr)
        return 2
    indexes = [args.case] if args.case is not None else list(range(args.cases))
    started = time.monotonic()
    findings = _run(args, indexes)
    for finding in findings:
        print(f"{finding.kind.upper()} {finding.case}\n  {finding.detail.strip()}")
    seconds = time.monotonic() - started
    kinds = Counter(f.kind for f in findings)
    print(
        f"fuzz: {len(indexes)} cases (seed {args.seed}) in {seconds:.0f} s, "
        f"{len(findings)} findings {dict(kinds)}"
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
