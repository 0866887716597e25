"""The chain at scale on generated elections: generate, read + check every 510b, tabulate up to the
510d, the result (520 + P 22), and a full verify — each stage timed, with peak memory, and reading
beside the lxml parse floor of the same bytes. `ps2` and `amsterdam` always (with tk: three sizes to
show how memory grows); `tk` (9,000 stations) unless --quick."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from benches.common import Figure

ROOT = Path(__file__).resolve().parents[2]
SEATS = {"ps2": 55, "amsterdam": 45, "tk": 150}


CHILD = (
    "import sys\n"
    "from kieskring.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
    "sys.stderr.write('MAXRSS %s\\n' % (hwm[0].split()[1] if hwm else 0))\n"
    "sys.exit(code)\n"
)
"""The child reports its own high-water mark (VmHWM, kB): ``ru_maxrss`` would include the memory of
the bench process it was forked from."""


def timed(args: list[str]) -> tuple[float, float]:
    """Run ``uitslag`` in a child process: wall time and that child's own peak memory (MiB)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], check=True, capture_output=True, text=True
    )
    peak = max(
        (int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("MAXRSS")),
        default=0,
    )
    return time.perf_counter() - start, peak / 1024


def parse_floor(paths: list[Path]) -> float:
    start = time.perf_counter()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for path in paths:
        etree.parse(io.BytesIO(path.read_bytes()), parser)
    return time.perf_counter() - start


def stage(size: str, what: str, args: list[str], floor: float | None = None) -> Figure:
    seconds, peak = timed(args)
    return Figure(
        "chain",
        f"{size}: {what}",
        seconds,
        floor,
        "lxml parse" if floor else "",
        f"peak RSS {peak:.0f} MiB",
    )


def run_size(size: str) -> list[Figure]:
    out = Path(tempfile.mkdtemp()) / size
    figures = [
        stage(
            size,
            "generate the EML set",
            ["fixtures", "generate", size, "--seed", "1", "--out", str(out)],
        )
    ]
    files = sorted(out.glob("*.eml.xml"))
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    municipal = [p for p in files if p.name.startswith("Telling_") and "_kieskring_" not in p.name]
    lists = [str(p) for p in files if p.name.startswith("Kandidatenlijsten_")]
    national = [str(p) for p in files if p.name.startswith("Totaaltelling_")]
    floor = parse_floor(municipal)
    figures.append(
        stage(
            size,
            f"read + check {len(municipal)} 510b ({megabytes:.0f} MB in all)",
            ["eml", "check", *map(str, municipal)],
            floor,
        )
    )
    top = national or [str(municipal[0])]
    figures.append(
        stage(
            size,
            "result: 520, trace, P 22",
            [
                "result",
                "--seats",
                str(SEATS[size]),
                "--candidates",
                *lists,
                "--counts",
                *top,
                "--out",
                str(out / "uitslag"),
                "--pv",
            ],
        )
    )
    os.environ.setdefault(
        "UITSLAG_SCHEMAS", str(ROOT.parent / "shared" / "eml_nl" / "v1.2.2" / "xsd")
    )
    figures.append(
        stage(
            size, "uitslag verify (everything)", ["verify", "--quiet", str(out)], parse_floor(files)
        )
    )
    return figures


def run(quick: bool) -> list[Figure]:
    with contextlib.suppress(subprocess.CalledProcessError):
        return [*run_size("ps2"), *run_size("amsterdam"), *([] if quick else run_size("tk"))]
    return [Figure("chain", "a stage failed; run the commands by hand to see why", 0.0)]
