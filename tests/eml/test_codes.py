"""The problem catalogue: every code is used by some rule, and each message exists in both languages."""

from __future__ import annotations

import re
import string
from pathlib import Path

from kieskring.eml.codes import CATALOGUE

SOURCES = Path(__file__).resolve().parents[2] / "kieskring"


def test_every_code_is_raised_somewhere() -> None:
    text = "".join(
        path.read_text(encoding="utf-8")
        for path in [*SOURCES.glob("eml/*.py"), *SOURCES.glob("cli/*.py")]
        if path.name != "codes.py"
    )
    used = set(re.findall(r'"(EML\.\d{3})"', text))
    assert used == set(CATALOGUE)


def test_messages_have_the_same_placeholders() -> None:
    for code, (nl, en) in CATALOGUE.items():
        fields_nl = {f for _, f, _, _ in string.Formatter().parse(nl) if f}
        fields_en = {f for _, f, _, _ in string.Formatter().parse(en) if f}
        assert fields_nl == fields_en, code
        assert re.fullmatch(r"EML\.[0-3]\d{2}", code)
