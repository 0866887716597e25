"""`uitslag allocate`: the JSON contract, batches, the Dutch explanation and bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kieskring.cli import main

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "fixtures" / "demo" / "gemeenteraad.json"

ISSUE_EXAMPLE = {
    "seats": 17,
    "category": "GR",
    "lists": [
        {
            "number": 1,
            "name": "Lijst A",
            "candidates": [{"number": 1, "votes": 540}, {"number": 2, "votes": 12}],
        },
        {"number": 2, "votes": 160, "candidate_count": 30},
    ],
    "deceased": [{"list": 1, "candidate": 2}],
}


def run_cli(
    args: list[str],
    stdin: str = "",
    capsys: pytest.CaptureFixture[str] | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    assert capsys is not None and monkeypatch is not None
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["allocate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_issue_example_follows_the_contract(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """V = 552 + 160 = 712, Q = 712/17. List 1 has 2 candidates of whom one died: exhausted at 1.
    List 2 has 30 candidates and takes every other seat (16)."""
    code, out, err = run_cli(["-"], json.dumps(ISSUE_EXAMPLE), capsys, monkeypatch)
    assert code == 0, err
    result = json.loads(out)
    assert result["status"] == "completed"
    assert result["quota"] == "712/17"
    by_number = {lst["number"]: lst for lst in result["lists"]}
    assert by_number[1]["seats"] == 1 and by_number[1]["elected"] == [1]
    assert by_number[2]["seats"] == 16 and by_number[2]["elected"] == []
    assert result["lots_required"] is None
    assert {"kind", "article", "standings"} <= set(result["steps"][0])


def test_lots_required_reports_options_and_exit_3(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tie = {
        "seats": 3,
        "lists": [
            {"number": 1, "votes": 300, "candidate_count": 5},
            {"number": 2, "votes": 300, "candidate_count": 5},
        ],
    }
    code, out, _ = run_cli(["-"], json.dumps(tie), capsys, monkeypatch)
    result = json.loads(out)
    assert code == 3
    assert result["status"] == "lots_required"
    assert result["lots_required"]["options"] == [1, 2]
    assert result["lots_required"]["seat_numbers"] == [1]
    assert [lst["seats"] for lst in result["lists"]] == [1, 1]
    tie["lots"] = [2]
    code, out, _ = run_cli(["-"], json.dumps(tie), capsys, monkeypatch)
    assert code == 0
    assert [lst["seats"] for lst in json.loads(out)["lists"]] == [1, 2]


def test_jsonl_batch_goes_on_after_a_bad_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = json.dumps(ISSUE_EXAMPLE)
    bad = json.dumps({"seats": 5, "lists": [{"number": 1, "votes": -3, "candidate_count": 2}]})
    code, out, err = run_cli(
        ["--jsonl", "-"], f"{good}\n{bad}\nnot json\n{good}\n", capsys, monkeypatch
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["status"] for line in lines] == ["completed", "error", "error", "completed"]
    assert "lists[0].votes" in lines[1]["error"]
    assert "regel 1, kolom 1" in lines[2]["error"]
    assert code == 1
    assert "stdin:2:" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            {
                "seats": 5,
                "lists": [
                    {"number": 2, "votes": 1, "candidate_count": 1},
                    {"number": 1, "votes": 1, "candidate_count": 1},
                ],
            },
            "lists[1].number: lijstnummers moeten oplopen",
        ),
        (
            {
                "seats": 5,
                "colour": "red",
                "lists": [{"number": 1, "votes": 1, "candidate_count": 1}],
            },
            "colour: onbekend veld",
        ),
        (
            {"seats": 5.0, "lists": [{"number": 1, "votes": 1, "candidate_count": 1}]},
            "seats: verwacht een geheel getal, gekregen kommagetal",
        ),
        (
            {"seats": 5, "lists": [{"number": 1, "votes": 10**99, "candidate_count": 1}]},
            "onwaarschijnlijk groot",
        ),
        (
            {
                "seats": 5,
                "category": "XX",
                "lists": [{"number": 1, "votes": 1, "candidate_count": 1}],
            },
            "onbekende categorie",
        ),
        (
            {
                "seats": 3,
                "lots": [7],
                "lists": [
                    {"number": 1, "votes": 1, "candidate_count": 1},
                    {"number": 2, "votes": 1, "candidate_count": 1},
                ],
            },
            "geen van de opties",
        ),
        ([], "verwacht een JSON-object"),
    ],
)
def test_bad_input_names_the_field_and_exits_1(
    document: object,
    expected: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run_cli(["-"], json.dumps(document), capsys, monkeypatch)
    assert code == 1
    assert out == ""
    assert expected in err
    assert "Traceback" not in err


def test_missing_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, _, err = run_cli([str(tmp_path / "nope.json")], "", capsys, monkeypatch)
    assert code == 1
    assert "ALLOC.001" in err and "nope.json" in err


def test_explain_prints_dutch_calculation_with_mixed_numbers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo council: V = 4500, 9 seats, Q = 500; P 9 moves list 3's seat to list 1."""
    code, out, _ = run_cli(["--explain", str(DEMO)], "", capsys, monkeypatch)
    assert code == 0
    assert "Kiesdeler (Kieswet P 5): 4.500 stemmen gedeeld door 9 zetels = 500." in out
    assert "Volstrekte meerderheid (P 9)" in out
    assert "Lijst 3 levert de laatst toegewezen restzetel in" in out
    assert "Voorkeurdrempel (P 15): 50% van de kiesdeler = 250 stemmen" in out


