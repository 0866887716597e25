"""The fuzz targets: every reader, the streaming 510 reader against the careful one, and the
commands ``eml check``, ``eml validate``, ``result``, ``tabulate``, ``hash`` and ``allocate`` run
in-process on one mutant. A case yields findings; none is the pass.

Findings: ``exception`` (a reader raised something other than :class:`UserError`), ``exit`` (a
command exited 70, or with a code it never gives), ``disagree`` (the two 510 readers differ on
accept/refuse, on the total or on the problems), ``hang`` (the case ran past its time). Every
item of issue 12 is fixed, so nothing is counted apart any more: a cut-off 510 the streaming pass
accepts with a schema (12 A) and an ``allocate`` document past that command's limits (12 E) are
findings like any other. The
corpus is the real West Maas en Waal 2022 and Tweede Kamer 2021 files in ``../shared`` (and the
tiny generated 110b: no real one is published); the mutants live only in memory and a temporary
folder.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import signal
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from kieskring.cli import main
from kieskring.eml.fingerprint import fingerprint
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_110b import read_110b
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from kieskring.eml.stream_510 import CountTotals, read_510_totals, stream_510
from kieskring.eml.unit_scan import Unusual
from kieskring.eml.validate import schema_for
from kieskring.errors import Problem, UserError
from tests.conftest import SHARED
from tests.fuzz.mutate import mutate_eml, mutate_json

WMW = SHARED / "data" / "GR2022_WestMaasenWaal"
TK = SHARED / "data" / "TK2021"
XSD = SHARED / "eml_nl" / "v1.2.2" / "xsd"
CREATED = "2029-03-23T12:00:00"


@dataclass(frozen=True)
class Base:
    """One corpus file: its role (message), path and the commands a mutant of it goes through."""

    name: str
    path: Path
    message: str
    commands: tuple[tuple[str, ...], ...]
    """``uitslag`` argument lists; ``{m}`` is the mutant's path."""
    weight: int = 1


def corpus(tiny_110b: Path | None = None, *, heavy: bool = False) -> list[Base]:
    """The real files and the commands for a mutant of each (``heavy``: also the 3.4 MB 510d)."""
    wmw_lists, wmw_count = (
        WMW / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml",
        WMW / ("Telling_GR2022_WestMaasenWaal.eml.xml"),
    )
    tk_lists = TK / "Kandidatenlijsten_TK2021_Rotterdam.eml.xml"
    check, hash_ = ("eml", "check", "{m}"), ("hash", "{m}")
    bases = [
        Base("wmw-510b", wmw_count, "510b", (
            check, hash_, ("eml", "validate", "--schemas", str(XSD), "{m}", str(wmw_lists)),
            ("result", "--seats", "17", "--candidates", str(wmw_lists), "--counts", "{m}"),
            ("tabulate", "--authority", "HSB6", "--contest", "6", "--created", CREATED, "{m}"),
        ), 4),
        Base("wmw-230b", wmw_lists, "230b", (
            check, hash_, ("eml", "validate", "--schemas", str(XSD), "{m}"),
            ("result", "--seats", "17", "--candidates", "{m}", "--counts", str(wmw_count)),
        ), 2),
        Base("wmw-520", WMW / "Resultaat_GR2022_WestMaasenWaal.eml.xml", "520", (
            check, hash_, ("eml", "validate", "--schemas", str(XSD), "{m}", str(wmw_count)),
        ), 1),
        Base("tk-110a", TK / "Verkiezingsdefinitie_TK2021.eml.xml", "110a", (
            ("eml", "check", "{m}", str(tk_lists)), hash_,
            ("eml", "validate", "--schemas", str(XSD), "{m}", str(tk_lists)),
        ), 1),
        Base("tk-230b", tk_lists, "230b", (check, hash_), 1),
        Base("tk-510c", TK / "Telling_TK2021_kieskring_Rotterdam.eml.xml", "510c", (
            check, hash_, ("eml", "validate", "--schemas", str(XSD), "{m}", str(tk_lists)),
            ("tabulate", "--authority", "CSB", "--contest", "alle", "--created", CREATED, "{m}"),
            ("result", "--seats", "150", "--candidates", str(tk_lists), "--counts", "{m}"),
        ), 3),
        Base("tk-520", TK / "Resultaat_TK2021.eml.xml", "520", (check, hash_), 1),
    ]  # fmt: skip
    if tiny_110b is not None:
        bases.append(Base("tiny-110b", tiny_110b, "110b", (check, hash_), 1))
    if heavy:
        bases.append(Base("tk-510d", TK / "Totaaltelling_TK2021.eml.xml", "510d", (check,), 1))
    return bases


