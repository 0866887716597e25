"""Render the first pages of every PV model to PNG in docs/pv-examples/, so a reviewer can look at
them without running anything. Sample data for each model; the real West Maas en Waal 2022 P 22-2
when ../shared is present. Needs pypdfium2 (bench extra)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "pv-examples"

import pypdfium2 as pdfium  # noqa: E402

from kieskring.protocols import samples  # noqa: E402
from kieskring.protocols.serialize import render_model  # noqa: E402

SAMPLES = {
    "n10-2": lambda: samples.blank_form("N 10-2", 1),
    "na31-2-bijlage1": lambda: samples.blank_form("Na 31-2 Bijlage 1", 1),
    "na31-2": samples.gsb_report,
    "na14-2": samples.corrigendum,
    "na14-2-bijlage1": samples.corrigendum_form,
    "p2a": samples.session_report,
    "o3": samples.kieskring_report,
    "p22-2": lambda: samples.result_report("P 22-2"),
    "p22-1": lambda: samples.result_report("P 22-1"),
}


def pages_to_png(pdf: bytes, name: str, pages: int = 2) -> None:
    document = pdfium.PdfDocument(io.BytesIO(pdf))
    for index in range(min(pages, len(document))):
        image = document[index].render(scale=1.2).to_pil()
        path = OUT / f"{name}-p{index + 1}.png"
        image.save(path)
        print(path.relative_to(ROOT))


def real_p22_2() -> bytes | None:
    shared = (
        Path(os.environ.get("UITSLAG_SHARED", ROOT.parent / "shared"))
        / "data"
        / "GR2022_WestMaasenWaal"
    )
    if not shared.is_dir():
        return None
    out = Path(tempfile.mkdtemp())
    subprocess.run(
        [
            sys.executable,
            "-m",
            "kieskring.cli",
            "result",
            "--seats",
            "17",
            "--candidates",
            str(shared / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"),
            "--counts",
            str(shared / "Telling_GR2022_WestMaasenWaal.eml.xml"),
            "--created",
            "2022-03-18T11:07:06.451",
            "--out",
            str(out),
            "--pv",
            "--place",
            "Beneden-Leeuwen",
        ],
        check=True,
        capture_output=True,
    )
    return (out / "P22-2_GR2022_WestMaasenWaal.pdf").read_bytes()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for model, make in SAMPLES.items():
        pages_to_png(render_model(model, make()), model)
    real = real_p22_2()
    if real is not None:
        pages_to_png(real, "p22-2-westmaasenwaal-2022", pages=3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
