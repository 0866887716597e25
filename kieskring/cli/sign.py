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

from kieskring.cli.signing_options import add_passphrase_option, parse_time, read_passphrase
from kieskring.errors import Problem, UserError
from kieskring.protocols.layout import fingerprint_groups
from kieskring.signing.detached import sign_bytes
from kieskring.signing.installation import create_installation, load_certificate, load_installation
from kieskring.signing.verify import SignatureReport, verify_detached, verify_pdf


def register(subparsers: Any) -> None:
    """Add ``sign`` with its sub-commands ``init``, ``eml`` and ``verify``."""
    parser = subparsers.add_parser("sign", help="sleutels, handtekeningen en controle")
    sub = parser.add_subparsers(dest="sign_command", metavar="ACTIE", required=True)
    init = sub.add_parser("init", help="maak de sleutel en het certificaat van deze installatie")
    init.add_argument("--dir", type=Path, required=True, help="installatiemap")
    init.add_argument("--name", default="Uitslag-installatie", help="naam, bijv. 'GSB Utrecht'")
    init.add_argument(
        "--valid-from", required=True, help="begin geldigheid (ISO 8601 met tijdzone)"
    )
    add_passphrase_option(init)
    init.set_defaults(func=_init)
    eml = sub.add_parser("eml", help="onderteken een EML-bestand (schrijft BESTAND.sig)")
    eml.add_argument("file", type=Path)
    eml.add_argument("--install", type=Path, required=True, help="installatiemap")
    add_passphrase_option(eml)
    eml.set_defaults(func=_eml)
    verify = sub.add_parser("verify", help="controleer de handtekening van een PDF of EML-bestand")
    verify.add_argument("file", type=Path)
    verify.add_argument("--sig", type=Path, help="handtekeningbestand (standaard BESTAND.sig)")
    verify.add_argument("--cert", type=Path, help="het verwachte certificaat")
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
