"""Child process of the kill-safety test: types stations as fast as it can and reports each commit.

Usage: ``python kill_worker.py DB``. After every confirmed section it prints
``CONFIRMED <station> <slot> <section>`` and flushes, so the parent knows what must survive a SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from argon2 import PasswordHasher
from argon2.low_level import Type

from kieskring.app.entry import DataEntry
from kieskring.app.users import Users
from kieskring.storage import Store

PAPER: dict[str, dict[str, int | None]] = {
    "extra_investigation": {"inv.other_reason.no": 1, "inv.recounted.no": 1},
    "station_differences": {"sbdiff.unexplained.no": 1, "sbdiff.per_list.no": 1},
    "voters_votes": {
        "A": 100, "B": 5, "D": 105, "E.1": 60, "E.2": 40, "E": 100, "F": 2, "G": 3, "H": 105,
    },
    "differences": {"cmp.equal": 1},
    "list_1": {"L1.1": 30, "L1.2": 20, "L1.3": 10, "L1.total": 60},
    "list_2": {"L2.1": 25, "L2.2": 15, "L2.total": 40},
}  # fmt: skip


def main(db: Path) -> None:
    hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1, type=Type.ID)
    store = Store(db)
    users = Users(store, hasher)
    entry = DataEntry(store, users)
    typists = [users.login(name, "correct horse battery") for name in ("anna", "bram")]
    for station in entry.setup.stations:
        for slot, typist in enumerate(typists, start=1):
            entry.open(typist, station.number)
            for section, values in PAPER.items():
                entry.save_section(typist, station.number, section, values, acknowledged=True)
                print(f"CONFIRMED {station.number} {slot} {section}", flush=True)
            entry.finalise(typist, station.number)
            print(f"FINALISED {station.number} {slot}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
