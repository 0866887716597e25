"""Every model a reader builds turns a value the model refuses into a coded problem naming the file
and place (issue 12 E): a candidate number 0, a list number 0, a ranking 0 or an unknown list type
in a 230b or 520 gives exit 1 with a code in ``eml check``, ``result`` and ``verify`` — never the
"interne fout" of exit 70."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fixtures.generate.chain import generate
from kieskring.cli import main
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_520 import read_520
from kieskring.errors import UserError


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The tiny election and its 520 (made by ``uitslag result``)."""
    folder = tmp_path_factory.mktemp("tiny")
    files = {p.name.split("_")[0]: p for p in generate("tiny", 1, folder)}
    out = folder / "uitslag"
    args = ["result", "--definition", str(files["Verkiezingsdefinitie"])]
    args += ["--candidates", str(files["Kandidatenlijsten"]), "--counts", str(files["Telling"])]
    assert main([*args, "--out", str(out)]) == 0
    files["Resultaat"] = next(out.glob("Resultaat_*.eml.xml"))
    return files


MUTATIONS = [
    ("Kandidatenlijsten", rb'<CandidateIdentifier Id="1">', b'<CandidateIdentifier Id="0">', "EML.015"),
    ("Kandidatenlijsten", rb'<AffiliationIdentifier Id="1">', b'<AffiliationIdentifier Id="0">', "EML.015"),
    ("Kandidatenlijsten", rb"<Type>op zichzelf staande lijst</Type>", b"<Type>los</Type>", "EML.013"),
    ("Resultaat", rb'<CandidateIdentifier Id="1">', b'<CandidateIdentifier Id="0">', "EML.015"),
    ("Resultaat", rb"<Ranking>\d</Ranking>", b"<Ranking>0</Ranking>", "EML.015"),
    ("Resultaat", rb'<AffiliationIdentifier Id="1">', b'<AffiliationIdentifier Id="0">', "EML.015"),
]  # fmt: skip


def mutated(tiny: dict[str, Path], kind: str, old: bytes, new: bytes, folder: Path) -> Path:
    data, count = re.subn(old, new, tiny[kind].read_bytes(), count=1)
    assert count == 1
    path = folder / tiny[kind].name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("kind", "old", "new", "code"), MUTATIONS)
def test_reader_gives_a_code_with_file_and_place(
    tiny: dict[str, Path], tmp_path: Path, kind: str, old: bytes, new: bytes, code: str
) -> None:
    path = mutated(tiny, kind, old, new, tmp_path)
    reader = read_230b if kind == "Kandidatenlijsten" else read_520
    with pytest.raises(UserError) as caught:
        reader(path)
    first = caught.value.problems[0]
    assert (first.code, first.file) == (code, str(path))
    assert first.place.startswith("regel ")


@pytest.mark.parametrize(("kind", "old", "new", "code"), MUTATIONS)
def test_check_and_verify_exit_1_with_the_code(
    tiny: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    old: bytes,
    new: bytes,
    code: str,
) -> None:
    path = mutated(tiny, kind, old, new, tmp_path)
    assert main(["eml", "check", str(path)]) == 1
    assert code in capsys.readouterr().err
    for other in ("Kandidatenlijsten", "Telling", "Resultaat"):
        if other != kind:
            (tmp_path / tiny[other].name).write_bytes(tiny[other].read_bytes())
    assert main(["verify", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert code in captured.out + captured.err
    assert "interne fout" not in captured.err


def test_result_exits_1_on_a_candidate_number_0(
    tiny: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lists = mutated(tiny, *MUTATIONS[0][:3], tmp_path)
    args = ["result", "--seats", "9", "--candidates", str(lists)]
    assert main([*args, "--counts", str(tiny["Telling"]), "--out", str(tmp_path / "o")]) == 1
    assert "EML.015" in capsys.readouterr().err
