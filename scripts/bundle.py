"""`make bundle`: one archive that installs Uitslag on an air-gapped computer of this platform.

``dist/uitslag-<version>-<python>-<platform>.zip`` holds one folder with:

* ``wheels/``: Uitslag's own wheel (built reproducibly, see :func:`build_wheel`) and the wheel of
  every runtime dependency for this platform, taken from the hashed lock (``requirements/runtime.txt``)
  — from the wheels ``make install`` already downloaded (``.venv/wheels``), so nothing is fetched twice;
* ``requirements.txt``: every wheel pinned with its SHA-256, so the offline ``pip install
  --require-hashes`` installs exactly these files;
* ``SHA256SUMS``, ``sbom.cdx.json`` (CycloneDX 1.5, made from the wheels' own metadata: name,
  version, licence, hash, dependencies), ``bundle.json`` (version, commit, Python, platform);
* ``install.py`` with ``install.sh``, ``install.ps1`` and ``install.bat`` around it, and ``LEESMIJ.txt``.

The archive is reproducible too: sorted entries, fixed times (``SOURCE_DATE_EPOCH``, by default the
time of the last commit) and fixed permissions. ``dist/SHA256SUMS`` lists the archive and the wheel.
Run it on the platform the bundle is for (Windows: the same command there, see README).
"""

from __future__ import annotations

import argparse
import email.parser
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.tags import sys_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
FILES = Path(__file__).resolve().parent / "bundle_files"
LOCK = ROOT / "requirements" / "runtime.txt"
PACKAGES = ("seat_allocation", "kieskring", "gui", "fixtures")
BUILD_FILES = ("pyproject.toml", "setup.py", "README.md", "scripts/schemas.py")
SKIP_DIRS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}
ZIP_EPOCH_MIN = 315532800
"""1980-01-01: the earliest time a zip entry can carry."""

Step = Callable[[int, int], None]


@dataclass(frozen=True)
class Pin:
    """One entry of the lock: name, version, the allowed sha256 hashes, and its marker."""

    name: str
    version: str
    hashes: frozenset[str]
    marker: str


def run(command: list[str], env: dict[str, str] | None = None) -> str:
    """Run a command and return its output; a failure shows what the command said."""
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise subprocess.CalledProcessError(result.returncode, command)
    return result.stdout.strip()


def git(*args: str) -> str | None:
    """A git answer about this checkout, or None outside one."""
    if not (ROOT / ".git").exists():
        return None
    try:
        return run(["git", "-C", str(ROOT), *args])
    except (OSError, subprocess.CalledProcessError):
        return None


def source_date_epoch() -> int:
    """``$SOURCE_DATE_EPOCH``, else the time of the last commit, else 1980-01-01."""
    given = os.environ.get("SOURCE_DATE_EPOCH") or git("log", "-1", "--format=%ct") or ""
    return max(ZIP_EPOCH_MIN, int(given)) if given.isdigit() else ZIP_EPOCH_MIN


def source_files(root: Path) -> list[Path]:
    """What a wheel is built from, relative to ``root``: the build files and the packages
    (files git tracks or would track, so no stray local file gets in), plus the copied schemas."""
    listed = git("ls-files", "--cached", "--others", "--exclude-standard", "-z")
    if listed is not None and root == ROOT:
        names = [Path(n) for n in listed.split("\0") if n]
    else:
        names = [p.relative_to(root) for p in root.rglob("*") if p.is_file()]
    schemas = root / "kieskring" / "eml" / "schemas"
    names += [p.relative_to(root) for p in schemas.rglob("*") if p.is_file()]
    wanted = [
        n
        for n in names
        if (str(n.as_posix()) in BUILD_FILES or n.parts[0] in PACKAGES)
        and not SKIP_DIRS.intersection(n.parts)
        and n.suffix != ".pyc"
        and (root / n).is_file()
    ]
    return sorted(set(wanted))


def stage(root: Path, dest: Path) -> None:
    """Copy the sources to ``dest`` with normalised permissions (the wheel records them)."""
    for name in source_files(root):
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / name, target)
        target.chmod(0o644)


