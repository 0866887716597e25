"""``uitslag allocate``: the seat allocation of one election (or many) from the JSON contract.

``uitslag allocate FILE`` (``-`` for stdin) prints the result object; ``--jsonl`` reads one
election per line and writes one result per line, a bad line giving ``{"status": "error"}`` while
the batch goes on; ``--explain`` prints the Dutch calculation instead of JSON. Exit codes: 0 done,
1 bad input (one line per problem on stderr), 3 a drawing of lots is required. Input larger than
``contract_in.MAX_INPUT_BYTES`` (per line with ``--jsonl``) is refused without being read whole.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from kieskring.allocation import contract_in
from kieskring.allocation.run import RunOutcome, run_text, to_json
from kieskring.cli.help import add_command
from kieskring.errors import Problem, UserError
from seat_allocation.allocate import Status
from seat_allocation.explain import explain

EXIT_LOTS = 3


def register(subparsers: Any) -> None:
    """Add ``allocate`` to the command line."""
    parser = add_command(
        subparsers,
        "allocate",
        summary="zetelverdeling en gekozen kandidaten uit een JSON-verkiezing (Kieswet hoofdstuk P)",
        description="Berekent de zetelverdeling en de gekozen kandidaten van één verkiezing (of,\n"
        "met --jsonl, van één verkiezing per regel) en schrijft het resultaat als JSON.\n"
        "Bij een gelijke stand die de wet aan het lot laat, stopt de berekening met code 3 en\n"
        'noemt de opties; geef de uitkomst van de loting mee in "lots" en draai opnieuw.',
        examples=(
            "uitslag allocate verkiezing.json",
            "uitslag allocate --explain verkiezing.json",
            "uitslag allocate --jsonl - < verkiezingen.jsonl",
        ),
        more="Invoer: het JSON-contract in de README; JSON Schema: docs/schemas/allocate-input.json\n"
        "(opnieuw maken: python scripts/json_schemas.py).",
    )
    parser.add_argument("file", metavar="BESTAND", help="JSON-bestand, of - voor standaardinvoer")
    parser.add_argument("--jsonl", action="store_true", help="één verkiezing per regel")
    parser.add_argument("--explain", action="store_true", help="de berekening in het Nederlands")
    parser.set_defaults(func=run)


@contextmanager
def open_input(name: str) -> Iterator[IO[bytes]]:
    """FILE or stdin as bytes (stdin is left open), with a clear problem when it cannot be read."""
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        yield buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8"))
        return
    try:
        with Path(name).open("rb") as stream:
            yield stream
    except OSError as err:
        raise UserError(
            (Problem("ALLOC.001", f"kan niet lezen: {err.strerror}", file=name),)
        ) from err


def too_large(name: str, line: int | None = None) -> Problem:
    """ALLOC.003: more than ``MAX_INPUT_BYTES`` for one election."""
    limit = contract_in.MAX_INPUT_BYTES
    return Problem(
        "ALLOC.003",
        f"invoer groter dan {limit} bytes voor één verkiezing; niet gelezen",
        f"input larger than {limit} bytes for one election; not read",
        file=label(name),
        place="" if line is None else str(line),
    )


def decode(data: bytes, name: str, line: int | None = None) -> str:
    """UTF-8 text, or ALLOC.002 naming the byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        message = f"geen UTF-8 (byte {err.start})"
        place = "" if line is None else str(line)
        raise UserError((Problem("ALLOC.002", message, "not UTF-8", label(name), place),)) from err


def read_input(name: str) -> str:
    """The text of FILE or stdin, read no further than the limit."""
    with open_input(name) as stream:
        data = stream.read(contract_in.MAX_INPUT_BYTES + 1)
    if len(data) > contract_in.MAX_INPUT_BYTES:
        raise UserError((too_large(name),))
    return decode(data, name)


def bounded_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; ``None`` for a line over the limit, skipped unread."""
    limit = contract_in.MAX_INPUT_BYTES
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(limit + 1)
            yield number, None
        else:
            yield number, line


def emit(outcome: RunOutcome, explain_text: bool, indent: int | None) -> None:
    """Print one outcome as JSON or as the Dutch explanation."""
    if explain_text and outcome.allocation is not None:
        sys.stdout.write(explain(outcome.allocation))
    else:
        sys.stdout.write(to_json(outcome, indent=indent) + "\n")


def batch_line(name: str, number: int, data: bytes | None) -> RunOutcome:
    """One line of a batch; an unreadable or oversized line is an error outcome."""
    if data is None:
        problem = too_large(name, number)
        return RunOutcome(None, (problem.message_nl,), problem.code)
    try:
        text = decode(data, name, number)
    except UserError as err:
        problem = err.problems[0]
        return RunOutcome(None, (problem.message_nl,), problem.code)
    return run_text(text) if text.strip() else RunOutcome(None, ())


def run_batch(name: str, explain_text: bool) -> int:
    """``--jsonl``: one election per non-empty line; errors are reported and the batch goes on."""
    failed = False
    with open_input(name) as stream:
        for number, data in bounded_lines(stream):
            outcome = batch_line(name, number, data)
            if outcome.allocation is None and not outcome.problems:
                continue  # an empty line
            if outcome.allocation is None:
                failed = True
                for problem in outcome.problems:
                    print(f"{label(name)}:{number}: {outcome.code} {problem}", file=sys.stderr)
            emit(outcome, explain_text, None)
    return 1 if failed else 0


def label(name: str) -> str:
    """How messages name the input."""
    return "stdin" if name == "-" else name


def run(args: argparse.Namespace) -> int:
    """Entry point of ``uitslag allocate``."""
    name = label(args.file)
    if args.jsonl:
        return run_batch(args.file, args.explain)
    outcome = run_text(read_input(args.file))
    if outcome.allocation is None:
        problems = tuple(Problem(outcome.code, p, file=name) for p in outcome.problems)
        raise UserError(problems)
    emit(outcome, args.explain, 2)
    return EXIT_LOTS if outcome.allocation.status is Status.LOTS_REQUIRED else 0
