"""Every third-party module the installed program imports is a declared runtime dependency
(issue 12: ``pypdf`` was imported by ``uitslag verify`` but declared for tests only, so a plain
install could not verify a set with PDFs and ended in exit 70)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PROGRAM = ("seat_allocation", "kieskring", "gui", "fixtures")
OURS = set(PROGRAM)


def imported_modules() -> dict[str, Path]:
    """Top-level module → a file of the program that imports it."""
    found: dict[str, Path] = {}
    for package in PROGRAM:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], path)
    return found


def declared() -> set[str]:
    """The distributions a plain install brings: ``[project] dependencies`` and, recursively,
    what they require themselves (without extras), normalised."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pending = [name_of(spec) for spec in project["dependencies"]]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name in found:
            continue
        found.add(name)
        try:
            requirements = requires(name) or []
        except PackageNotFoundError:
            continue
        pending += [name_of(r) for r in requirements if "extra ==" not in r]
    return found


def name_of(spec: str) -> str:
    return normal(re.split(r"[<>=!~;\[ (]", spec.strip(), maxsplit=1)[0])


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_imported_library_is_a_runtime_dependency() -> None:
    distributions = packages_distributions()
    runtime = declared()
    assert {"lxml", "pydantic"} <= runtime
    missing = {}
    for module, where in imported_modules().items():
        if module in OURS or module in sys.stdlib_module_names or module == "__future__":
            continue
        owners = {normal(d) for d in distributions.get(module, [module])}
        if not owners & runtime:
            missing[module] = str(where.relative_to(ROOT))
    assert not missing, f"imported at run time but not in [project] dependencies: {missing}"
