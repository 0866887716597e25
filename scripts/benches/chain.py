"""The chain at scale on generated elections (``scripts/chain.py``): generate, ``uitslag tabulate``
per kieskring and at the CSB, the result with a signed P 22, and a full verify — each stage timed
with the peak memory of its processes, the reading stages beside the lxml parse floor of the same
bytes (one core). `ps2`, `amsterdam` and `tk` (9,000 stations, 2 GB) — three sizes, to show how
time and memory grow with the number of stations; --quick runs `ps2` only."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import time
from pathlib import Path

import chain
from lxml import etree

from benches.common import Figure

STATIONS = {"ps2": 480, "amsterdam": 600, "tk": 9000}


def parse_floor(paths: list[Path]) -> float:
    """Seconds for lxml to parse ``paths`` (safe settings, one core)."""
    start = time.perf_counter()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for path in paths:
        etree.parse(io.BytesIO(path.read_bytes()), parser)
    return time.perf_counter() - start


def run_size(size: str) -> list[Figure]:
    work = Path(tempfile.mkdtemp(prefix=f"bench-{size}-"))
    stages = chain.run(size, 1, work, os.cpu_count() or 1)
    folder = work / "keten"
    counts = [p for p in folder.glob("Telling_*.eml.xml") if "_kieskring_" not in p.name]
    everything = sorted(folder.glob("*.eml.xml"))
    floors = {"HSB": parse_floor(counts), "uitslag verify": parse_floor(everything)}
    figures = []
    for stage in stages:
        floor = next((v for k, v in floors.items() if stage.what.startswith(k)), None)
        figures.append(
            Figure(
                "chain",
                f"{size} ({STATIONS[size]} stations): {stage.what}",
                stage.seconds,
                floor,
                "lxml parse" if floor else "",
                f"peak {stage.peak_mib:.0f} MiB",
            )
        )
    in_chain = [s for s in stages if s.in_chain]
    figures.append(
        Figure(
            "chain",
            f"{size}: the whole chain, without generating",
            sum(s.seconds for s in in_chain),
            note=f"peak {max(s.peak_mib for s in in_chain):.0f} MiB per process"
            + ("; aim < 2 min, < 2 GiB" if size == "tk" else ""),
        )
    )
    shutil.rmtree(work, ignore_errors=True)
    return figures


def run(quick: bool) -> list[Figure]:
    sizes = ["ps2"] if quick else ["ps2", "amsterdam", "tk"]
    return [figure for size in sizes for figure in run_size(size)]
