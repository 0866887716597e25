"""Does a window fit the screen? (app.md §2 (principle 1), issue 13 "every screen fits 1366×768").

:func:`assert_fits` resizes the window to exactly the screen and fails, naming every widget at fault,
when

- the window cannot be made that small (its layout's minimum size is larger);
- a visible widget sticks out of its parent (so out of the window): inside a scroll area's viewport
  only sideways overflow counts, because scrolling up and down inside a list or a form is allowed;
- a scroll area (a table, a list, a form) needs a horizontal scroll bar;
- a text is cut off: a label or a button smaller than its text (an :class:`ElidedLabel` elides on
  purpose and is exempt), a word-wrapped label lower than its lines;
- the primary action is not visible as a whole: hidden, clipped by a parent, or scrolled away.

Sizes are the screen's *device* pixels. The window gets ``size / devicePixelRatio`` logical pixels,
so under ``QT_SCALE_FACTOR=1.25`` the default :data:`LAPTOP` becomes 1093×614 logical pixels, as on a
1366×768 laptop with Windows at 125 %. Qt lays out in logical pixels with the same fonts (the logical
DPI stays 96), so the same layout is emulated in-process by :data:`LAPTOP_125`; :func:`run_scaled`
runs a test in a child process with the real scale factor, to show the two agree.

    from tests.gui.fit import LAPTOP_125, FULL_HD, assert_fits
    assert_fits(window, primary=page.primary)                 # 1366×768
    assert_fits(window, primary=page.primary, size=LAPTOP_125)  # 125 % scaling
    assert_fits(window, primary=page.primary, size=FULL_HD)     # 1920×1080
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)

from gui import theme
from gui.widgets.labels import ElidedLabel
from gui.widgets.tiles import Tile

LAPTOP = (1366, 768)
"""The minimum municipal laptop (app.md §1)."""
LAPTOP_125 = (1093, 614)
"""The laptop at 125 % scaling, emulated at 100 %: the logical pixels Qt lays out in."""
FULL_HD = (1920, 1080)
REPO = Path(__file__).resolve().parents[2]
SLACK = 1
"""Pixels of rounding tolerated."""


def settle() -> None:
    """Let Qt lay out and paint what changed."""
    for _ in range(3):
        QApplication.processEvents()


def name_of(widget: QWidget) -> str:
    """A widget as a reader of the failure finds it: class, object name, accessible name or text."""
    words = [type(widget).__name__]
    if widget.objectName():
        words.append(f"#{widget.objectName()}")
    text = widget.accessibleName() or (
        widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    )
    if text:
        words.append(repr(text[:50]))
    return " ".join(words)


def visible_widgets(window: QWidget) -> Iterator[QWidget]:
    """Every widget inside ``window`` that is shown."""
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow():
            yield widget


def in_viewport(widget: QWidget) -> bool:
    """Whether ``widget``'s parent is the viewport of a scroll area (it may scroll up and down)."""
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def overflow(widget: QWidget) -> str | None:
    """How ``widget`` sticks out of its parent, or None."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    rect, room = widget.geometry(), parent.rect()
    left, right = room.left() - rect.left(), rect.right() - room.right()
    sideways = max(left, right)
    if sideways > SLACK:
        return f"{name_of(widget)} sticks out {sideways} px sideways from {name_of(parent)}"
    if in_viewport(widget):
        return None
    down = max(room.top() - rect.top(), rect.bottom() - room.bottom())
    if down > SLACK:
        return f"{name_of(widget)} sticks out {down} px above/below {name_of(parent)}"
    return None


def cut_text(widget: QWidget) -> str | None:
    """How the text of ``widget`` is cut off, or None."""
    if isinstance(widget, ElidedLabel | Tile):
        return None
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() + SLACK < needed:
                return f"{name_of(widget)}: {widget.height()} px high, its lines need {needed}"
            return None
        hint = widget.minimumSizeHint()
    elif isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
    else:
        return None
    if widget.width() + SLACK < hint.width() or widget.height() + SLACK < hint.height():
        return (
            f"{name_of(widget)}: text cut off ({widget.width()}×{widget.height()} px, "
            f"needs {hint.width()}×{hint.height()})"
        )
    return None


def sideways_scrolling(widget: QWidget) -> str | None:
    """Whether ``widget`` is a scroll area that needs a horizontal scroll bar."""
    if not isinstance(widget, QAbstractScrollArea):
        return None
    bar = widget.horizontalScrollBar()
    if bar.maximum() > 0:
        return f"{name_of(widget)} needs a horizontal scroll bar ({bar.maximum()} px more)"
    return None


def clipping(primary: QWidget | None, window: QWidget) -> str | None:
    """Why ``primary`` is not visible as a whole inside ``window``, or None."""
    if primary is None:
        return None
    if not primary.isVisible():
        return f"the primary action {name_of(primary)} is not visible"
    rect = QRect(primary.mapTo(window, primary.rect().topLeft()), primary.size())
    parent = primary.parentWidget()
    while parent is not None:
        room = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        if not room.contains(rect):
            return f"the primary action {name_of(primary)} is clipped by {name_of(parent)}"
        if parent is window:
            break
        parent = parent.parentWidget()
    if primary.width() + SLACK < primary.sizeHint().width():
        return f"the primary action {name_of(primary)} is narrower than its text"
    return None


def fit_problems(window: QWidget, *, primary: QWidget, size: tuple[int, int] = LAPTOP) -> list[str]:
    """Everything that does not fit ``size`` (device pixels), in words; empty when all fits."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply(app)
    ratio = window.devicePixelRatioF()
    wanted = (round(size[0] / ratio), round(size[1] / ratio))
    window.resize(*wanted)
    window.show()
    settle()
    problems = []
    minimum = window.minimumSizeHint()
    if (window.width(), window.height()) != wanted or (
        minimum.width() > wanted[0] or minimum.height() > wanted[1]
    ):
        problems.append(
            f"{name_of(window)} cannot be made {wanted[0]}×{wanted[1]}: it is "
            f"{window.width()}×{window.height()}, its layout needs at least "
            f"{minimum.width()}×{minimum.height()}"
        )
    for widget in visible_widgets(window):
        for check in (overflow, cut_text, sideways_scrolling):
            problem = check(widget)
            if problem:
                problems.append(problem)
    problem = clipping(primary, window)
    if problem:
        problems.append(problem)
    return problems


def assert_fits(window: QWidget, *, primary: QWidget, size: tuple[int, int] = LAPTOP) -> None:
    """Fail, naming every widget at fault, unless ``window`` fits a screen of ``size`` device
    pixels with ``primary`` visible as a whole (see the module's docstring)."""
    problems = fit_problems(window, primary=primary, size=size)
    where = f"{size[0]}×{size[1]} at scale {window.devicePixelRatioF():g}"
    assert not problems, f"does not fit {where}:\n  " + "\n  ".join(problems)


def run_scaled(node: str, factor: float = 1.25) -> subprocess.CompletedProcess[str]:
    """Run the pytest ``node`` (``tests/gui/test_x.py::test_y``) in a child process with
    ``QT_SCALE_FACTOR=factor`` (offscreen); fail with its output unless it passes."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": f"{factor:g}",
        "PYTHONPATH": str(REPO),
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", node],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{node} at scale {factor:g}:\n{result.stdout}\n{result.stderr}"
    return result
