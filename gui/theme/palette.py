"""The one palette of the app: named colours, font sizes and spacing (app.md §2 (principles 4 and 8)).

Every colour the stylesheet (``uitslag.qss``) uses is a token here, written ``@name`` in the QSS and
filled in by :func:`gui.theme.stylesheet`. The meanings follow app.md §2 (principle 4): *definitive* is green,
*needs the coordinator* (errors, differences) is red, *in progress* is blue, *waiting* is grey and a
*warning* is amber; a colour is always paired with a text or an icon glyph. Text sits dark on light
surfaces everywhere; only the primary and danger buttons and the selection carry light text, and they
declare their background in the same rule. ``tests/gui/test_design_theme.py`` computes the WCAG 2.x
contrast ratio of every text colour the stylesheet sets against the background it sits on (≥ 4.5:1,
no large-text exception is used) and of the focus ring and the progress bar against their surfaces
(≥ 3:1, WCAG 1.4.11).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

COLOURS: Final = MappingProxyType(
    {
        # Neutral surfaces and text.
        "canvas": "#f3f5f8",  # the window behind everything
        "surface": "#ffffff",  # fields, panels, tables, dialogs
        "raised": "#e6eaf0",  # the header and the action bar, table headers
        "ink": "#1b1f24",  # body text
        "ink_muted": "#4b5563",  # secondary text (labels of the header, hints)
        "line": "#767f8c",  # borders of fields and buttons (≥ 3:1 on the surface)
        "divider": "#d0d6de",  # decorative separators only
        # Focus: a dark ring and a yellow field, so the typist always sees where the keys go.
        "focus_ring": "#0b0c0c",
        "focus_fill": "#ffe066",
        # Selection in lists and tables.
        "selection": "#d3e3f8",
        # Primary action (Rijkshuisstijl lintblauw) and destructive action.
        "primary": "#154273",
        "primary_hover": "#0f3157",
        "primary_pressed": "#0a2440",
        "on_primary": "#ffffff",
        "danger": "#b42318",
        "danger_hover": "#8f1c13",
        "on_danger": "#ffffff",
        # Disabled controls (still readable: they say why in a tooltip).
        "disabled_fill": "#e4e7ec",
        "disabled_ink": "#596270",
        # Status tones: text colour on its own light tint, and a strong colour for fills and edges.
        "green_ink": "#1e6b34",
        "green_tint": "#e3f4e8",
        "green_strong": "#2e7d3e",
        "red_ink": "#b42318",
        "red_tint": "#fdeceb",
        "red_strong": "#b42318",
        "blue_ink": "#1d4f91",
        "blue_tint": "#e6effa",
        "blue_strong": "#1d4f91",
        "grey_ink": "#4b5563",
        "grey_tint": "#eceff3",
        "grey_strong": "#767f8c",
        "amber_ink": "#7a4a00",
        "amber_tint": "#fff3d6",
        "amber_strong": "#a86c16",
        # The dimmed backdrop behind the F1 help overlay (decoration: no text sits on it).
        "backdrop": "#1b1f24",
    }
)
"""Named colours (``#rrggbb``)."""

BACKDROP_ALPHA: Final = 140
"""Opacity (0–255) of the backdrop behind the help overlay."""

FONT_FAMILIES: Final = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Arial")
"""The UI font, first installed one wins (Segoe UI on the municipal Windows laptops)."""

FONT_SIZES: Final = MappingProxyType(
    {
        "body": 10,  # points
        "header": 10,
        "title": 15,
        "section": 12,
        "number": 11,
        "tile_count": 22,
        "tile_label": 10,
        "projector_count": 48,
        "projector_label": 20,
        "projector_title": 30,
        "projector_medium_count": 32,  # the projector on a low screen (125 % scaling)
        "projector_medium_label": 14,
        "projector_medium_title": 20,
        "help_keys": 11,
    }
)
"""Font sizes in points."""

SPACING: Final = MappingProxyType({"xs": 4, "sm": 8, "md": 12, "lg": 16, "xl": 24})
"""Spacing steps in pixels."""

RADIUS: Final = 4
"""Corner radius of fields, buttons and boxes, in pixels."""

NUMBER_DIGITS: Final = 9
"""A number field is as wide as this many digits (999.999.999, the largest count, typed without
separators) plus its padding — about 8 digits, as app.md §2 (principle 5) asks, and never the page's width."""


def tokens() -> dict[str, str]:
    """Every ``@name`` the stylesheet may use, with its value as QSS text."""
    values = dict(COLOURS)
    values.update({f"font_{name}": f"{points}pt" for name, points in FONT_SIZES.items()})
    values.update({f"space_{name}": f"{pixels}px" for name, pixels in SPACING.items()})
    values["radius"] = f"{RADIUS}px"
    return values
