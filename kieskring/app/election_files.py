"""The Kiesraad's files an installation was set up from (110a, 230b), kept in the database as given.

Later steps read them from here instead of a path typed again: the candidates' names on the form, the
GSB's 510b and Na 31-2, the publication CSV. Each file is a guarded row (its bytes, base64, and their
SHA-256), so a changed file is caught by the audit check like a changed vote.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping

from kieskring.app.users import Action, User, Users
from kieskring.errors import Problem, UserError
from kieskring.storage import Store


def store_files(
    store: Store, users: Users, by: User, files: Mapping[str, tuple[str, bytes]]
) -> None:
    """Keep ``kind → (name, bytes)`` in one confirmed action (administrator at set-up)."""
    current = users.require(by, Action.CONFIGURE_ELECTION)
    with store.confirm("election.files", current.id, {"kinds": sorted(files)}) as tx:
        for kind, (name, content) in sorted(files.items()):
            tx.put(
                "election_files",
                {
                    "kind": kind,
                    "name": name,
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "content_b64": base64.b64encode(content).decode("ascii"),
                },
            )


def load_file(store: Store, kind: str) -> tuple[str, bytes]:
    """The stored file of ``kind`` (``230b`` …) as ``(name, bytes)``; a coded problem when absent."""
    rows = store.query("SELECT name, content_b64 FROM election_files WHERE kind = ?", (kind,))
    if not rows:
        raise UserError(
            (
                Problem(
                    "SETUP.FILE_MISSING",
                    f"het bestand {kind} is bij het inrichten niet bewaard; richt opnieuw in",
                    f"the {kind} file was not kept at set-up; set the election up again",
                ),
            )
        )
    return str(rows[0]["name"]), base64.b64decode(rows[0]["content_b64"])
