"""Errors a user can act on: each names the file, the place, the rule and what to do.

The CLI prints :meth:`UserError.lines` (one line per problem) and exits with ``exit_code``; it never
shows a traceback for these. Messages are Dutch first, with English available through ``english``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
        return f"{where}: {self.code} {text}" if where else f"{self.code} {text}"


@dataclass
class UserError(Exception):
    """A failure caused by input the user can fix; carries one or more problems."""

    problems: tuple[Problem, ...]
    exit_code: int = 1
    english: bool = field(default=False)

    def __str__(self) -> str:
        return "; ".join(self.lines())

    def lines(self) -> list[str]:
        """One printable line per problem."""
        return [problem.render(english=self.english) for problem in self.problems]
