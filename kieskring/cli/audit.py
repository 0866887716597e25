"""``uitslag audit verify DB``: check an installation database's audit log, its MACs and guarded rows.

Exit codes (README, "What the audit log proves"):

* **0** — no problem, and every entry is bound to something the database does not hold: the MACs
  checked with the installation's audit key (``--audit-key FILE``, default ``DB.auditkey`` beside the
  database), or the head printed on the Na 31-2 (``--head SEQ:HASH``) for the whole log.
* **1** — a problem (one line each, with its code and the entry or row), or **ONVOLLEDIG**: nothing
  wrong found, but only the hash chain could be checked — without the key (or a paper head) a log
  re-chained by someone holding the file looks exactly like an intact one, so it is not approved.
* **2** — usage error (e.g. a ``--head`` that is not ``SEQ:HASH``).

Never a traceback (issue 5, "Tampering"; issue 12 D).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.errors import UserError
from kieskring.storage import AuditReport, audit_report
from kieskring.storage.auditkey import default_key_path, read_key

_HEAD = re.compile(r"^\s*(\d+)\s*:\s*((?:[0-9a-fA-F]\s*){64})$")


def _paper_head(text: str) -> tuple[int, str]:
    """``SEQ:HASH`` as printed on the PV (the hash may be grouped with spaces, any case)."""
    match = _HEAD.match(text)
    if not match:
        raise argparse.ArgumentTypeError(
            "verwacht REGEL:HASH, bijv. 1234:ab12…(64 hexadecimale tekens) / expected SEQ:HASH"
        )
    return int(match.group(1)), re.sub(r"\s", "", match.group(2)).lower()


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
        summary="controleer hash-keten, MAC's, rijen en integriteit",
        description="Controleert de hash-keten van de auditlog, de MAC's met de sleutel van de\n"
        "installatie, de beschermde rijen en de integriteit van de database. Volledig bewezen:\n"
        "code 0 en de laatste regel van de log (volgnummer en hash; vergelijk die met het\n"
        "proces-verbaal). Zonder sleutel en zonder papieren kop: ONVOLLEDIG, code 1. Anders één\n"
        "regel per probleem en code 1.",
        examples=(
            "uitslag audit verify gsb.sqlite",
            "uitslag audit verify gsb.sqlite --audit-key usb/gsb.sqlite.auditkey --head 1234:ab12…",
        ),
    )
    verify.add_argument("db", type=Path, metavar="DATABASE", help="het databasebestand")
    verify.add_argument(
        "--audit-key",
        type=Path,
        metavar="BESTAND",
        help="sleutelbestand van de installatie (standaard: DATABASE.auditkey naast de database)",
    )
    verify.add_argument(
        "--head",
        type=_paper_head,
        metavar="REGEL:HASH",
        help="regelnummer en hash van de auditlog zoals op het proces-verbaal (Na 31-2)",
    )
    verify.add_argument(
        "--english", action="store_true", help="meldingen in het Engels (messages in English)"
    )
    verify.set_defaults(func=_verify)


def _key(args: argparse.Namespace) -> tuple[bytes | None, Path]:
    path: Path = args.audit_key or default_key_path(args.db)
    if args.audit_key is None and not path.exists():
        return None, path
    return read_key(path), path


def _verify(args: argparse.Namespace) -> int:
    try:
        key, key_path = _key(args)
        report = audit_report(args.db, key=key, paper_head=args.head)
    except UserError as err:
        for problem in err.problems:
            print(problem.render(english=args.english))
        return 1
    except Exception as err:  # a damaged file must give a line, not a traceback
        print(f"{args.db}: STORAGE.UNREADABLE {err}", file=sys.stderr)
        return 1
    if report.problems:
        for problem in report.problems:
            print(problem.render(english=args.english))
        return 1
    print(_summary(report, key_path, english=args.english))
    return 0 if report.complete else 1


def _summary(report: AuditReport, key_path: Path, *, english: bool) -> str:
    """The verdict line(s) for a log without problems: in order, or what was not proven."""
    seq, digest, path = report.head_seq, report.head_hash, report.path
    if english:
        head = f"audit log has {seq} entries, head hash {digest}"
        bound = _bound_en(report)
        if report.complete:
            return f"{path}: intact; {head}; {bound}"
        return (
            f"{path}: INCOMPLETE: only the hash chain was checked ({bound}); {head}. Without the "
            f"installation's audit key ({key_path}) or the head on the PV (--head), a log re-chained "
            "by someone holding the database file looks the same. Not approved."
        )
    head = f"auditlog heeft {seq} regels, laatste hash {digest}"
    bound = _bound_nl(report)
    if report.complete:
        return f"{path}: in orde; {head}; {bound}"
    return (
        f"{path}: ONVOLLEDIG: alleen de hash-keten is gecontroleerd ({bound}); {head}. Zonder de "
        f"auditsleutel van de installatie ({key_path}) of de kop op het proces-verbaal (--head) is "
        "een log die iemand met het databasebestand opnieuw heeft berekend niet te herkennen. "
        "Niet goedgekeurd."
    )


def _bound_nl(report: AuditReport) -> str:
    parts = []
    if report.key_checked and report.mac_from is not None:
        parts.append(
            f"MAC's met de auditsleutel gecontroleerd vanaf regel {report.mac_from}"
            + (
                f" (regels 1–{report.mac_from - 1} zijn van vóór schemaversie 2 en via de keten "
                f"door regel {report.mac_from} gedekt)"
                if report.mac_from > 1
                else ""
            )
        )
    elif report.key_checked:
        parts.append("geen MAC's in deze database (van vóór schemaversie 2)")
    else:
        parts.append("geen auditsleutel")
    if report.paper_seq:
        parts.append(f"kop op papier klopt: regels 1–{report.paper_seq} zoals bij ondertekening")
    return "; ".join(parts)


def _bound_en(report: AuditReport) -> str:
    parts = []
    if report.key_checked and report.mac_from is not None:
        parts.append(
            f"MACs checked with the audit key from entry {report.mac_from}"
            + (
                f" (entries 1–{report.mac_from - 1} predate schema version 2 and are covered "
                f"through the chain by entry {report.mac_from})"
                if report.mac_from > 1
                else ""
            )
        )
    elif report.key_checked:
        parts.append("no MACs in this database (from before schema version 2)")
    else:
        parts.append("no audit key")
    if report.paper_seq:
        parts.append(f"paper head matches: entries 1–{report.paper_seq} as when signed")
    return "; ".join(parts)
