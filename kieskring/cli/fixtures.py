"""``uitslag fixtures generate SIZE --seed N --out DIR``: a realistic election as EML_NL files.

Deterministic: the same size and seed give byte-identical files. Sizes: tiny (9 seats, 3 stations),
wmw (17 seats, 21 stations), amsterdam (45 seats, 600 stations, 30 lists × 50), ps2 (a province with
four kieskringen and lijstengroepen), tk (150 seats, 20 kieskringen, 9,000 stations, 30 lists × 80),
tk-mini (the TK's shape with 100 stations, for tests).
Besides the 230b and 510 files: the definition (110a, ``Verkiezingsdefinitie_<id>``) and per
municipality its polling stations (110b, ``Stembureaus_<id>_<name>``). ``--ties`` (one kieskring only)
plants two ties the law leaves to lot: two lists for the last residual seat, two candidates of one list
on preference votes. ``--namesakes`` (kieskringen only) plants namesakes — same last name, initials
and place, another prefix or first name — on one list and across the lists of a lijstengroep.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.cli.progress import add_quiet_option, progress

SIZE_NAMES = ("tiny", "wmw", "amsterdam", "ps2", "tk", "tk-mini")


def register(subparsers: Any) -> None:
    """Add ``fixtures generate``."""
    parser = add_command(
        subparsers,
        "fixtures",
        summary="maak een oefenverkiezing als EML-bestanden",
        description="Maakt verzonnen maar realistische verkiezingen om mee te oefenen en te testen.",
        examples=("uitslag fixtures generate tiny --out oefen",),
    )
    sub = parser.add_subparsers(
        dest="fixtures_action", metavar="ACTIE", required=True, title="acties"
    )
    generate = add_command(
        sub,
        "generate",
        summary="genereer een verkiezing",
        description="Schrijft een hele verkiezing als EML_NL: de verkiezingsdefinitie (110a), per\n"
        "gemeente de stembureaus (110b) en de telling (510b), de kandidatenlijsten (230b) en bij\n"
        "kieskringen de tellingen daarboven (510c, 510d). Dezelfde grootte en seed geven precies\n"
        "dezelfde bestanden.\n\n"
        "Groottes: tiny (9 zetels, 3 stembureaus), wmw (17 zetels, 21 stembureaus), amsterdam\n"
        "(45 zetels, 600 stembureaus), ps2 (een provincie met vier kieskringen en\n"
        "lijstengroepen), tk (150 zetels, 20 kieskringen, 9.000 stembureaus).",
        examples=(
            "uitslag fixtures generate tiny --out oefen",
            "uitslag fixtures generate wmw --seed 7 --ties --out loting",
        ),
    )
    generate.add_argument("size", choices=SIZE_NAMES, metavar="GROOTTE", help=", ".join(SIZE_NAMES))
    generate.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="GETAL",
        help="startgetal van het toeval (standaard 1)",
    )
    generate.add_argument("--out", type=Path, required=True, metavar="MAP", help="uitvoermap")
    add_quiet_option(generate)
    generate.add_argument(
        "--ties",
        action="store_true",
        help="maak twee gelijke standen (lijsten om de laatste restzetel, kandidaten op voorkeur): "
        "de uitslag vraagt om loting",
    )
    generate.add_argument(
        "--namesakes",
        action="store_true",
        help="naamgenoten (zelfde achternaam, voorletters en woonplaats; ander tussenvoegsel of "
        "andere voornaam) op één lijst en over de lijsten van een lijstengroep",
    )
    generate.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``uitslag fixtures generate``."""
    from fixtures.generate import generate

    with progress("Gemeenten", quiet=args.quiet, unit="gemeente") as step:
        files = generate(
            args.size,
            args.seed,
            args.out,
            ties=args.ties,
            namesakes=args.namesakes,
            progress=step,
        )
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} bestanden ({size / 1e6:.1f} MB) in {args.out}")
    return 0
