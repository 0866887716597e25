"""The stylesheet's colours are readable (app.md §2 (principle 4): text contrast ≥ 4.5:1 on its background).

The test reads the stylesheet as the app applies it (:func:`gui.theme.stylesheet`, tokens filled in),
so a later change to ``uitslag.qss`` or to the palette cannot escape it. Every rule is judged:

- a rule that sets a text colour (``color``, ``selection-color``) and a background in the same rule:
  that pair (``selection-color`` with ``selection-background-color``);
- a text colour without a background in its rule can land on any surface: it is checked against
  every background of a rule without a text colour (and the window's);
- the focus ring (any border colour of a ``:focus`` rule) against every surface, and the progress
  bar's chunk against the bar, at ≥ 3:1 (WCAG 1.4.11, non-text contrast);
- a colour the test cannot judge (``rgba()``, gradients, names) fails instead of being skipped.

No large-text exception (3:1 at ≥ 18 pt) is used: every text pair must reach 4.5:1. The palette Qt
paints with outside the stylesheet (item text, check marks) is held to the same ratio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gui import theme
from gui.theme import palette

pytestmark = pytest.mark.gui

TEXT_MINIMUM = 4.5
NON_TEXT_MINIMUM = 3.0
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
NO_COLOUR = ("transparent", "none")
BACKGROUNDS = ("background-color", "background", "alternate-background-color")
NON_TEXT_PARTS = ("::chunk",)
"""Sub-controls that never carry text (the progress bar's text is hidden: ProgressPanel shows it
in a label beside the bar)."""

RGB = tuple[int, int, int]


def colour(value: str) -> RGB | None:
    """``#rgb``/``#rrggbb`` → RGB; ``transparent``/``none`` → None; anything else cannot be judged."""
    value = value.strip().lower()
    if value in NO_COLOUR:
        return None
    if not HEX.fullmatch(value):
        raise ValueError(f"cannot judge the colour {value!r}: write it as a palette token")
    digits = value[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def luminance(rgb: RGB) -> float:
    """WCAG 2.x relative luminance (sRGB, threshold 0.04045 as in the sRGB standard)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05), lighter over darker."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass
class Rule:
    selector: str
    declarations: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> RGB | None:
        value = self.declarations.get(name)
        return None if value is None else colour(value)

    def backgrounds(self) -> list[RGB]:
        found = (self.get(name) for name in BACKGROUNDS)
        return [c for c in found if c is not None]

    def border_colours(self) -> list[RGB]:
        found = []
        for name, value in self.declarations.items():
            if name.startswith("border") and "color" in name:
                found.append(colour(value))
            elif name.startswith("border") and (match := HEX.search(value)):
                found.append(colour(match.group(0)))
        return [c for c in found if c is not None]


def parse(qss: str) -> list[Rule]:
    """The rules of a stylesheet (comments already removed by :func:`gui.theme.stylesheet`)."""
    rules = []
    for match in RULE.finditer(qss):
        rule = Rule(" ".join(match.group(1).split()))
        for part in match.group(2).split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                rule.declarations[name.strip()] = value.strip()
        rules.append(rule)
    return rules


def surfaces(rules: list[Rule]) -> dict[RGB, str]:
    """Backgrounds of rules without a text colour: any floating text may land on them."""
    found: dict[RGB, str] = {}
    for rule in rules:
        if "color" in rule.declarations or any(p in rule.selector for p in NON_TEXT_PARTS):
            continue
        for background in rule.backgrounds():
            found.setdefault(background, rule.selector)
    return found


def contrast_problems(rules: list[Rule]) -> list[str]:
    """Every text colour below 4.5:1 on a background it can be on, and every focus ring or
    progress chunk below 3:1."""
    problems = []
    under = surfaces(rules)

    def judge(text: RGB, back: RGB, where: str, minimum: float = TEXT_MINIMUM) -> None:
        ratio = contrast(text, back)
        if ratio < minimum:
            problems.append(f"{where}: {text} on {back} is {ratio:.2f}:1 (needs {minimum}:1)")

    for rule in rules:
        text = rule.get("color")
        own = rule.backgrounds()
        if text is not None and own:
            for back in own:
                judge(text, back, rule.selector)
        elif text is not None:
            for back, selector in under.items():
                judge(text, back, f"{rule.selector} (text) on {selector}")
        selected, selection = rule.get("selection-color"), rule.get("selection-background-color")
        if selected is not None and selection is not None:
            judge(selected, selection, f"{rule.selector} (selection)")
        if ":focus" in rule.selector:
            for ring in rule.border_colours():
                for back, selector in under.items():
                    judge(ring, back, f"{rule.selector} (focus ring) on {selector}", 3.0)
    return problems + chunk_problems(rules)


def chunk_problems(rules: list[Rule]) -> list[str]:
    """The progress chunk against the bar's own background (≥ 3:1)."""
    problems = []
    for rule in rules:
        if "::chunk" not in rule.selector:
            continue
        bar = rule.selector.split("::chunk")[0]
        tracks = [b for r in rules if r.selector == bar for b in r.backgrounds()]
        assert tracks, f"{rule.selector}: no background for {bar}"
        for fill, track in product(rule.backgrounds(), tracks):
            if contrast(fill, track) < NON_TEXT_MINIMUM:
                problems.append(f"{rule.selector}: {fill} on {track} below 3:1")
    return problems


# --- the formula, against published values ----------------------------------------------------


def test_contrast_formula_against_published_values() -> None:
    # WCAG 2.x: black on white is 21:1; #767676 is the lightest grey passing 4.5:1 on white
    # (4.54:1, WebAIM), #777777 fails (4.48:1).
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((0x76,) * 3, (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert contrast((0x77,) * 3, (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)


@given(st.tuples(*[st.integers(0, 255)] * 3), st.tuples(*[st.integers(0, 255)] * 3))
def test_contrast_is_symmetric_and_between_1_and_21(a: RGB, b: RGB) -> None:
    assert contrast(a, b) == contrast(b, a)
    assert 1.0 <= contrast(a, b) <= 21.0 + 1e-9


# --- the stylesheet the app applies ---------------------------------------------------------------


def test_every_text_colour_of_the_stylesheet_is_readable() -> None:
    rules = parse(theme.stylesheet())
    assert len(rules) > 50
    assert contrast_problems(rules) == []


def test_the_check_sees_a_bad_pair_a_bad_floating_text_and_an_unjudgeable_colour() -> None:
    bad_pair = parse("QLabel { color: #777777; background-color: #ffffff; }")
    assert len(contrast_problems(bad_pair)) == 1
    floating = parse("QWidget { background-color: #ffffff; } QLabel { color: #aaaaaa; }")
    assert contrast_problems(floating) == [
        f"QLabel (text) on QWidget: (170, 170, 170) on (255, 255, 255) is "
        f"{contrast((170,) * 3, (255,) * 3):.2f}:1 (needs 4.5:1)"
    ]
    surface_without_text = parse("QLabel { color: #1b1f24; } QFrame { background-color: #222; }")
    assert len(contrast_problems(surface_without_text)) == 1
    weak_ring = parse("QWidget { background-color: #fff; } QLineEdit:focus { border-color: #ddd; }")
    assert len(contrast_problems(weak_ring)) == 1
    with pytest.raises(ValueError, match="cannot judge"):
        contrast_problems(parse("QLabel { color: rgba(0, 0, 0, 50); background: #fff; }"))


def test_every_colour_comes_from_the_palette() -> None:
    source = theme.QSS.read_text(encoding="utf-8")
    without_comments = theme.COMMENT.sub("", source)
    assert not HEX.search(without_comments), "write colours as @tokens of gui/theme/palette.py"
    assert "rgb" not in without_comments
    used = set(theme.TOKEN.findall(without_comments))
    assert used <= set(palette.tokens())
    with pytest.raises(KeyError):
        theme.TOKEN.sub(lambda m: palette.tokens()[m.group(1)], "QLabel { color: @no_such; }")


def test_the_status_tones_are_the_brief_s_colours() -> None:
    # app.md §2 (principle 4): definitive green, needs the coordinator red, in progress blue, waiting grey,
    # warning amber — judged by hue, so a swap of two tones fails.
    def hue(value: str) -> str:
        r, g, b = colour(value) or (0, 0, 0)
        if max(r, g, b) - min(r, g, b) < 40:
            return "grey"
        if r > g and r > b:
            return "amber" if g > b + 40 else "red"
        return "green" if g > b else "blue"

    for tone in ("green", "red", "blue", "grey", "amber"):
        assert hue(palette.COLOURS[f"{tone}_ink"]) == tone
        assert hue(palette.COLOURS[f"{tone}_strong"]) == tone


# --- applied once, with the palette Qt paints with ----------------------------------------------------


def test_apply_once(qapp: QApplication) -> None:
    theme.apply(qapp)
    assert qapp.property(theme.APPLIED)
    assert qapp.styleSheet() == theme.stylesheet()
    qapp.setStyleSheet(qapp.styleSheet() + " ")
    theme.apply(qapp)  # a second call changes nothing
    assert qapp.styleSheet() == theme.stylesheet() + " "
    qapp.setStyleSheet(theme.stylesheet())


def test_the_qt_palette_is_readable(qapp: QApplication) -> None:
    theme.apply(qapp)
    qt = qapp.palette()
    roles = QPalette.ColorRole
    pairs = (
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.Text, roles.AlternateBase),
        (roles.PlaceholderText, roles.Base),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.ToolTipText, roles.ToolTipBase),
    )
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        for text, back in pairs:
            a, b = qt.color(group, text), qt.color(group, back)
            ratio = contrast((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue()))
            assert ratio >= TEXT_MINIMUM, (group, text, back, ratio)
