"""``uitslag sign``: create an installation key, sign EML files, verify PDFs and EML files.

* ``uitslag sign init --dir INSTALL --name NAME --valid-from DATE`` makes the key pair and
  certificate.
* ``uitslag sign eml FILE --install INSTALL`` writes ``FILE.sig`` beside FILE.
* ``uitslag sign verify FILE [--sig FILE.sig] [--cert CERT]`` checks a PDF or an EML file; exit 0
  when intact and valid (and signed with CERT if given), else exit 1 with coded problems.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.cli.signing_options import add_passphrase_option, parse_time, read_passphrase
from kieskring.errors import Problem, UserError
from kieskring.protocols.layout import fingerprint_groups
from kieskring.signing.detached import sign_bytes
from kieskring.signing.installation import create_installation, load_certificate, load_installation
from kieskring.signing.verify import SignatureReport, verify_detached, verify_pdf


def register(subparsers: Any) -> None:
    """Add ``sign`` with its sub-commands ``init``, ``eml`` and ``verify``."""
    parser = add_command(
        subparsers,
        "sign",
        summary="sleutels, handtekeningen en controle",
        description="De sleutel van een installatie, handtekeningen bij EML-bestanden en de\n"
        "controle van handtekeningen op PDF's en EML-bestanden.",
        examples=(
            "uitslag sign init --dir installatie --name 'GSB Utrecht' "
            "--valid-from 2026-03-01T00:00:00+01:00",
            "uitslag sign verify P22-2_GR2026_Utrecht.pdf --cert installatie/installatie.crt",
        ),
    )
    sub = parser.add_subparsers(dest="sign_command", metavar="ACTIE", required=True, title="acties")
    init = add_command(
        sub,
        "init",
        summary="maak de sleutel en het certificaat van deze installatie",
        description="Maakt het sleutelpaar en het certificaat van deze installatie in --dir; de\n"
        "geheime sleutel wordt versleuteld met het wachtwoord. Toont de vingerafdruk van het\n"
        "certificaat: noteer die op papier.",
        examples=(
            "uitslag sign init --dir installatie --name 'GSB Utrecht' "
            "--valid-from 2026-03-01T00:00:00+01:00 --passphrase-file wachtwoord.txt",
        ),
    )
    init.add_argument("--dir", type=Path, required=True, metavar="MAP", help="installatiemap")
    init.add_argument(
        "--name", default="Uitslag-installatie", metavar="NAAM", help="naam, bijv. 'GSB Utrecht'"
    )
    init.add_argument(
        "--valid-from",
        required=True,
        metavar="TIJD",
        help="begin geldigheid (ISO 8601 met tijdzone)",
    )
    add_passphrase_option(init)
    init.set_defaults(func=_init)
    eml = add_command(
        sub,
        "eml",
        summary="onderteken een EML-bestand (schrijft BESTAND.sig)",
        description="Ondertekent een EML-bestand met de sleutel van de installatie en schrijft\n"
        "de losse handtekening ernaast (BESTAND.sig).",
        examples=("uitslag sign eml Resultaat_GR2026_Utrecht.eml.xml --install installatie",),
    )
    eml.add_argument("file", type=Path, metavar="BESTAND", help="het EML-bestand")
    eml.add_argument("--install", type=Path, required=True, metavar="MAP", help="installatiemap")
    add_passphrase_option(eml)
    eml.set_defaults(func=_eml)
    verify = add_command(
        sub,
        "verify",
        summary="controleer de handtekening van een PDF of EML-bestand",
        description="Controleert of een PDF of EML-bestand ongewijzigd is sinds de ondertekening\n"
        "(en, met --cert, door wie). Code 0 als de handtekening geldig is, anders code 1.",
        examples=(
            "uitslag sign verify P22-2_GR2026_Utrecht.pdf",
            "uitslag sign verify Resultaat_GR2026_Utrecht.eml.xml --cert installatie.crt",
        ),
    )
    verify.add_argument("file", type=Path, metavar="BESTAND", help="PDF of EML-bestand")
    verify.add_argument(
        "--sig", type=Path, metavar="SIG", help="handtekeningbestand (standaard BESTAND.sig)"
    )
    verify.add_argument("--cert", type=Path, metavar="CERT", help="het verwachte certificaat")
    verify.set_defaults(func=_verify)


def _init(args: argparse.Namespace) -> int:
    inst = create_installation(
        args.dir, args.name, read_passphrase(args), parse_time(args.valid_from)
    )
    print(f"Installatie '{inst.name}' gemaakt in {args.dir}")
    print(f"Certificaat: {args.dir / 'installatie.crt'}")
    print(f"Vingerafdruk certificaat (SHA-256): {fingerprint_groups(inst.fingerprint)}")
    return 0


def _eml(args: argparse.Namespace) -> int:
    inst = load_installation(args.install, read_passphrase(args))
    path: Path = args.file
    try:
        content = path.read_bytes()
    except OSError as err:
        raise UserError(
            (Problem("SIGN.100", f"niet te lezen ({err.strerror})", "cannot read", file=str(path)),)
        ) from None
    sig_path = path.with_name(path.name + ".sig")
    sig_path.write_bytes(sign_bytes(content, path.name, inst))
    print(f"Handtekening geschreven: {sig_path}")
    return 0


def _print_report(report: SignatureReport) -> int:
    if report.signer_fingerprint:
        who = f" ({report.signer_name})" if report.signer_name else ""
        print(f"Ondertekenaar{who}: {fingerprint_groups(report.signer_fingerprint)}")
    if report.signing_time:
        print(f"Tijdstip ondertekening: {report.signing_time}")
    if report.ok:
        print(f"{report.file}: handtekening geldig")
        return 0
    raise UserError(report.problems)


def _verify(args: argparse.Namespace) -> int:
    cert = load_certificate(args.cert) if args.cert else None
    path: Path = args.file
    if path.suffix.lower() == ".pdf":
        return _print_report(verify_pdf(path, cert))
    sig_path: Path = args.sig or path.with_name(path.name + ".sig")
    return _print_report(verify_detached(path, sig_path, cert))
