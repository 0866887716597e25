"""Errors a user can act on: each names the file, the place, the rule and what to do.

The CLI prints :meth:`UserError.lines` and exits with ``exit_code``; it never shows a traceback for
these. Messages are Dutch first, with English available through ``english``. Output stays readable
whatever the input (issue 12): one line per problem, no line longer than :data:`MAX_LINE`
characters and free of control characters, and at most :data:`MAX_PER_CODE` lines per code,
followed by ``CODE: … en N meer`` (``… and N more``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_PER_CODE = 20
"""Lines printed per problem code; the rest is counted."""
MAX_LINE = 500
"""Characters per printed line (a file name and a message fit; a pasted 100 KB value does not)."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def one_line(text: str, limit: int = MAX_LINE) -> str:
    """``text`` without line breaks or control characters (a file name or value could carry
    terminal escapes), shortened to ``limit`` characters with ``…``."""
    flat = _CONTROL.sub(" ", text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One problem: where it is (file and place), which rule it breaks, and the message."""

    code: str
    message_nl: str
    message_en: str = ""
    file: str = ""
    place: str = ""

    def render(self, *, english: bool = False) -> str:
        """``file:place: CODE message`` — the one-line form used by every command."""
        where = ":".join(part for part in (self.file, self.place) if part)
        text = self.message_en if english and self.message_en else self.message_nl
        return one_line(f"{where}: {self.code} {text}" if where else f"{self.code} {text}")


def summary_lines(
    problems: Iterable[Problem], *, english: bool = False, per_code: int = MAX_PER_CODE
) -> list[str]:
    """One line per problem, in order, at most ``per_code`` per code; then, per code with more,
    ``CODE: … en N meer`` (``… and N more``)."""
    seen: dict[str, int] = {}
    lines: list[str] = []
    for problem in problems:
        count = seen.get(problem.code, 0)
        seen[problem.code] = count + 1
        if count < per_code:
            lines.append(problem.render(english=english))
    for code, count in seen.items():
        if count > per_code:
            more = count - per_code
            lines.append(f"{code}: … and {more} more" if english else f"{code}: … en {more} meer")
    return lines


@dataclass
class UserError(Exception):
    """A failure caused by input the user can fix; carries one or more problems."""

    problems: tuple[Problem, ...]
    exit_code: int = 1
    english: bool = field(default=False)

    def __str__(self) -> str:
        return "; ".join(self.lines())

    def lines(self) -> list[str]:
        """The printable lines: one per problem, at most :data:`MAX_PER_CODE` per code."""
        return summary_lines(self.problems, english=self.english)
