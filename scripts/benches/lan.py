"""Several workstations in one room (issue 14): ``uitslag rehearse`` with 30 typists at Amsterdam size —
600 stations entered twice, 30 lists × 50 candidates, every typist in its own process, each section saved
over HTTPS (TLS, pinned) to ``uitslag serve`` on 127.0.0.1. Aims: p99 of a section save < 200 ms, server
memory < 300 MB.

The typists pause ``PACE`` seconds after each section: 30 typists then offer about 30 saves a second,
some 30 times what a real room does (a list page takes a person a minute or more), yet below what the
one database worker can do, so the latencies show the server under heavy load rather than an endless
queue. The floor is the same section save on one laptop (``open_local``: the same services and JSON,
no network, no other typists), measured in this run.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benches.common import Figure

ROOT = Path(__file__).resolve().parents[2]
PACE = 1.0


def local_floor(size: str) -> float:
    """Median seconds of a section save on one laptop at ``size`` (two stations, every section)."""
    from argon2 import PasswordHasher
    from argon2.low_level import Type

    from fixtures.generate import generate
    from kieskring.app.api import open_local
    from kieskring.server.rehearsal import papers, set_up

    folder = Path(tempfile.mkdtemp(prefix="bench-lan-"))
    generate(size, 1, folder / "verkiezing")
    cheap = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1, type=Type.ID)
    api = open_local(folder / "gsb.sqlite", workstation="bench", hasher=cheap)
    passwords = set_up(api, folder / "verkiezing", 2, signing_key=False)
    wanted = papers(folder / "verkiezing")
    api.login("invoerder01", passwords["invoerder01"])
    samples = []
    for station in sorted(wanted)[:2]:
        api.open_entry(station)
        for key, values in wanted[station].items():
            start = time.perf_counter()
            api.save_section(station, key, values, True)
            samples.append(time.perf_counter() - start)
    api.close()
    return statistics.median(samples)


def rehearse(size: str, clients: int, pace: float) -> tuple[list[str], float]:
    """Run ``uitslag rehearse``; its output lines and wall time."""
    folder = Path(tempfile.mkdtemp(prefix="bench-lan-")) / "zaal"
    options = ["--clients", str(clients), "--size", size, "--pace", str(pace)]
    command = [sys.executable, "-m", "kieskring.cli", "rehearse", str(folder), *options]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    seconds = time.perf_counter() - start
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0:
        raise RuntimeError(
            f"rehearse failed ({done.returncode}): {lines[-5:]} {done.stderr[-2000:]}"
        )
    return lines, seconds


def run(quick: bool) -> list[Figure]:
    size, clients, pace = ("wmw", 4, 0.0) if quick else ("amsterdam", 30, PACE)
    floor = local_floor(size)
    lines, seconds = rehearse(size, clients, pace)
    found = re.fullmatch(r"saves (\d+) · section save p50 ([\d.]+) ms · p99 ([\d.]+) ms", lines[-1])
    if found is None:
        raise RuntimeError(f"unexpected last line: {lines[-1]}")
    saves, p50, p99 = int(found[1]), float(found[2]) / 1000, float(found[3]) / 1000
    server = next(line for line in lines if line.startswith("Server: "))
    entry, peak = re.findall(r"(\d+) MiB", server)
    what = f"{size}, {clients} typists over HTTPS, pause {pace:g} s per section"
    return [
        Figure(
            "lan",
            f"section save p50 ({what})",
            p50,
            floor,
            "one laptop (open_local)",
            note=f"{saves} saves",
        ),
        Figure(
            "lan",
            f"section save p99 ({what})",
            p99,
            floor,
            "one laptop (open_local)",
            note="aim < 200 ms",
        ),
        Figure(
            "lan",
            f"uitslag rehearse, whole ({what})",
            seconds,
            note=f"{saves / seconds:.1f} saves/s over the run; server memory while typing {entry} MiB "
            f"(aim < 300 MB), peak with the 510b and Na 31-2 at the end {peak} MiB",
        ),
    ]
