"""The Qt binding the app runs on keeps its references to ``None`` (pyproject.toml pins around
PySide6 6.12.0, which does not: on Python 3.11 the app then aborts with "none_dealloc" after some
40,000 Qt calls that return nothing — in the middle of an evening of typing), and the app refuses to
start on a binding that would crash it later."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

import gui.app
from gui.app import qt_loses_none, run

pytestmark = pytest.mark.gui


def test_ten_thousand_qt_calls_keep_every_reference_to_none() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        probe.setObjectName("probe")
        probe.blockSignals(False)
    assert sys.getrefcount(None) >= before
    assert not qt_loses_none()


def test_the_app_does_not_start_on_a_binding_that_loses_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(gui.app, "qt_loses_none", lambda calls=200: True)
    assert run(tmp_path / "gsb.sqlite") == 1
    said = capsys.readouterr().err
    assert "APP.QT_DEFECT" in said and "PySide6" in said
    assert not (tmp_path / "gsb.sqlite").exists()
