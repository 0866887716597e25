"""``uitslag hash FILE...``: the digital fingerprint of EML files as printed on the PV (chain.md §4).

Prints the SHA-256 in 16 groups of 4 and the two groups an importer blanks out. With ``--groups
G1 G2`` checks the two typed-back groups, with ``--full HASH`` the whole value (exit 1 on mismatch).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

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
    parser = subparsers.add_parser("hash", help="digitale vingerafdruk (SHA-256) van EML-bestanden")
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")
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
