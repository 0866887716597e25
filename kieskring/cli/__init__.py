"""The `uitslag` command line: one sub-command module per task, registered below.

Each module in :data:`COMMAND_MODULES` exposes ``register(subparsers)``, which adds its sub-command(s)
and sets ``func`` on the parser to a callable ``(argparse.Namespace) -> int`` (the exit code).
Errors the user can fix are reported as :class:`kieskring.errors.UserError` subclasses and printed as
one line per problem — never as a traceback. Help and usage errors are Dutch (:mod:`kieskring.cli.help`:
one parser class for every sub-command; a usage error exits with code 2).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from kieskring.cli.help import EXIT_CODES, DutchParser, VersionAction
from kieskring.errors import UserError

COMMAND_MODULES: tuple[str, ...] = (
    "kieskring.cli.allocate",
    "kieskring.cli.result",
    "kieskring.cli.verify",
    "kieskring.cli.fixtures",
    "kieskring.cli.audit",
    "kieskring.cli.eml_validate",
    "kieskring.cli.hash",
    "kieskring.cli.pv",
    "kieskring.cli.sign",
    "kieskring.cli.tabulate",
    "kieskring.cli.csv",
    "kieskring.cli.signals",
    "kieskring.cli.serve",
    "kieskring.cli.rehearse",
)


COMMANDS: dict[str, str] = {
    name.rsplit(".", 1)[1].removesuffix("_validate"): name for name in COMMAND_MODULES
}
"""Sub-command → its module (``eml`` lives in ``eml_validate``)."""


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The top-level parser: only the sub-command asked for when ``argv`` names one (so a run of
    ``uitslag tabulate`` does not import the PDF and signing libraries), else every one."""
    parser = DutchParser(
        prog="uitslag",
        description="Uitslag: de uitslag van Nederlandse verkiezingen, exact en controleerbaar.\n"
        "Dutch election results, exact and verifiable.",
        epilog="Hulp bij één opdracht: uitslag OPDRACHT --help\n\n" + EXIT_CODES,
    )
    parser.add_argument("--version", action=VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")
    first = next(iter(argv), "") if argv else ""
    for name in [COMMANDS[first]] if first in COMMANDS else COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `uitslag` console script."""
    given = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(given)
    args = parser.parse_args(given)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        code: int = func(args)
    except UserError as err:
        for line in err.lines():
            print(line, file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("uitslag: afgebroken / interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # a defect, not bad input: say so plainly, no traceback
        if os.environ.get("UITSLAG_DEBUG"):
            raise
        print(
            f"uitslag: interne fout ({type(err).__name__}: {err}). Dit is een fout in Uitslag, "
            "niet in uw invoer; meld het met UITSLAG_DEBUG=1 erbij voor details.",
            file=sys.stderr,
        )
        return 70
    return code


if __name__ == "__main__":
    sys.exit(main())
