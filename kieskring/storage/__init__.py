"""Storage of one election installation: an SQLite file with a hash-chained audit log (issue 5).

* :class:`Store` opens (and migrates) the database; :meth:`Store.confirm` runs one confirmed action.
* :func:`verify_audit` reports every sign of tampering or damage as a :class:`~kieskring.errors.Problem`.
* :func:`backup_to` / :func:`restore_from` copy the database to and from a folder, verified.
"""

from __future__ import annotations

from kieskring.storage.audit import audit_head, verify_audit
from kieskring.storage.backup import BackupReport, backup_to, restore_from, verify_backup
from kieskring.storage.database import Store, Tx

__all__ = [
    "BackupReport",
    "Store",
    "Tx",
    "audit_head",
    "backup_to",
    "restore_from",
    "verify_audit",
    "verify_backup",
]
