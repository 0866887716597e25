"""Numbers look like numbers (app.md §2 (principle 5)): right-aligned, about 8 digits wide, tabular figures,
typed without separators and shown with them.

:class:`NumberField` is where a typist types a count from the paper: digits only, at most
999.999.999 (the largest count the services accept; the services decide what is valid), empty means
"not typed" (the services read it as 0). Keyboard first (app.md §2 (principle 2)): Enter, Tab and ↓ go to the next
field, ↑ to the previous one, Shift+↓ jumps to a named target (the list total on a list page),
Shift+Enter asks to save the section; the content is selected when the field gets the focus, so a
correction is typed over it. :class:`NumberDisplay` shows a number read-only, with thousands
separators (a full stop in Dutch, a comma in English)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from gui.i18n import language
from gui.theme import restyle
from gui.theme.palette import FONT_SIZES, NUMBER_DIGITS, SPACING

MAX_DIGITS = 9
"""999.999.999 is the largest number a field takes (nine digits)."""

TABULAR = QFont.Tag("tnum")


def number_font(base: QFont) -> QFont:
    """``base`` at the number size with tabular figures (every digit equally wide)."""
    font = QFont(base)
    font.setPointSize(FONT_SIZES["number"])
    font.setFeature(TABULAR, 1)
    return font


def format_number(value: int | None) -> str:
    """``1234567`` → ``1.234.567`` (Dutch) or ``1,234,567`` (English); None → empty."""
    if value is None:
        return ""
    separator = "," if language() == "en" else "."
    return f"{value:,}".replace(",", separator)


def digits_width(font: QFont, digits: int = NUMBER_DIGITS) -> int:
    """The width in pixels of ``digits`` digits in ``font``."""
    return QFontMetrics(font).horizontalAdvance("0" * digits)


class NumberField(QLineEdit):
    """One count typed from the paper. ``value()`` is None when nothing was typed.

    ``finding`` (``"error"``, ``"warning"`` or ``None``) highlights the field in the stylesheet; the
    findings box says why in words. ``jump_target`` is the widget Shift+↓ jumps to."""

    submitted = Signal()
    """Shift+Enter in this field (when no button shortcut took it first): save the section."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setObjectName(name)
        self.setProperty("kind", "number")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{MAX_DIGITS}}}"), self)
        )
        self.setMaxLength(MAX_DIGITS)
        self.setFont(number_font(self.font()))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedWidth(self.width_for(self.font()))
        self.jump_target: QWidget | None = None

    @staticmethod
    def width_for(font: QFont) -> int:
        """Nine digits plus the stylesheet's padding and border (about 8 digits: app.md §2 (principle 5))."""
        return digits_width(number_font(font)) + 2 * SPACING["md"] + 8

    def value(self) -> int | None:
        """The typed number; None when the field is empty ("not typed")."""
        text = self.text()
        return int(text) if text else None

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as typed (no separators); None empties the field."""
        self.setText("" if value is None else str(value))

    def finding(self) -> str | None:
        """The highlight: ``"error"``, ``"warning"`` or None."""
        value = self.property("finding")
        return str(value) if value else None

    def set_finding(self, severity: str | None) -> None:
        """Highlight the field for an error or a warning of the findings box (None: no highlight)."""
        if severity not in (None, "error", "warning"):
            raise ValueError(f"unknown severity {severity!r}")
        restyle(self, "finding", severity or "")

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Select the content, so what is typed replaces it (after a mouse click too)."""
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter/↓ next field, ↑ previous field, Shift+↓ the jump target, Shift+Enter submitted."""
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if shift:
                self.submitted.emit()
            else:
                self.focusNextChild()
        elif key == Qt.Key.Key_Down and shift and self.jump_target is not None:
            self.jump_target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif key == Qt.Key.Key_Down:
            self.focusNextChild()
        elif key == Qt.Key.Key_Up and not shift:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class NumberDisplay(QLabel):
    """A number shown, not typed: right-aligned, tabular, with thousands separators; as wide as a
    :class:`NumberField`, so a sum lines up under the fields it adds."""

    def __init__(self, name: str, value: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setObjectName(name)
        self.setProperty("kind", "number")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFont(number_font(self.font()))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFixedWidth(NumberField.width_for(self.font()))  # its digits line up with the fields
        self._value: int | None = None
        self.set_value(value)

    def value(self) -> int | None:
        """The number shown (None: nothing)."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` with separators (None: empty)."""
        self._value = value
        self.setText(format_number(value))
