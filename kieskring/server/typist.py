"""One simulated typist of the dress rehearsal (``uitslag rehearse``), in its own process: the same client
code as the app (:func:`kieskring.app.api.connect_server`), entering its stations section by section
over the network — its first entries, and the second entries of its neighbour's stations as soon as
their first entry is finished — and timing every section save.

``python -m kieskring.server.typist JOB.json`` reads a :class:`Job` and writes its :class:`Tally` as
JSON to ``job.out``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from kieskring.app.api import AppApi, connect_server
from kieskring.app.api.http_transport import RetryPolicy
from kieskring.app.api.typist import SectionStatus
from kieskring.errors import UserError

Paper = dict[str, dict[str, int | None]]
T = TypeVar("T")
READY = ("2e invoer starten", "Verder met je invoer")
POLL = 2.0
"""Seconds between two looks at a station whose first entry is not finished yet."""
STALLED = 900.0
"""A typist that waited this long for its neighbour gives up (the rehearsal then fails)."""


@dataclass(frozen=True)
class Job:
    """What one typist process does."""

    url: str
    fingerprint: str
    workstation: str
    username: str
    password: str
    first: tuple[int, ...]
    second: tuple[int, ...]
    papers: Mapping[str, Paper]
    """By station number (as text): the paper of the first entry."""
    second_papers: Mapping[str, Paper]
    """Where the second entry types something else (a planted difference)."""
    pace: float
    out: str


@dataclass
class Tally:
    """What the typist saw: confirmed saves, the save requests' latencies, retries that found their
    request applied, entries finished."""

    saves: int = 0
    requests: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    already_applied: int = 0
    finished: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _applied(err: UserError) -> bool:
    return any(p.code == "NET.ALREADY_APPLIED" for p in err.problems)


class Typist:
    """Types the papers of a job through one interface object."""

    def __init__(self, api: AppApi, job: Job, tally: Tally) -> None:
        self.api = api
        self.job = job
        self.tally = tally

    def call(self, action: Callable[[], T]) -> T | None:
        """One call; ``None`` when its answer was lost but the server applied it."""
        try:
            return action()
        except UserError as err:
            if not _applied(err):
                raise
            self.tally.already_applied += 1
            return None

    def save(self, station: int, key: str, values: dict[str, int | None]) -> None:
        """Save one section as a typist does: acknowledge what the findings box asks for."""
        for acknowledged in (False, True):
            start = time.perf_counter()
            result = self.call(partial(self.api.save_section, station, key, values, acknowledged))
            self.tally.latencies_ms.append((time.perf_counter() - start) * 1000)
            self.tally.requests += 1
            if result is None or result.saved:
                self.tally.saves += 1
                return
            if not result.needs_acknowledgement:
                break
        raise RuntimeError(f"section {key} of station {station} was not saved")

    def enter(self, station: int, paper: Paper) -> None:
        """One whole entry: open, every section, finish."""
        opened = self.call(lambda: self.api.open_entry(station))
        todo = (SectionStatus.NOT_STARTED, SectionStatus.TO_RETYPE)
        done = set() if opened is None else {s.key for s in opened.sections if s.status not in todo}
        for key, values in paper.items():
            if key in done:
                continue
            self.save(station, key, values)
            if self.job.pace:
                time.sleep(self.job.pace)
        self.call(lambda: self.api.finish_entry(station))
        self.tally.finished.append(station)

    def ready(self, station: int) -> bool:
        """Whether the second entry of ``station`` can start (its first entry is finished)."""
        lookup = self.api.find_station(station)
        return lookup.can_start and lookup.action.nl in READY

    def run(self) -> None:
        """First entries in order; a neighbour's station as soon as it waits for its second entry
        (looking again every :data:`POLL` seconds, giving up after :data:`STALLED`)."""
        job = self.job
        firsts, seconds = deque(job.first), deque(job.second)
        waiting_since = time.monotonic()
        while firsts or seconds:
            if firsts:
                number = firsts.popleft()
                self.enter(number, job.papers[str(number)])
                waiting_since = time.monotonic()
            if seconds and self.ready(seconds[0]):
                number = seconds.popleft()
                paper = job.second_papers.get(str(number), job.papers[str(number)])
                self.enter(number, paper)
                waiting_since = time.monotonic()
            elif seconds and not firsts:
                if time.monotonic() - waiting_since > STALLED:
                    raise RuntimeError(f"station {seconds[0]} never became ready for a 2nd entry")
                time.sleep(POLL)


def run_job(job: Job) -> Tally:
    """Log in and type the job (a failure is noted in the tally, not raised)."""
    tally = Tally()
    api = connect_server(
        job.url,
        job.fingerprint,
        job.workstation,
        allow_network=True,
        retry=RetryPolicy(total_seconds=120.0),
    )
    try:
        for _ in range(3):
            try:
                api.login(job.username, job.password)
                break
            except UserError as err:
                if not _applied(err):
                    raise
        Typist(api, job, tally).run()
    except (UserError, RuntimeError) as err:
        tally.failures.append(str(err))
    finally:
        api.close()
    return tally


def load_job(path: Path) -> Job:
    """A job written by the rehearsal."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data["first"], data["second"] = tuple(data["first"]), tuple(data["second"])
    return Job(**data)


def write_job(job: Job, path: Path) -> None:
    """Write ``job`` for a typist process."""
    path.write_text(json.dumps(asdict(job)), encoding="utf-8")


def summary(tally: Tally) -> str:
    """One line about a tally."""
    median = statistics.median(tally.latencies_ms) if tally.latencies_ms else 0.0
    return f"{tally.saves} saves, median {median:.1f} ms, {len(tally.finished)} entries"


def main(argv: list[str] | None = None) -> int:
    """``python -m kieskring.server.typist JOB.json``."""
    args = sys.argv[1:] if argv is None else argv
    job = load_job(Path(args[0]))
    tally = run_job(job)
    Path(job.out).write_text(json.dumps(asdict(tally)), encoding="utf-8")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
