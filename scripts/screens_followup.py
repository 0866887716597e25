"""Screenshots of the follow-up screens (docs/sittings.md, docs/signals.md) on the real West Maas en
Waal 2022 count (../shared), typed through the interface (:mod:`fixtures.followup_states`):

- ``signalen-voor-afronden``: the first sitting typed, the signal of station 10 before finishing;
- ``zitting-overzicht``: the second sitting, its outputs and a station's history;
- ``onderzoek-station``: the investigation of station 5 chosen, station 3 still open;
- ``onderzoek-ontbrekend-stembureau``: the question for a station that was missing;
- ``correctie-invoer-vorige-getallen``: a typist's correction of station 5, the previous numbers
  beside the fields."""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher
from screenshots import screenshot, settle, shown_for

from fixtures.app_states import PASSWORD
from fixtures.followup_states import CORRECTED_STATION, first_sitting_typed, second_sitting
from gui.pages.coordinator import CoordinatorPage, CoordinatorScreens
from gui.pages.coordinator.followup_dialogs import InvestigationDialog
from gui.pages.typist.home import HomePage
from kieskring.app.api import open_local

WMW = Path(__file__).resolve().parents[2] / "shared" / "data" / "GR2022_WestMaasenWaal"


def signals_screen(folder: Path, out: Path, hasher: PasswordHasher) -> None:
    """The signals before finishing the first sitting."""
    api = open_local(folder / "gsb-signalen.sqlite", hasher=hasher)
    first_sitting_typed(api, WMW, PASSWORD)
    shell, page = shown_for(api, "carla", PASSWORD)
    assert isinstance(page, CoordinatorPage) and isinstance(page.screens, CoordinatorScreens)
    page.screens.open_signals()
    settle()
    signals = page.screens.signals
    signals.detail.note.setPlainText(
        "Twee kandidaten Van Lent; papier nagekeken, de stemmen staan bij Jack van Lent."
    )
    signals.detail.note.setFocus()
    screenshot(shell, "signalen-voor-afronden", out=out)
    shell.close()
    api.close()


def sitting_screens(folder: Path, out: Path, hasher: PasswordHasher) -> None:
    """The sittings, an investigation, and a typist's correction in the second sitting."""
    api = open_local(folder / "gsb-zitting2.sqlite", hasher=hasher)
    second_sitting(api, WMW, PASSWORD)
    shell, page = shown_for(api, "carla", PASSWORD)
    assert isinstance(page, CoordinatorPage) and isinstance(page.screens, CoordinatorScreens)
    screens = page.screens
    screens.open_sittings()
    screens.sittings.sitting_table.selectRow(0)
    screens.sittings.station.setText(str(CORRECTED_STATION))
    screens.sittings.show_history()
    settle()
    screenshot(shell, "zitting-overzicht", out=out)
    screens.open_investigations()
    screens.investigations.refresh(CORRECTED_STATION)
    screens.investigations.table.setFocus()
    settle()
    screenshot(shell, "onderzoek-station", out=out)
    dialog = InvestigationDialog(screens.investigations, add=True)
    dialog.number.setText("22")
    dialog.name.setText("Stembureau Zorgcentrum De Waalborg (postcode: 6659 AA)")
    dialog.voters.setText("240")
    dialog.reason.setPlainText(
        "Het stembureau ontbrak in de telling; het CSB vraagt het alsnog op te nemen."
    )
    dialog.assignment.setFocus()
    dialog.open()
    screenshot(shell, "onderzoek-ontbrekend-stembureau", out=out)
    dialog.reject()
    shell.close()
    shell, home = shown_for(api, "anna", PASSWORD)
    assert isinstance(home, HomePage)
    home.start_station(CORRECTED_STATION)
    settle()
    screenshot(shell, "correctie-invoer-vorige-getallen", out=out)
    shell.close()
    api.close()


def followup_screens(folder: Path, out: Path, hasher: PasswordHasher) -> None:
    """Every follow-up screenshot (skipped, with a line, when ../shared is absent)."""
    if not WMW.is_dir():
        print(f"  skipped: {WMW} is absent")
        return
    signals_screen(folder, out, hasher)
    sitting_screens(folder, out, hasher)
