"""`make demo`: the bundled demo election end to end, through the public `uitslag` commands.

1. the seat allocation of the bundled 9-seat council (JSON contract), explained in Dutch;
2. a generated election of SIZE (default `tiny`): candidate lists and counts as EML_NL;
3. for elections with kieskringen (`ps2`, `tk`) the whole chain of ``scripts/chain.py``: the
   municipalities' 510b → ``uitslag tabulate`` per kieskring → 510d → result → verify, each stage
   timed (steps 4 and 5 are part of it);
4. an installation key for the CSB, then `uitslag result --pv --sign`: the 520, the trace, the
   signed P 22 and the 520's detached signature;
5. `uitslag verify` on everything. Output in ``demo-output/``; nothing depends on the clock.

Every command and path is printed in full (absolute), so it can be copied and run again; the
explanation ``berekening.txt`` is printed whole.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import chain  # noqa: E402  (scripts/chain.py: the chain at scale and the installation key)

OUT = ROOT / "demo-output"
UITSLAG = Path(sys.executable).with_name("uitslag")
"""The installed command beside this Python (the demo runs it as ``python -m kieskring.cli``)."""
DEMO_COUNCIL = ROOT / "fixtures" / "demo" / "gemeenteraad.json"
SEATS = {"tiny": 9, "wmw": 17, "amsterdam": 45, "ps2": 55, "tk": 150}


def uitslag(*args: str, stdout: Path | None = None) -> int:
    """Run one `uitslag` command, echoing it; stop the demo when it fails."""
    print(f"\n$ {UITSLAG} {shlex.join(args)}", flush=True)
    command = [sys.executable, "-m", "kieskring.cli", *args]
    if stdout is None:
        result = subprocess.run(command, check=False)
    else:
        with stdout.open("w", encoding="utf-8") as handle:
            result = subprocess.run(command, stdout=handle, check=False)
        print(f"  -> {stdout}")
    if result.returncode not in (0, 3):
        sys.exit(f"demo: 'uitslag {args[0]}' faalde met code {result.returncode}")
    return result.returncode


def allocation_demo() -> None:
    """The seat allocation of the bundled council, as JSON and explained in Dutch."""
    uitslag("allocate", str(DEMO_COUNCIL), stdout=OUT / "zetelverdeling.json")
    uitslag("allocate", "--explain", str(DEMO_COUNCIL))


def chain_demo(size: str) -> Path:
    """Generate, determine the result with a signed PV, and return the election folder."""
    election = OUT / f"verkiezing-{size}"
    uitslag("fixtures", "generate", size, "--seed", "1", "--out", str(election))
    chain.make_key(OUT / "sleutel")  # the CSB's installation key (uitslag sign init)
    secret, install = OUT / "sleutel" / "wachtwoord.txt", OUT / "sleutel" / "csb"
    lists = sorted(str(p) for p in election.glob("Kandidatenlijsten_*.eml.xml"))
    national = sorted(election.glob("Totaaltelling_*.eml.xml"))
    counts = [str(p) for p in national] or sorted(
        str(p) for p in election.glob("Telling_*.eml.xml")
    )
    uitslag(
        "result",
        "--seats",
        str(SEATS[size]),
        "--candidates",
        *lists,
        "--counts",
        *counts,
        "--out",
        str(election / "uitslag"),
        "--pv",
        "--place",
        "Demostad",
        "--sign",
        str(install),
        "--signing-time",
        "2029-03-24T12:00:00+01:00",
        "--passphrase-file",
        str(secret),
    )
    return election


def use_schemas() -> None:
    """Validate against the EML_NL schemas when they are at hand (never copied into this repo)."""
    import os

    shared = (
        Path(os.environ.get("UITSLAG_SHARED", ROOT.parent / "shared")) / "eml_nl" / "v1.2.2" / "xsd"
    )
    if shared.is_dir():
        os.environ.setdefault("UITSLAG_SCHEMAS", str(shared))


def chain_at_scale(size: str) -> int:
    """The chain through tabulation at HSB and CSB (``scripts/chain.py``), in ``demo-output/``."""
    import os

    work = OUT / f"keten-{size}"
    stages = chain.run(size, 1, work, os.cpu_count() or 1)
    total = sum(stage.seconds for stage in stages if stage.in_chain)
    print(f"\nDe keten zonder het genereren: {total:.1f} s. Controleer het zelf met:")
    print(f"  {UITSLAG} verify {work / 'keten'}")
    return 0


def main() -> int:
    use_schemas()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="tiny", choices=sorted(SEATS))
    size = parser.parse_args().size
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir()
    allocation_demo()
    if size in ("ps2", "tk"):
        return chain_at_scale(size)
    election = chain_demo(size)
    explanation = election / "uitslag" / "berekening.txt"
    if explanation.exists():
        print(f"\n{explanation}:\n")
        print(explanation.read_text(encoding="utf-8"))
    code = uitslag("verify", "--quiet", str(election))
    print(
        f"\nKlaar. Alles staat in {OUT}/. Controleer het zelf met:\n  {UITSLAG} verify {election}"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
