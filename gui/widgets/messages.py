"""Words from the services on screen (app.md §2 (principles 6 and 7)): a :class:`~kieskring.app.text.Text` in the
app's language (:func:`said`), a refused call's problems in plain words with their code, file and place
(:class:`MessageBox`, never a traceback), and the one signal a page gives when its session has ended
(:data:`SESSION`), so the window can return to the login screen.

Presentation only: what is wrong, and why, comes from the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gui.i18n import language
from gui.theme import restyle
from kieskring.app.api import Problem, UserError
from kieskring.app.text import Text

T = TypeVar("T")


def english() -> bool:
    """Whether the app speaks English now."""
    return language() == "en"


def said(text: Text) -> str:
    """``text`` in the app's language."""
    return text.pick(english())


def problem_line(problem: Problem) -> str:
    """One problem: its sentence, then where (file, place) and the code — "code beside the
    sentence, never instead of it"."""
    message = problem.message_en if english() and problem.message_en else problem.message_nl
    where = ", ".join(part for part in (problem.file, problem.place) if part)
    sentence = message[:1].upper() + message[1:]
    return f"{sentence}{f' ({where})' if where else ''} [{problem.code}]"


def problem_text(error: UserError) -> str:
    """Every problem of ``error`` on its own line."""
    return "\n".join(problem_line(p) for p in error.problems)


def session_lost(error: UserError) -> bool:
    """Whether ``error`` says the session is over (expired, ended elsewhere, after a restore)."""
    return any(p.code.startswith("SESSION.") for p in error.problems)


class SessionEvents(QObject):
    """``ended(message)``: a call found that the session is over; the window shows the login."""

    ended = Signal(str)


SESSION = SessionEvents()
"""The app's one :class:`SessionEvents` (the main window connects to :attr:`SessionEvents.ended`)."""


class MessageBox(QLabel):
    """A line (or a few) above a page's content: a refused call's problems (red, ✗), or what just
    happened (green, ✓). Hidden when empty; selectable, so a code can be copied."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setProperty("kind", "message")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_error(self, error: UserError) -> None:
        """The problems of a refused call."""
        self._show("red", "✗", problem_text(error))

    def show_done(self, text: str) -> None:
        """What just happened."""
        self._show("green", "✓", text)

    def show_note(self, text: str) -> None:
        """Something to know (neither an error nor done)."""
        self._show("blue", "ℹ", text)

    def clear(self) -> None:
        """Nothing to say."""
        self.setText("")
        self.hide()

    def _show(self, tone: str, glyph: str, text: str) -> None:
        self.setText(f"{glyph} {text}")
        self.setAccessibleDescription(text)
        restyle(self, "tone", tone)
        self.show()


def attempt(box: MessageBox, call: Callable[[], T]) -> T | None:
    """Run ``call``; a refusal is shown in ``box`` (None is returned), and a lost session is
    announced on :data:`SESSION`."""
    try:
        result = call()
    except UserError as error:
        box.show_error(error)
        if session_lost(error):
            SESSION.ended.emit(problem_text(error))
        return None
    box.clear()
    return result


def perform(box: MessageBox, call: Callable[[], object]) -> bool:
    """Run ``call`` for its effect; False when it was refused (shown in ``box``)."""
    try:
        call()
    except UserError as error:
        box.show_error(error)
        if session_lost(error):
            SESSION.ended.emit(problem_text(error))
        return False
    box.clear()
    return True


def said_or(text: Text | None, fallback: str) -> str:
    """``text`` in the app's language, or ``fallback`` when there is none."""
    return said(text) if text is not None else fallback


__all__ = [
    "SESSION",
    "MessageBox",
    "SessionEvents",
    "attempt",
    "english",
    "perform",
    "problem_line",
    "problem_text",
    "said",
    "said_or",
    "session_lost",
]
