"""What every page of the redesign shares: a service's text in the app's language, a refused call in
plain words, a line for messages, and swapping one page for the next in the window.

The words come from the services (:class:`~kieskring.app.api.vocabulary.Text`, the problems of a
:class:`~kieskring.app.api.vocabulary.UserError`); a page only picks the language (docs/app.md
§2.6) and never shows a traceback (§2.7)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from gui.i18n import language, tr
from gui.theme import restyle
from gui.widgets.buttons import shortcut_text
from gui.widgets.page import Page
from gui.widgets.shell import Shell
from gui.widgets.status import ERRORS
from kieskring.app.api.vocabulary import Problem, SessionState, Text, UserError

SESSION_LOOKS = {
    SessionState.DATA_ENTRY: "in_progress",
    SessionState.PAUSED: "waiting",
    SessionState.COMPLETED: "done",
}
"""How the session's state looks in a badge (its words come from the services)."""


def english() -> bool:
    """Whether the app shows English now."""
    return language() == "en"


def say(text: Text) -> str:
    """A service's text in the app's language."""
    return text.pick(english())


def sentence(words: str) -> str:
    """``words`` as a sentence: a capital first letter and a full stop."""
    words = words.strip()
    if not words:
        return words
    words = words[0].upper() + words[1:]
    return words if words[-1] in ".!?" else f"{words}."


def problem_line(problem: Problem) -> str:
    """One problem as a plain sentence with its code (and place) beside it, never instead of it."""
    text = problem.message_en if english() and problem.message_en else problem.message_nl
    where = ", ".join(part for part in (problem.code, problem.file, problem.place) if part)
    return f"{sentence(text)} ({where})"


def problem_text(error: UserError) -> str:
    """Every problem of ``error`` on its own line."""
    return "\n".join(problem_line(p) for p in error.problems)


class Notice(QLabel):
    """A line for what happened: a refusal (red, with ✗ and the code) or plain information; hidden
    when empty. Selectable, so a code can be copied for the coordinator."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(tr("Melding"))
        self.setProperty("kind", "notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(self.textInteractionFlags().TextSelectableByMouse)
        self.hide()

    def show_problem(self, error: UserError) -> None:
        """Show why a call was refused."""
        self._show(f"{ERRORS.glyph} {problem_text(error)}", ERRORS.tone)

    def show_attention(self, text: str) -> None:
        """Show something the user must know (red, with ✗), e.g. that the entry goes to the
        coordinator."""
        self._show(f"{ERRORS.glyph} {text}", ERRORS.tone)

    def show_info(self, text: str) -> None:
        """Show information (no colour: it is not a problem)."""
        self._show(text, "")

    def clear(self) -> None:
        """Nothing to say."""
        self._show("", "")

    def _show(self, text: str, tone: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        restyle(self, "tone", tone)
        self.setVisible(bool(text))


def swap_page(shell: Shell, old: Page | None, new: Page) -> None:
    """Show ``new`` in the window and throw ``old`` away (its values leave the screen)."""
    shell.show_page(new)
    if old is not None and old is not new:
        shell.stack.removeWidget(old)
        old.hide()
        old.deleteLater()


def bind_keys(page: Page, button: QPushButton, keys: str) -> None:
    """Show ``keys`` on ``button`` and let them press it at once while the focus is on ``page`` (a
    button's own shortcut clicks only after a short animation; a typist's next keys must not race
    it). The keys are listed in the F1 overlay with the button's words."""
    text = str(button.property("plainText") or button.text())
    button.setText(f"{text} ({shortcut_text(keys)})")
    button.setAccessibleDescription(shortcut_text(keys))

    def press() -> None:
        if button.isEnabled() and button.isVisible():
            button.click()

    page.add_shortcut(keys, text, press)
