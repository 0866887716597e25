"""``uitslag eml validate|check``: XSD validation and the Kiesraad consistency rules.

* ``uitslag eml validate [--schemas DIR] FILE...`` validates each file against its own XSD (schema
  folder from ``--schemas`` or ``UITSLAG_SCHEMAS``); with several files it also applies the
  cross-file rules, and says the files belong together only when they are of one election.
* ``uitslag eml check FILE...`` reads each file with its reader (110a, 110b, 230b, 510b/c/d, 520)
  and applies the rules of chain.md §3 and, across files, :func:`~kieskring.eml.consistency.
  one_election` (one election, lists and candidates in the 230b of their kieskring, authorities in
  the 110a tree); warnings are printed, errors give exit 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.domain import CandidateLists, Count, Election, ElectionIdentity
from kieskring.eml.common import child, read_identity, tag
from kieskring.eml.consistency import ElectionFiles, one_election
from kieskring.eml.read_110a import election_from_root
from kieskring.eml.read_110b import stations_from_root
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.read_510 import check_count, count_from_root
from kieskring.eml.read_520 import result_from_root
from kieskring.eml.safe import load_eml
from kieskring.eml.validate import SCHEMA_FILES, validate_file
from kieskring.errors import Problem, UserError, summary_lines


def register(subparsers: Any) -> None:
    """Add ``eml`` with ``validate`` and ``check``."""
    parser = add_command(
        subparsers,
        "eml",
        summary="EML-bestanden controleren",
        description="Controleert EML_NL-bestanden: tegen het XSD-schema (validate) of met de\n"
        "regels van de Kiesraad (check).",
        examples=("uitslag eml validate Telling_GR2022_Gemeente.eml.xml",),
    )
    sub = parser.add_subparsers(dest="eml_command", metavar="ACTIE", required=True, title="acties")
    validate = add_command(
        sub,
        "validate",
        summary="controleer tegen het XSD-schema",
        description="Controleert elk bestand tegen zijn eigen EML_NL-schema. De schema's van\n"
        "EML_NL 1.2.2 zitten in Uitslag; --schemas MAP (of UITSLAG_SCHEMAS) kiest een andere\n"
        "versie. Met meer bestanden: ook of ze bij elkaar horen (één verkiezing, lijsten en\n"
        "kandidaten in de 230b, stembureaus in de 110a). Code 1 met één regel per probleem.",
        examples=(
            "uitslag eml validate Telling_GR2022_Gemeente.eml.xml",
            "uitslag eml validate --schemas eml_nl/v1.2.3/xsd *.eml.xml",
        ),
    )
    validate.add_argument("files", type=Path, nargs="+", metavar="BESTAND", help="EML-bestanden")
    validate.add_argument(
        "--schemas", type=Path, metavar="MAP", help="andere map met EML_NL-schema's (XSD)"
    )
    validate.add_argument("--english", action="store_true", help="meldingen in het Engels")
    validate.set_defaults(func=run_validate)
    check = add_command(
        sub,
        "check",
        summary="lees en controleer de regels van de Kiesraad",
        description="Leest elk bestand (110a, 230b, 510b/c/d, 520) en past de regels van de\n"
        "Kiesraad toe; alle bestanden moeten bij één verkiezing horen. Waarschuwingen worden\n"
        "getoond; fouten geven code 1.",
        examples=("uitslag eml check Kandidatenlijsten_GR2022_Gemeente.eml.xml Telling_*.eml.xml",),
    )
    check.add_argument("files", type=Path, nargs="+", metavar="BESTAND", help="EML-bestanden")
    check.add_argument("--english", action="store_true", help="meldingen in het Engels")
    check.set_defaults(func=run_check)


@dataclass
class Collected:
    """The files read so far, by kind, for the cross-file rules."""

    definitions: list[tuple[str, Election]] = field(default_factory=list)
    lists: list[tuple[str, CandidateLists]] = field(default_factory=list)
    counts: list[tuple[str, Count]] = field(default_factory=list)
    others: list[tuple[str, ElectionIdentity]] = field(default_factory=list)

    def as_files(self) -> ElectionFiles:
        """The files as one run; a second 110a is compared by its identity."""
        first = self.definitions[0] if self.definitions else None
        extra = [(file, d.identity) for file, d in self.definitions[1:]]
        return ElectionFiles(first, tuple(self.lists), tuple(self.counts), (*extra, *self.others))

    def read(self, path: Path, warnings: list[Problem]) -> str:
        """Read ``path`` with its reader into this collection; returns its message id."""
        _, root = load_eml(path, tuple(SCHEMA_FILES))
        file, message = str(path), root.get("Id", "")
        if message == "110a":
            self.definitions.append((file, election_from_root(root, file)))
        elif message == "230b":
            self.lists.append((file, lists_from_root(root, file)))
        elif message.startswith("510"):
            count = count_from_root(root, file)
            check_count(count, file, warnings)
            self.counts.append((file, count))
        elif message == "520":
            self.others.append((file, result_from_root(root, file).identity))
        elif message == "110b":
            self.others.append((file, stations_from_root(root, file).identity))
        else:
            election = root.find(f".//{tag('Election')}")
            identifier = child(root if election is None else election, "ElectionIdentifier", file)
            self.others.append((file, read_identity(identifier, file)))
        return message


def _each(files: list[Path], english: bool, action: Callable[[Path], str]) -> list[Problem]:
    """Run ``action`` on every file, printing its line; the problems of all files."""
    problems: list[Problem] = []
    for path in files:
        try:
            print(f"{path}: {action(path)}")
        except UserError as err:
            problems.extend(err.problems)
    return problems


def run_validate(args: argparse.Namespace) -> int:
    """Validate every file against its schema; with several files, also check them against each
    other (one election, lists and candidates in the 230b, authorities in the 110a tree)."""
    problems = _each(args.files, args.english, lambda p: f"{validate_file(p, args.schemas)} OK")
    if len(args.files) > 1:
        collected = Collected()
        problems += _each(args.files, args.english, lambda p: f"{collected.read(p, [])} gelezen")
        problems += one_election(collected.as_files())
        if not problems:
            print(f"{len(args.files)} bestanden horen bij elkaar")
    if problems:
        raise UserError(tuple(problems), english=args.english)
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Read and check every file; all files must belong to one election (EML.112) and agree
    with each other (:func:`~kieskring.eml.consistency.one_election`)."""
    collected = Collected()

    def check_one(path: Path) -> str:
        warnings: list[Problem] = []
        message = collected.read(path, warnings)
        for line in summary_lines(warnings, english=args.english):
            print(f"waarschuwing: {line}")
        return f"{message} OK ({len(warnings)} waarschuwingen)"

    problems = _each(args.files, args.english, check_one)
    problems += one_election(collected.as_files())
    if problems:
        raise UserError(tuple(problems), english=args.english)
    return 0
