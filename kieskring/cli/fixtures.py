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

SIZE_NAMES = ("tiny", "wmw", "amsterdam", "ps2", "tk", "tk-mini")


def register(subparsers: Any) -> None:
    """Add ``fixtures generate``."""
    parser = subparsers.add_parser("fixtures", help="maak een oefenverkiezing als EML-bestanden")
    sub = parser.add_subparsers(dest="fixtures_action", metavar="ACTIE", required=True)
    generate = sub.add_parser("generate", help="genereer een verkiezing", description=__doc__)
    generate.add_argument("size", choices=SIZE_NAMES)
    generate.add_argument("--seed", type=int, default=1)
    generate.add_argument("--out", type=Path, required=True)
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

    files = generate(args.size, args.seed, args.out, ties=args.ties, namesakes=args.namesakes)
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} bestanden ({size / 1e6:.1f} MB) in {args.out}")
    return 0
