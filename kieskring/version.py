"""Which Uitslag this is: the version and the git commit it was built from (``uitslag --version``).

In a checkout (editable install) the commit comes from git, with ``-dirty`` when tracked files were
changed; an installed wheel carries it in ``kieskring/_build.json``, written at build time by
``setup.py``. The version is the installed distribution's (pyproject.toml).
"""

from __future__ import annotations

import json
import subprocess
from importlib import metadata
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
UNKNOWN = "onbekend"


def version() -> str:
    """The version of the installed distribution ``uitslag``."""
    try:
        return metadata.version("uitslag")
    except metadata.PackageNotFoundError:
        return UNKNOWN


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(PACKAGE_DIR.parent), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout.strip()


def git_commit() -> str | None:
    """The commit of the checkout this package lives in, or None when it is not in one."""
    if not (PACKAGE_DIR.parent / ".git").exists():
        return None
    try:
        head = _git("rev-parse", "HEAD")
        changed = _git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}-dirty" if changed else head


def built_commit() -> str | None:
    """The commit recorded in a wheel at build time, or None."""
    try:
        raw = json.loads((PACKAGE_DIR / "_build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    commit = raw.get("commit") if isinstance(raw, dict) else None
    return commit if isinstance(commit, str) and commit else None


def commit() -> str:
    """The git commit: from git in a checkout, else the one embedded at build time."""
    return git_commit() or built_commit() or UNKNOWN


def describe() -> str:
    """The text of ``uitslag --version``."""
    from kieskring.eml.validate import PACKAGED_VERSION, packaged_schemas

    schemas = (
        f"EML_NL {PACKAGED_VERSION} ingebouwd"
        if packaged_schemas() is not None
        else "niet ingebouwd (geen schemacontrole zonder --schemas)"
    )
    return f"uitslag {version()} (commit {commit()})\nschema's: {schemas}"
