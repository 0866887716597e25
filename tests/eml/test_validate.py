"""XSD validation: every real file validates; a broken one gets EML.022 with the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kieskring.eml.validate import schema_for, validate_bytes, validate_file
from kieskring.errors import UserError


def test_all_real_files_validate(shared_dir: Path, xsd_dir: Path) -> None:
    files = sorted(shared_dir.glob("data/*/*.eml.xml"))
    assert len(files) == 50
    messages = {validate_file(path, xsd_dir) for path in files}
    assert messages == {"110a", "230b", "510b", "510c", "510d", "520"}


def test_schema_is_cached(xsd_dir: Path) -> None:
    assert schema_for("510b", xsd_dir) is schema_for("510c", xsd_dir)


def test_environment_fallback(
    xsd_dir: Path, wmw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UITSLAG_SCHEMAS", str(xsd_dir))
    assert validate_file(wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml") == "520"
    monkeypatch.delenv("UITSLAG_SCHEMAS")
    monkeypatch.setattr("kieskring.eml.validate.PACKAGED", Path("/nonexistent/schemas"))
    with pytest.raises(UserError) as caught:
        validate_file(wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml")
    assert caught.value.problems[0].code == "EML.020"


def test_invalid_file_reports_line(xsd_dir: Path, wmw_dir: Path) -> None:
    data = (wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml").read_bytes()
    broken = data.replace(b"<Ranking>1</Ranking>", b"<Ranking>een</Ranking>", 1)
    with pytest.raises(UserError) as caught:
        validate_bytes(broken, "r.xml", xsd_dir)
    problem = caught.value.problems[0]
    assert problem.code == "EML.022"
    assert problem.place.startswith("regel ")
    assert "Ranking" in problem.message_nl
