"""The P 22-2 of West Maas en Waal 2022 and the P 22-1 of the Tweede Kamer 2021, rendered from
the computed allocation: fingerprint of the 520, seats and every elected candidate on the paper;
byte-identical when rendered twice."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from kieskring.cli import main
from kieskring.eml.fingerprint import fingerprint, grouped
from kieskring.eml.read_520 import read_520


def text_of(pdf: Path) -> str:
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def run_result(args: list[str], out: Path) -> None:
    assert main(["result", *args, "--out", str(out), "--pv", "--date", "2022-03-18"]) == 0


def test_wmw_p22_2_shows_the_official_result(wmw_dir: Path, tmp_path: Path) -> None:
    args = [
        "--seats",
        "17",
        "--candidates",
        str(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"),
        "--counts",
        str(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"),
        "--created",
        "2022-03-18T11:07:06.451",
    ]
    run_result(args, tmp_path / "a")
    run_result(args, tmp_path / "b")
    pdf = tmp_path / "a" / "P22-2_GR2022_WestMaasenWaal.pdf"
    assert pdf.read_bytes() == (tmp_path / "b" / pdf.name).read_bytes()
    text = text_of(pdf)
    official = wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    assert grouped(fingerprint(official.read_bytes()), upper=True) in text
    assert "kiesdeler 550" in text
    result = read_520(official)
    for lst in result.lists:
        for elected in lst.candidates:
            assert elected.candidate.last_name in text
    assert "meer dan 275 stemmen" in text


def test_tk2021_p22_1_names_all_150_elected_and_the_groups(
    tk2021_dir: Path, tmp_path: Path
) -> None:
    lists = sorted(str(p) for p in tk2021_dir.glob("Kandidatenlijsten_TK2021_*.eml.xml"))
    args = [
        "--definition",
        str(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml"),
        "--candidates",
        *lists,
        "--counts",
        str(tk2021_dir / "Totaaltelling_TK2021.eml.xml"),
        "--created",
        "2021-03-23T20:11:35.240",
    ]
    run_result(args, tmp_path)
    text = text_of(tmp_path / "P22-1_TK2021.pdf")
    official = tk2021_dir / "Resultaat_TK2021.eml.xml"
    assert grouped(fingerprint(official.read_bytes()), upper=True) in text
    names = [c.candidate.last_name for lst in read_520(official).lists for c in lst.candidates]
    assert len(names) == 150
    missing = [n for n in names if n not in text]
    assert missing == []
    assert "Lijstengroep CDA" in text
    assert "Kieswet P 7 lid 2" in text


def test_blank_forms_from_the_real_230b_and_stations(wmw_dir: Path, tmp_path: Path) -> None:
    """One Na 31-2 Bijlage 1 per WMW station, pre-filled with its name and every candidate."""
    code = main(
        [
            "pv",
            "blank-forms",
            "--candidates",
            str(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"),
            "--stations",
            str(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"),
            "--date",
            "2022-03-16",
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 0
    forms = sorted(tmp_path.glob("*.pdf"))
    assert len(forms) == 21
    text = text_of(forms[0])
    assert "Dorpshuis De Hucht" in text and "Reuvers" in text
