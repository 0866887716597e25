"""GUI tests run offscreen; a window or dialog a test leaves open is closed after it (it would take
the keys of the next test)."""

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def no_dialog_left_open() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
