"""``uitslag verify PATH...``: check published election files independently (docs/VERIFY.md).

One line per finding (``V07 FAIL place: …``), then the verdict: GOEDGEKEURD (exit 0) only when
nothing failed and everything the verdict depends on was recomputed; ONVOLLEDIG (exit 1) when
nothing failed but something the verdict depends on was not checked; AFGEKEURD (exit 1) when a
check failed. ``--json`` for machines; ``--quiet`` prints only what is not PASS.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from kieskring.cli.result import deceased_from, lots_from
from kieskring.verify.report import Status, Verdict, as_json, summary, verdict
from kieskring.verify.run import verify


def register(subparsers: Any) -> None:
    """Add ``verify`` to the command line."""
    parser = subparsers.add_parser(
        "verify", help="controleer een verkiezingsuitslag onafhankelijk", description=__doc__
    )
    parser.add_argument("paths", type=Path, nargs="+", help="bestanden en mappen")
    parser.add_argument("--schemas", type=Path, help="map met de EML_NL-schema's (XSD)")
    parser.add_argument(
        "--lots", type=Path, help="JSON met de lotingen van het centraal stembureau"
    )
    parser.add_argument("--deceased", type=Path, help="JSON met overleden kandidaten")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument("--quiet", action="store_true", help="alleen wat niet PASS is")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="tellingen tegelijk (standaard: cores)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``uitslag verify``."""
    refs, _ = deceased_from(args.deceased)
    findings = verify(
        args.paths,
        schemas=args.schemas,
        lots=lots_from(args.lots),
        deceased=refs,
        jobs=max(1, args.jobs),
    )
    if args.json:
        json.dump(as_json(findings), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for finding in findings:
            if not (args.quiet and finding.status is Status.PASS):
                print(finding.line())
        print(summary(findings))
    return 0 if verdict(findings) is Verdict.APPROVED else 1
