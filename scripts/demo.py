"""`make demo`: run Uitslag end to end on the bundled demo election and show the calculation.

Stage by stage, each through the public `uitslag` command line, so the demo shows exactly what a
user or an auditor would run. Output files go to ``demo-output/``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "demo-output"
DEMO_COUNCIL = ROOT / "fixtures" / "demo" / "gemeenteraad.json"


def uitslag(*args: str, stdout: Path | None = None) -> None:
    """Run one `uitslag` command, echoing it; stop the demo when it fails."""
    print(f"\n$ uitslag {' '.join(args)}", flush=True)
    command = [sys.executable, "-m", "kieskring.cli", *args]
    if stdout is None:
        result = subprocess.run(command, check=False)
    else:
        with stdout.open("w", encoding="utf-8") as handle:
            result = subprocess.run(command, stdout=handle, check=False)
        print(f"  -> {stdout.relative_to(ROOT)}")
    if result.returncode not in (0, 3):
        sys.exit(f"demo: 'uitslag {args[0]}' faalde met code {result.returncode}")


def allocation_demo() -> None:
    """The seat allocation of the bundled 9-seat council, as JSON and explained in Dutch."""
    uitslag("allocate", str(DEMO_COUNCIL), stdout=OUT / "zetelverdeling.json")
    uitslag("allocate", "--explain", str(DEMO_COUNCIL))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="tiny", choices=["tiny"])
    parser.parse_args()
    OUT.mkdir(exist_ok=True)
    allocation_demo()
    print(f"\nKlaar. Uitvoer in {OUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