def test_explain_shows_fractions_as_mixed_numbers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = {
        "seats": 3,
        "lists": [
            {"number": 1, "votes": 1000, "candidate_count": 3},
            {"number": 2, "votes": 135, "candidate_count": 3},
        ],
    }
    _, out, _ = run_cli(["--explain", "-"], json.dumps(doc), capsys, monkeypatch)
    assert "= 378 1/3." in out  # 1135 / 3


def test_console_script_runs_as_a_process() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kieskring.cli", "allocate", str(DEMO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["quota"] == "500/1"


SMALL = [{"number": 1, "votes": 1, "candidate_count": 1}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"seats": 5, "lists": [{"number": 1, "votes": '
            + "9" * 5000
            + ', "candidate_count": 1}]}',
            "lists[0].votes: onwaarschijnlijk groot getal (5000 cijfers)",
        ),
        ('{"seats": ' + "7" * 20000 + ', "lists": []}', "seats: onwaarschijnlijk groot getal"),
        (
            '{"seats": 5, "seats": 7, "lists": [{"number": 1, "votes": 1, "candidate_count": 1}]}',
            "seats: komt meer dan één keer voor",
        ),
        (
            '{"seats": 5, "lists": [{"number": 1, "votes": 1, "votes": 2, "candidate_count": 1}]}',
            "lists[0].votes: komt meer dan één keer voor",
        ),
        (json.dumps({"seats": 10_001, "lists": SMALL}), "seats: hoogstens 10000"),
        (
            json.dumps(
                {"seats": 5, "lists": [{"number": 1, "votes": 1, "candidate_count": 10**9}]}
            ),
            "lists[0].candidate_count: hoogstens 1000",
        ),
        (
            json.dumps(
                {
                    "seats": 5,
                    "lists": [
                        {"number": n, "votes": 1, "candidate_count": 1} for n in range(1, 1002)
                    ],
                }
            ),
            "lists: hoogstens 1000 lijsten",
        ),
        (
            json.dumps(
                {
                    "seats": 5,
                    "lists": [
                        {
                            "number": 1,
                            "candidates": [{"number": n, "votes": 1} for n in range(1, 1002)],
                        }
                    ],
                }
            ),
            "lists[0].candidates: hoogstens 1000 kandidaten",
        ),
    ],
)
def test_absurd_input_is_a_coded_problem_naming_the_field(
    text: str, expected: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12 E: thousands of digits, duplicate keys and sizes past the limits → exit 1 with
    ALLOC.010 naming the field, never an internal defect (exit 70)."""
    code, out, err = run_cli(["-"], text, capsys, monkeypatch)
    assert code == 1, err
    assert out == ""
    assert "ALLOC.010" in err and expected in err
    assert "Traceback" not in err and "interne fout" not in err


def test_all_candidates_together_are_limited(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    many = [
        {"number": n, "candidates": [{"number": c, "votes": 1} for c in range(1, 1001)]}
        for n in range(1, 102)
    ]
    code, _, err = run_cli(["-"], json.dumps({"seats": 5, "lists": many}), capsys, monkeypatch)
    assert code == 1
    assert "lists: hoogstens 100000 kandidaten samen (gekregen 101000)" in err


def test_input_larger_than_the_limit_is_refused_unread(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kieskring.allocation import contract_in

    monkeypatch.setattr(contract_in, "MAX_INPUT_BYTES", 200)
    doc = json.dumps(ISSUE_EXAMPLE)
    assert len(doc) > 200
    path = tmp_path / "groot.json"
    path.write_text(doc, encoding="utf-8")
    code, out, err = run_cli([str(path)], "", capsys, monkeypatch)
    assert code == 1 and out == ""
    assert "ALLOC.003" in err and "groot.json" in err and "200 bytes" in err
    code, out, err = run_cli(["--jsonl", "-"], f"{doc}\n{{}}\n", capsys, monkeypatch)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [line["status"] for line in lines] == ["error", "error"]
    assert "200 bytes" in lines[0]["error"] and "stdin:1: ALLOC.003" in err


def test_explain_with_list_exhaustion_adds_up(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """5 seats, one list of 10 votes with 2 candidates. P 5: kiesdeler 10/5 = 2. P 6: the list fits
    the kiesdeler 5 times: 5 full seats, so 5 − 5 = 0 restzetels. P 10: the list has 2
    candidates, so it hands 3 full seats back; no other list can take them: 3 seats stay
    unassigned. Threshold (GR1, 50%): 1 vote — singular."""
    doc = {
        "seats": 5,
        "lists": [
            {"number": 1, "candidates": [{"number": 1, "votes": 6}, {"number": 2, "votes": 4}]}
        ],
    }
    code, out, _ = run_cli(["--explain", "-"], json.dumps(doc), capsys, monkeypatch)
    assert code == 0
    assert "Volle zetels samen: 5. Restzetels: 0." in out
    assert "Restzetels: 3" not in out
    assert out.count("levert een volle zetel in") == 3
    assert "Toegewezen: 2 van 5 zetels; niet toegewezen: 3 zetels (Kieswet P 10)." in out
    assert "= 1 stem;" in out and "1 stemmen" not in out
    assert "Lijst 1: 2 zetels." in out and "zetel(s)" not in out


def test_explain_speaks_singular_for_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """1 seat, 1 vote: "1 stem gedeeld door 1 zetel", "Lijst 1: 1 zetel."."""
    doc = {"seats": 1, "lists": [{"number": 1, "candidates": [{"number": 1, "votes": 1}]}]}
    code, out, _ = run_cli(["--explain", "-"], json.dumps(doc), capsys, monkeypatch)
    assert code == 0
    assert "Kiesdeler (Kieswet P 5): 1 stem gedeeld door 1 zetel = 1." in out
    assert "Zetelverdeling: 1 zetel," in out
    assert "Lijst 1: 1 zetel." in out
    assert "1 zetels" not in out and "1 stemmen" not in out
