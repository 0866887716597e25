"""Every UI text goes through Qt's translation machinery (Dutch source texts, B1 level).

The translations live in ``gui/i18n/uitslag_<lang>.ts`` (Qt Linguist format) and are compiled to ``.qm``
by ``scripts/translations.py``; :func:`install` loads one with a :class:`QTranslator` when ``--lang`` or
the system locale asks for it. Dutch needs no file: it is the source language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "Uitslag"
FOLDER = Path(__file__).with_name("i18n")
SOURCE_LANGUAGE = "nl"

_installed: list[tuple[str, QTranslator]] = []


def tr(text: str, context: str = CONTEXT) -> str:
    """The translated text (Dutch when no translation is installed)."""
    return QCoreApplication.translate(context, text)


def tr_noop(text: str) -> str:
    """Marks a text for translation where it is defined; translate it with :func:`tr` where it is shown."""
    return text


def available() -> tuple[str, ...]:
    """The languages the app can show: Dutch and every compiled translation."""
    return (SOURCE_LANGUAGE, *sorted(p.stem.split("_", 1)[1] for p in FOLDER.glob("uitslag_*.qm")))


def choose(requested: str | None, locale: QLocale | None = None) -> str:
    """``requested`` (``--lang``) when given, else the system locale's language if there is a
    translation for it, else Dutch."""
    if requested:
        return requested.lower()
    name = (locale or QLocale.system()).name().split("_")[0].lower()
    return name if name in available() else SOURCE_LANGUAGE


def install(language: str) -> bool:
    """Load the translation for ``language`` into the running application (replacing an earlier
    one); False when there is none. Dutch removes any translation."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    uninstall()
    if language == SOURCE_LANGUAGE:
        return True
    translator = QTranslator(app)
    if not translator.load(str(FOLDER / f"uitslag_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append((language, translator))
    return True


def uninstall() -> None:
    """Back to the Dutch source texts."""
    app = QCoreApplication.instance()
    while _installed:
        _, translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def language() -> str:
    """The language of the UI now."""
    return _installed[-1][0] if _installed else SOURCE_LANGUAGE