ALLOCATE_DOCS: dict[str, str] = {
    "gr": json.dumps({
        "seats": 17, "category": "GR",
        "lists": [
            {"number": 1, "name": "A", "candidates": [{"number": 1, "votes": 540}, {"number": 2, "votes": 12}]},
            {"number": 2, "votes": 160, "candidate_count": 3},
            {"number": 3, "candidates": [{"number": 1, "votes": 90}, {"number": 4, "votes": 90}]},
        ],
        "deceased": [{"list": 1, "candidate": 2}], "lots": [],
    }),
    "tk": json.dumps({
        "seats": 150, "category": "TK", "law_36641": False,
        "lists": [{"number": n, "votes": v, "candidate_count": 30}
                  for n, v in enumerate([2279130, 1565861, 1066468, 1573233, 623371, 597192, 537308], 1)],
        "lots": [],
    }),
    "ep": json.dumps({
        "seats": 5, "category": "EP",
        "lists": [{"number": 1, "candidates": [{"number": 1, "votes": 10}, {"number": 2, "votes": 10}]},
                  {"number": 2, "candidates": [{"number": 1, "votes": 10}, {"number": 2, "votes": 10}]}],
        "lots": [1, {"list": 1, "candidate": 2}],
    }),
}  # fmt: skip


@dataclass(frozen=True)
class Finding:
    """One failed property of one case."""

    kind: str
    case: str
    detail: str


class Timeout(Exception):
    """The case ran past its time (a hang, as far as the campaign is concerned)."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`Timeout` in this (main) thread after ``seconds``."""

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise Timeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


READERS: dict[str, Callable[[Path], object]] = {
    "110a": read_110a, "110b": read_110b, "230b": read_230b, "520": read_520, "510b": read_510,
    "510c": read_510, "510d": read_510,
}  # fmt: skip


def _unexpected(err: BaseException) -> str:
    lines = traceback.format_exception(err)
    return "".join(lines[-4:])[-800:]


def check_reader(base: Base, path: Path, case: str) -> list[Finding]:
    """The base's own reader and the fingerprint: a result or a :class:`UserError`."""
    found: list[Finding] = []
    for name, action in (
        ("reader", lambda: READERS[base.message](path)),
        ("fingerprint", lambda: fingerprint(path.read_bytes(), str(path))),
    ):
        try:
            action()
        except UserError:
            pass
        except Timeout:
            raise
        except Exception as err:  # any other exception is the finding
            found.append(Finding("exception", case, f"{name}: {_unexpected(err)}"))
    return found


Outcome = CountTotals | tuple[str, ...]


def _codes(problems: tuple[Problem, ...]) -> tuple[str, ...]:
    return tuple(sorted({p.code for p in problems}))


def _careful(path: Path) -> Outcome:
    try:
        count = read_510(path)
    except UserError as err:
        return _codes(err.problems)
    return CountTotals(count.model_copy(update={"units": ()}), tuple(u.id for u in count.units), ())


