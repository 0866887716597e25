"""`make bench`: one report of every speed figure, each beside its peer or floor measured in the same run.

Each module in ``scripts/benches/`` exposes ``run(quick: bool) -> list[Figure]``. Figures are medians of
repeated runs. The report is printed and written to BENCHMARKS.md with the machine and the command.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from benches.common import Figure  # noqa: E402

SECTIONS: tuple[str, ...] = ("allocation", "eml", "app_pv", "signals", "chain", "lan")


def machine() -> str:
    """One line describing the machine the figures were measured on."""
    mem = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            mem = f", {int(handle.readline().split()[1]) // (1024 * 1024)} GiB"
    except OSError:
        pass
    return (
        f"{platform.machine()}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def render(figures: list[Figure], quick: bool) -> str:
    """The report as Markdown."""
    lines = [
        "# Benchmarks",
        "",
        f"Machine: {machine()}  ",
        f"Command: `make bench{' BENCH_ARGS=--quick' if quick else ''}`  ",
        f"Measured: {time.strftime('%Y-%m-%d')} (figures are medians of repeated runs)",
        "",
        "| section | what | ours | peer / floor | ratio | note |",
        "|---|---|---|---|---|---|",
    ]
    lines += [figure.row() for figure in figures]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller sizes")
    parser.add_argument("--only", action="append", help="run only these sections")
    parser.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    args = parser.parse_args()
    figures: list[Figure] = []
    for name in SECTIONS:
        if args.only and name not in args.only:
            continue
        module = importlib.import_module(f"benches.{name}")
        print(f"== {name}", flush=True)
        for figure in module.run(args.quick):
            print("  " + figure.text(), flush=True)
            figures.append(figure)
    report = render(figures, args.quick)
    Path(args.out).write_text(report, encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
