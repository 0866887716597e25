"""``uitslag audit verify DB``: check an installation database's audit chain and guarded rows.

Exit 0 and the audit head (sequence number and hash, to note down outside the database) when intact;
otherwise one line per problem and exit 1. Never a traceback (issue 5, "Tampering").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.storage import audit_head, verify_audit


def register(subparsers: Any) -> None:
    """Add ``audit`` with its sub-command ``verify``."""
    parser = add_command(
        subparsers,
        "audit",
        summary="controleer de auditlog van een database",
        description="Controles op de database van een invoerinstallatie (de desktop-app).",
        examples=("uitslag audit verify gsb.sqlite",),
    )
    sub = parser.add_subparsers(
        dest="audit_command", metavar="ACTIE", required=True, title="acties"
    )
    verify = add_command(
        sub,
        "verify",
        summary="controleer hash-keten, rijen en integriteit",
        description="Controleert de hash-keten van de auditlog, de beschermde rijen en de\n"
        "integriteit van de database. In orde: code 0 en de laatste regel van de log (volgnummer\n"
        "en hash; schrijf die buiten de database op). Anders één regel per probleem en code 1.",
        examples=("uitslag audit verify gsb.sqlite",),
    )
    verify.add_argument("db", type=Path, metavar="DATABASE", help="het databasebestand")
    verify.add_argument(
        "--english", action="store_true", help="meldingen in het Engels (messages in English)"
    )
    verify.set_defaults(func=_verify)


def _verify(args: argparse.Namespace) -> int:
    try:
        problems = verify_audit(args.db)
    except Exception as err:  # a damaged file must give a line, not a traceback
        print(f"{args.db}: STORAGE.UNREADABLE {err}", file=sys.stderr)
        return 1
    if problems:
        for problem in problems:
            print(problem.render(english=args.english))
        return 1
    seq, digest = audit_head(args.db)
    if args.english:
        print(f"{args.db}: intact; audit log has {seq} entries, head hash {digest}")
    else:
        print(f"{args.db}: in orde; auditlog heeft {seq} regels, laatste hash {digest}")
    return 0