def check_readers_agree(path: Path, case: str, schema: Any = None) -> list[Finding]:
    """The streaming 510 reader against the careful one: the same accept/refuse, total, units and
    problems; its fast path (without falling back) only ever accepts what the careful one accepts,
    with the same total."""
    careful = _careful(path)
    try:
        streamed: Outcome = read_510_totals(path)
    except UserError as err:
        streamed = _codes(err.problems)
    found = []
    if not _same(careful, streamed):
        found.append(
            Finding("disagree", case, f"careful {_show(careful)} ≠ streamed {_show(streamed)}")
        )
    try:
        fast: Outcome | None = stream_510(path.read_bytes(), str(path), schema=schema)
    except (Unusual, UserError):
        fast = None
    if fast is not None and not _same(careful, fast):
        detail = f"careful {_show(careful)} ≠ fast path {_show(fast)}"
        found.append(Finding("disagree", case, detail))
    return found


def _same(careful: Outcome, other: Outcome) -> bool:
    if isinstance(careful, tuple) or isinstance(other, tuple):
        return careful == other
    return (careful.count.total, careful.unit_ids, careful.count.identity) == (
        other.count.total,
        other.unit_ids,
        other.count.identity,
    )


def _show(outcome: Outcome) -> str:
    if isinstance(outcome, tuple):
        return f"refused {outcome}"
    return f"accepted (E={outcome.count.total.total_counted}, {len(outcome.unit_ids)} units)"


ALLOWED_EXITS = {0, 1, 3}


def run_cli(args: list[str], case: str) -> list[Finding]:
    """``uitslag args`` in-process: exit 0, 1 or 3, never 70 (nor an escaping exception)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
    except Timeout:
        raise
    except BaseException as exc:  # SystemExit included: main must return
        return [Finding("exit", case, f"uitslag {' '.join(args[:3])}: {_unexpected(exc)}")]
    if code not in ALLOWED_EXITS:
        tail = err.getvalue()[-600:]
        return [Finding("exit", case, f"uitslag {' '.join(args[:3])} → {code}: {tail}")]
    return []


def eml_case(base: Base, seed: str, folder: Path) -> list[Finding]:
    """One mutant of ``base`` through its reader, the 510 comparison (the fast path with the
    schema half of the time, as ``verify`` runs it) and one of its commands."""
    rng = random.Random(seed)
    mutant = mutate_eml(base.path.read_bytes(), rng)
    path = folder / f"mutant-{base.name}.eml.xml"
    path.write_bytes(mutant)
    case = f"{base.name} {seed}"
    found = check_reader(base, path, case)
    if base.message.startswith("510"):
        schema = schema_for(base.message, XSD) if rng.random() < 0.5 else None
        found += check_readers_agree(path, case, schema)
    command = [a.replace("{m}", str(path)) for a in rng.choice(base.commands)]
    if command[0] in ("result", "tabulate"):
        command += ["--out", str(folder / ("uit" if command[0] == "result" else "uit.xml"))]
    return found + run_cli(command, case)


def allocate_case(name: str, seed: str, folder: Path) -> tuple[list[Finding], str]:
    """One mutant of an allocate document through ``allocate`` (plain, --jsonl or --explain);
    returns the findings (and no reason to count it apart: the second value stays ``""``)."""
    rng = random.Random(seed)
    text = mutate_json(ALLOCATE_DOCS[name], rng)
    path = folder / "mutant.json"
    path.write_text(text, encoding="utf-8", errors="replace")
    flags = rng.choice([[], ["--jsonl"], ["--explain"]])
    return run_cli(["allocate", str(path), *flags], f"allocate-{name} {seed}"), ""


def one_case(bases: list[Base], seed: int, index: int, timeout: float) -> tuple[list[Finding], str]:
    """Case ``index`` of campaign ``seed``: an EML mutant (9 in 10) or an allocate document."""
    rng = random.Random(f"{seed}:{index}")
    case_seed = f"{seed}:{index}:{rng.random()}"
    with tempfile.TemporaryDirectory() as tmp, time_limit(timeout):
        try:
            if rng.random() < 0.9:
                base = rng.choices(bases, weights=[b.weight for b in bases])[0]
                return eml_case(base, case_seed, Path(tmp)), ""
            return allocate_case(rng.choice(sorted(ALLOCATE_DOCS)), case_seed, Path(tmp))
        except Timeout:
            return [Finding("hang", f"{seed}:{index}", f"longer than {timeout} s")], ""
