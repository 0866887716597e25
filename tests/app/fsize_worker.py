"""Child process of the full-disk tests: one operation with ``RLIMIT_FSIZE`` lowered (issue 12 E).

Usage: ``python fsize_worker.py DB MODE LIMIT OUT [KEYS]`` with MODE ``save``, ``backup`` or ``export``
(KEYS: the folder of the installation's signing key, for ``export``). Everything the operation needs is
opened or made first — for ``export`` the signed outputs, so what meets the full disk is their saving
into the chosen folder; then SIGXFSZ is ignored (so a write past the
limit fails with EFBIG instead of killing the process) and the limit is set to LIMIT bytes. A coded
:class:`UserError` prints ``PROBLEM\\t<code>\\t<file>\\t<nl>\\t<en>`` per problem and exits 1; success exits
0; anything else is a traceback (exit 1 without a PROBLEM line: the parent fails the test).
"""

from __future__ import annotations

import datetime as dt
import resource
import signal
import sys
from pathlib import Path

from argon2 import PasswordHasher
from argon2.low_level import Type

from kieskring.app.backup import make_backup
from kieskring.app.entry import DataEntry
from kieskring.app.outputs import OutputFile, gsb_outputs, save_files
from kieskring.app.users import Users
from kieskring.errors import UserError
from kieskring.signing.installation import load_installation
from kieskring.storage import Store
from tests.app.support import KEY_PASSPHRASE, SIGNING_TIME

PASSWORD = "correct horse battery"
VOTERS: dict[str, int | None] = {
    "A": 100, "B": 5, "D": 105, "E.1": 60, "E.2": 40, "E": 100, "F": 2, "G": 3, "H": 105,
}  # fmt: skip


def main(db: Path, mode: str, limit: int, out: Path, keys: Path | None) -> int:
    hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1, type=Type.ID)
    store = Store(db)
    users = Users(store, hasher)
    entry = DataEntry(store, users)
    if mode == "save":
        user = users.login("anna", PASSWORD)
        entry.open(user, 2)
    else:
        user = users.login("coord", PASSWORD)
    files: tuple[OutputFile, ...] = ()
    if mode == "export":
        assert keys is not None
        key = load_installation(keys, KEY_PASSPHRASE.encode())
        created = dt.datetime(2026, 3, 19, 1)
        files = gsb_outputs(store, users, user, key, created=created, place="Testdorp",
                            pv_date="19 maart 2026", signing_time=SIGNING_TIME).files  # fmt: skip
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    try:
        if mode == "save":
            entry.save_section(user, 2, "voters_votes", VOTERS, acknowledged=True)
        elif mode == "backup":
            make_backup(store, users, user, out)
        else:
            save_files(out, files)
    except UserError as err:
        for p in err.problems:
            print(f"PROBLEM\t{p.code}\t{p.file}\t{p.message_nl}\t{p.message_en}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(
        main(
            Path(sys.argv[1]),
            sys.argv[2],
            int(sys.argv[3]),
            Path(sys.argv[4]),
            Path(sys.argv[5]) if len(sys.argv) > 5 else None,
        )
    )
