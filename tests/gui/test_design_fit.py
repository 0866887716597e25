"""The fit machinery (tests/gui/fit.py) sees what does not fit 1366×768, and passes what does: a
deliberately too-wide page, a table that needs a horizontal scroll bar, a primary action scrolled
away, a cut-off text and a too-tall page each fail; a typist's list page of 50 candidates (the form
scrolls up and down inside itself) passes at 1366×768, at 125 % scaling and at 1920×1080, the latter
also in a child process under ``QT_SCALE_FACTOR=1.25`` with the same geometry as the emulation."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui import theme
from gui.widgets import (
    FindingsBox,
    FindingView,
    HeaderInfo,
    NumberDisplay,
    NumberField,
    Page,
    SectionItem,
    SectionList,
    Shell,
    StatusBadge,
    primary_button,
    secondary_button,
    vertical_scroll,
)
from tests.gui import fit

pytestmark = pytest.mark.gui
REPORT = "UITSLAG_FIT_REPORT"
"""Where the child process under QT_SCALE_FACTOR writes the geometry it saw."""
KEEP: list[QWidget] = []


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    theme.apply(qapp)
    yield
    for window in KEEP:
        window.close()
    KEEP.clear()


def shell_with(page: Page) -> Shell:
    shell = Shell(HeaderInfo("GR2026", "Berkelstad", "GSB", "Invoerder", "Anna de Vries"))
    KEEP.append(shell)
    shell.show_page(page)
    return shell


def page_with_primary(title: str) -> Page:
    page = Page(title, "page")
    page.add_action(secondary_button("Vorige", "previous", "Alt+Left"), left=True)
    page.set_primary(primary_button("Volgende", "next", "Shift+Return"))
    return page


def list_page() -> tuple[Shell, Page]:
    """A typist's list page: the sections at the left, 50 candidates with names in a form that
    scrolls up and down, the total as on paper with the typed sum beside it, the findings box."""
    page = page_with_primary("Stembureau 12 — Dorpshuis De Hucht (6626 AC)")
    page.header_right.addWidget(StatusBadge("first_entry_in_progress", "1e invoer"))
    sections = SectionList("Secties")
    sections.set_sections(
        [SectionItem("extra", "Extra onderzoek", "done")]
        + [SectionItem(f"l{n}", f"Lijst {n} — Partij nummer {n}") for n in range(1, 15)]
    )
    sections.set_current("l3")
    form_host = QWidget()
    form = QFormLayout(form_host)
    for n in range(1, 51):
        form.addRow(
            f"{n}  Kandidaat met een gewone naam, A.B. ({n})", NumberField(f"Kandidaat {n}")
        )
    total, typed = NumberField("Totaal lijst 3"), NumberDisplay("Opgeteld", 1371)
    findings = FindingsBox()
    findings.show_findings(
        [FindingView("F.402", "error", "De kandidaten tellen op tot 1.371.", "Controleer.")]
    )
    right = QWidget()
    column = QFormLayout(right)
    column.addRow(QLabel("Lijst 3 — F.D. Dreumel"))
    column.addRow(vertical_scroll(form_host, "Kandidaten"))
    column.addRow("Totaal lijst 3 (zoals op het papier)", total)
    column.addRow("Opgeteld uit de kandidaten", typed)
    column.addRow(findings)
    row = QHBoxLayout()
    row.addWidget(sections)
    row.addWidget(right, 1)
    page.content.addLayout(row, 1)
    return shell_with(page), page


def test_a_good_page_fits_every_size() -> None:
    shell, page = list_page()
    assert page.primary is not None
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(shell, primary=page.primary, size=size)
    form = shell.findChild(QWidget, "Kandidaten")
    assert form is not None and form.verticalScrollBar().maximum() > 0  # type: ignore[attr-defined]


def test_a_too_wide_page_fails() -> None:
    page = page_with_primary("Te breed")
    row = QHBoxLayout()
    for n in range(10):
        button = QPushButton(f"Knop {n}")
        button.setFixedWidth(150)
        row.addWidget(button)
    page.content.addLayout(row)
    shell = shell_with(page)
    assert page.primary is not None
    with pytest.raises(AssertionError, match="cannot be made 1366×768"):
        fit.assert_fits(shell, primary=page.primary)
    fit.assert_fits(shell, primary=page.primary, size=fit.FULL_HD)  # 1920 wide: it fits


def test_a_table_that_scrolls_sideways_fails() -> None:
    page = page_with_primary("Tabel")
    table = QTableWidget(30, 20)
    table.setObjectName("stations")
    for column in range(20):
        table.setColumnWidth(column, 120)
    page.content.addWidget(table)
    shell = shell_with(page)
    assert page.primary is not None
    with pytest.raises(AssertionError, match="stations needs a horizontal scroll bar"):
        fit.assert_fits(shell, primary=page.primary)


def test_a_primary_action_scrolled_away_fails() -> None:
    page = Page("Formulier", "page")
    host = QWidget()
    form = QFormLayout(host)
    for n in range(60):
        form.addRow(f"Veld {n}", NumberField(f"veld {n}"))
    primary = primary_button("Opslaan", "save")
    form.addRow(primary)  # wrong: at the end of the scrolling form, not in the action bar
    page.content.addWidget(vertical_scroll(host, "form"))
    shell = shell_with(page)
    with pytest.raises(AssertionError, match=r"primary action .*Opslaan.* is clipped"):
        fit.assert_fits(shell, primary=primary)


def test_a_cut_off_text_fails() -> None:
    page = page_with_primary("Afgekapt")
    label = QLabel("Stembureau Dorpshuis De Hucht, Dorpsstraat 12, Beneden-Leeuwen")
    label.setFixedWidth(120)
    page.content.addWidget(label)
    shell = shell_with(page)
    assert page.primary is not None
    with pytest.raises(AssertionError, match="text cut off"):
        fit.assert_fits(shell, primary=page.primary)


def test_a_too_tall_page_fails() -> None:
    page = page_with_primary("Te hoog")
    for n in range(30):
        page.content.addWidget(QLabel(f"Regel {n} zonder scrollen"))
    shell = shell_with(page)
    assert page.primary is not None
    with pytest.raises(AssertionError, match="cannot be made 1366×768"):
        fit.assert_fits(shell, primary=page.primary)


def test_the_gallery_fits() -> None:
    sys.path.insert(0, str(fit.REPO / "scripts"))
    import gallery

    shell, page = gallery.build_gallery()
    KEEP.append(shell)
    assert page.primary is not None
    fit.assert_fits(shell, primary=page.primary)
    fit.assert_fits(shell, primary=page.primary, size=fit.FULL_HD)
    projector = gallery.build_projector()
    KEEP.append(projector)
    for size in (fit.LAPTOP, fit.LAPTOP_125, fit.FULL_HD):
        fit.assert_fits(projector, primary=None, size=size)


def geometry(shell: Shell, page: Page) -> dict[str, list[int]]:
    """Where the primary action and the section list are (logical pixels)."""
    assert page.primary is not None
    found = {}
    for name, widget in (("primary", page.primary), ("sections", shell.findChild(SectionList))):
        assert widget is not None
        at = widget.mapTo(shell, widget.rect().topLeft())
        found[name] = [at.x(), at.y(), widget.width(), widget.height()]
    return found


def test_list_page_at_the_laptop_s_size(qtbot: QtBot) -> None:
    """Run by the next test in a child process under QT_SCALE_FACTOR=1.25, and directly."""
    shell, page = list_page()
    assert page.primary is not None
    fit.assert_fits(shell, primary=page.primary)  # 1366×768 device pixels
    report = os.environ.get(REPORT)
    if report:
        assert shell.devicePixelRatioF() == 1.25
        assert (shell.width(), shell.height()) == fit.LAPTOP_125
        assert shell.grab().size().toTuple() == fit.LAPTOP  # type: ignore[attr-defined]
        Path(report).write_text(json.dumps(geometry(shell, page)), encoding="utf-8")


def test_125_percent_in_a_child_process_equals_the_emulation(tmp_path: Path) -> None:
    report = tmp_path / "geometry.json"
    os.environ[REPORT] = str(report)
    try:
        fit.run_scaled(
            f"{Path(__file__).relative_to(fit.REPO)}::test_list_page_at_the_laptop_s_size"
        )
    finally:
        del os.environ[REPORT]
    shell, page = list_page()
    assert page.primary is not None
    fit.assert_fits(shell, primary=page.primary, size=fit.LAPTOP_125)
    assert json.loads(report.read_text(encoding="utf-8")) == geometry(shell, page)
