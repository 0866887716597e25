"""``uitslag allocate``: the seat allocation of one election (or many) from the JSON contract.

``uitslag allocate FILE`` (``-`` for stdin) prints the result object; ``--jsonl`` reads one
election per line and writes one result per line, a bad line giving ``{"status": "error"}`` while
the batch goes on; ``--explain`` prints the Dutch calculation instead of JSON. Exit codes: 0 done,
1 bad input (one line per problem on stderr), 3 a drawing of lots is required.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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


def read_input(name: str) -> str:
    """The text of FILE or stdin, with a clear problem when it cannot be read."""
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except OSError as err:
        raise UserError(
            (Problem("ALLOC.001", f"kan niet lezen: {err.strerror}", file=name),)
        ) from err
    except UnicodeDecodeError as err:
        message = f"geen UTF-8 (byte {err.start})"
        raise UserError((Problem("ALLOC.002", message, "not UTF-8", file=name),)) from err


def emit(outcome: RunOutcome, explain_text: bool, indent: int | None) -> None:
    """Print one outcome as JSON or as the Dutch explanation."""
    if explain_text and outcome.allocation is not None:
        sys.stdout.write(explain(outcome.allocation))
    else:
        sys.stdout.write(to_json(outcome, indent=indent) + "\n")


def run_batch(text: str, name: str, explain_text: bool) -> int:
    """``--jsonl``: one election per non-empty line; errors are reported and the batch goes on."""
    failed = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        outcome = run_text(line)
        if outcome.allocation is None:
            failed = True
            for problem in outcome.problems:
                print(f"{name}:{number}: ALLOC.010 {problem}", file=sys.stderr)
        emit(outcome, explain_text, None)
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    """Entry point of ``uitslag allocate``."""
    name = "stdin" if args.file == "-" else args.file
    text = read_input(args.file)
    if args.jsonl:
        return run_batch(text, name, args.explain)
    outcome = run_text(text)
    if outcome.allocation is None:
        problems = tuple(Problem("ALLOC.010", p, file=name) for p in outcome.problems)
        raise UserError(problems)
    emit(outcome, args.explain, 2)
    return EXIT_LOTS if outcome.allocation.status is Status.LOTS_REQUIRED else 0
