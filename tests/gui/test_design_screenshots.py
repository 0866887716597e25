"""The screenshot machinery (scripts/screenshots.py): every picture is the whole window at exactly
1366×768 with an open dialog drawn over it where it opens; names say what they show; a window that
does not fit is refused (or, for the pages from before the redesign, cut as the screen would cut
it). The gallery (scripts/gallery.py) and the current screens render with it."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gui import theme
from gui.theme.palette import COLOURS
from gui.widgets import ConfirmDialog, HeaderInfo, Page, Shell, primary_button

pytestmark = pytest.mark.gui
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
KEEP: list[QWidget] = []


def script(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    theme.apply(qapp)
    yield
    for window in KEEP:
        window.close()
    KEEP.clear()


def small_window() -> tuple[Shell, Page]:
    page = Page("Stembureau openen", "home")
    page.content.addWidget(QLabel("Welk stembureau ga je invoeren?"))
    page.content.addStretch(1)
    page.set_primary(primary_button("Beginnen", "start", "Return"))
    shell = Shell(HeaderInfo("GR2026", "Berkelstad", "GSB", "Invoerder", "Anna"))
    shell.show_page(page)
    KEEP.append(shell)
    return shell, page


def colour_at(image: QImage, point: QPoint) -> str:
    return QColor(image.pixel(point)).name()


def test_compose_is_the_whole_window_at_exactly_the_screen_size() -> None:
    screenshots = script("screenshots")
    shell, page = small_window()
    image = screenshots.compose(shell)
    assert (image.width(), image.height()) == (1366, 768)
    assert (shell.width(), shell.height()) == (1366, 768)
    assert page.primary is not None
    inside = page.primary.rect()
    corner = page.primary.mapTo(shell, QPoint(inside.left() + 4, inside.center().y()))
    assert colour_at(image, corner) in (COLOURS["primary"], COLOURS["focus_fill"])
    big = screenshots.compose(shell, (1920, 1080))
    assert (big.width(), big.height()) == (1920, 1080)


def test_an_open_dialog_is_drawn_over_its_window() -> None:
    screenshots = script("screenshots")
    shell, _ = small_window()
    before = screenshots.compose(shell)
    dialog = ConfirmDialog(shell, "Invoer weggooien?", "Alles wordt weggegooid.", "Weggooien")
    KEEP.append(dialog)
    dialog.open()
    QApplication.processEvents()
    after = screenshots.compose(shell)
    assert (after.width(), after.height()) == (1366, 768)
    at = screenshots.place(shell, dialog)
    assert abs(at.x() + dialog.width() // 2 - 683) <= 1  # centred, as over a real screen
    button = dialog.cancel_button.rect()
    cancel = at + dialog.cancel_button.mapTo(dialog, QPoint(4, button.center().y()))
    assert colour_at(after, cancel) == COLOURS["focus_fill"]  # Annuleren, with the focus
    assert colour_at(before, cancel) != COLOURS["focus_fill"]
    title_strip = QPoint(at.x() + 4, at.y() - screenshots.TITLE_BAR // 2)
    assert colour_at(after, title_strip) == COLOURS["raised"]
    dialog.reject()


def test_a_window_that_does_not_fit_is_refused_or_cut() -> None:
    screenshots = script("screenshots")
    page = Page("Te breed", "wide")
    wide = QLabel("x" * 400)
    page.content.addWidget(wide)
    page.set_primary(primary_button("Verder", "next"))
    shell = Shell()
    shell.show_page(page)
    KEEP.append(shell)
    with pytest.raises(ValueError, match="does not fit 1366×768"):
        screenshots.compose(shell)
    cut = screenshots.compose(shell, strict=False)
    assert (cut.width(), cut.height()) == (1366, 768)


def test_screenshot_names_say_what_they_show(tmp_path: Path) -> None:
    screenshots = script("screenshots")
    shell, _ = small_window()
    for bad in ("Scherm 1", "shot", "typist_home", "x-"):
        with pytest.raises(ValueError, match="says what it shows"):
            screenshots.screenshot(shell, bad, out=tmp_path)
    path = screenshots.screenshot(shell, "typist-home", out=tmp_path)
    assert path == tmp_path / "typist-home.png"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1366, 768)
    assert screenshots.screenshot(shell, "3-typist-home", out=tmp_path).exists()


def test_the_gallery_renders_every_widget_at_1366x768(tmp_path: Path) -> None:
    gallery = script("gallery")
    written = gallery.render(tmp_path)
    assert [p.name for p in written] == [
        "design-system.png",
        "design-system-help-overlay.png",
        "design-system-confirm-dialog.png",
        "design-system-projector.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768)


SCREENS = {
    "eerste-start-beheerder", "start-inloggen", "eigen-wachtwoord-kiezen", "invoerder-start",
    "invoer-lijst-kandidaten", "invoer-fout-gemarkeerd", "invoer-controleren-afronden",
    "invoer-afgerond", "invoer-stoppen", "sessie-bijna-verlopen", "projectie-voortgang",
    "coordinator-dashboard-600", "coordinator-verschil", "coordinator-fouten",
    "coordinator-toelichting", "coordinator-vrijgeven", "coordinator-uitvoer-maken",
    "coordinator-uitvoer", "beheer-start",
    "inrichten-verkiezingsdefinitie", "inrichten-vingerafdruk", "inrichten-stembureaus",
    "inrichten-ondertekensleutel", "beheer-gebruikers", "beheer-tijdelijke-wachtwoorden",
    "beheer-back-up-terugzetten", "zitting-overzicht", "onderzoek-station",
    "correctie-invoer-vorige-getallen", "signalen-voor-afronden", "onderzoek-ontbrekend-stembureau",
    "verbinden-server-vingerafdruk", "verbinding-verbroken",
    "csb-ontvangst-overzicht", "csb-vingerafdruk-bestand",
    "csb-toewijzing-stappen", "csb-loting",
}  # fmt: skip
"""The screenshots issue 13 asks for (typist home, a list page with names, the findings box, check
and finish, the dashboard with 600 stations, a difference, the fingerprint step, the users, the
projector …) and the others of the redesigned screens."""


def test_a_workstation_s_screens_render_on_their_own(tmp_path: Path) -> None:
    screenshots = script("screenshots")
    assert screenshots.main(["--out", str(tmp_path), "--only", "lan"]) == 0
    names = {p.stem for p in tmp_path.glob("*.png")}
    assert names == {"verbinden-server-vingerafdruk", "verbinding-verbroken"}
    for name in names:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert (image.width(), image.height()) == (1366, 768), name


@pytest.mark.slow
@pytest.mark.usefixtures("shared_dir")  # the follow-up and CSB screens show the real elections
def test_the_current_screens_still_render(tmp_path: Path) -> None:
    screenshots = script("screenshots")
    assert screenshots.main(["--out", str(tmp_path)]) == 0
    names = {p.stem for p in tmp_path.glob("*.png")}
    assert names >= SCREENS, sorted(SCREENS - names)
    for name in names:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert (image.width(), image.height()) == (1366, 768), name
