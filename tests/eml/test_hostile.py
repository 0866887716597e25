"""The hostile corpus: each file gives its own code, through the API and the CLI, no traceback."""

from __future__ import annotations

import pytest
from lxml import etree

from fixtures.hostile import EXPECTED, HOSTILE
from kieskring.cli import main
from kieskring.eml import safe
from kieskring.eml.read_510 import read_510
from kieskring.errors import UserError


def test_baseline_is_accepted() -> None:
    count = read_510(HOSTILE / "valid_510b.xml")
    assert count.total.total_counted == 10


def test_every_hostile_file_is_listed() -> None:
    on_disk = {p.name for p in HOSTILE.glob("*.xml")} - {"valid_510b.xml"}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize(("name", "code"), sorted(EXPECTED.items()))
def test_hostile_file_gives_its_code(name: str, code: str) -> None:
    with pytest.raises(UserError) as caught:
        read_510(HOSTILE / name)
    problems = caught.value.problems
    assert problems[0].code == code
    assert problems[0].file.endswith(name)
    assert all(p.message_nl and p.message_en for p in problems)


@pytest.mark.parametrize(("name", "code"), sorted(EXPECTED.items()))
def test_cli_reports_code_without_traceback(
    name: str, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eml", "check", str(HOSTILE / name)]) == 1
    err = capsys.readouterr().err
    assert code in err
    assert "Traceback" not in err
    assert "root:" not in err  # nothing of /etc/passwd


def test_parser_itself_does_not_expand_entities() -> None:
    """Defence in depth: even past the DOCTYPE refusal, the parser resolves nothing."""
    data = (HOSTILE / "xxe.xml").read_bytes()
    root = etree.fromstring(data, safe._parser())
    assert b"root:" not in etree.tostring(root)
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring((HOSTILE / "billion_laughs.xml").read_bytes(), safe._parser())


def test_huge_number_message_is_short() -> None:
    with pytest.raises(UserError) as caught:
        read_510(HOSTILE / "huge_votes.xml")
    assert len(caught.value.problems[0].message_nl) < 120
