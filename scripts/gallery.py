"""The design system on one page: every shared widget of ``gui/widgets/`` in its states, in the window
shell, at exactly 1366×768 — so the look can be judged in one picture (issue 13, "a small design
system").

    python scripts/gallery.py [--out DIR]    # writes docs/screenshots/design-system*.png

Four pictures: the page (with the focus in a number field), the page with the F1 help overlay open,
the page with a confirmation dialog (Annuleren is the default), and the large variants of the tiles
and the progress bar as the projector shows them. The texts are examples; in the app
they come from the services.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from screenshots import OUT, screenshot  # noqa: E402

from gui import theme  # noqa: E402
from gui.widgets import (  # noqa: E402
    ConfirmDialog,
    ElidedLabel,
    FileChooser,
    FindingsBox,
    FindingView,
    HeaderInfo,
    NumberDisplay,
    NumberField,
    Page,
    ProgressPanel,
    SectionItem,
    SectionList,
    Shell,
    StatusBadge,
    Tile,
    danger_button,
    primary_button,
    secondary_button,
    set_available,
)

INFO = HeaderInfo("GR2026", "Berkelstad", "GSB", "Invoerder", "Anna de Vries")
SECTIONS = (
    SectionItem("extra", "Extra onderzoek", "done"),
    SectionItem("station", "Verschillen met telling stembureau", "done"),
    SectionItem("voters", "Aantallen kiezers en stemmen", "warning"),
    SectionItem("diff", "Verschillen D en H", "error"),
    SectionItem("l1", "Lijst 1 — FD Partij Beneden-Leeuwen en Omstreken", "done"),
    SectionItem("l2", "Lijst 2 — VVD", "done"),
    SectionItem("l3", "Lijst 3 — F.D. Dreumel", "not_started"),
    SectionItem("l4", "Lijst 4 — F.D. Maasdorpen", "not_started"),
    SectionItem("check", "Controleren en afronden", "not_started"),
)
BADGES = (
    ("empty", "Niet begonnen"),
    ("first_entry_in_progress", "1e invoer bezig"),
    ("first_entry_finalised", "Wacht op 2e invoer"),
    ("entries_different", "Verschil"),
    ("first_entry_has_errors", "Fouten"),
    ("warning", "Waarschuwing"),
    ("definitive", "Definitief"),
)
TILES = (
    ("empty", "empty", "Niet begonnen", 41),
    ("first", "first_entry_in_progress", "1e invoer", 60),
    ("waiting", "first_entry_finalised", "Wacht op 2e", 55),
    ("different", "entries_different", "Verschil", 9),
    ("errors", "first_entry_has_errors", "Fouten", 25),
    ("definitive", "definitive", "Definitief", 410),
)
FINDINGS = (
    FindingView(
        "F.402",
        "error",
        "De kandidaten tellen op tot 1.371, het lijsttotaal is 1.372.",
        "Niet goed overgenomen? Herstel het. Staat het zo op het papier? Vink dan aan.",
        ("total", "c2"),
    ),
    FindingView(
        "W.203",
        "warning",
        "Het aantal stempassen wijkt veel af van het aantal stemmen.",
        "Controleer A en E op het papier.",
        ("c1",),
    ),
)


def _box(title: str, inner: QWidget | None = None) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setSpacing(8)
    if inner is not None:
        layout.addWidget(inner)
    return box, layout


def _numbers(findings: FindingsBox) -> QGroupBox:
    """A list page in miniature: candidate rows, the total as on paper and the sum beside it."""
    box, layout = _box("Getallen: typen en tonen")
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(6)
    rows = (
        ("c1", "1", "Peters, H.J. (Erik)", 412),
        ("c2", "2", "Wassink, N. (Erik)", 87),
        ("c3", "3", "Jansen-van der Heijden, M.A.C. (Marie-Christine)", None),
    )
    fields: dict[str, NumberField] = {}
    for row, (key, number, name, value) in enumerate(rows):
        field = NumberField(f"Stemmen kandidaat {number}")
        field.set_value(value)
        fields[key] = field
        grid.addWidget(QLabel(number), row, 0)
        grid.addWidget(ElidedLabel(name), row, 1)
        grid.addWidget(field, row, 2)
    total = NumberField("Totaal lijst 3")
    total.set_value(1372)
    fields["total"] = total
    grid.addWidget(QLabel("Totaal lijst 3 (zoals op het papier)"), 3, 0, 1, 2)
    grid.addWidget(total, 3, 2)
    grid.addWidget(QLabel("Opgeteld uit de kandidaten"), 4, 0, 1, 2)
    grid.addWidget(NumberDisplay("Opgeteld", 1_371), 4, 2)
    grid.setColumnStretch(1, 1)
    for field in fields.values():
        field.jump_target = total
    findings.highlight.connect(
        lambda marks: [f.set_finding(marks.get(k)) for k, f in fields.items()]
    )
    layout.addLayout(grid)
    return box


def _buttons_and_badges() -> QGroupBox:
    box, layout = _box("Knoppen, statussen, namen, bestanden")
    disabled = primary_button("Invoer afronden", "finish_disabled")
    set_available(disabled, False, "Eerst moeten alle secties zijn ingevoerd.")
    rows = (
        (secondary_button("Opslaan voor later", "save_later"), disabled),
        (danger_button("Invoer weggooien…", "discard"),),
        tuple(StatusBadge(state, label) for state, label in BADGES[:3]),
        tuple(StatusBadge(state, label) for state, label in BADGES[3:6]),
        tuple(StatusBadge(state, label) for state, label in BADGES[6:]),
    )
    for widgets in rows:
        row = QHBoxLayout()
        row.setSpacing(8)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addWidget(
        ElidedLabel("Stembureau 118 — Kulturhus d'n Dulper, Dorpsstraat 12, Beneden-Leeuwen")
    )
    layout.addWidget(
        FileChooser(
            "Kandidatenlijsten (230b)",
            "gallery",
            settings=QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Uitslag-gallery"
            ),
            chooser=lambda *_: "",
        )
    )
    return box


def _tiles() -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    progress = ProgressPanel("Voortgang gemeente")
    progress.set_progress(410, 600, "Definitief: 410 van 600 stembureaus (68%)")
    layout.addWidget(progress)
    grid = QGridLayout()
    grid.setSpacing(8)
    for i, (key, state, label, count) in enumerate(TILES):
        tile = Tile(key, state, label, count)
        tile.setChecked(key == "different")
        grid.addWidget(tile, i // 3, i % 3)
    layout.addLayout(grid)
    return holder


def build_gallery() -> tuple[Shell, Page]:
    """The window with the gallery page on screen."""
    shell = Shell(INFO)
    shell.setObjectName("gallery")
    page = Page("Stembureau 12 — Dorpshuis De Hucht (6626 AC)", "gallery_page")
    page.header_right.addWidget(StatusBadge("first_entry_in_progress", "1e invoer"))
    page.header_right.addWidget(secondary_button("Stoppen…", "stop"))
    sections = SectionList("Secties van het proces-verbaal")
    sections.set_sections(SECTIONS)
    sections.set_current("l3")
    sections.set_reachable("check", False)
    findings = FindingsBox()
    numbers = _numbers(findings)
    findings.show_findings(FINDINGS)
    middle = QVBoxLayout()
    middle.addWidget(numbers)
    middle.addWidget(findings)
    middle.addStretch(1)
    columns = QHBoxLayout()
    columns.setSpacing(16)
    columns.addWidget(sections)
    columns.addLayout(middle, 4)
    right = QVBoxLayout()
    right.addWidget(_buttons_and_badges())
    right.addWidget(_tiles())
    right.addStretch(1)
    columns.addLayout(right, 3)
    page.content.addLayout(columns, 1)
    page.add_action(secondary_button("Vorige", "previous", "Alt+Left"), left=True)
    page.set_primary(primary_button("Volgende", "next", "Shift+Return"))
    page.add_shortcut("Shift+Down", "Naar het totaal van de lijst")
    page.add_shortcut("Ctrl+S", "Stoppen: opslaan voor later of weggooien")
    shell.show_page(page)
    return shell, page


PROJECTOR_TILES = (
    ("empty", "empty", "Niet begonnen", 41),
    ("first", "first_entry_in_progress", "1e invoer bezig", 60),
    ("waiting", "first_entry_finalised", "Wacht op 2e invoer", 55),
    ("second", "second_entry_in_progress", "2e invoer bezig", 38),
    ("different", "entries_different", "Verschil", 9),
    ("errors", "first_entry_has_errors", "Fouten", 25),
    ("definitive", "definitive", "Definitief", 372),
)


def build_projector() -> QWidget:
    """The large variants for the projector: no names, no votes, readable from the back."""
    window = QWidget()
    window.setObjectName("projector")
    window.setWindowTitle("Uitslag — voortgang")
    title = ElidedLabel("Voortgang van de invoer — Berkelstad")
    title.setProperty("kind", "page-title")
    title.setProperty("scale", "large")
    progress = ProgressPanel("Voortgang", size="large")
    progress.set_progress(372, 600, "Definitief: 372 van 600 stembureaus (62%)")
    grid = QGridLayout()
    grid.setSpacing(16)
    for i, (key, state, label, count) in enumerate(PROJECTOR_TILES):
        tile = Tile(key, state, label, count, size="large")
        tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid.addWidget(tile, i // 4, i % 4)
    session = StatusBadge("in_progress", "Invoer loopt", size="large")
    layout = QVBoxLayout(window)
    layout.setContentsMargins(40, 32, 40, 32)
    layout.setSpacing(24)
    layout.addWidget(title)
    layout.addWidget(session)
    layout.addWidget(progress)
    layout.addLayout(grid)
    layout.addStretch(1)
    return window


def render(out: Path) -> list[Path]:
    """The three pictures of the gallery, written into ``out``."""
    shell, page = build_gallery()
    field = page.findChild(NumberField, "Stemmen kandidaat 2")
    assert field is not None
    screenshot(shell, "design-system", out=out)  # shown once, so the focus can go somewhere
    field.setFocus()
    written = [screenshot(shell, "design-system", out=out)]
    shell.toggle_help()
    written.append(screenshot(shell, "design-system-help-overlay", out=out))
    shell.toggle_help()
    dialog = ConfirmDialog(
        shell,
        "Invoer weggooien?",
        "Alles wat je voor stembureau 12 hebt getypt, wordt weggegooid. Dit kan niet ongedaan worden.",
        "Weggooien",
    )
    dialog.open()
    written.append(screenshot(shell, "design-system-confirm-dialog", out=out))
    dialog.reject()
    shell.close()
    projector = build_projector()
    written.append(screenshot(projector, "design-system-projector", out=out))
    projector.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """``gallery.py [--out DIR]`` (default: docs/screenshots)."""
    import argparse

    parser = argparse.ArgumentParser(description="The design system on one 1366×768 page.")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    theme.apply(app)
    render(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
