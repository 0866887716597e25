"""The plausibility signals at size (docs/signals.md): every check over a generated municipality of
600 stations with 30 lists × 50 candidates (Amsterdam size), beside reading that 510b with the
careful reader in the same run (what ``uitslag signals`` does before it checks); --quick uses the
West Maas en Waal size (21 stations)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benches.common import Figure, median_time
from kieskring.cli import main as uitslag
from kieskring.eml.read_510 import read_510
from kieskring.signals import find_signals
from kieskring.signals.from_count import stations_of


def run(quick: bool) -> list[Figure]:
    size, stations = ("wmw", 21) if quick else ("amsterdam", 600)
    folder = Path(tempfile.mkdtemp(prefix="bench-signals-"))
    uitslag(["fixtures", "generate", size, "--seed", "1", "--out", str(folder)])
    path = next(folder.glob("Telling_*.eml.xml"))
    repeats = 1 if quick else 3
    reading = median_time(lambda: read_510(path), repeats=repeats)
    found = stations_of(read_510(path))
    checking = median_time(lambda: find_signals(found), repeats=repeats)
    signals = len(find_signals(found).signals)
    return [
        Figure(
            "signals",
            f"every signal over {stations} stations ({size}, seed 1)",
            checking,
            reading,
            "reading the 510b",
            f"{signals} signals",
        )
    ]
