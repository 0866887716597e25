"""Child process of the client kill test: a typist's workstation entering station 1 over the network.

Usage: ``python client_worker.py URL PIN PASSWORD PAPER.json``. After each confirmed section it prints
``CONFIRMED <section>`` and flushes; after the last one it waits to be killed (the entry stays open).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from kieskring.app.api import connect_server


def main() -> None:
    url, pin, password, paper_file = sys.argv[1:5]
    paper = json.loads(Path(paper_file).read_text(encoding="utf-8"))
    api = connect_server(url, pin, "werkplek-1", allow_network=True)
    api.login("invoerder01", password)
    api.open_entry(1)
    for key, values in paper.items():
        assert api.save_section(1, key, values, True).saved
        print(f"CONFIRMED {key}", flush=True)
        time.sleep(0.05)
    time.sleep(600)


if __name__ == "__main__":
    main()
