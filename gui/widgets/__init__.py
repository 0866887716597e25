"""The shared widgets of the design system (app.md §2): every screen is composed of these, so every
screen looks alike and the look changes in one place (:mod:`gui.theme`). Presentation only: the
widgets hold no rule of the election; what they show comes from the services.

- :mod:`.numbers`: :class:`NumberField` (typing a count) and :class:`NumberDisplay` (showing one);
- :mod:`.status`: :class:`StatusBadge` (colour, glyph and words for a state);
- :mod:`.findings`: :class:`FindingsBox` (F/W findings above a section, with the acknowledgement);
- :mod:`.sections`: :class:`SectionList` (the paper's sections with their states);
- :mod:`.buttons`: primary/secondary/danger buttons, :func:`confirm`, :func:`set_available`;
- :mod:`.labels`: :class:`ElidedLabel`; :mod:`.tiles`: :class:`Tile`, :class:`ProgressPanel`;
- :mod:`.files`: :class:`FileChooser`; :mod:`.header`: :class:`WindowHeader`;
- :mod:`.page`: :class:`Page` and the F1 :class:`HelpOverlay`; :mod:`.shell`: :class:`Shell`;
- :mod:`.basic`: the helpers of the pages from before the redesign.
"""

from gui.widgets.basic import add_row, button, large, line_edit, message_label, show_problems
from gui.widgets.buttons import (
    ConfirmDialog,
    FittedDialog,
    action_button,
    confirm,
    danger_button,
    primary_button,
    secondary_button,
    set_available,
)
from gui.widgets.files import FileChooser
from gui.widgets.findings import FindingsBox, FindingView
from gui.widgets.header import HeaderInfo, WindowHeader
from gui.widgets.labels import ElidedLabel
from gui.widgets.numbers import NumberDisplay, NumberField, format_number
from gui.widgets.page import HelpOverlay, Page, Shortcut, vertical_scroll
from gui.widgets.sections import SectionItem, SectionList
from gui.widgets.shell import Shell
from gui.widgets.status import StatusBadge
from gui.widgets.tiles import ProgressPanel, Tile

__all__ = [
    "ConfirmDialog",
    "ElidedLabel",
    "FileChooser",
    "FindingView",
    "FindingsBox",
    "FittedDialog",
    "HeaderInfo",
    "HelpOverlay",
    "NumberDisplay",
    "NumberField",
    "Page",
    "ProgressPanel",
    "SectionItem",
    "SectionList",
    "Shell",
    "Shortcut",
    "StatusBadge",
    "Tile",
    "WindowHeader",
    "action_button",
    "add_row",
    "button",
    "confirm",
    "danger_button",
    "format_number",
    "large",
    "line_edit",
    "message_label",
    "primary_button",
    "secondary_button",
    "set_available",
    "show_problems",
    "vertical_scroll",
]
