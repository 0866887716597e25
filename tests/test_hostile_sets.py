"""The hostile corpus of whole sets (``fixtures/hostile/sets/<case>/``): every run of every case
exits as ``case.json`` says — 1, never 0 (approved) and never 70 (internal defect) — and names its
problem code (or check) in the output.

Each run is ``uitslag ARGS`` in a subprocess (the honest test of an exit code), with the current
directory a temporary copy of the case folder without its ``case.json``. When the EML_NL schemas are
at hand (``../shared``), ``UITSLAG_SCHEMAS`` points at them, so the readers that validate while they
stream are exercised too (the truncated 510b was approved only then); without them the cases run
without schemas and must fail all the same.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED

SETS = Path(__file__).resolve().parent.parent / "fixtures" / "hostile" / "sets"
CASES = sorted(p for p in SETS.iterdir() if (p / "case.json").is_file())
SCHEMAS = SHARED / "eml_nl" / "v1.2.2" / "xsd"


def runs(case: Path) -> list[dict[str, Any]]:
    """The runs of one case, checked for the shape every case must have."""
    spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
    assert set(spec) == {"item", "why", "runs"}, case.name
    assert spec["runs"], case.name
    for run in spec["runs"]:
        assert set(run) == {"args", "exit", "code"}, case.name
        assert run["exit"] == 1, f"{case.name}: a hostile case must exit 1"
    return list(spec["runs"])


def environment() -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("UITSLAG_DEBUG", None)
    env.pop("UITSLAG_SCHEMAS", None)
    if SCHEMAS.is_dir():
        env["UITSLAG_SCHEMAS"] = str(SCHEMAS)
    return env


def schemas_at_hand() -> bool:
    """Whether ``eml validate`` has schemas: from ../shared or installed with the package."""
    from kieskring.eml.validate import packaged_schemas

    return SCHEMAS.is_dir() or packaged_schemas() is not None


def test_the_corpus_is_there() -> None:
    assert len(CASES) >= 13


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_hostile_set(case: Path, tmp_path: Path) -> None:
    work = tmp_path / case.name
    shutil.copytree(case, work, ignore=shutil.ignore_patterns("case.json"))
    for run in runs(case):
        args = [str(a) for a in run["args"]]
        done = subprocess.run(
            [sys.executable, "-m", "kieskring.cli", *args],
            cwd=work,
            env=environment(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        output = done.stdout + done.stderr
        assert done.returncode == run["exit"], f"{case.name}: exit {done.returncode}\n{output}"
        code = str(run["code"])
        if code == "EML.022" and not schemas_at_hand():
            code = "EML.020"  # no schema to find the fault: validation refuses, saying why
        assert code in output, f"{case.name}: {code} not named\n{output}"
