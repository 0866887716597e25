"""EML and the real chain on TK2021 (~60 MB): reading + checking, tabulating, writing, the national
result and a full `uitslag verify`, each beside its floor (lxml merely parsing the same bytes, or
writing the same bytes) and, for reading, the Kiesraad's own `pyeml-bindings` as the peer."""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

from lxml import etree

from benches.common import Figure, median_time, peak_rss_mib

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("UITSLAG_SHARED", ROOT.parent / "shared"))
TK = SHARED / "data" / "TK2021"


def parse_all(paths: list[Path]) -> None:
    """The floor: lxml parsing the bytes, nothing else."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for path in paths:
        etree.parse(io.BytesIO(path.read_bytes()), parser)


def read_counts(paths: list[Path]) -> list[object]:
    from kieskring.eml.read_510 import read_510

    return [read_510(p) for p in paths]


def stream_counts(paths: list[Path], keep_units: bool) -> list[object]:
    from kieskring.eml.stream_510 import read_510_totals

    return [read_510_totals(p, keep_units=keep_units) for p in paths]


def pyeml(paths: list[Path]) -> None:
    from pyeml_bindings.mod_510_count_kiesraad_strict import Eml
    from xsdata.formats.dataclass.parsers import XmlParser

    parser = XmlParser()
    for path in paths:
        parser.from_path(path, Eml)


def reading(repeats: int, quick: bool) -> list[Figure]:
    counts = [
        *sorted(TK.glob("Telling_TK2021_kieskring_*.eml.xml")),
        TK / "Totaaltelling_TK2021.eml.xml",
    ]
    counts = counts[-4:] if quick else counts
    size = sum(p.stat().st_size for p in counts) / 1e6
    ours = median_time(lambda: read_counts(counts), repeats=repeats)
    floor = median_time(lambda: parse_all(counts), repeats=repeats)
    figures = [
        Figure(
            "eml",
            f"read + check {len(counts)} TK2021 counts ({size:.0f} MB)",
            ours,
            floor,
            "lxml parse",
            "the careful reader: a model per station; floor: lxml parse of the same bytes",
        ),
        Figure(
            "eml",
            f"read + check the same {len(counts)} counts, streaming, units kept ({size:.0f} MB)",
            median_time(lambda: stream_counts(counts, True), repeats=repeats),
            floor,
            "lxml parse",
            "what verify uses for 510c (same checks, same outcome; the 510d goes the careful way)",
        ),
        Figure(
            "eml",
            f"read + check the same {len(counts)} counts, streaming, totals only ({size:.0f} MB)",
            median_time(lambda: stream_counts(counts, False), repeats=repeats),
            floor,
            "lxml parse",
            "what tabulate, result and verify use for 510b",
        ),
    ]
    sample = counts[:1] if quick else counts
    what = "pyeml-bindings parse" + (" (1 file, quick)" if quick else "")
    ours_sample = median_time(lambda: read_counts(sample), repeats=1)
    figures.append(
        Figure(
            "eml",
            f"read {len(sample)} count file(s) vs pyeml-bindings",
            ours_sample,
            median_time(lambda: pyeml(sample), repeats=1),
            what,
        )
    )
    return figures


def tabulating(repeats: int) -> list[Figure]:
    from kieskring.domain.election import Authority
    from kieskring.eml.tabulate import tabulate
    from kieskring.eml.write_510 import write_510

    lowers = read_counts(sorted(TK.glob("Telling_TK2021_kieskring_*.eml.xml")))
    run = lambda: tabulate(lowers, Authority(id="CSB", name="Nederland"), contest_id="alle")  # type: ignore[arg-type]  # noqa: E731
    result = run()
    when = result.count.identity.date
    import datetime as dt

    created = dt.datetime.combine(when, dt.time(12))
    data = write_510(result.count, created)
    target = Path(tempfile.mkdtemp()) / "510d.xml"
    return [
        Figure("eml", "tabulate 19 TK2021 510c into a 510d", median_time(run, repeats=repeats)),
        Figure(
            "eml",
            f"write that 510d ({len(data) / 1e6:.1f} MB, canonical)",
            median_time(lambda: write_510(result.count, created), repeats=repeats),
            median_time(lambda: target.write_bytes(data), repeats=repeats),
            "write same bytes",
        ),
    ]


def cli(*args: str) -> float:
    from kieskring.cli import main

    start = time.perf_counter()
    code = main(list(args))
    assert code in (0, 3), code
    return time.perf_counter() - start


def chain(repeats: int, quick: bool = False) -> list[Figure]:
    out = tempfile.mkdtemp()
    lists = [str(p) for p in sorted(TK.glob("Kandidatenlijsten_TK2021_*.eml.xml"))]
    inputs = [
        TK / "Verkiezingsdefinitie_TK2021.eml.xml",
        *map(Path, lists),
        TK / "Totaaltelling_TK2021.eml.xml",
    ]
    args = (
        "result",
        "--definition",
        str(inputs[0]),
        "--candidates",
        *lists,
        "--counts",
        str(inputs[-1]),
        "--created",
        "2021-03-23T20:11:35.240",
        "--out",
        out,
    )
    result = sorted(cli(*args) for _ in range(repeats))[repeats // 2]
    figure = Figure(
        "eml",
        "TK2021 result: read 110a + 20×230b + 510d, allocate, write 520",
        result,
        median_time(lambda: parse_all(inputs), repeats=repeats),
        "lxml parse",
    )
    if quick:  # the full verify of TK2021 is measured by the full bench only
        return [figure]
    everything = sorted(p for p in TK.iterdir() if p.suffix == ".xml")
    os.environ.setdefault("UITSLAG_SCHEMAS", str(SHARED / "eml_nl" / "v1.2.2" / "xsd"))
    import contextlib

    with contextlib.redirect_stdout(io.StringIO()):
        verify = sorted(cli("verify", "--quiet", str(TK)) for _ in range(repeats))[repeats // 2]
    return [
        figure,
        Figure(
            "verify",
            "uitslag verify TK2021 (all 42 files, with XSD)",
            verify,
            median_time(lambda: parse_all(everything), repeats=repeats),
            "lxml parse",
            f"peak RSS {peak_rss_mib():.0f} MiB",
        ),
    ]


def run(quick: bool) -> list[Figure]:
    if not TK.is_dir():
        return [Figure("eml", f"skipped: {TK} not found (set UITSLAG_SHARED)", 0.0)]
    repeats = 1 if quick else 3
    return [*reading(repeats, quick), *tabulating(repeats), *chain(repeats, quick)]
