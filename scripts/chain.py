"""The chain at scale: a generated election from the municipalities' 510b files to a verified result.

    python scripts/chain.py SIZE [--seed N] [--work DIR] [--jobs N]

Stages, each through the public ``uitslag`` commands and timed (wall clock, and the peak memory of
the processes of that stage):

1. ``uitslag fixtures generate SIZE`` (not part of the chain: the material the GSBs would send);
2. per kieskring, ``uitslag tabulate`` of its municipalities' 510b into the HSB's 510c
   (kieskringen side by side, one per core);
3. ``uitslag tabulate`` of the 510c files into the CSB's 510d, ShortCodes made from the 230b;
4. ``uitslag result --pv --sign``: the 520, the trace and the signed P 22-1;
5. ``uitslag verify`` of the whole folder (schemas, arithmetic, re-tabulation, allocation, PVs).

The chain works in its own folder: the inputs (110a, 110b, 230b, 510b) are linked in from the
generated set, and every file above the GSB is made here, not taken from the generator. The
generator's own 510c/510d are then compared with the chain's, number by number.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kieskring.domain import VoteCounts

ROOT = Path(__file__).resolve().parent.parent
SEATS = {"tiny": 9, "wmw": 17, "amsterdam": 45, "ps2": 55, "tk": 150}
PASSPHRASE = "keten-wachtwoord-niet-voor-echt-gebruik"
CHILD = (
    "import sys\n"
    "from kieskring.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
    "sys.stderr.write('MAXRSS %s\\n' % (hwm[0].split()[1] if hwm else 0))\n"
    "sys.exit(code)\n"
)
"""Each child reports its own high-water mark (VmHWM, kB) on its last stderr line."""
CONTEST = re.compile(rb'<ContestIdentifier Id="([^"]+)"')


@dataclass(frozen=True)
class Stage:
    """One timed stage: what, wall seconds, peak memory (MiB) of its processes."""

    what: str
    seconds: float
    peak_mib: float
    in_chain: bool = True


def uitslag(args: list[str]) -> tuple[float, str]:
    """Run ``uitslag ARGS`` in a child; its peak memory (MiB) and its output. Stops on failure."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, check=False
    )
    peak = max(
        (int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("MAXRSS")),
        default=0,
    )
    if done.returncode != 0:
        sys.exit(f"chain: 'uitslag {args[0]}' failed ({done.returncode}):\n{done.stdout[-2000:]}")
    return peak / 1024, done.stdout


def timed(
    what: str, commands: list[list[str]], parallel: int = 1, chain: bool = True, tell: bool = False
) -> Stage:
    """Run ``commands`` (``parallel`` at a time) as one stage; ``tell``: print each one's last line."""
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        done = list(pool.map(uitslag, commands))
    stage = Stage(what, time.perf_counter() - start, max((p for p, _ in done), default=0.0), chain)
    print(f"  {stage.what}: {stage.seconds:.1f} s, piek {stage.peak_mib:.0f} MiB", flush=True)
    for _, output in done if tell else []:
        print(f"    {(output.strip().splitlines() or [''])[-1]}")
    return stage


def link_inputs(generated: Path, chain: Path) -> list[Path]:
    """Hard-link (or copy) the GSB-level inputs into the chain's folder; the 510b files."""
    chain.mkdir(parents=True, exist_ok=True)
    counts: list[Path] = []
    for path in sorted(generated.glob("*.eml.xml")):
        if path.name.startswith("Totaaltelling_") or "_kieskring_" in path.name:
            continue
        target = chain / path.name
        try:
            os.link(path, target)
        except OSError:
            shutil.copyfile(path, target)
        if path.name.startswith("Telling_"):
            counts.append(target)
    return counts


def by_kieskring(counts: list[Path]) -> dict[str, list[Path]]:
    """The 510b files per kieskring (their ``ContestIdentifier``)."""
    groups: dict[str, list[Path]] = {}
    for path in counts:
        with path.open("rb") as handle:
            found = CONTEST.search(handle.read(8192))
        groups.setdefault(found.group(1).decode() if found else "geen", []).append(path)
    return groups


def hsb_commands(chain: Path, election: str, groups: dict[str, list[Path]]) -> list[list[str]]:
    """One ``uitslag tabulate`` per kieskring (largest first, so the cores stay busy)."""
    commands = []
    for district, files in sorted(
        groups.items(), key=lambda kv: -sum(p.stat().st_size for p in kv[1])
    ):
        commands.append(
            [
                "tabulate",
                *map(str, files),
                "--authority",
                f"HSB{district}",
                "--authority-name",
                f"Kieskring {district}",
                "--contest",
                district,
                "--contest-name",
                f"Kieskring {district}",
                "--created",
                "2029-03-23T12:00:00",
                "--jobs",
                "1",
                "--out",
                str(chain / f"Telling_{election}_kieskring_{district}.eml.xml"),
            ]
        )
    return commands


def csb_command(chain: Path, election: str, lists: list[Path]) -> list[str]:
    """``uitslag tabulate`` of the 510c files into the 510d, ShortCodes from the 230b."""
    return [
        "tabulate",
        *map(str, sorted(chain.glob(f"Telling_{election}_kieskring_*.eml.xml"))),
        "--authority",
        "CSB",
        "--contest",
        "alle",
        "--created",
        "2029-03-26T12:00:00",
        "--candidates",
        *map(str, lists),
        "--out",
        str(chain / f"Totaaltelling_{election}.eml.xml"),
    ]


