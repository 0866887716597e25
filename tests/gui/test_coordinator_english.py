"""The coordinator's and the administrator's pages in English (docs/app.md §2 (principle 6)): with the
English translation installed, no Dutch word is left on them — neither in the screens' own texts
nor in what the services send (states, session, actions named after the typists, field labels,
findings, roles, reasons why an action is not possible). Names of places and people stay as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fixtures.app_states import setup
from gui import i18n, theme
from gui.pages.admin import AdminHome, AdminScreens
from gui.pages.coordinator import CoordinatorPage
from kieskring.app.api import AppApi

from .screens_support import (
    copy_installation,
    installation,
    log_in,
    open_api,
    private_settings,
    settle,
)
from .test_coordinator_dashboard import MIX

pytestmark = pytest.mark.gui
DUTCH = re.compile(
    r"\b(Definitief|Verschil|Fouten|Wacht|[Ii]nvoer|[Ss]tembureaus?|Zitting|Houd|Terugsturen|"
    r"weggooien|Heropenen|coördinator|invoerder|beheerder|[Gg]ebruikers?|Toon|Zoek|Voortgang|"
    r"gepauzeerd|loopt|afgerond|Bladeren|Annuleren|Melding|Stempassen|Lijst|Totaal|"
    r"[Vv]erkiezing|Vingerafdruk|groep|Telwijze|Terug|[Bb]ack-ups?|Controleer|kiezers|stemmen|"
    r"Beheer|Sleutel|wachtwoord|Kies|nog|niet|het|een|van)\b"
)
"""Dutch words of the screens and the services (place and person names contain none of them)."""


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return installation(tmp_path_factory.mktemp("gsb"), MIX, stations=30)


@pytest.fixture
def api(database: Path, tmp_path: Path, qapp: QApplication) -> Iterator[AppApi]:
    theme.apply(qapp)
    private_settings(tmp_path)
    assert i18n.install("en")
    found = open_api(copy_installation(database, tmp_path))
    try:
        yield found
    finally:
        found.close()
        i18n.uninstall()


def texts(window: QWidget) -> list[str]:
    """Every text the user can see or hear on ``window`` now (tables: their first rows)."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView):
            model = widget.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
            for row in range(min(model.rowCount(), 40)):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        found.append(str(index.data(role) or ""))
    return [text for text in found if text]


def dutch(window: QWidget, names: set[str]) -> list[str]:
    """The texts with a Dutch word in them (after leaving out the names of places and people)."""
    settle()  # widgets just added to a shown layout become visible in the event loop
    left = []
    for text in texts(window):
        for name in names:
            text = text.replace(name, "")
        if DUTCH.search(text):
            left.append(text)
    return left


def names_of(api: AppApi) -> set[str]:
    info = api.welcome().election
    assert info is not None
    found = {info.name, info.municipality, info.election_id}
    found |= {f"Stembureau {n}" for n in range(1, 31)}  # never shown: the names are
    return found


def test_the_coordinator_s_pages_in_english(api: AppApi, qtbot: QtBot) -> None:
    names = names_of(api)
    shell, page = log_in(api, "carla")
    qtbot.addWidget(shell)
    assert isinstance(page, CoordinatorPage)
    stations = {row.name for row in page.model.rows}
    names |= stations | {"Anna de Vries", "Bram Jansen", "Carla Peters"}
    names |= {name for item in setup().lists for name in item.names}
    names |= {item.name for item in setup().lists}
    assert page.tiles[next(iter(page.tiles))].name.full_text() == "Not started"
    assert page.session_badge.text().endswith("Data entry running")
    for station in (1, 6, 7, 9, 12, 15):  # definitive, warned, different, errors, waiting, busy
        assert page.show_station(station)
        assert dutch(shell, names) == [], station
    assert page.show_station(7)
    labels = {b.text() for b in page.detail.buttons().values()}
    assert "Keep 1st, send the differences to Bram Jansen" in labels
    page.screens.open_backups()  # type: ignore[attr-defined]
    assert dutch(shell, names) == []


def test_the_administrator_s_pages_in_english(api: AppApi, qtbot: QtBot) -> None:
    names = names_of(api) | {"Anna de Vries", "Bram Jansen", "Carla Peters", "Beheerder"}
    names |= {"beheer", "anna", "bram", "carla"}
    shell, page = log_in(api, "beheer")
    qtbot.addWidget(shell)
    assert isinstance(page, AdminHome) and isinstance(page.screens, AdminScreens)
    screens = page.screens
    assert dutch(shell, names) == []
    screens.open_users()
    rows = screens.users.model.rows
    assert {u.username: u for u in rows}["carla"].role_label.en == "coordinator"
    assert dutch(shell, names) == []
    screens.open_stations()
    names |= {s.name for s in screens.stations.model.rows}
    assert dutch(shell, names) == []  # data entry started: the reason in English too
    screens.open_backups()
    screens.backups.make()
    assert dutch(shell, names | {r.name for r in screens.backups.model.rows}) == []
    screens.open_setup()
    assert dutch(shell, names) == []


def test_the_check_sees_dutch(database: Path, tmp_path: Path, qtbot: QtBot) -> None:
    """Without the translation the same check finds the Dutch words (so it can fail)."""
    private_settings(tmp_path)
    api = open_api(copy_installation(database, tmp_path))
    try:
        shell, page = log_in(api, "carla")
        qtbot.addWidget(shell)
        assert isinstance(page, CoordinatorPage) and page.show_station(7)
        found = dutch(shell, names_of(api))
        assert "Verschil" in found and any("Houd 1e" in text for text in found)
    finally:
        api.close()
