"""Every UI text goes through Qt's translation machinery (Dutch source texts, B1 level)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "Uitslag") -> str:
    """The translated text (Dutch when no translation is installed)."""
    return QCoreApplication.translate(context, text)
