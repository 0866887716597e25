"""``uitslag signals COUNT.eml.xml [--candidates 230B] [--json]``: the plausibility signals of a
published 510b (docs/signals.md) — votes that look swapped between two candidates or two lists in
a station, a list's share far from the municipality's, unusual turnout — one line per signal with
the polling station (id and name), the lists or candidates concerned and the numbers behind it.

For auditors and journalists as much as for the coordinator. Exit 0 whether or not there are
signals (a signal is a question, not a verdict); unreadable input is coded and exits 1.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.eml.consistency import raise_if, same_election
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.errors import Problem, UserError
from kieskring.signals import find_signals
from kieskring.signals.from_count import stations_of
from kieskring.signals.text import as_json, line, local_text

DESCRIPTION = """\
Zoekt in een telling per stembureau (510b) naar uitkomsten die opvallen: stemmen die tussen twee
kandidaten of twee lijsten verwisseld lijken (het lijsttotaal verandert dan niet, dus geen
rekenregel ziet het), een lijst waarvan het aandeel in een stembureau de helft of meer afwijkt van
het aandeel in de gemeente, en een opkomst die ver buiten die van de andere stembureaus ligt.
Eén regel per signaal, met het stembureau (nummer en naam), de lijsten of kandidaten en de
getallen. Een signaal is een vraag, geen oordeel: het commando verandert niets en eindigt met 0,
ook als er signalen zijn. De drempels en hun reden staan in docs/signals.md."""

EXAMPLES = (
    "uitslag signals Telling_GR2022_WestMaasenWaal.eml.xml",
    "uitslag signals Telling_GR2022_WestMaasenWaal.eml.xml"
    " --candidates Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml --json",
)


def register(subparsers: Any) -> None:
    """Add ``signals``."""
    parser = add_command(
        subparsers,
        "signals",
        summary="opvallende uitkomsten per stembureau in een telling (510b)",
        description=DESCRIPTION,
        examples=EXAMPLES,
    )
    parser.add_argument(
        "count", type=Path, metavar="TELLING", help="de telling per stembureau (510b)"
    )
    parser.add_argument(
        "--candidates",
        type=Path,
        metavar="230B",
        help="kandidatenlijsten (230b) van dezelfde verkiezing, voor de namen van kandidaten",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the 510b (and 230b), print every signal; 0 whether or not there are any."""
    count = read_510(args.count, levels="b")
    lists = None
    if args.candidates is not None:
        lists = read_230b(args.candidates)
        raise_if(same_election(count.identity, lists.identity, str(args.candidates)))
    if not count.units:
        raise UserError(
            (
                Problem(
                    "SIGNALS.NO_STATIONS",
                    "deze telling bevat geen stembureaus (ReportingUnitVotes)",
                    "this count holds no polling stations (ReportingUnitVotes)",
                    str(args.count),
                ),
            )
        )
    report = find_signals(stations_of(count, lists))
    if args.json:
        data = {
            "file": str(args.count),
            "election": count.identity.id,
            "stations": report.stations,
            "signals": [as_json(s) for s in report.signals],
            "local_lists": [
                {"list": x.number, "name": x.name, "text_nl": local_text(x)}
                for x in report.local_lists
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for signal in report.signals:
        print(line(signal))
    for item in report.local_lists:
        print(f"let op: {local_text(item)}")
    found = len(report.signals)
    print(
        f"{found} {'signaal' if found == 1 else 'signalen'} in {report.stations} stembureaus van "
        f"{count.identity.id} ({args.count.name})"
    )
    return 0
