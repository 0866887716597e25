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


GUI_MAY_IMPORT = ("kieskring.app.api", "kieskring.app.text")
"""The screens reach the services only through the one interface object (issue 13, docs/app.md §4): the
interface package (its calls, its frozen views and its vocabulary) and the texts."""


@pytest.mark.parametrize("path", sources("gui"), ids=str)
def test_gui_reaches_the_services_only_through_the_interface(path: Path) -> None:
    for name in imported_modules(path):
        if top(name) != "kieskring":
            continue
        allowed = any(name == m or name.startswith(f"{m}.") for m in GUI_MAY_IMPORT)
        assert allowed, f"{path}: imports {name}; use kieskring.app.api"


def test_the_interface_rule_catches_a_service_import(tmp_path: Path) -> None:
    page = tmp_path / "page.py"
    page.write_text("from kieskring.app.entry import DataEntry\nimport kieskring.app.api.views\n")
    names = imported_modules(page)
    wrong = [n for n in names if not any(n.startswith(m) for m in GUI_MAY_IMPORT)]
    assert wrong == ["kieskring.app.entry"]


def test_the_screens_are_checked() -> None:
    checked = {path.relative_to(REPO).as_posix() for path in sources("gui")}
    assert {
        "gui/pages/coordinator/dashboard.py",
        "gui/pages/admin/wizard.py",
        "gui/pages/typist/form.py",
        "gui/main_window.py",
    } <= checked
