"""``uitslag rehearse DIR --clients N --size wmw|amsterdam``: the dress rehearsal of a room with several
workstations, and its load test (issue 14; :mod:`kieskring.server.rehearsal`).

Creates a fresh installation in ``DIR`` with a generated election, starts ``uitslag serve`` on
127.0.0.1 (TLS, pinned), lets N typists in separate processes enter every station twice, the
coordinator resolve the planted differences, finishes and compares the 510b with the generator's. The
last line is the count of saves and the p50/p99 latency of a section save. Exit 0 only when nothing was
lost or duplicated and the 510b is equal.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.errors import Problem, UserError


def register(subparsers: Any) -> None:
    """Add ``rehearse``."""
    parser = add_command(
        subparsers,
        "rehearse",
        summary="generale repetitie: een zaal met werkplekken op deze computer",
        description="Maakt in een nieuwe map een installatie met een gegenereerde verkiezing, start\n"
        "'uitslag serve' op 127.0.0.1 (HTTPS, vingerafdruk vastgelegd) en laat N invoerders, elk\n"
        "in een eigen proces, elk stembureau twee keer invoeren via het netwerk. De coördinator\n"
        "lost de geplante verschillen op, rondt af en vergelijkt de 510b met die van de\n"
        "generator. De laatste regel: het aantal opslagen en de p50/p99 van een opslag.\n"
        "Code 0 alleen als niets verloren of dubbel is en de 510b gelijk is.",
        examples=(
            "uitslag rehearse oefening --clients 8 --size wmw",
            "uitslag rehearse zaal --clients 30 --size amsterdam --pace 1",
        ),
    )
    parser.add_argument("dir", type=Path, help="een nieuwe, lege map")
    parser.add_argument("--clients", type=int, required=True, help="aantal invoerders (≥ 2)")
    parser.add_argument(
        "--size",
        choices=("tiny", "wmw", "amsterdam"),
        default="wmw",
        help="grootte van de verkiezing (standaard wmw: 21 stembureaus)",
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="startgetal van de generator (standaard 1)"
    )
    parser.add_argument(
        "--differences-every",
        type=int,
        default=20,
        help="elk zoveelste stembureau krijgt een tikfout in de 2e invoer (standaard 20)",
    )
    parser.add_argument(
        "--pace", type=float, default=0.0, help="seconden pauze na elk onderdeel (standaard 0)"
    )
    parser.set_defaults(func=_rehearse)


def _usage(nl: str, en: str) -> UserError:
    return UserError((Problem("REHEARSE.USAGE", nl, en),), exit_code=2)


def _rehearse(args: argparse.Namespace) -> int:
    from kieskring.server.rehearsal import RehearsalOptions, rehearse

    if args.clients < 2:
        raise _usage(
            "--clients: minstens 2 (elk stembureau wordt door twee invoerders ingevoerd)",
            "--clients: at least 2 (every station is entered by two typists)",
        )
    if args.differences_every < 1 or args.pace < 0:
        raise _usage("--differences-every ≥ 1, --pace ≥ 0", "--differences-every ≥ 1, --pace ≥ 0")
    if args.dir.exists() and any(args.dir.iterdir()):
        raise _usage(
            f"{args.dir} is niet leeg; kies een nieuwe map",
            f"{args.dir} is not empty; choose a new one",
        )
    args.dir.mkdir(parents=True, exist_ok=True)
    options = RehearsalOptions(
        args.dir.resolve(), args.clients, args.size, args.seed, args.differences_every, args.pace
    )
    return rehearse(options)
