"""``uitslag eml validate|check``: XSD validation and the Kiesraad consistency rules.

* ``uitslag eml validate [--schemas DIR] FILE...`` validates each file against its own XSD (schema
  folder from ``--schemas`` or ``UITSLAG_SCHEMAS``); exit 1 with one line per problem.
* ``uitslag eml check FILE...`` reads each file with its reader (110a, 230b, 510b/c/d, 520) and applies
  the rules of chain.md §3; warnings are printed, errors give exit 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from kieskring.eml.safe import load_eml
from kieskring.eml.validate import SCHEMA_FILES, validate_file
from kieskring.errors import Problem, UserError


def register(subparsers: Any) -> None:
    """Add ``eml`` with ``validate`` and ``check``."""
    parser = subparsers.add_parser("eml", help="EML-bestanden controleren")
    sub = parser.add_subparsers(dest="eml_command", metavar="ACTIE", required=True)
    validate = sub.add_parser("validate", help="controleer tegen het XSD-schema")
    validate.add_argument("files", type=Path, nargs="+", metavar="FILE")
    validate.add_argument("--schemas", type=Path, help="map met de EML_NL-schema's")
    validate.add_argument("--english", action="store_true", help="messages in English")
    validate.set_defaults(func=run_validate)
    check = sub.add_parser("check", help="lees en controleer de regels van de Kiesraad")
    check.add_argument("files", type=Path, nargs="+", metavar="FILE")
    check.add_argument("--english", action="store_true", help="messages in English")
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
    """Validate every file; all problems are reported together."""
    return _each(args.files, args.english, lambda p: f"{validate_file(p, args.schemas)} OK")


def _check_one(path: Path, english: bool) -> str:
    _, root = load_eml(path, tuple(SCHEMA_FILES))
    message = root.get("Id", "")
    warnings: list[Problem] = []
    if message.startswith("510"):
        read_510(path, warnings=warnings)
    elif message == "110a":
        read_110a(path)
    elif message == "230b":
        read_230b(path)
    elif message == "520":
        read_520(path)
    for warning in warnings:
        print(f"waarschuwing: {warning.render(english=english)}")
    return f"{message} OK ({len(warnings)} waarschuwingen)"


def run_check(args: argparse.Namespace) -> int:
    """Read and check every file."""
    return _each(args.files, args.english, lambda p: _check_one(p, args.english))
