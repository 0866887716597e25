"""``uitslag-app`` on a path where no database can be opened (issue 12): a clear message in Dutch and
English naming the file and the rule, exit code 1, never a traceback. The real app runs in a child
process (offscreen), as a user would start it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui import app as gui_app
from kieskring.errors import UserError

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def start(database: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", str(database)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def refused(database: Path, code: str, dutch: str, english: str) -> str:
    result = start(database)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout == ""
    err = result.stderr
    assert err.startswith("uitslag-app: Uitslag kan niet starten / Uitslag cannot start\n")
    assert f"{database}: {code} " in err  # the file and the rule
    assert dutch in err and english in err, err
    assert "Kies het installatiebestand" in err and "Choose the installation file" in err
    return err


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    database = tmp_path / "verkiezing.sqlite"
    database.write_text("Dit is een brief, geen database.\n" * 20, encoding="utf-8")
    refused(
        database,
        "STORAGE.NOT_A_DATABASE",
        "dit bestand is geen Uitslag-database",
        "this file is not an Uitslag database",
    )
    assert database.read_text(encoding="utf-8").startswith("Dit is een brief")  # untouched


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    refused(tmp_path, "APP.DATABASE_IS_FOLDER", "dit is een map", "this is a folder")


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    refused(
        tmp_path / "bestaat-niet" / "gsb.sqlite",
        "APP.FOLDER_MISSING",
        "bestaat niet",
        "does not exist",
    )


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "stukken").write_text("", encoding="utf-8")
    refused(tmp_path / "stukken" / "gsb.sqlite", "APP.FOLDER_MISSING", "geen map", "not a folder")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write in any folder"
)
def test_a_folder_the_user_may_not_write_in(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        refused(
            folder / "gsb.sqlite",
            "APP.FOLDER_NOT_WRITABLE",
            "mag je niet schrijven",
            "may not write",
        )
    finally:
        folder.chmod(0o755)
    assert not (folder / "gsb.sqlite").exists()


def test_not_writable_is_seen_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root may write anywhere, so the child-process test above skips there; the check itself is
    # shown by letting os.access say no, as it does for a user without the right.
    monkeypatch.setattr(gui_app.os, "access", lambda path, mode: Path(path) != tmp_path)
    with pytest.raises(UserError) as refusal:
        gui_app.check_place(tmp_path / "gsb.sqlite")
    assert refusal.value.problems[0].code == "APP.FOLDER_NOT_WRITABLE"
    existing = tmp_path / "gsb.sqlite"
    existing.write_bytes(b"")
    monkeypatch.setattr(gui_app.os, "access", lambda path, mode: Path(path) != existing)
    with pytest.raises(UserError) as refusal:
        gui_app.check_place(existing)
    assert refusal.value.problems[0].code == "APP.FILE_NOT_WRITABLE"


def test_sqlite_refusals_get_the_same_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(path: Path, hasher: object = None) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(gui_app, "open_local", locked)
    with pytest.raises(UserError) as refusal:
        gui_app.open_api(tmp_path / "gsb.sqlite")
    problem = refusal.value.problems[0]
    assert (problem.code, problem.file) == ("APP.CANNOT_OPEN", str(tmp_path / "gsb.sqlite"))
    assert "database is locked" in problem.message_nl

    def defect(path: Path, hasher: object = None) -> None:
        raise TypeError("a bug")

    monkeypatch.setattr(gui_app, "open_local", defect)
    with pytest.raises(TypeError):  # a defect is not dressed up as the user's problem
        gui_app.open_api(tmp_path / "gsb.sqlite")


def test_a_good_path_still_opens(tmp_path: Path, qapp: QApplication) -> None:
    api = gui_app.open_api(tmp_path / "gsb.sqlite")
    try:
        assert api.welcome().first_run
        assert api.connection.mode == "local"
    finally:
        api.close()
    assert (tmp_path / "gsb.sqlite").exists()
