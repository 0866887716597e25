"""``uitslag csv COUNT --candidates 230B... --out FILE.csv``: the publication CSV (osv4-3 layout).

Reads a 510b, 510c or 510d and the candidate lists (230b) it belongs to — checked with the rules of
``uitslag eml check`` — and writes the CSV of :func:`kieskring.publish.csv_osv.osv_csv`
(docs/chain.md §5). For a 510d give the 230b of every kieskring: above the kieskring candidates are
named by ShortCode.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.errors import Problem
from kieskring.publish.csv_osv import osv_csv

DESCRIPTION = """\
Maakt de publicatie-CSV van een telling in het osv4-3-formaat van de Kiesraad: per stembureau
(510b), gemeente (510c) of kieskring (510d) de aantallen kiezers en stemmen, per lijst en per
kandidaat. De namen komen uit de kandidatenlijsten (230b); die moeten bij dezelfde verkiezing en
kieskring horen, anders stopt het commando met een foutmelding."""

EXAMPLES = (
    "uitslag csv Telling_GR2022_WestMaasenWaal.eml.xml"
    " --candidates Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"
    " --out osv4-3_telling_gr2022_westmaasenwaal.csv",
    "uitslag csv Totaaltelling_PS2029_Noordland.eml.xml"
    " --candidates Kandidatenlijsten_PS2029_Noordland_*.eml.xml --out totaaltelling.csv",
)


def register(subparsers: Any) -> None:
    """Add ``csv``."""
    parser = add_command(
        subparsers,
        "csv",
        summary="publicatie-CSV (osv4-3) van een telling 510b/c/d",
        description=DESCRIPTION,
        examples=EXAMPLES,
    )
    parser.add_argument(
        "count", type=Path, metavar="TELLING", help="de telling: 510b, 510c of 510d"
    )
    parser.add_argument(
        "--candidates",
        type=Path,
        nargs="+",
        required=True,
        metavar="230B",
        help="kandidatenlijsten (230b) van de kieskring; bij een 510d die van alle kieskringen",
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="CSV", help="het te schrijven CSV-bestand"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read and check the inputs, write the CSV, print what was written."""
    warnings: list[Problem] = []
    count = read_510(args.count, warnings=warnings)
    lists = [read_230b(path) for path in args.candidates]
    data = osv_csv(
        count,
        lists,
        count_file=str(args.count),
        list_files=[str(path) for path in args.candidates],
    )
    for warning in warnings:
        print(f"waarschuwing: {warning.render()}")
    args.out.write_bytes(data)
    print(
        f"{args.out}: osv4-3 van {count.message_id} ({len(count.units)} eenheden, "
        f"{len(count.total.lists)} lijsten), sha256 {hashlib.sha256(data).hexdigest()}"
    )
    return 0
