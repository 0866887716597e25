"""Backup and restore as the app offers them, with the role check (issue 5, "In-app backup").

The administrator and the coordinator may back up (e.g. to a USB stick during the evening); only the
administrator may restore, which replaces the whole installation database.
"""

from __future__ import annotations

from pathlib import Path

from kieskring.app.users import Action, User, Users
from kieskring.storage import BackupReport, Store, backup_to, restore_from


def make_backup(store: Store, users: Users, user: User, folder: Path) -> BackupReport:
    """Write a verified backup of the open database into ``folder``."""
    current = users.require(user, Action.BACKUP)
    return backup_to(store, folder, user_id=current.id)


def restore_backup(store: Store, users: Users, user: User, backup: Path) -> Store:
    """Replace the database by a verified backup; closes ``store`` and returns the reopened one."""
    current = users.require(user, Action.RESTORE)
    path, clock = store.path, store.clock
    store.close()
    restore_from(backup, path, user_id=current.id)
    return Store(path, clock=clock)
