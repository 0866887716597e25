"""Child process of the HSB kill-safety test: receives files and types PVs through the interface
object as fast as it can, reporting every confirmed action.

Usage: ``python kill_worker.py DB FOLDER``. The parent set the HSB up (kieskring 1 of a generated
province in FOLDER). After each kept file it prints ``FILE <unit>``, after each saved section
``SECTION <unit> <section>``, flushed, so the parent knows what must survive a SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kieskring.app.api import open_local
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from tests.chain_app.support import PASSWORD, cheap_hasher, given, paper_of, typed_groups


def main(db: Path, folder: Path) -> None:
    api = open_local(db, workstation="werker", hasher=cheap_hasher())
    parties = [
        (x.number, len(x.candidates))
        for x in read_230b(next(folder.glob("Kandidatenlijsten_*_1.eml.xml"))).lists
    ]
    api.login("carla", PASSWORD)
    units = {u.code: u.number for u in api.chain_overview().units}
    paths = {}
    for path in sorted(folder.glob("Telling_*.eml.xml")):
        count = read_510(path)
        if count.level == "b" and count.authority.id in units:
            data = given(path)
            unit = api.import_unit_file(data, None, typed_groups(data)).number
            paths[unit] = count
            print(f"FILE {unit}", flush=True)
    api.logout()
    api.login("anna", PASSWORD)
    for unit, count in paths.items():
        api.open_unit_entry(unit)
        for section, values in paper_of(count.total, parties, True).items():
            api.save_unit_section(unit, section, values, acknowledged=True)
            print(f"SECTION {unit} {section}", flush=True)
        api.finish_unit_entry(unit)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
