"""The hashed lock matches pyproject.toml (no network: the graph comes from installed metadata).

* every requirement of pyproject (runtime; the extras and the build tools in the dev lock) is met by
  a pinned entry;
* every pinned runtime entry is needed: reachable from pyproject's requirements through the
  dependencies the installed distributions declare (markers of any platform count, so Windows-only
  entries such as tzdata stay legitimate);
* every entry carries sha256 hashes; the dev lock pins the runtime packages at the same versions;
* the venv the tests run in was installed from the lock.

When a check fails: ``make lock`` (README, "Locked dependencies").
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from importlib import metadata

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version
from packaging_helpers import REPO, script

bundle = script("bundle")
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
RUNTIME = bundle.read_lock(REPO / "requirements" / "runtime.txt")
DEV = bundle.read_lock(REPO / "requirements" / "dev.txt")
ENVIRONMENTS = [
    {"sys_platform": plat, "platform_system": system, "os_name": os_name, "python_version": py}
    for plat, system, os_name in (
        ("linux", "Linux", "posix"),
        ("win32", "Windows", "nt"),
        ("darwin", "Darwin", "posix"),
    )
    for py in ("3.11", "3.12", "3.13")
]
HINT = "draai 'make lock' (README: Locked dependencies)"


def applies_somewhere(marker: Marker | None, extras: Iterable[str] = ("",)) -> bool:
    """Whether a marker holds on any supported platform and Python, for one of ``extras``."""
    if marker is None:
        return True
    return any(marker.evaluate({**env, "extra": e}) for env in ENVIRONMENTS for e in extras)


def unmet(requirements: Iterable[str], pins: list[object]) -> list[str]:
    """Requirements no pin satisfies."""
    versions = {p.name: p.version for p in pins}  # type: ignore[attr-defined]
    missing = []
    for text in requirements:
        req = Requirement(text)
        version = versions.get(canonicalize_name(req.name))
        if version is None or not req.specifier.contains(Version(version), prereleases=True):
            missing.append(text)
    return missing


def declared(name: str) -> list[Requirement] | None:
    """The requirements an installed distribution declares (None when it is not installed)."""
    try:
        return [Requirement(r) for r in metadata.requires(name) or []]
    except metadata.PackageNotFoundError:
        return None


def unneeded(roots: Iterable[str], pins: list[object]) -> tuple[list[str], list[str]]:
    """(pins nothing needs, reached packages whose dependencies are unknown here)."""
    pinned = {p.name for p in pins}  # type: ignore[attr-defined]
    seen: set[str] = set()
    todo = [Requirement(r) for r in roots]
    unknown: list[str] = []
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen or not applies_somewhere(req.marker):
            continue
        seen.add(name)
        below = declared(name)
        if below is None:
            unknown.append(name)
            continue
        extras = ("", *req.extras)
        todo += [r for r in below if applies_somewhere(r.marker, extras)]
    return sorted(pinned - seen), sorted(set(unknown) & pinned)


def test_every_runtime_requirement_is_pinned() -> None:
    assert not unmet(PYPROJECT["project"]["dependencies"], RUNTIME), HINT


def test_extras_and_build_tools_are_pinned_in_the_dev_lock() -> None:
    extras = PYPROJECT["project"]["optional-dependencies"]
    wanted = [*extras["test"], *extras["bench"], *PYPROJECT["build-system"]["requires"]]
    assert not unmet([*wanted, "pip", "uv"], DEV), HINT


def test_every_runtime_pin_is_needed() -> None:
    extra, opaque = unneeded(PYPROJECT["project"]["dependencies"], RUNTIME)
    assert not extra, f"in de lock maar door niets gevraagd: {extra}; {HINT}"
    assert not [n for n in opaque if declared(n) is None and n not in {"tzdata", "colorama"}], (
        opaque
    )


def test_dev_lock_pins_the_runtime_packages_alike() -> None:
    dev = {p.name: p.version for p in DEV}
    different = [
        f"{p.name} {p.version}≠{dev.get(p.name)}" for p in RUNTIME if dev.get(p.name) != p.version
    ]
    assert not different, HINT


@pytest.mark.parametrize("pins", [RUNTIME, DEV], ids=["runtime", "dev"])
def test_every_entry_has_hashes(pins: list[object]) -> None:
    bare = [p.name for p in pins if not p.hashes]  # type: ignore[attr-defined]
    assert not bare
    assert all(len(h) == 64 for p in pins for h in p.hashes)  # type: ignore[attr-defined]


def test_the_venv_was_installed_from_the_lock() -> None:
    wrong = []
    for pin in DEV:
        if pin.marker and not Marker(pin.marker).evaluate():
            continue
        try:
            installed = metadata.version(pin.name)
        except metadata.PackageNotFoundError:
            wrong.append(f"{pin.name} ontbreekt")
            continue
        if Version(installed) != Version(pin.version):
            wrong.append(f"{pin.name} {installed}≠{pin.version}")
    assert not wrong, f"{wrong}: draai 'make install'"


def test_the_checks_catch_a_stale_lock() -> None:
    """The checks above can fail: a lock missing a requirement, or pinning one nobody needs."""
    without = [p for p in RUNTIME if p.name != "lxml"]
    assert unmet(PYPROJECT["project"]["dependencies"], without) == ["lxml>=5.2,<7"]
    too_old = [
        bundle.Pin("lxml", "4.9.0", p.hashes, "") if p.name == "lxml" else p for p in RUNTIME
    ]
    assert unmet(PYPROJECT["project"]["dependencies"], too_old) == ["lxml>=5.2,<7"]
    stray = [*RUNTIME, bundle.Pin("requests", "2.0.0", frozenset({"0" * 64}), "")]
    assert unneeded(PYPROJECT["project"]["dependencies"], stray)[0] == ["requests"]
