"""Qt translation files of the desktop app: ``gui/i18n/uitslag_<lang>.ts`` and the compiled ``.qm``.

The texts are the literal first arguments of ``tr(...)`` and ``tr_noop(...)`` in ``gui/`` (found with
the ``ast`` module: ``pyside6-lupdate`` would give plain ``tr()`` calls a class context, while
:func:`gui.i18n.tr` uses one context, ``Uitslag``). The ``.ts`` is the source of the translations (edit
it in Qt Linguist or by hand); this script keeps every translation, adds new texts as unfinished,
keeps the translations of texts that are gone as ``vanished`` (for when they return), and compiles
with ``pyside6-lrelease``.

    python scripts/translations.py           # update every .ts and compile it to .qm
    python scripts/translations.py --check   # exit 1 when a text is missing or unfinished
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"
FOLDER = GUI / "i18n"
CONTEXT = "Uitslag"
MARKERS = ("tr", "tr_noop")

Key = tuple[str, str]
"""(context, Dutch source text)"""


@dataclass
class Sources:
    """Every translatable text with where it is used, and the calls whose text is not a literal."""

    texts: dict[Key, list[str]] = field(default_factory=dict)
    dynamic: list[str] = field(default_factory=list)


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in MARKERS
            and node.args
        ):
            yield node


def _context(call: ast.Call) -> str:
    given = call.args[1] if len(call.args) > 1 else None
    given = next((k.value for k in call.keywords if k.arg == "context"), given)
    return str(given.value) if isinstance(given, ast.Constant) else CONTEXT


def sources(folder: Path = GUI) -> Sources:
    """The ``tr()`` texts of every ``.py`` file under ``folder``."""
    found = Sources()
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for call in _calls(tree):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            text = call.args[0]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.texts.setdefault((_context(call), text.value), []).append(where)
            elif not path.samefile(GUI / "i18n.py") and not _is_marked_table(call):
                found.dynamic.append(where)
    return found


def _is_marked_table(call: ast.Call) -> bool:
    """``tr(HEADERS[i])``: a subscript of a table whose texts are marked with ``tr_noop``."""
    return isinstance(call.args[0], ast.Subscript)


def read_ts(path: Path) -> dict[Key, str]:
    """The finished translations in a ``.ts`` file."""
    if not path.exists():
        return {}
    done: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                done[(name, message.findtext("source", ""))] = translation.text or ""
    return done


def _order(item: tuple[Key, list[str]]) -> tuple[str, str]:
    """Stable order in the file: by the first file that uses the text, then the text."""
    (_, text), places = item
    return (places[0].rsplit(":", 1)[0], text)


def write_ts(path: Path, language: str, found: Sources, done: dict[Key, str]) -> int:
    """Write the ``.ts`` for ``language``; the number of unfinished texts."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="nl_NL")
    unfinished = 0
    for context in sorted({c for c, _ in found.texts}):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for (ctx, text), places in sorted(found.texts.items(), key=_order):
            if ctx != context:
                continue
            message = ET.SubElement(node, "message")
            for file in sorted({place.rsplit(":", 1)[0] for place in places}):
                relative = Path(file).relative_to(FOLDER.relative_to(ROOT).parent)
                ET.SubElement(message, "location", filename=f"../{relative}")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            if (ctx, text) in done:
                translation.text = done[(ctx, text)]
            else:
                translation.set("type", "unfinished")
                unfinished += 1
    _vanished(root, found, done)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return unfinished


def _vanished(root: ET.Element, found: Sources, done: dict[Key, str]) -> None:
    """Translations of texts no longer used are kept (as Qt Linguist does) for when they return."""
    for (context, text), translated in sorted(done.items()):
        if (context, text) in found.texts:
            continue
        node = next((c for c in root.iter("context") if c.findtext("name") == context), None)
        if node is None:
            node = ET.SubElement(root, "context")
            ET.SubElement(node, "name").text = context
        message = ET.SubElement(node, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="vanished").text = translated


def compile_qm(ts: Path) -> Path:
    """``pyside6-lrelease`` from the same environment as this Python."""
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def check(found: Sources) -> list[str]:
    """Problems: texts that are not literals, missing or unfinished in a ``.ts``."""
    problems = [f"{where}: tr() of a value that is not a literal text" for where in found.dynamic]
    for ts in sorted(FOLDER.glob("uitslag_*.ts")):
        done = read_ts(ts)
        problems += [
            f"{ts.name}: no translation for {text!r} ({places[0]})"
            for (ctx, text), places in found.texts.items()
            if (ctx, text) not in done
        ]
    return problems


def main(argv: list[str]) -> int:
    found = sources()
    if "--check" in argv:
        problems = check(found)
        print("\n".join(problems) or f"{len(found.texts)} texts, all translated")
        return 1 if problems else 0
    for ts in sorted(FOLDER.glob("uitslag_*.ts")):
        language = ts.stem.split("_", 1)[1]
        unfinished = write_ts(ts, language, found, read_ts(ts))
        print(f"{ts.relative_to(ROOT)}: {len(found.texts)} texts, {unfinished} unfinished")
        print(f"{compile_qm(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
