"""Reading a CSV of new accounts for the administrator: columns username, full name, role (issue 12 D).

Every row is checked before anything is created, and every problem is named by its line (``regel 3``)
and the file. Accepted: UTF-8 (with or without BOM), a comma or a semicolon between the columns (as
spreadsheets in Dutch write it), a header line naming the three columns in Dutch or English in any
order, roles by their Dutch or English name. Pure: the caller passes the existing usernames and
creates the accounts (:meth:`kieskring.app.users.Users.import_users`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from kieskring.app.credentials import (
    look_alike,
    look_alike_problem,
    normalise_username,
    username_problem,
)
from kieskring.errors import Problem, UserError

MAX_BYTES = 1 << 20
MAX_ROWS = 1000

COLUMNS: dict[str, frozenset[str]] = {
    "username": frozenset({"username", "gebruikersnaam", "gebruiker", "login"}),
    "fullname": frozenset({"full name", "fullname", "name", "naam", "volledige naam"}),
    "role": frozenset({"role", "rol"}),
}
"""The header names accepted for each column (compared case-insensitively)."""

ROLE_NAMES: dict[str, str] = {
    "beheerder": "beheerder",
    "administrator": "beheerder",
    "coördinator": "coordinator",
    "coordinator": "coordinator",
    "invoerder": "invoerder",
    "typist": "invoerder",
}
"""Role names in the file → the role as stored (:class:`kieskring.app.users.Role` values)."""


@dataclass(frozen=True)
class AccountRow:
    """One checked line: the normalised username, the full name and the role (its stored value)."""

    line: int
    username: str
    fullname: str
    role: str


def _problem(path: Path, line: int, code: str, nl: str, en: str) -> Problem:
    return Problem(code, nl, en, file=str(path), place=f"regel {line}" if line else "")


def _fail(path: Path, line: int, code: str, nl: str, en: str) -> UserError:
    return UserError((_problem(path, line, code, nl, en),))


def _text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise _fail(
            path,
            0,
            "USERS.CSV_READ",
            f"kan bestand niet lezen ({err.strerror})",
            f"cannot read file ({err.strerror})",
        ) from None
    if len(data) > MAX_BYTES:
        raise _fail(
            path,
            0,
            "USERS.CSV_TOO_LARGE",
            "bestand is groter dan 1 MiB",
            "file is larger than 1 MiB",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise _fail(
            path,
            0,
            "USERS.CSV_ENCODING",
            f"geen UTF-8 (byte {err.start})",
            f"not UTF-8 (byte {err.start})",
        ) from None


def _cells(line: str, delimiter: str) -> list[str]:
    """One line's cells (a quoted cell may hold the delimiter; a line is one record)."""
    return next(csv.reader(io.StringIO(line), delimiter=delimiter), [])


def _header(path: Path, cells: list[str], line: int) -> dict[str, int]:
    """Column name → index; the header must name the three columns once each."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = " ".join(cell.split()).casefold()
        column = next((key for key, names in COLUMNS.items() if name in names), None)
        if column is not None and column not in found:
            found[column] = index
    if len(found) != len(COLUMNS) or len(cells) != len(COLUMNS):
        raise _fail(
            path,
            line,
            "USERS.CSV_HEADER",
            "eerste regel moet de kolommen noemen: gebruikersnaam, volledige naam, rol",
            "the first line must name the columns: username, full name, role",
        )
    return found


def _row(
    path: Path, line: int, cells: list[str], columns: dict[str, int], taken: dict[str, int]
) -> tuple[AccountRow | None, list[Problem]]:
    """Check one line against the rules and the names already taken (existing: line 0)."""
    if len(cells) != len(COLUMNS):
        return None, [
            _problem(
                path,
                line,
                "USERS.CSV_COLUMNS",
                f"verwacht {len(COLUMNS)} kolommen, gevonden {len(cells)}",
                f"expected {len(COLUMNS)} columns, found {len(cells)}",
            )
        ]
    name = normalise_username(cells[columns["username"]])
    problems = [
        _problem(path, line, p.code, p.message_nl, p.message_en)
        for p in (username_problem(name),)
        if p is not None
    ]
    if name in taken:
        where = f"regel {taken[name]}" if taken[name] else "een bestaand account"
        where_en = f"line {taken[name]}" if taken[name] else "an existing account"
        problems.append(
            _problem(
                path,
                line,
                "USERS.USERNAME_TAKEN",
                f"gebruikersnaam '{name}' bestaat al ({where})",
                f"username '{name}' is already taken ({where_en})",
            )
        )
    elif (other := look_alike(name, list(taken))) is not None:
        found = look_alike_problem(name, other)
        problems.append(_problem(path, line, found.code, found.message_nl, found.message_en))
    role = ROLE_NAMES.get(" ".join(cells[columns["role"]].split()).casefold())
    if role is None:
        problems.append(
            _problem(
                path,
                line,
                "USERS.ROLE_UNKNOWN",
                f"onbekende rol '{cells[columns['role']].strip()}' (beheerder, coördinator, invoerder)",
                f"unknown role '{cells[columns['role']].strip()}' (administrator, coordinator, typist)",
            ),
        )
    taken.setdefault(name, line)
    if problems or role is None:
        return None, problems
    return AccountRow(line, name, " ".join(cells[columns["fullname"]].split()) or name, role), []


def read_accounts(path: Path, existing: list[str]) -> tuple[AccountRow, ...]:
    """The checked rows of ``path``; every problem of every line at once as one :class:`UserError`."""
    lines = _text(path).splitlines()
    first = next((n for n, text in enumerate(lines) if text.strip()), None)
    if first is None:
        raise _fail(path, 1, "USERS.CSV_HEADER", "bestand is leeg", "file is empty")
    if len(lines) - first > MAX_ROWS + 1:
        raise _fail(
            path,
            0,
            "USERS.CSV_TOO_MANY",
            f"meer dan {MAX_ROWS} accounts",
            f"more than {MAX_ROWS} accounts",
        )
    delimiter = ";" if lines[first].count(";") > lines[first].count(",") else ","
    columns = _header(path, _cells(lines[first], delimiter), first + 1)
    taken = dict.fromkeys(existing, 0)
    accounts: list[AccountRow] = []
    problems: list[Problem] = []
    for index in range(first + 1, len(lines)):
        if not lines[index].strip():
            continue
        cells = _cells(lines[index], delimiter)
        account, found = _row(path, index + 1, cells, columns, taken)
        problems += found
        accounts += [account] if account else []
    if not problems and not accounts:
        problems.append(
            _problem(
                path,
                0,
                "USERS.CSV_EMPTY",
                "geen accounts in het bestand",
                "no accounts in the file",
            )
        )
    if problems:
        raise UserError(tuple(problems))
    return tuple(accounts)
