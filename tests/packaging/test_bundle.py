"""`make bundle` → an archive that installs and verifies with no network (issue 17).

The bundle is built from the wheels `make install` kept (``.venv/wheels``: the same hash-checked
downloads the venv was built from), so this test downloads nothing. It is installed into a fresh venv
with the index switched off — inside a network namespace with no interfaces when this machine allows
one (``unshare -n``), so not a packet can leave — and the installed `uitslag` generates the demo
election, determines its result and verifies it, from a folder outside the checkout.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import script

from kieskring.eml.validate import packaged_schemas

bundle = script("bundle")
WHEELHOUSE = Path(sys.prefix) / "wheels"


def isolated() -> list[str]:
    """``unshare -n`` (no network at all) when this machine allows it, else nothing."""
    if shutil.which("unshare") is None:
        return []
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    return ["unshare", "-n"] if probe.returncode == 0 else []


def offline_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "UITSLAG_"))}
    env.update(PIP_NO_INDEX="1", PIP_CONFIG_FILE=os.devnull, PYTHONDONTWRITEBYTECODE="1")
    return env


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*isolated(), *command],
        cwd=cwd,
        env=offline_env(),
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not WHEELHOUSE.is_dir():
        pytest.fail(
            f"{WHEELHOUSE} ontbreekt: bouw de venv met 'make install' (it keeps the wheels)"
        )
    out = tmp_path_factory.mktemp("dist")
    return bundle.make_bundle(out, WHEELHOUSE, allow_download=False)


@pytest.mark.slow
def test_bundle_contents_are_consistent(built: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(built) as archive:
        archive.extractall(tmp_path)
        modes = {i.filename.rsplit("/", 1)[-1]: i.external_attr >> 16 for i in archive.infolist()}
    (folder,) = tmp_path.iterdir()
    assert modes["install.sh"] & 0o777 == 0o755
    wheels = sorted((folder / "wheels").glob("*.whl"))
    sums = dict(
        reversed(line.split("  ", 1))
        for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    )
    files = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    assert set(sums) == files - {"SHA256SUMS"}
    for name, digest in sums.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    names = {w.name.split("-")[0].lower() for w in wheels}
    assert {"uitslag", "pydantic", "lxml", "gmpy2", "pyside6_essentials", "tqdm"} <= names
    requirements = (folder / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert len(requirements) == len(wheels)
    assert all("--hash=sha256:" in line for line in requirements)
    sbom = json.loads((folder / "sbom.cdx.json").read_text(encoding="utf-8"))
    assert sbom["bomFormat"] == "CycloneDX"
    assert sbom["specVersion"] == "1.5"
    assert sbom["metadata"]["component"]["name"] == "uitslag"
    listed = {c["externalReferences"][0]["url"]: c for c in sbom["components"]}
    assert len(listed) == len(wheels) - 1
    for wheel in wheels:
        if wheel.name.startswith("uitslag-"):
            continue
        component = listed[f"wheels/{wheel.name}"]
        assert component["hashes"][0]["content"] == sums[f"wheels/{wheel.name}"]
        assert component["purl"] == f"pkg:pypi/{component['name']}@{component['version']}"
    by_ref = {d["ref"]: d["dependsOn"] for d in sbom["dependencies"]}
    own = sbom["metadata"]["component"]["bom-ref"]
    assert any(ref.startswith("pkg:pypi/pydantic@") for ref in by_ref[own])
    info = json.loads((folder / "bundle.json").read_text(encoding="utf-8"))
    assert info["python"] == f"{sys.version_info.major}.{sys.version_info.minor}"


@pytest.mark.slow
def test_bundle_is_reproducible(built: Path, tmp_path: Path) -> None:
    again = bundle.make_bundle(tmp_path, WHEELHOUSE, allow_download=False)
    assert again.name == built.name
    assert again.read_bytes() == built.read_bytes()


@pytest.mark.slow
def test_bundle_installs_offline_and_verifies_the_demo(built: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(built) as archive:
        archive.extractall(tmp_path / "bundel")
    (folder,) = (tmp_path / "bundel").iterdir()
    (folder / "install.sh").chmod(0o755)
    target = tmp_path / "uitslag"
    started = time.monotonic()
    done = run([str(folder / "install.sh"), str(target)], cwd=tmp_path)
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    print(f"offline install: {seconds:.1f} s, network isolated: {bool(isolated())}")
    uitslag = str(target / "bin" / "uitslag")
    version = run([uitslag, "--version"], cwd=tmp_path)
    assert version.returncode == 0
    assert version.stdout.startswith("uitslag ")
    work = tmp_path / "ergens"  # outside the checkout: the installed package is used
    work.mkdir()
    done = run([uitslag, "fixtures", "generate", "tiny", "--out", "demo"], cwd=work)
    assert done.returncode == 0, done.stderr
    lists = sorted(str(p.relative_to(work)) for p in work.glob("demo/Kandidatenlijsten_*"))
    counts = sorted(str(p.relative_to(work)) for p in work.glob("demo/Telling_*"))
    result = [uitslag, "result", "--seats", "9", "--candidates", *lists, "--counts", *counts]
    done = run([*result, "--out", "demo/uitslag"], cwd=work)
    assert done.returncode == 0, done.stderr
    checked = run([uitslag, "verify", "demo"], cwd=work)
    assert " FAIL " not in checked.stdout, checked.stdout
    if packaged_schemas() is not None:
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "GOEDGEKEURD" in checked.stdout
        assert "V01 PASS demo/uitslag/Resultaat_" in checked.stdout
    else:  # built without ../shared: verify must say so (and, fail-closed, may refuse approval)
        assert "V01 SKIP" in checked.stdout
        assert "schemacontrole niet beschikbaar" in checked.stdout
        assert checked.returncode in (0, 1)