def build_wheel(out: Path, *, root: Path = ROOT, epoch: int | None = None) -> Path:
    """Build Uitslag's wheel reproducibly into ``out``: from a clean copy of the sources (no
    stale ``build/``), with ``SOURCE_DATE_EPOCH``, the commit passed in, the locked setuptools
    (no build isolation) and no index. Same sources, same bytes."""
    from kieskring.version import git_commit

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="uitslag-wheel-") as tmp:
        src = Path(tmp) / "src"
        stage(root, src)
        env = {
            **os.environ,
            "SOURCE_DATE_EPOCH": str(source_date_epoch() if epoch is None else epoch),
            "UITSLAG_COMMIT": git_commit() or "onbekend",
            "UITSLAG_SHARED": str(Path(tmp) / "geen-shared"),  # the staged copy has them
            "PYTHONHASHSEED": "0",
        }
        built = Path(tmp) / "wheel"
        pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index"]
        run([*pip, "--no-build-isolation", "--wheel-dir", str(built), str(src)], env=env)
        (wheel,) = built.glob("uitslag-*.whl")
        target = out / wheel.name
        shutil.copyfile(wheel, target)
    return target


def read_lock(lock: Path = LOCK) -> list[Pin]:
    """The entries of a uv/pip-compile lock with hashes."""
    pins: list[Pin] = []
    text = lock.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        requirement = Requirement(" ".join(p for p in parts if not p.startswith("--hash")))
        hashes = frozenset(p.split(":", 1)[1] for p in parts if p.startswith("--hash=sha256:"))
        (spec,) = requirement.specifier
        marker = str(requirement.marker) if requirement.marker else ""
        pins.append(Pin(canonicalize_name(requirement.name), spec.version, hashes, marker))
    return pins


def for_this_platform(pins: list[Pin]) -> list[Pin]:
    """The entries whose marker holds here."""
    return [p for p in pins if not p.marker or Marker(p.marker).evaluate()]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def find_wheel(pin: Pin, wheelhouse: Path) -> Path | None:
    """The wheel of ``pin`` in ``wheelhouse`` that installs here and has a locked hash."""
    supported = set(sys_tags())
    for path in sorted(wheelhouse.glob("*.whl")):
        name, version, _, tags = parse_wheel_filename(path.name)
        if (name, str(version)) != (pin.name, pin.version) or not supported & set(tags):
            continue
        if sha256(path) in pin.hashes:
            return path
    return None


def download(pins: list[Pin], wheelhouse: Path) -> None:
    """Fetch the missing wheels, hash-checked (only when ``make install`` did not keep them)."""
    with tempfile.TemporaryDirectory() as tmp:
        wanted = Path(tmp) / "missing.txt"
        lines = [
            f"{p.name}=={p.version} " + " ".join(f"--hash=sha256:{h}" for h in sorted(p.hashes))
            for p in pins
        ]
        wanted.write_text("\n".join(lines) + "\n", encoding="utf-8")
        pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes"]
        run([*pip, "--only-binary=:all:", "-r", str(wanted), "-d", str(wheelhouse)])


def dependency_wheels(wheelhouse: Path, *, allow_download: bool) -> list[Path]:
    """The locked runtime wheels for this platform, from ``wheelhouse``."""
    pins = for_this_platform(read_lock())
    missing = [p for p in pins if find_wheel(p, wheelhouse) is None]
    if missing and allow_download:
        wheelhouse.mkdir(parents=True, exist_ok=True)
        download(missing, wheelhouse)
    found = {p: find_wheel(p, wheelhouse) for p in pins}
    absent = sorted(f"{p.name}=={p.version}" for p, w in found.items() if w is None)
    if absent:
        raise SystemExit(
            f"bundle: geen wheel met de hash uit de lock in {wheelhouse} voor: {', '.join(absent)}"
            "\n        (draai 'make install', of scripts/bundle.py zonder --offline)"
        )
    return sorted(w for w in found.values() if w is not None)


