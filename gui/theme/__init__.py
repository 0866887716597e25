"""The look of the app in one place: the palette (:mod:`gui.theme.palette`) and the stylesheet
``uitslag.qss`` built from it, applied once to the QApplication by :func:`apply` (app.md §2 (principle 8)).

Widgets never set a colour themselves: they carry dynamic properties (``kind``, ``tone``,
``finding``, …) that the stylesheet styles; :func:`restyle` re-applies the stylesheet after such a
property changes. The only colour outside the stylesheet is the dimmed backdrop of the help overlay,
on which no text sits.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from gui.theme.palette import COLOURS, FONT_FAMILIES, FONT_SIZES, tokens

QSS = Path(__file__).with_name("uitslag.qss")
TOKEN = re.compile(r"@([a-z][a-z0-9_]*)")
COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
APPLIED = "uitslagTheme"
"""The application property that says the theme is applied (so :func:`apply` runs once)."""


def stylesheet() -> str:
    """``uitslag.qss`` without its comments, every ``@token`` replaced by its palette value
    (KeyError: an unknown token)."""
    values = tokens()
    text = COMMENT.sub("", QSS.read_text(encoding="utf-8"))
    return TOKEN.sub(lambda match: values[match.group(1)], text)


def font(points: int | None = None) -> QFont:
    """The UI font (first installed family of :data:`FONT_FAMILIES`) at ``points`` (default: body)."""
    chosen = QFont()
    chosen.setFamilies(list(FONT_FAMILIES))
    chosen.setPointSize(points or FONT_SIZES["body"])
    return chosen


def qpalette() -> QPalette:
    """The Qt palette from the same colours, for what Qt paints outside the stylesheet (check
    marks, scroll bars, item text in views); its text/background pairs are tested like the QSS."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "canvas",
        QPalette.ColorRole.WindowText: "ink",
        QPalette.ColorRole.Base: "surface",
        QPalette.ColorRole.AlternateBase: "canvas",
        QPalette.ColorRole.Text: "ink",
        QPalette.ColorRole.PlaceholderText: "ink_muted",
        QPalette.ColorRole.Button: "surface",
        QPalette.ColorRole.ButtonText: "ink",
        QPalette.ColorRole.Highlight: "selection",
        QPalette.ColorRole.HighlightedText: "ink",
        QPalette.ColorRole.ToolTipBase: "surface",
        QPalette.ColorRole.ToolTipText: "ink",
        QPalette.ColorRole.Link: "primary",
        QPalette.ColorRole.BrightText: "surface",
    }
    for role, name in roles.items():
        palette.setColor(role, QColor(COLOURS[name]))
    for role, name in (
        (QPalette.ColorRole.WindowText, "disabled_ink"),
        (QPalette.ColorRole.Text, "disabled_ink"),
        (QPalette.ColorRole.ButtonText, "disabled_ink"),
        (QPalette.ColorRole.Base, "disabled_fill"),
        (QPalette.ColorRole.Button, "disabled_fill"),
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(COLOURS[name]))
    return palette


def apply(app: QApplication) -> None:
    """Give ``app`` the Fusion style (the same on every platform), the font, the palette and the
    stylesheet; a second call does nothing."""
    if app.property(APPLIED):
        return
    app.setStyle("Fusion")
    app.setFont(font())
    app.setPalette(qpalette())
    app.setStyleSheet(stylesheet())
    app.setProperty(APPLIED, True)


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set the dynamic property ``name`` that the stylesheet selects on, and re-apply the style."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
