"""Status is colour *and* text *and* a glyph (app.md §2 (principle 4)): never colour alone, because colour-blind
users and washed-out projectors must read it too.

A state key (the value of :class:`kieskring.app.states.EntryState`, or one of the extra keys below)
chooses the tone (the colour family of the stylesheet) and the glyph; the words come from the services.
This table is presentation only: which state a station is in is decided by the services."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gui.theme import restyle


@dataclass(frozen=True)
class Look:
    """How a state shows: the stylesheet's tone and a glyph."""

    tone: str
    glyph: str


DEFINITIVE = Look("green", "✓")
DIFFERENCE = Look("red", "●")
ERRORS = Look("red", "✗")
BUSY = Look("blue", "◐")
WAITING = Look("grey", "◑")
NOT_STARTED = Look("grey", "○")
WARNING = Look("amber", "⚠")
RETYPE = Look("amber", "↻")
"""Fields the coordinator sent back: type them again."""

LOOKS: Final = MappingProxyType(
    {
        # kieskring.app.states.EntryState values
        "empty": NOT_STARTED,
        "first_entry_in_progress": BUSY,
        "first_entry_has_errors": ERRORS,
        "first_entry_finalised": WAITING,
        "second_entry_in_progress": BUSY,
        "entries_different": DIFFERENCE,
        "first_entry_correction": BUSY,
        "second_entry_correction": BUSY,
        "definitive": DEFINITIVE,
        # generic keys (findings, sections, session)
        "not_started": NOT_STARTED,
        "in_progress": BUSY,
        "waiting": WAITING,
        "done": DEFINITIVE,
        "difference": DIFFERENCE,
        "error": ERRORS,
        "errors": ERRORS,
        "warning": WARNING,
        "to_retype": RETYPE,
    }
)
"""State key → look. An unknown key is a defect (KeyError), never a silent grey."""

TONES: Final = ("green", "red", "blue", "grey", "amber")


def look(state: str) -> Look:
    """The look of ``state`` (KeyError when the key is unknown)."""
    return LOOKS[state]


class StatusBadge(QLabel):
    """A state as a badge: glyph and label on the tone's tint, e.g. "✓ Definitief" (``size="large"``
    for the projector)."""

    def __init__(
        self, state: str, label: str, *, size: str = "normal", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if size not in ("normal", "medium", "large"):
            raise ValueError(f"unknown badge size {size!r}")
        self.setProperty("kind", "badge")
        self.setProperty("scale", size)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.state = ""
        self.set_state(state, label)

    def set_state(self, state: str, label: str) -> None:
        """Show ``state`` with the words ``label`` (from the services)."""
        shown = look(state)
        self.state = state
        self.setText(f"{shown.glyph} {label}")
        self.setAccessibleName(label)
        restyle(self, "tone", shown.tone)
