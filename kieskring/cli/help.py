"""The command line's help and usage errors in Dutch, in one place.

argparse writes its own words in English ("usage:", "positional arguments", "options", "show this
help message and exit", "error: the following arguments are required"). :class:`DutchParser` (the
class of the top-level parser, so every sub-command's parser too) replaces them: the help option and
the group titles are made in Dutch, the usage prefix comes from :class:`DutchFormatter`, and a usage
error is translated by :data:`ERROR_TEXTS` and exits with code 2 (:data:`EXIT_USAGE`).
:func:`add_command` gives every sub-command the same shape: a one-line summary, a description and
examples (the epilog).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

EXIT_USAGE = 2
EXIT_CODES = """\
Afsluitcodes:
  0   klaar, alles in orde
  1   fout in de invoer of een controle faalt (één regel per probleem)
  2   gebruiksfout: onbekende opdracht of optie, of een verplichte optie ontbreekt
  3   loting nodig (de opties staan in de uitvoer)
  70  interne fout in Uitslag (meld het, met UITSLAG_DEBUG=1 voor details)"""

ERROR_TEXTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), dutch)
    for pattern, dutch in (
        (r"the following arguments are required: (.+)", r"verplicht maar niet gegeven: \1"),
        (r"unrecognized arguments: (.+)", r"onbekende argumenten: \1"),
        (r"invalid choice: (.+?) \(choose from (.+)\)", r"ongeldige keuze \1 (kies uit \2)"),
        (r"unknown parser (.+?) \(choices: (.+)\)", r"onbekende opdracht \1 (kies uit \2)"),
        (r"expected one argument", "verwacht één waarde"),
        (r"expected at most one argument", "verwacht hooguit één waarde"),
        (r"expected at least one argument", "verwacht minstens één waarde"),
        (r"expected (\d+) arguments?", r"verwacht \1 waarden"),
        (r"invalid int value: (.+)", r"geen geheel getal: \1"),
        (r"invalid (\S+) value: (.+)", r"ongeldige waarde \2 (\1)"),
        (r"not allowed with argument (.+)", r"mag niet samen met \1"),
        (r"ambiguous option: (\S+) could match (.+)", r"optie \1 is dubbelzinnig: \2"),
        (r"one of the arguments (.+) is required", r"één van deze is verplicht: \1"),
        (r"ignored explicit argument (.+)", r"waarde \1 genegeerd"),
        (r"unexpected option: (.+)", r"onverwachte optie \1"),
        (r"maybe you meant (.+?)\?", r"bedoelt u \1?"),
    )
)
"""argparse's English usage errors (Python 3.11–3.14) and their Dutch text."""


def translate_error(message: str) -> str:
    """The Dutch text of one argparse usage error (unknown phrases pass unchanged)."""
    for pattern, dutch in ERROR_TEXTS:
        message = pattern.sub(dutch, message)
    return message


class DutchFormatter(argparse.RawDescriptionHelpFormatter):
    """Help with "gebruik:" and descriptions/epilogs printed as written (examples keep their lines)."""

    def __init__(self, prog: str, **kwargs: Any) -> None:
        kwargs.setdefault("max_help_position", 32)
        super().__init__(prog, **kwargs)

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class DutchParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Dutch; sub-command parsers inherit the class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchFormatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help="toon deze hulp"
            )

    def error(self, message: str) -> NoReturn:
        """A usage error: the usage line, the Dutch message, exit 2."""
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {translate_error(message)}\n")


def examples_epilog(examples: Sequence[str], more: str = "") -> str:
    """The epilog: "Voorbeeld(en):" with one command per line, then ``more`` (plain text)."""
    title = "Voorbeeld:" if len(examples) == 1 else "Voorbeelden:"
    text = "\n".join([title, *(f"  {example}" for example in examples)])
    return f"{text}\n\n{more}" if more else text


def add_command(
    subparsers: Any,
    name: str,
    *,
    summary: str,
    description: str,
    examples: Sequence[str],
    more: str = "",
) -> argparse.ArgumentParser:
    """A sub-command with the house shape: summary (in the list of commands), description, examples."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=summary,
        description=description,
        epilog=examples_epilog(examples, more),
    )
    return parser


class VersionAction(argparse.Action):
    """``--version``: version, commit and schemas (asked of git only when requested)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "toon versie, commit en schema's")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from kieskring.version import describe

        print(describe())
        parser.exit(0)
