"""Shared CLI options for commands that sign: installation folder, passphrase source, signing time.

The passphrase comes from ``--passphrase-file`` (first line), else the environment variable
``UITSLAG_WACHTWOORD``, else a hidden prompt (never echoed, never a command-line argument).
The signing time is always explicit (``--signing-time 2026-03-20T12:00:00+01:00``): never the clock.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path

from kieskring.errors import Problem, UserError

PASSPHRASE_ENV = "UITSLAG_WACHTWOORD"


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """``--passphrase-file``."""
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="BESTAND",
        help=f"bestand met het wachtwoord van de installatie (anders ${PASSPHRASE_ENV} of vraag)",
    )


def read_passphrase(args: argparse.Namespace) -> bytes:
    """The passphrase from file, environment or a hidden prompt; ``SIGN.006`` when none."""
    path: Path | None = args.passphrase_file
    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as err:
            raise UserError(
                (
                    Problem(
                        "SIGN.006",
                        f"wachtwoordbestand niet te lezen ({err.strerror})",
                        "cannot read passphrase file",
                        file=str(path),
                    ),
                )
            ) from None
        return (lines[0] if lines else "").encode("utf-8")
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env.encode("utf-8")
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Wachtwoord installatie: ").encode("utf-8")
    raise UserError(
        (
            Problem(
                "SIGN.006",
                f"geen wachtwoord: gebruik --passphrase-file of ${PASSPHRASE_ENV}",
                f"no passphrase: use --passphrase-file or ${PASSPHRASE_ENV}",
            ),
        )
    )


def parse_time(text: str) -> datetime:
    """An ISO 8601 time with offset (``2026-03-20T12:00:00+01:00``); ``SIGN.007`` otherwise."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise UserError(
            (
                Problem(
                    "SIGN.007",
                    f"ongeldige tijd '{text}': gebruik ISO 8601 met tijdzone, "
                    "bijv. 2026-03-20T12:00:00+01:00",
                    f"invalid time '{text}': use ISO 8601 with a time zone",
                ),
            )
        )
    return value
