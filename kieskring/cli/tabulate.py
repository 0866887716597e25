"""``uitslag tabulate``: add 510 files of one level into a 510 of the next level (chain.md §1).

``uitslag tabulate --authority HSB5 --contest 5 --created 2021-03-21T18:00:00 --out T.eml.xml
FILE...`` reads the lower-level counts (checked), adds them exactly, writes the canonical 510 and
prints, per new unit, which units fed it and the fingerprint of the output. ``--short-codes`` takes a
510d whose ShortCodes name the candidates above the kieskring.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.cli.progress import add_quiet_option, progress
from kieskring.domain import Authority
from kieskring.eml.codes import fail
from kieskring.eml.fingerprint import grouped, written_fingerprint
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.stream_510 import read_many_totals
from kieskring.eml.tabulate import short_codes_of, tabulate
from kieskring.eml.write_510 import write_510
from kieskring.result.short_codes import short_codes_from_lists


def register(subparsers: Any) -> None:
    """Add ``tabulate``."""
    parser = add_command(
        subparsers,
        "tabulate",
        summary="tel 510-bestanden op naar het volgende niveau",
        description="Telt de tellingen van één niveau exact op tot de telling van het niveau\n"
        "erboven: de 510b's van de gemeenten tot de 510c van de kieskring (hoofdstembureau),\n"
        "of de 510c's van de kieskringen tot de 510d (centraal stembureau). Elk bestand wordt\n"
        "eerst gecontroleerd. Toont een samenvatting en de vingerafdruk van het nieuwe bestand;\n"
        "--details toont per nieuwe eenheid uit welke eenheden die komt.",
        examples=(
            "uitslag tabulate Telling_*.eml.xml --authority HSB5 --contest 5 "
            "--created 2021-03-21T18:00:00 --out Telling_kieskring_5.eml.xml",
            "uitslag tabulate Telling_*_kieskring_*.eml.xml --authority CSB --contest alle "
            "--candidates Kandidatenlijsten_*.eml.xml --created 2021-03-26T10:00:00 "
            "--out Totaaltelling.eml.xml",
        ),
    )
    parser.add_argument(
        "files", type=Path, nargs="+", metavar="BESTAND", help="510-bestanden van één niveau"
    )
    parser.add_argument(
        "--authority", required=True, metavar="CODE", help="CSB, HSB<n> of CBS-code"
    )
    parser.add_argument(
        "--authority-name", default="", metavar="NAAM", help="naam van het stembureau"
    )
    parser.add_argument(
        "--contest", required=True, metavar="ID", help="ContestIdentifier, bijv. 5 of alle"
    )
    parser.add_argument(
        "--contest-name", metavar="NAAM", help="ContestName, bijv. de naam van de kieskring"
    )
    parser.add_argument(
        "--created", required=True, metavar="TIJD", help="kr:CreationDateTime (ISO 8601)"
    )
    parser.add_argument(
        "--short-codes", type=Path, metavar="510D", help="510d met ShortCodes van de kandidaten"
    )
    parser.add_argument(
        "--candidates",
        type=Path,
        nargs="+",
        metavar="230B",
        help="230b-bestanden van alle kieskringen: ShortCodes voor de 510d (CSB)",
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="BESTAND", help="het te schrijven 510-bestand"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="bestanden tegelijk (standaard: het aantal kernen)",
    )
    parser.add_argument(
        "--details", action="store_true", help="per nieuwe eenheid: uit welke eenheden"
    )
    add_quiet_option(parser)
    parser.set_defaults(func=run)


def _created(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise fail("EML.012", "--created", value=value) from None


def _short_codes(args: argparse.Namespace) -> dict[tuple[str, int, int], str] | None:
    """From a 510d (``--short-codes``) or made from the 230b files (``--candidates``)."""
    if args.short_codes:
        return short_codes_of(read_510(args.short_codes, levels="d"))
    if args.candidates:
        return short_codes_from_lists([read_230b(path) for path in args.candidates])
    return None


def run(args: argparse.Namespace) -> int:
    """Read, add, write and report provenance."""
    created = _created(args.created)
    with progress("Tellingen lezen", quiet=args.quiet) as step:
        read = read_many_totals(args.files, levels="abc", jobs=max(1, args.jobs), progress=step)
    codes = _short_codes(args)
    result = tabulate(
        [totals.count for totals in read],
        Authority(id=args.authority, name=args.authority_name),
        contest_id=args.contest,
        contest_name=args.contest_name,
        labels=[str(p) for p in args.files],
        short_codes=codes,
        unit_ids=[totals.unit_ids for totals in read],
    )
    for warning in (w for totals in read for w in totals.warnings):
        print(f"waarschuwing: {warning.render()}")
    data = write_510(result.count, created)
    args.out.write_bytes(data)
    if args.details:
        for unit in result.count.units:
            fed = ", ".join(result.provenance[unit.id]) or "(totaal)"
            print(f"{unit.id} ← {result.sources[unit.id]}: {fed}")
    else:
        print(f"{len(result.count.units)} eenheden uit {len(args.files)} bestanden opgeteld")
    total = result.count.total
    print(
        f"totaal: {total.total_counted} stemmen op lijsten, {total.blank} blanco, {total.invalid} ongeldig"
    )
    print(
        f"{args.out}: {result.count.message_id}, vingerafdruk {grouped(written_fingerprint(data), upper=True)}"
    )
    return 0
