"""``uitslag hash FILE...``: the digital fingerprint of EML files as printed on the PV (chain.md §4).

Prints the SHA-256 in 16 groups of 4 and the two groups an importer blanks out. With ``--groups
G1 G2`` checks the two typed-back groups, with ``--full HASH`` the whole value (exit 1 on mismatch).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.eml.fingerprint import (
    blanked_groups,
    check_full,
    check_typed_groups,
    fingerprint,
    grouped,
)
from kieskring.eml.safe import read_bytes


def register(subparsers: Any) -> None:
    """Add ``hash``."""
    parser = add_command(
        subparsers,
        "hash",
        summary="digitale vingerafdruk (SHA-256) van EML-bestanden",
        description="Toont de digitale vingerafdruk van elk bestand zoals op het proces-verbaal:\n"
        "16 groepen van 4 tekens, en de twee groepen die bij het inlezen worden overgetypt.\n"
        "Met --groups of --full: controleer overgetypte groepen of de hele waarde (code 1 als\n"
        "ze niet kloppen).",
        examples=(
            "uitslag hash Telling_GR2022_Gemeente.eml.xml",
            "uitslag hash --groups 3F2A 9C01 Telling_GR2022_Gemeente.eml.xml",
        ),
    )
    parser.add_argument("files", type=Path, nargs="+", metavar="BESTAND", help="EML-bestanden")
    parser.add_argument("--upper", action="store_true", help="hoofdletters, zoals op het PV")
    parser.add_argument(
        "--groups", nargs=2, metavar="GROEP", help="controleer de twee overgetypte groepen"
    )
    parser.add_argument("--full", metavar="HASH", help="controleer de hele vingerafdruk")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print (and optionally check) the fingerprint of every file."""
    for path in args.files:
        digest = fingerprint(read_bytes(path), str(path))
        first, second = blanked_groups(digest)
        print(f"{path}: {grouped(digest, upper=args.upper)}")
        print(f"  over te typen groepen / groups to type back: {first + 1} en {second + 1}")
        if args.groups:
            check_typed_groups(digest, (args.groups[0], args.groups[1]), str(path))
            print("  groepen kloppen / groups match")
        if args.full:
            check_full(digest, args.full, str(path))
            print("  vingerafdruk klopt / fingerprint matches")
    return 0
