"""A guard against a reference-count defect of PySide6 6.12 (the locked version) on CPython 3.11.

Every call of a Qt method that returns nothing (``setText``, ``update``, ``setFocus``, …) takes one
reference from ``None`` without having given it. ``None`` starts with a few thousand references, so
after some thousands of such calls — a typist's first few stations — CPython frees ``None`` and the
app aborts ("Fatal Python error: none_dealloc"), in the middle of the evening. Since CPython 3.12
``None`` is immortal (PEP 683) and the defect does no harm. On 3.11 :func:`keep_none_alive` gives
``None`` as many references as 3.12 gives an immortal object, once per process, when :mod:`gui` is
imported — before any Qt call. Remove it when the project requires Python 3.12 or a PySide6 without
the defect."""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
"""References given to ``None``: far more than a process can make calls (3.12's immortal count is
about 2**32)."""


def keep_none_alive() -> bool:
    """Give ``None`` the :data:`RESERVE` on CPython before 3.12 (once); True when it has it."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: the first field of every object
    if count.value < RESERVE:
        count.value += RESERVE
    return True
