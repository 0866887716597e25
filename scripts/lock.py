"""`make lock`: the hashed lock files, made from pyproject.toml with uv.

* ``requirements/runtime.txt``: every runtime dependency of Uitslag, pinned with the sha256 of each
  of its distribution files, for every platform and Python ≥ 3.11 (``--universal``: one lock serves
  Linux, Windows and macOS; platform-only packages carry their marker, e.g. ``tzdata`` on Windows).
  ``make install`` and ``make bundle`` install from it with ``pip --require-hashes``.
* ``requirements/dev.txt``: the same pins plus the ``test`` and ``bench`` extras and the tools that
  build and lock (pip, the build backend from ``[build-system]``, uv itself).

Existing pins are kept where they still fit (so a new dependency does not move the others);
``--upgrade`` (``make lock UPGRADE=1``) takes the newest versions allowed. Needs the package index.
``tests/packaging/test_lock.py`` fails when the lock no longer matches pyproject.toml.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "requirements" / "runtime.txt"
DEV = ROOT / "requirements" / "dev.txt"
TOOLS = ("pip", "uv")
"""Locked beside the build backend: the installer and the locker."""


def uv() -> str:
    """The uv next to this Python; installed first when missing, hash-checked from the dev lock."""
    beside = Path(sys.executable).with_name("uv.exe" if sys.platform == "win32" else "uv")
    if not beside.exists():
        with tempfile.TemporaryDirectory() as tmp:
            pinned = Path(tmp) / "uv.txt"
            pinned.write_text(locked_entry(DEV, "uv") if DEV.exists() else "uv\n", encoding="utf-8")
            pip = [sys.executable, "-m", "pip", "install", "-q", "-r", str(pinned)]
            subprocess.run(pip + (["--require-hashes"] if DEV.exists() else []), check=True)
    return str(beside)


def locked_entry(lock: Path, name: str) -> str:
    """The lines of one package in a lock file (``name==version \\`` and its hashes)."""
    lines: list[str] = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{name}==") or (lines and line.startswith("    --hash")):
            lines.append(line)
        elif lines:
            break
    return "\n".join(lines) + "\n"


def compile_lock(sources: list[Path], out: Path, extra: list[str], upgrade: bool) -> None:
    """One ``uv pip compile`` run."""
    command = [
        uv(),
        "pip",
        "compile",
        *map(str, sources),
        "--universal",
        "--python-version",
        "3.11",
        "--generate-hashes",
        "--quiet",
        "--custom-compile-command",
        "make lock",
        "--output-file",
        str(out),
        *extra,
    ]
    if upgrade:
        command.append("--upgrade")
    subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    upgrade = "--upgrade" in argv
    pyproject = ROOT / "pyproject.toml"
    build = tomllib.loads(pyproject.read_text(encoding="utf-8"))["build-system"]["requires"]
    RUNTIME.parent.mkdir(exist_ok=True)
    compile_lock([pyproject], RUNTIME, [], upgrade)
    with tempfile.TemporaryDirectory() as tmp:
        tools = Path(tmp) / "tools.in"
        tools.write_text("\n".join([*build, *TOOLS]) + "\n", encoding="utf-8")
        extras = ["--extra", "test", "--extra", "bench", "--constraint", str(RUNTIME)]
        compile_lock([pyproject, tools], DEV, extras, upgrade)
    text = DEV.read_text(encoding="utf-8").replace(str(tools), "build and lock tools")
    DEV.write_text(text.replace(str(RUNTIME), "requirements/runtime.txt"), encoding="utf-8")
    print(f"{RUNTIME.relative_to(ROOT)} en {DEV.relative_to(ROOT)} bijgewerkt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
