"""Storage of one election installation: an SQLite file with a hash-chained audit log (issue 5).

* :class:`Store` opens (and migrates) the database; :meth:`Store.confirm` runs one confirmed action.
* :func:`audit_report` / :func:`verify_audit` report every sign of tampering or damage as a
  :class:`~kieskring.errors.Problem`; with the installation's audit key (kept outside the database,
  :mod:`kieskring.storage.auditkey`) a re-chained log is caught too.
* :func:`backup_to` / :func:`restore_from` copy the database to and from a folder, verified.
"""

from __future__ import annotations

from kieskring.storage.audit import AuditReport, audit_head, audit_report, verify_audit
from kieskring.storage.backup import BackupReport, backup_to, restore_from, verify_backup
from kieskring.storage.database import Store, Tx

__all__ = [
    "AuditReport",
    "BackupReport",
    "Store",
    "Tx",
    "audit_head",
    "audit_report",
    "backup_to",
    "restore_from",
    "verify_audit",
    "verify_backup",
]
