"""Uitslag's wheel is reproducible, carries the commit and the schemas, and builds without banners."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import REPO, script

from kieskring.eml.validate import packaged_schemas
from kieskring.version import git_commit

bundle = script("bundle")
EPOCH = 1_700_000_000


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_wheel_built_twice_is_identical(tmp_path: Path) -> None:
    """Two builds from two copies of the sources, with different file times, same bytes."""
    first, second = tmp_path / "a", tmp_path / "b"
    bundle.stage(REPO, first)
    bundle.stage(REPO, second)
    for path in second.rglob("*"):
        os.utime(path, (EPOCH + 12345, EPOCH + 12345))
    one = bundle.build_wheel(tmp_path / "out1", root=first, epoch=EPOCH)
    two = bundle.build_wheel(tmp_path / "out2", root=second, epoch=EPOCH)
    assert one.name == two.name == "uitslag-" + one.name.split("-")[1] + "-py3-none-any.whl"
    assert sha256(one) == sha256(two)
    with zipfile.ZipFile(one) as wheel:
        names = wheel.namelist()
        stamps = {info.date_time for info in wheel.infolist()}
        built = json.loads(wheel.read("kieskring/_build.json"))
    assert stamps == {(2023, 11, 14, 22, 13, 20)}  # SOURCE_DATE_EPOCH 1 700 000 000, UTC
    assert built["commit"] == (git_commit() or "onbekend")
    assert "kieskring/cli/help.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    if packaged_schemas() is not None:
        assert "kieskring/eml/schemas/v1.2.2/510-count-kiesraad-strict.xsd" in names
        assert "kieskring/eml/schemas/v1.2.2/LICENSE" in names
        assert "kieskring/eml/schemas/v1.2.2/external/xmldsig-core-schema.xsd" in names


@pytest.mark.slow
def test_builds_show_no_setuptools_banner(tmp_path: Path) -> None:
    """The wheel and the editable build (what `make install` runs) print no deprecation banner."""
    source = tmp_path / "src"
    bundle.stage(REPO, source)
    code = (
        "import sys; from setuptools import build_meta as b; "
        "b.build_wheel(sys.argv[1]); b.build_editable(sys.argv[1])"
    )
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "UITSLAG_SHARED": str(tmp_path / "none"), "PYTHONWARNINGS": "default"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(out)],
        cwd=source,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    said = done.stdout + done.stderr
    for banner in ("!!", "Deprecat", "deprecat", "********", "Editable installation"):
        assert banner not in said, said[-3000:]
    assert {p.suffix for p in out.iterdir()} == {".whl"}
    shutil.rmtree(out)


def test_schemas_are_not_committed() -> None:
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "kieskring/eml/schemas", "*.xsd"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert tracked == ""
