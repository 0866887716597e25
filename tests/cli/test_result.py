"""`uitslag result`: the real 520s of West Maas en Waal 2022 and the Tweede Kamer 2021, to the byte.

The expected files are the Kiesraad's own; the creation time is given as input (it is the one in
those files), so every other byte follows from the counts, the candidate lists and chapter P.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kieskring.cli import main
from kieskring.cli.result import lots_from
from kieskring.errors import UserError


def test_wmw_2022_result_is_byte_identical_to_the_official_520(
    wmw_dir: Path, tmp_path: Path
) -> None:
    code = main(
        [
            "result",
            "--seats",
            "17",
            "--candidates",
            str(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"),
            "--counts",
            str(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"),
            "--created",
            "2022-03-18T11:07:06.451",
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 0
    ours = (tmp_path / "Resultaat_GR2022_WestMaasenWaal.eml.xml").read_bytes()
    assert ours == (wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml").read_bytes()
    trace = json.loads((tmp_path / "berekening.json").read_text(encoding="utf-8"))
    assert trace["status"] == "completed" and trace["seats"] == 17
    assert "Kiesdeler (Kieswet P 5)" in (tmp_path / "berekening.txt").read_text(encoding="utf-8")


def test_tk2021_result_is_byte_identical_to_the_official_520(
    tk2021_dir: Path, tmp_path: Path
) -> None:
    lists = sorted(str(p) for p in tk2021_dir.glob("Kandidatenlijsten_TK2021_*.eml.xml"))
    code = main(
        [
            "result",
            "--definition",
            str(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml"),
            "--candidates",
            *lists,
            "--counts",
            str(tk2021_dir / "Totaaltelling_TK2021.eml.xml"),
            "--created",
            "2021-03-23T20:11:35.240",
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 0
    assert (tmp_path / "Resultaat_TK2021.eml.xml").read_bytes() == (
        tk2021_dir / "Resultaat_TK2021.eml.xml"
    ).read_bytes()
    trace = json.loads((tmp_path / "berekening.json").read_text(encoding="utf-8"))
    groups = [p["number"] for p in trace["parties"] if p["kind"] == "lijstengroep"]
    assert groups == [3, 4, 6, 7, 16]


def test_seats_that_contradict_the_definition_are_refused(
    tk2021_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "result",
            "--definition",
            str(tk2021_dir / "Verkiezingsdefinitie_TK2021.eml.xml"),
            "--seats",
            "149",
            "--candidates",
            str(tk2021_dir / "Kandidatenlijsten_TK2021_Assen.eml.xml"),
            "--counts",
            str(tk2021_dir / "Totaaltelling_TK2021.eml.xml"),
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "RES.062" in err and "Traceback" not in err


def test_recorded_lots_and_deceased_are_inputs(wmw_dir: Path, tmp_path: Path) -> None:
    """A deceased candidate (list 1, number 1: elected by preference in the real result) is
    replaced: the 520 no longer names him and the trace says list 1 kept its seats."""
    dead = tmp_path / "overleden.json"
    dead.write_text(json.dumps({"deceased": [{"list": 1, "candidate": 1}]}), encoding="utf-8")
    code = main(
        [
            "result",
            "--seats",
            "17",
            "--candidates",
            str(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"),
            "--counts",
            str(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml"),
            "--deceased",
            str(dead),
            "--created",
            "2022-03-18T11:07:06.451",
            "--out",
            str(tmp_path / "o"),
        ]
    )
    assert code == 0
    text = (tmp_path / "o" / "Resultaat_GR2022_WestMaasenWaal.eml.xml").read_text(encoding="utf-8")
    assert "Reuvers" not in text
    official = (wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml").read_text(encoding="utf-8")
    assert "Reuvers" in official


@pytest.mark.parametrize(
    "content",
    ["[1" + "0" * 5000 + "]", '{"lots": [1], "lots": [2]}', '[{"list": 1, "candidate": 1e3}]'],
)
def test_recorded_lots_that_break_the_contract_are_coded_problems(
    tmp_path: Path, content: str
) -> None:
    """Issue 12 E: a lot outcome of thousands of digits (or a key given twice) in --lots is a coded
    problem naming the file, never an internal error (exit 70)."""
    path = tmp_path / "lots.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as err:
        lots_from(path)
    assert {p.code for p in err.value.problems} == {"RES.051"}
    assert err.value.problems[0].file == str(path)
