"""Build hooks; everything else is declared in pyproject.toml.

1. The EML_NL schemas are copied into the git-ignored package folder before the package data is
   collected (``scripts/schemas.py``: from ``$UITSLAG_SHARED`` or ``../shared``, never committed).
2. A wheel records the git commit it was built from in ``kieskring/_build.json`` (read by
   ``uitslag --version``; a checkout asks git instead). ``UITSLAG_COMMIT`` overrides, for builds from
   a copy without ``.git`` (``scripts/bundle.py``).
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.warnings import InformationOnly

ROOT = Path(__file__).resolve().parent


def git_commit() -> str:
    """The commit of the checkout (``-dirty`` when tracked files changed), or ``onbekend``."""
    if os.environ.get("UITSLAG_COMMIT"):
        return os.environ["UITSLAG_COMMIT"]
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changes = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "onbekend"
    return f"{head}-dirty" if changes else head


class BuildPyWithCommit(build_py):  # type: ignore[misc]
    """``build_py`` that also writes ``kieskring/_build.json`` into a (non-editable) wheel."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "kieskring" / "_build.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"commit": git_commit()}) + "\n", encoding="utf-8")

    def get_outputs(self, include_bytecode: bool = True) -> Any:
        outputs = list(super().get_outputs(include_bytecode))
        if not getattr(self, "editable_mode", False):
            outputs.append(str(Path(self.build_lib) / "kieskring" / "_build.json"))
        return outputs


# "Editable installation … be careful with folders …" is information, not a warning: not shown.
warnings.simplefilter("ignore", InformationOnly)
schemas = runpy.run_path(str(ROOT / "scripts" / "schemas.py"))
print(schemas["copy_schemas"](ROOT), file=sys.stderr)
setup(cmdclass={"build_py": BuildPyWithCommit})