def wheel_metadata(path: Path) -> email.message.Message:
    """The METADATA of a wheel."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.BytesParser().parsebytes(archive.read(name))


def licenses(meta: email.message.Message) -> list[dict[str, object]]:
    """CycloneDX licences: the SPDX expression when the wheel gives one, else its licence text or
    classifiers (as names)."""
    expression = meta.get("License-Expression")
    if expression:
        return [{"expression": str(expression)}]
    classifiers = [
        str(c).split(" :: ")[-1]
        for c in meta.get_all("Classifier") or []
        if str(c).startswith("License ::")
    ]
    short = str(meta.get("License") or "").strip()
    names = classifiers or ([short] if short and len(short) < 100 else [])
    return [{"license": {"name": name}} for name in names]


def sbom(wheels: list[Path], info: dict[str, str], epoch: int) -> dict[str, object]:
    """A CycloneDX 1.5 SBOM of what the bundle installs, from the wheels themselves."""
    components: list[dict[str, object]] = []
    depends: list[dict[str, object]] = []
    versions = {
        canonicalize_name(parse_wheel_filename(w.name)[0]): str(parse_wheel_filename(w.name)[1])
        for w in wheels
    }
    root_ref = f"pkg:pypi/uitslag@{info['version']}"
    for wheel in wheels:
        meta = wheel_metadata(wheel)
        name, version = canonicalize_name(str(meta["Name"])), str(meta["Version"])
        ref = f"pkg:pypi/{name}@{version}"
        requires = [Requirement(str(r)) for r in meta.get_all("Requires-Dist") or []]
        needed = sorted(
            {
                canonicalize_name(r.name)
                for r in requires
                if (r.marker is None or r.marker.evaluate({"extra": ""}))
                and canonicalize_name(r.name) in versions
            }
        )
        depends.append({"ref": ref, "dependsOn": [f"pkg:pypi/{n}@{versions[n]}" for n in needed]})
        if ref == root_ref:
            continue
        components.append(
            {
                "type": "library",
                "bom-ref": ref,
                "name": name,
                "version": version,
                "purl": ref,
                "hashes": [{"alg": "SHA-256", "content": sha256(wheel)}],
                "licenses": licenses(meta),
                "externalReferences": [{"type": "distribution", "url": f"wheels/{wheel.name}"}],
            }
        )
    own = next(w for w in wheels if w.name.startswith("uitslag-"))
    serial = uuid.uuid5(uuid.NAMESPACE_URL, f"uitslag-bundle:{sha256(own)}:{info['platform']}")
    return {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{serial}",
        "version": 1,
        "metadata": {
            "timestamp": _iso(epoch),
            "tools": {"components": [{"type": "application", "name": "uitslag scripts/bundle.py"}]},
            "component": {
                "type": "application",
                "bom-ref": root_ref,
                "name": "uitslag",
                "version": info["version"],
                "purl": root_ref,
                "hashes": [{"alg": "SHA-256", "content": sha256(own)}],
                "licenses": [{"expression": "EUPL-1.2"}],
                "properties": [
                    {"name": "uitslag:commit", "value": info["commit"]},
                    {"name": "uitslag:platform", "value": info["platform"]},
                    {"name": "uitslag:python", "value": info["python"]},
                ],
            },
        },
        "components": sorted(components, key=lambda c: str(c["name"])),
        "dependencies": sorted(depends, key=lambda d: str(d["ref"])),
    }


def _iso(epoch: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def requirements_txt(wheels: list[Path]) -> str:
    """Every wheel pinned with its own hash: pip then installs exactly these files."""
    lines = []
    for wheel in wheels:
        name, version, _, _ = parse_wheel_filename(wheel.name)
        lines.append(f"{name}=={version} --hash=sha256:{sha256(wheel)}")
    return "\n".join(sorted(lines)) + "\n"


def text_files(info: dict[str, str], schemas: bool) -> Iterator[tuple[str, str]]:
    """The install scripts and the read-me, with this bundle's Python version filled in."""
    note = "" if schemas else " NIET (gebouwd zonder ../shared: geen schemacontrole)"
    for path in sorted(FILES.iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.name == "LEESMIJ.txt":
            text = text.format(**info, schemas_note=note)
        else:
            text = text.replace("3.11", info["python"])
        yield path.name, text


def write_zip(
    archive: Path, folder: str, entries: list[tuple[str, Path]], epoch: int, tick: Step
) -> None:
    """A reproducible zip: sorted names, one time, fixed permissions; wheels stored as they are."""
    stamp = _zip_time(epoch)
    with zipfile.ZipFile(archive, "w") as out:
        for done, (name, path) in enumerate(sorted(entries), start=1):
            tick(done, len(entries))
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
            mode = 0o755 if name == "install.sh" else 0o644
            info.external_attr = (stat.S_IFREG | mode) << 16
            info.create_system = 3
            compressed = not name.endswith(".whl")
            info.compress_type = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
            with path.open("rb") as source, out.open(info, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)


def _zip_time(epoch: int) -> tuple[int, int, int, int, int, int]:
    import datetime as dt

    moment = dt.datetime.fromtimestamp(max(epoch, ZIP_EPOCH_MIN), dt.UTC)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def platform_label() -> str:
    """``cp311-linux_x86_64``, ``cp311-win_amd64``: the Python and platform the bundle is for."""
    plat = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"cp{sys.version_info.major}{sys.version_info.minor}-{plat}"


def make_bundle(
    out: Path, wheelhouse: Path, *, allow_download: bool = True, step: Step | None = None
) -> Path:
    """Build the wheel and the archive in ``out``; returns the archive."""
    from kieskring.eml.validate import packaged_schemas
    from kieskring.version import git_commit, version

    tick = step or (lambda done, total: None)
    epoch = source_date_epoch()
    sys.path.insert(0, str(ROOT / "scripts"))
    import schemas as schema_copy

    print(schema_copy.copy_schemas(ROOT))
    own = build_wheel(out, epoch=epoch)
    wheels = [own, *dependency_wheels(wheelhouse, allow_download=allow_download)]
    info = {
        "version": version(),
        "commit": git_commit() or "onbekend",
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "platform": sysconfig.get_platform(),
    }
    folder = f"uitslag-{info['version']}-{platform_label()}"
    archive = out / f"{folder}.zip"
    with tempfile.TemporaryDirectory(prefix="uitslag-bundle-") as tmp:
        work = Path(tmp)
        texts = dict(text_files(info, packaged_schemas() is not None))
        texts["requirements.txt"] = requirements_txt(wheels)
        texts["bundle.json"] = json.dumps(info, indent=1, sort_keys=True) + "\n"
        texts["sbom.cdx.json"] = json.dumps(sbom(wheels, info, epoch), indent=1) + "\n"
        entries = [(f"wheels/{w.name}", w) for w in wheels]
        for name, text in texts.items():
            (work / name).write_text(text, encoding="utf-8", newline="\n")
            entries.append((name, work / name))
        sums = [f"{sha256(path)}  {name}" for name, path in sorted(entries)]
        (work / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8", newline="\n")
        entries.append(("SHA256SUMS", work / "SHA256SUMS"))
        write_zip(archive, folder, entries, epoch, tick)
    listed = [f"{sha256(p)}  {p.name}" for p in (archive, own)]
    (out / "SHA256SUMS").write_text("\n".join(listed) + "\n", encoding="utf-8", newline="\n")
    return archive


def main(argv: list[str] | None = None) -> int:
    from kieskring.cli.progress import progress

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="uitvoermap (dist/)")
    parser.add_argument(
        "--wheels", type=Path, default=ROOT / ".venv" / "wheels", help="wheels van make install"
    )
    parser.add_argument("--offline", action="store_true", help="niets downloaden")
    parser.add_argument("--quiet", action="store_true", help="geen voortgangsbalk")
    args = parser.parse_args(argv)
    with progress("Bundel", quiet=args.quiet) as step:
        archive = make_bundle(args.out, args.wheels, allow_download=not args.offline, step=step)
    size = archive.stat().st_size
    print(f"{archive} ({size / 1e6:.1f} MB)")
    print((args.out / "SHA256SUMS").read_text(encoding="utf-8"), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
