"""GUI tests run offscreen, with ``None`` guarded as in the app (:mod:`gui.none_guard`): in this test
process the name ``gui`` is this tests package, so the app package's ``__init__`` does not run."""

import os

from gui.none_guard import keep_none_alive

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
keep_none_alive()
