"""The layers point one way: gui → kieskring → seat_allocation; seat_allocation does no I/O.

These tests read the source (AST), so they hold for code paths no other test happens to run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
OURS = ("seat_allocation", "kieskring", "gui", "fixtures")


def imported_modules(path: Path) -> set[str]:
    """Every module name imported anywhere in ``path`` (including inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def sources(package: str) -> list[Path]:
    return sorted((REPO / package).rglob("*.py"))


def top(name: str) -> str:
    return name.split(".", 1)[0]


@pytest.mark.parametrize("path", sources("seat_allocation"), ids=str)
def test_seat_allocation_imports_nothing_of_ours_and_does_no_io(path: Path) -> None:
    forbidden_io = {"os", "io", "pathlib", "sqlite3", "socket", "subprocess", "shutil", "tempfile"}
    for name in imported_modules(path):
        assert top(name) not in set(OURS) - {"seat_allocation"}, f"{path}: imports {name}"
        assert top(name) not in forbidden_io, f"{path}: imports {name} (no I/O in the core)"
    source = path.read_text(encoding="utf-8")
    assert "open(" not in source.replace("reopen(", ""), f"{path}: calls open()"


@pytest.mark.parametrize("path", sources("seat_allocation"), ids=str)
def test_seat_allocation_never_uses_float(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            assert not isinstance(node.value, float), f"{path}:{node.lineno}: float literal"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "float", f"{path}:{node.lineno}: float()"


@pytest.mark.parametrize("path", sources("kieskring"), ids=str)
def test_kieskring_never_imports_gui(path: Path) -> None:
    for name in imported_modules(path):
        assert top(name) != "gui", f"{path}: imports {name}"


@pytest.mark.parametrize("path", sources("kieskring"), ids=str)
def test_kieskring_never_imports_qt(path: Path) -> None:
    for name in imported_modules(path):
        assert not name.startswith("PySide6"), f"{path}: imports {name}"


@pytest.mark.parametrize("path", sources("gui"), ids=str)
def test_gui_holds_no_storage(path: Path) -> None:
    for name in imported_modules(path):
        assert top(name) != "sqlite3", f"{path}: gui must go through kieskring.app services"


SCREEN_INTERFACE = ("kieskring.app.api", "kieskring.app.text")
"""What the redesigned screens may import of ``kieskring``: the one interface object (with its
frozen data) and the two-language text (issue 13; docs/app.md §2)."""


def screen_sources() -> list[Path]:
    """The redesigned screens and the design system they are built from (``basic.py`` holds the
    helpers of the pages from before the redesign)."""
    found = sources("gui/pages") + sources("gui/widgets") + sources("gui/theme")
    return [path for path in found if path.name != "basic.py"]


@pytest.mark.parametrize("path", screen_sources(), ids=str)
def test_screens_reach_the_services_only_through_the_interface(path: Path) -> None:
    for name in imported_modules(path):
        if top(name) == "kieskring":
            assert any(
                name == allowed or name.startswith(f"{allowed}.") for allowed in SCREEN_INTERFACE
            ), f"{path}: imports {name}; a screen calls kieskring.app.api only"


def test_the_screens_are_checked() -> None:
    checked = {path.relative_to(REPO).as_posix() for path in screen_sources()}
    assert {"gui/pages/coordinator/dashboard.py", "gui/pages/admin/wizard.py"} <= checked
