"""App-level backup/restore with role checks, and the keystroke-validation speed for a large form."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from kieskring.app.backup import make_backup, restore_backup
from kieskring.app.entry import DataEntry
from kieskring.app.form import form_layout
from kieskring.app.setup import ListSetup
from kieskring.app.users import User, Users
from kieskring.app.validation import validate
from kieskring.errors import UserError
from kieskring.storage import Store, verify_audit, verify_backup

from .support import SETUP, good_paper, type_paper


def test_backup_and_restore_through_the_app(
    entry: DataEntry,
    store: Store,
    users: Users,
    admin: User,
    coordinator: User,
    typist1: User,
    tmp_path: Path,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(UserError):
        make_backup(store, users, typist1, usb)
    type_paper(entry, typist1, 1, good_paper())
    report = make_backup(store, users, coordinator, usb)
    assert verify_backup(report.path) == []
    entry.finalise(typist1, 1)
    with pytest.raises(UserError):
        restore_backup(store, users, coordinator, report.path)
    reopened = restore_backup(store, users, admin, report.path)
    try:
        again = DataEntry(reopened, Users(reopened, users.hasher))
        assert again.status(1).state.value == "first_entry_in_progress"
        assert verify_audit(reopened.path) == []
    finally:
        reopened.close()


def test_keystroke_validation_of_30_lists_of_50_candidates_is_fast() -> None:
    big = replace(SETUP, lists=tuple(ListSetup(n, f"Lijst {n}", 50) for n in range(1, 31)))
    layout = form_layout(big)
    assert len(layout.sections) == 2 + 2 + 30
    values = dict.fromkeys(layout.fields, 1)
    start = time.perf_counter()
    for _ in range(10):
        validate(big, layout, values)
    per_keystroke = (time.perf_counter() - start) / 10
    assert per_keystroke < 0.030, f"{per_keystroke * 1000:.1f} ms per validation"
