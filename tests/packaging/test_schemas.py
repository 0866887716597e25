"""The EML_NL schemas ship inside the package: validation needs no option, from any folder;
without them the commands say plainly that schema validation is unavailable and how to get it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import REPO

from kieskring.cli import main
from kieskring.eml.validate import PACKAGED, SCHEMAS_UNAVAILABLE, packaged_schemas
from kieskring.verify.report import Status, Verdict, verdict
from kieskring.verify.run import verify


def without_schema_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "UITSLAG_SCHEMAS"}


def test_install_copied_the_schemas_with_their_licence(xsd_dir: Path) -> None:
    """With ../shared present, `make install` put the schemas and the EUPL licence in the package."""
    assert packaged_schemas() == PACKAGED
    licence = (PACKAGED / "LICENSE").read_text(encoding="utf-8")
    assert "Licensed under the EUPL-1.2" in licence
    for source in xsd_dir.rglob("*.xsd"):
        assert (PACKAGED / source.relative_to(xsd_dir)).read_bytes() == source.read_bytes()


def test_eml_validate_needs_no_option_from_any_folder(wmw_dir: Path, tmp_path: Path) -> None:
    result = wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    done = subprocess.run(
        [sys.executable, "-m", "kieskring.cli", "eml", "validate", str(result)],
        cwd=tmp_path,
        env=without_schema_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{result}: 520 OK"


def test_verify_validates_with_no_option(wmw_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UITSLAG_SCHEMAS", raising=False)
    findings = verify([wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml"])
    v01 = [f for f in findings if f.check == "V01"]
    assert v01
    assert all(f.status is Status.PASS for f in v01)


def test_without_schemas_validation_says_it_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("UITSLAG_SCHEMAS", raising=False)
    monkeypatch.setattr("kieskring.eml.validate.PACKAGED", tmp_path / "geen-schemas")
    valid = REPO / "fixtures" / "hostile" / "valid_510b.xml"
    assert main(["eml", "validate", str(valid)]) == 1
    err = capsys.readouterr().err
    assert "EML.020" in err
    assert "schemacontrole niet beschikbaar" in err
    assert "--schemas" in err
    findings = verify([valid])
    (v01,) = [f for f in findings if f.check == "V01"]
    assert v01.status is Status.SKIP
    assert v01.message == SCHEMAS_UNAVAILABLE
    assert v01.blocking  # fail closed: never GOEDGEKEURD without the schema check
    assert verdict(findings) is Verdict.INCOMPLETE


def test_schemas_option_still_chooses_another_folder(
    xsd_dir: Path, wmw_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kieskring.eml.validate.PACKAGED", tmp_path / "geen-schemas")
    result = wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    assert main(["eml", "validate", "--schemas", str(xsd_dir), str(result)]) == 0
    assert main(["eml", "validate", "--schemas", str(tmp_path), str(result)]) == 1


def test_schema_script_reports_what_it_did(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "schemas.py")],
        env={**os.environ, "UITSLAG_SHARED": str(tmp_path / "nergens")},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "niet gevonden" in done.stdout
