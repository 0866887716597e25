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

from kieskring.cli.help import add_command
from kieskring.cli.progress import progress
from kieskring.cli.result import deceased_from, lots_from
from kieskring.verify.report import Status, Verdict, as_json, summary, verdict
from kieskring.verify.run import verify


def register(subparsers: Any) -> None:
    """Add ``verify`` to the command line."""
    parser = add_command(
        subparsers,
        "verify",
        summary="controleer een verkiezingsuitslag onafhankelijk",
        description="Controleert gepubliceerde verkiezingsbestanden onafhankelijk: schema, regels\n"
        "van de Kiesraad, optellingen op elk niveau, de zetelverdeling opnieuw berekend, de\n"
        "processen-verbaal en handtekeningen (controles V01-V14, zie docs/VERIFY.md). Eén regel\n"
        "per bevinding (V07 FAIL plaats: ...), dan het oordeel. De EML_NL-schema's zitten in\n"
        "Uitslag; --schemas MAP kiest een andere versie. Code 0 alleen als niets faalt.",
        examples=(
            "uitslag verify uitslag-map/",
            "uitslag verify --quiet --json Telling_*.eml.xml Resultaat_*.eml.xml > oordeel.json",
        ),
    )
    parser.add_argument("paths", type=Path, nargs="+", metavar="PAD", help="bestanden en mappen")
    parser.add_argument(
        "--schemas", type=Path, metavar="MAP", help="andere map met EML_NL-schema's (XSD)"
    )
    parser.add_argument(
        "--lots",
        type=Path,
        metavar="JSON",
        help="JSON met de lotingen van het centraal stembureau",
    )
    parser.add_argument(
        "--deceased", type=Path, metavar="JSON", help="JSON met overleden kandidaten"
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument(
        "--quiet", action="store_true", help="alleen wat niet PASS is, geen voortgangsbalk"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="tellingen tegelijk (standaard: het aantal kernen)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``uitslag verify``."""
    refs, _ = deceased_from(args.deceased)
    with progress("Bestanden controleren", quiet=args.quiet) as step:
        findings = verify(
            args.paths,
            schemas=args.schemas,
            lots=lots_from(args.lots),
            deceased=refs,
            jobs=max(1, args.jobs),
            progress=step,
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
