"""Shared helpers for benchmark sections: timing by median of repeats, peak memory, the Figure row."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure, with the peer or floor measured in the same run (if any)."""

    section: str
    what: str
    ours_s: float
    peer_s: float | None = None
    peer_name: str = ""
    note: str = ""

    def ratio(self) -> str:
        if self.peer_s is None or self.peer_s == 0:
            return ""
        return f"{self.ours_s / self.peer_s:.2f}×"

    def text(self) -> str:
        peer = f"; {self.peer_name} {fmt(self.peer_s)} ({self.ratio()})" if self.peer_s else ""
        note = f"  [{self.note}]" if self.note else ""
        return f"{self.what}: {fmt(self.ours_s)}{peer}{note}"

    def row(self) -> str:
        peer = f"{self.peer_name} {fmt(self.peer_s)}" if self.peer_s is not None else "—"
        return f"| {self.section} | {self.what} | {fmt(self.ours_s)} | {peer} | {self.ratio()} | {self.note} |"


def fmt(seconds: float | None) -> str:
    """Seconds in a readable unit."""
    if seconds is None:
        return "—"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def median_time(func: Callable[[], object], repeats: int = 5, inner: int = 1) -> float:
    """Median wall time of ``func`` over ``repeats`` runs (each of ``inner`` calls), per call."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(inner):
            func()
        samples.append((time.perf_counter() - start) / inner)
    return statistics.median(samples)


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