def result_command(
    chain: Path, size: str, lists: list[Path], top: list[Path], key: Path
) -> list[str]:
    """``uitslag result --pv --sign`` with a fresh installation key."""
    secret = key / "wachtwoord.txt"
    return [
        "result",
        "--seats",
        str(SEATS[size]),
        "--candidates",
        *map(str, lists),
        "--counts",
        *map(str, top),
        "--out",
        str(chain / "uitslag"),
        "--pv",
        "--place",
        "Ketenstad",
        "--sign",
        str(key / "csb"),
        "--signing-time",
        "2029-03-27T12:00:00+01:00",
        "--passphrase-file",
        str(secret),
    ]


def make_key(key: Path) -> None:
    """An installation key for the CSB (outside the chain's timing)."""
    key.mkdir(parents=True, exist_ok=True)
    secret = key / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    uitslag(
        [
            "sign",
            "init",
            "--dir",
            str(key / "csb"),
            "--name",
            "CSB keten",
            "--valid-from",
            "2029-01-01T00:00:00+00:00",
            "--passphrase-file",
            str(secret),
        ]
    )


def same_as_generator(generated: Path, chain: Path) -> str:
    """Compare the chain's 510c/510d with the generator's, number by number."""
    from kieskring.eml.read_510 import read_510

    mine = sorted(chain.glob("Telling_*_kieskring_*.eml.xml"))
    mine += sorted(chain.glob("Totaaltelling_*.eml.xml"))
    differing = []
    for path in mine:
        theirs = generated / path.name
        if not theirs.exists():
            continue
        ours, gen = read_510(path), read_510(theirs)
        units = {u.id: numbers(u.counts) for u in gen.units}
        if numbers(ours.total) != numbers(gen.total) or units != {
            u.id: numbers(u.counts) for u in ours.units
        }:
            differing.append(path.name)
    if differing:
        return f"VERSCHILT van de generator: {', '.join(differing)}"
    return f"{len(mine)} bestanden boven de GSB: elk getal gelijk aan dat van de generator"


def numbers(counts: VoteCounts) -> tuple[object, ...]:
    """Every number of a vote group; candidates by position, or (510d total, ShortCodes only)
    as the sorted votes of the list (the codes of namesakes may be numbered differently)."""
    fields = (counts.cast, counts.total_counted, counts.invalid, counts.blank, counts.uncounted)
    lists = tuple(
        (
            lst.number,
            lst.votes,
            tuple((c.id, c.votes) for c in lst.candidates)
            if all(c.id for c in lst.candidates)
            else tuple(sorted(c.votes for c in lst.candidates)),
        )
        for lst in counts.lists
    )
    return (fields, lists)


def run(size: str, seed: int, work: Path, jobs: int) -> list[Stage]:
    """The whole chain for one generated election; returns its stages."""
    generated, chain = work / "gegenereerd", work / "keten"
    shutil.rmtree(work, ignore_errors=True)
    stages = [
        timed(
            "genereer de EML-set",
            [["fixtures", "generate", size, "--seed", str(seed), "--out", str(generated)]],
            chain=False,
        )
    ]
    make_key(work / "sleutel")
    counts = link_inputs(generated, chain)
    election = counts[0].name.removeprefix("Telling_").rsplit("_", 1)[0]
    lists = sorted(chain.glob("Kandidatenlijsten_*.eml.xml"))
    groups = by_kieskring(counts)
    megabytes = sum(p.stat().st_size for p in counts) / 1e6
    top = counts
    if len(groups) > 1:
        stages.append(
            timed(
                f"HSB: {len(groups)} × uitslag tabulate, {len(counts)} 510b ({megabytes:.0f} MB)",
                hsb_commands(chain, election, groups),
                parallel=jobs,
            )
        )
        stages.append(
            timed(
                f"CSB: uitslag tabulate {len(groups)} 510c → 510d",
                [csb_command(chain, election, lists)],
            )
        )
        top = [chain / f"Totaaltelling_{election}.eml.xml"]
    stages.append(
        timed(
            "uitslag result: 520, P 22 ondertekend",
            [result_command(chain, size, lists, top, work / "sleutel")],
        )
    )
    stages.append(
        timed(
            "uitslag verify (alles)",
            [["verify", "--quiet", "--jobs", str(jobs), str(chain)]],
            tell=True,
        )
    )
    print(f"  {same_as_generator(generated, chain)}")
    return stages


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("size", choices=sorted(SEATS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, help="werkmap (standaard: een tijdelijke map)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    shared = (
        Path(os.environ.get("UITSLAG_SHARED", ROOT.parent / "shared")) / "eml_nl" / "v1.2.2" / "xsd"
    )
    if shared.is_dir():
        os.environ.setdefault("UITSLAG_SCHEMAS", str(shared))
    work = args.work or Path(tempfile.mkdtemp(prefix=f"keten-{args.size}-"))
    print(f"De keten voor {args.size} (seed {args.seed}) in {work}:")
    stages = run(args.size, args.seed, work, max(1, args.jobs))
    total = sum(s.seconds for s in stages if s.in_chain)
    peak = max(s.peak_mib for s in stages if s.in_chain)
    print(f"De keten zonder het genereren: {total:.1f} s, piekgeheugen per proces {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
