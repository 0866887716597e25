"""``uitslag eml validate|check``: XSD validation and the Kiesraad consistency rules.

* ``uitslag eml validate [--schemas DIR] FILE...`` validates each file against its own XSD (schema
  folder from ``--schemas`` or ``UITSLAG_SCHEMAS``); exit 1 with one line per problem.
* ``uitslag eml check FILE...`` reads each file with its reader (110a, 230b, 510b/c/d, 520) and applies
  the rules of chain.md §3 (all files must be of one election); warnings are printed, errors give
  exit 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.domain import ElectionIdentity
from kieskring.eml.codes import fail
from kieskring.eml.consistency import (
    authority_in_tree,
    count_matches_lists,
    raise_if,
    same_election,
)
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from kieskring.eml.safe import load_eml
from kieskring.eml.validate import SCHEMA_FILES, validate_file
from kieskring.errors import Problem, UserError


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


def _each(files: list[Path], english: bool, action: Callable[[Path], str]) -> int:
    problems: list[Problem] = []
    for path in files:
        try:
            print(f"{path}: {action(path)}")
        except UserError as err:
            problems.extend(err.problems)
    if problems:
        raise UserError(tuple(problems), english=english)
    return 0


def run_validate(args: argparse.Namespace) -> int:
    """Validate every file against its schema; with several files, also check them against each
    other (one election, lists and candidates in the 230b, authorities in the 110a tree)."""
    code = _each(args.files, args.english, lambda p: f"{validate_file(p, args.schemas)} OK")
    if len(args.files) > 1:
        problems = cross_checks(args.files)
        if problems:
            raise UserError(tuple(problems), english=args.english)
        print(f"{len(args.files)} bestanden horen bij elkaar")
    return code


def cross_checks(files: list[Path]) -> list[Problem]:
    """EML.112 (same election), EML.113 (lists/candidates known), EML.114 (authority in the tree)."""
    identities: list[tuple[Path, ElectionIdentity]] = []
    counts, lists, definitions = [], {}, []
    for path in files:
        _, root = load_eml(path, tuple(SCHEMA_FILES))
        message = root.get("Id", "")
        if message.startswith("510"):
            count = read_510(path)
            counts.append((path, count))
            identities.append((path, count.identity))
        elif message == "230b":
            candidate_lists = read_230b(path)
            lists[candidate_lists.contest_id] = candidate_lists
            identities.append((path, candidate_lists.identity))
        elif message == "110a":
            definition = read_110a(path)
            definitions.append(definition)
            identities.append((path, definition.identity))
        elif message == "520":
            identities.append((path, read_520(path).identity))
    problems: list[Problem] = []
    for path, identity in identities[1:]:
        problems += same_election(identities[0][1], identity, str(path))
    for path, count in counts:
        match = lists.get(count.contest_id) or (
            next(iter(lists.values())) if len(lists) == 1 else None
        )
        if match is not None:
            problems += count_matches_lists(count, match, str(path))
        for definition in definitions:
            problems += authority_in_tree(definition, count, str(path))
    return problems


def _identity(path: Path, message: str, warnings: list[Problem]) -> ElectionIdentity:
    if message.startswith("510"):
        return read_510(path, warnings=warnings).identity
    if message == "110a":
        return read_110a(path).identity
    if message == "230b":
        return read_230b(path).identity
    if message == "520":
        return read_520(path).identity
    raise fail("EML.023", str(path), message=message)


def _check_one(path: Path, english: bool, seen: list[ElectionIdentity]) -> str:
    _, root = load_eml(path, tuple(SCHEMA_FILES))
    message = root.get("Id", "")
    warnings: list[Problem] = []
    identity = _identity(path, message, warnings)
    for warning in warnings:
        print(f"waarschuwing: {warning.render(english=english)}")
    if seen:
        raise_if(same_election(seen[0], identity, str(path)))
    seen.append(identity)
    return f"{message} OK ({len(warnings)} waarschuwingen)"


def run_check(args: argparse.Namespace) -> int:
    """Read and check every file; all files must belong to one election (EML.112)."""
    seen: list[ElectionIdentity] = []
    return _each(args.files, args.english, lambda p: _check_one(p, args.english, seen))
