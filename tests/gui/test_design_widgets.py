"""The shared widgets of the design system (gui/widgets/): what each one shows, how the keyboard
drives it, and that it has an accessible name. Offscreen, with the app's theme applied."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui import i18n, theme
from gui.theme.palette import COLOURS
from gui.widgets import (
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
    WindowHeader,
    action_button,
    danger_button,
    format_number,
    primary_button,
    secondary_button,
    set_available,
)
from gui.widgets.numbers import digits_width
from gui.widgets.status import LOOKS
from kieskring.app.states import EntryState

pytestmark = pytest.mark.gui


KEEP: list[QWidget] = []
"""The windows of the running test (a parentless widget dies with its last Python reference)."""


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    theme.apply(qapp)
    yield
    KEEP.clear()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert i18n.install("en")
    try:
        yield
    finally:
        i18n.uninstall()


def shown(qtbot: QtBot, *widgets: QWidget, width: int = 1000) -> QWidget:
    """``widgets`` side by side in an active window of ``width`` pixels."""
    host = QWidget()
    KEEP.append(host)
    row = QHBoxLayout(host)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    qtbot.addWidget(host)
    host.resize(width, 200)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    return host


def pixel(widget: QWidget, x: int, y: int) -> str:
    return QColor(widget.grab().toImage().pixel(x, y)).name()


# --- NumberField ----------------------------------------------------------------------------------


def test_number_field_digits_only_up_to_nine(qtbot: QtBot) -> None:
    field = NumberField("Stemmen kandidaat 1")
    shown(qtbot, field)
    assert field.value() is None  # empty: not typed
    QTest.keyClicks(field, "1a2.3 4")
    assert field.text() == "1234"
    assert field.value() == 1234
    field.clear()
    QTest.keyClicks(field, "9999999999")  # ten nines: the tenth is refused
    assert field.value() == 999_999_999
    field.set_value(None)
    assert field.text() == ""
    field.set_value(17)
    assert field.text() == "17"  # typed without separators
    assert field.alignment() & Qt.AlignmentFlag.AlignRight
    assert field.accessibleName() == "Stemmen kandidaat 1"


def test_number_field_is_about_eight_digits_wide_whatever_the_room(qtbot: QtBot) -> None:
    field = NumberField("A")
    shown(qtbot, field, width=1366)
    nine = digits_width(field.font(), 9)
    assert nine <= field.width() <= nine + 40  # nine digits (999999999) and its padding
    assert field.width() < 200  # not the page's width (issue 13: fields were ~1,100 px)
    assert field.font().featureValue(QFont.Tag("tnum")) == 1  # tabular figures asked for
    advances = {QFontMetrics(field.font()).horizontalAdvance(d) for d in "0123456789"}
    assert len(advances) == 1


def test_number_field_keys(qtbot: QtBot) -> None:
    a, b, c, total = (NumberField(n) for n in ("a", "b", "c", "total"))
    for field in (a, b, c):
        field.jump_target = total
    shown(qtbot, a, b, c, total)
    saves: list[bool] = []
    b.submitted.connect(lambda: saves.append(True))
    a.setFocus()
    QTest.keyClick(a, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is b
    QTest.keyClick(b, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is c
    QTest.keyClick(c, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is b
    QTest.keyClick(b, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is c
    QTest.keyClick(c, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is total  # Shift+↓: to the list total
    b.setFocus()
    QTest.keyClick(b, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert saves == [True]


def test_number_field_selects_its_content_on_focus(qtbot: QtBot) -> None:
    a, b = NumberField("a"), NumberField("b")
    shown(qtbot, a, b)
    b.set_value(412)
    a.setFocus()
    QTest.keyClick(a, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: b.selectedText() == "412")
    QTest.keyClicks(b, "421")  # typed over, not appended
    assert b.value() == 421


def test_number_field_highlight_and_focus_are_visible(qtbot: QtBot) -> None:
    field, other = NumberField("a"), NumberField("b")
    shown(qtbot, field, other)
    other.setFocus()
    QApplication.processEvents()
    assert pixel(field, 6, field.height() // 2) == COLOURS["surface"]
    field.set_finding("error")
    assert field.finding() == "error"
    assert pixel(field, 6, field.height() // 2) == COLOURS["red_tint"]
    field.set_finding("warning")
    assert pixel(field, 6, field.height() // 2) == COLOURS["amber_tint"]
    field.set_finding(None)
    field.setFocus()
    QApplication.processEvents()
    assert pixel(field, 6, field.height() // 2) == COLOURS["focus_fill"]  # the focus is seen
    with pytest.raises(ValueError, match="severity"):
        field.set_finding("fatal")


def test_number_display_with_thousands_separators(qtbot: QtBot) -> None:
    display = NumberDisplay("Opgeteld", 1_234_567)
    shown(qtbot, display)
    assert display.text() == "1.234.567"
    assert display.alignment() & Qt.AlignmentFlag.AlignRight
    assert format_number(999) == "999"
    assert format_number(None) == ""


def test_number_display_in_english(qtbot: QtBot, english: None) -> None:
    assert NumberDisplay("Sum", 1_234_567).text() == "1,234,567"


# --- StatusBadge ------------------------------------------------------------------------------------


def test_status_badge_is_colour_glyph_and_words(qtbot: QtBot) -> None:
    badge = StatusBadge("definitive", "Definitief")
    shown(qtbot, badge)
    assert badge.text() == "✓ Definitief"
    assert badge.property("tone") == "green"
    assert badge.accessibleName() == "Definitief"
    assert pixel(badge, 2, badge.height() // 2) == COLOURS["green_tint"]
    badge.set_state("entries_different", "Verschil")
    assert (badge.text(), badge.property("tone")) == ("● Verschil", "red")
    badge.set_state("first_entry_has_errors", "Fouten")
    assert (badge.text(), badge.property("tone")) == ("✗ Fouten", "red")
    with pytest.raises(KeyError):
        badge.set_state("no_such_state", "?")


def test_every_entry_state_has_a_look_and_distinct_meanings_differ() -> None:
    assert {state.value for state in EntryState} <= set(LOOKS)
    meanings = {
        LOOKS[k]
        for k in ("definitive", "entries_different", "first_entry_has_errors", "warning", "empty")
    }
    assert len(meanings) == 5  # colour and glyph together tell them apart
    assert len({look.glyph for look in meanings}) == 5  # and so does the glyph alone


# --- FindingsBox ------------------------------------------------------------------------------------

ERROR = FindingView(
    "F.402",
    "error",
    "De kandidaten tellen op tot 1.371.",
    "Controleer het lijsttotaal.",
    ("T", "c2"),
)
WARNING = FindingView("W.203", "warning", "Veel meer stempassen dan stemmen.", "", ("A", "T"))


def test_findings_box_with_an_error_and_a_warning(qtbot: QtBot) -> None:
    box = FindingsBox()
    shown(qtbot, box)
    assert not box.isVisible()
    marks: list[dict[str, str]] = []
    box.highlight.connect(marks.append)
    box.show_findings((ERROR, WARNING))
    assert box.isVisible()
    assert box.property("tone") == "red"
    texts = [label.text() for label in box.findChildren(QLabel) if label.isVisible()]
    assert "✗ Fout F.402" in texts
    assert "⚠ Waarschuwing W.203" in texts
    assert "De kandidaten tellen op tot 1.371." in texts
    assert "Controleer het lijsttotaal." in texts
    assert box.notice.isVisible()
    assert box.notice.text() == "Deze invoer gaat naar de coördinator."
    assert marks[-1] == {"T": "error", "c2": "error", "A": "warning"}  # an error wins
    assert box.needs_acknowledgement()
    assert not box.acknowledged()
    box.acknowledge.setFocus()
    QTest.keyClick(box.acknowledge, Qt.Key.Key_Space)
    assert box.acknowledged()
    box.show_findings((WARNING,))  # new findings: tick again
    assert not box.acknowledged()
    assert box.property("tone") == "amber"
    assert not box.notice.isVisible()  # a warning does not go to the coordinator
    box.clear()
    assert not box.isVisible()
    assert marks[-1] == {}
    assert not box.needs_acknowledgement()


# --- SectionList --------------------------------------------------------------------------------------

SECTIONS = (
    SectionItem("a", "Extra onderzoek", "done"),
    SectionItem("b", "Aantallen kiezers en stemmen", "warning"),
    SectionItem("c", "Verschillen D en H", "error"),
    SectionItem("d", "Lijst 1 — Partij met een zeer lange naam die niet past", "not_started"),
    SectionItem("e", "Controleren en afronden", "not_started"),
)


def test_section_list_states_and_keyboard(qtbot: QtBot) -> None:
    sections = SectionList("Secties")
    sections.set_sections(SECTIONS)
    sections.setFixedWidth(260)
    shown(qtbot, sections)
    glyphs = {key: sections.rows[key][1].glyph.text() for key in sections.keys()}  # noqa: SIM118
    assert glyphs == {"a": "✓", "b": "⚠", "c": "✗", "d": "○", "e": "○"}
    sections.set_current("b")
    assert sections.rows["b"][1].glyph.text() == "▶"
    assert sections.rows["b"][1].title.property("current") == "true"
    item = sections.rows["b"][0]
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Aantallen kiezers en stemmen — nu open"
    assert sections.rows["c"][0].data(Qt.ItemDataRole.AccessibleTextRole).endswith("— fout")
    long_title = sections.rows["d"][1].title
    assert long_title.is_elided() and long_title.toolTip() == SECTIONS[3].title
    chosen: list[str] = []
    sections.chosen.connect(chosen.append)
    sections.set_reachable("e", False)
    sections.setFocus()
    for _ in range(2):
        QTest.keyClick(sections, Qt.Key.Key_Down)
    QTest.keyClick(sections, Qt.Key.Key_Return)
    assert chosen == ["d"]
    QTest.keyClick(sections, Qt.Key.Key_Down)  # "e" may not be opened: the cursor stays
    QTest.keyClick(sections, Qt.Key.Key_Space)
    assert chosen == ["d", "d"]
    QTest.keyClick(sections, Qt.Key.Key_Home)
    QTest.keyClick(sections, Qt.Key.Key_Return)
    assert chosen[-1] == "a"
    sections.set_state("c", "done")
    assert sections.section_state("c") == "done"
    assert sections.rows["c"][1].glyph.text() == "✓"
    with pytest.raises(ValueError, match="state"):
        sections.set_state("c", "half")


def test_section_list_rows_follow_a_narrower_list(qtbot: QtBot) -> None:
    sections = SectionList("Secties")
    sections.set_sections(SECTIONS)
    host = shown(qtbot, sections, width=900)
    sections.setFixedWidth(200)
    host.resize(400, 200)
    QApplication.processEvents()
    for _, row in sections.rows.values():
        assert row.width() <= sections.viewport().width()


# --- buttons, confirmation, disabled with a reason -------------------------------------------------


def test_buttons_kinds_sizes_and_shortcuts(qtbot: QtBot) -> None:
    field = NumberField("a")
    primary = primary_button("Volgende", "next", "Shift+Return")
    secondary = secondary_button("Vorige", "previous", "Alt+Left")
    danger = danger_button("Weggooien…", "discard")
    shown(qtbot, field, secondary, danger, primary, width=1366)
    assert primary.text() == "Volgende (Shift+Enter)"
    assert secondary.text() == "Vorige (Alt+←)"
    assert [b.property("kind") for b in (primary, secondary, danger)] == [
        "primary",
        "secondary",
        "danger",
    ]
    for button in (primary, secondary, danger):
        assert button.width() == button.sizeHint().width()  # as wide as its text, no wider
        assert button.accessibleName()
    assert pixel(primary, primary.width() // 2, 3) == COLOURS["primary"]
    assert pixel(danger, danger.width() // 2, 3) == COLOURS["danger"]
    clicks: list[bool] = []
    primary.clicked.connect(lambda: clicks.append(True))
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: clicks == [True])  # the shortcut works while typing in a number field
    with pytest.raises(ValueError, match="kind"):
        action_button("x", "x", kind="loud")


def test_enter_presses_the_focused_button(qtbot: QtBot) -> None:
    button = secondary_button("Opslaan voor later", "later")
    shown(qtbot, button)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Return)
    assert clicks == [True]


def test_a_disabled_action_says_why(qtbot: QtBot) -> None:
    button = primary_button("Invoer afronden", "finish")
    shown(qtbot, button)
    set_available(button, False, "Eerst moeten alle secties zijn ingevoerd.")
    assert not button.isEnabled()
    assert button.toolTip() == "Eerst moeten alle secties zijn ingevoerd."
    assert button.accessibleDescription() == button.toolTip()
    set_available(button, True)
    assert button.isEnabled() and button.toolTip() == ""
    with pytest.raises(ValueError, match="say why"):
        set_available(button, False)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (Qt.Key.Key_Return, QDialog.DialogCode.Rejected),  # Enter: the default, Annuleren
        (Qt.Key.Key_Escape, QDialog.DialogCode.Rejected),
        (Qt.Key.Key_Space, QDialog.DialogCode.Rejected),  # Space on the focused Annuleren
    ],
)
def test_confirm_dialog_cancels_by_default(
    qtbot: QtBot, key: Qt.Key, expected: QDialog.DialogCode
) -> None:
    dialog = ConfirmDialog(None, "Invoer weggooien?", "Alles wordt weggegooid.", "Weggooien")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.cancel_button.text() == "Annuleren"
    assert dialog.cancel_button.isDefault()
    assert QApplication.focusWidget() is dialog.cancel_button
    assert dialog.confirm_button.property("kind") == "danger"
    QTest.keyClick(QApplication.focusWidget(), key)
    assert dialog.result() == expected


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_confirm_dialog_goes_on_only_by_a_deliberate_choice(qtbot: QtBot, key: Qt.Key) -> None:
    dialog = ConfirmDialog(None, "Invoer weggooien?", "Alles wordt weggegooid.", "Weggooien")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.cancel_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.confirm_button
    QTest.keyClick(dialog.confirm_button, key)
    assert dialog.result() == QDialog.DialogCode.Accepted


# --- labels, tiles, progress ---------------------------------------------------------------------------


def test_elided_label_keeps_the_full_text(qtbot: QtBot) -> None:
    text = "Stembureau 118 — Kulturhus d'n Dulper, Dorpsstraat 12, Beneden-Leeuwen"
    label = ElidedLabel(text)
    label.setFixedWidth(150)
    shown(qtbot, label)
    assert label.text().endswith("…") and len(label.text()) < len(text)
    assert label.is_elided()
    assert label.toolTip() == text
    assert label.accessibleName() == text
    assert label.full_text() == text
    label.setFixedWidth(label.sizeHint().width())
    QApplication.processEvents()
    assert label.text() == text
    assert label.toolTip() == ""


def test_tile_count_label_and_activation(qtbot: QtBot) -> None:
    tile = Tile("different", "entries_different", "Verschil", 1234)
    shown(qtbot, tile)
    assert tile.count_label.text() == "1.234"
    assert tile.glyph.text() == "●"
    assert tile.name.full_text() == "Verschil"
    assert tile.accessibleName() == "Verschil: 1.234"
    assert tile.property("tone") == "red"
    assert tile.height() >= tile.count_label.sizeHint().height() + tile.name.sizeHint().height()
    chosen: list[str] = []
    tile.chosen.connect(chosen.append)
    tile.setFocus()
    QTest.keyClick(tile, Qt.Key.Key_Space)
    assert chosen == ["different"] and tile.isChecked()
    QTest.keyClick(tile, Qt.Key.Key_Return)
    assert chosen == ["different", "different"] and not tile.isChecked()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert len(chosen) == 3
    tile.set_count(9)
    assert tile.accessibleName() == "Verschil: 9"
    large = Tile("x", "definitive", "Definitief", 5, size="large")
    assert large.count_label.property("scale") == "large"
    with pytest.raises(ValueError, match="size"):
        Tile("x", "definitive", "Definitief", size="huge")


def test_progress_panel(qtbot: QtBot) -> None:
    panel = ProgressPanel("Voortgang")
    shown(qtbot, panel)
    panel.set_progress(372, 600, "Definitief: 372 van 600 (62%)")
    assert (panel.bar.value(), panel.bar.maximum()) == (372, 600)
    assert panel.text.text() == "Definitief: 372 van 600 (62%)"
    assert not panel.bar.isTextVisible()  # the words are beside the bar, not on it
    panel.set_progress(0, 0, "Nog geen stembureaus")
    assert panel.bar.maximum() == 1 and panel.bar.value() == 0


# --- file chooser -----------------------------------------------------------------------------------------


def test_file_chooser_remembers_the_last_folder(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    asked: list[str] = []
    answers = [str(tmp_path / "in" / "Kandidatenlijsten_GR2026.eml.xml"), ""]

    def chooser(parent: QWidget, caption: str, folder: str, filter_: str) -> str:
        asked.append(folder)
        return answers.pop(0)

    first = FileChooser("Kandidatenlijsten", "candidates", settings=settings, chooser=chooser)
    shown(qtbot, first)
    assert first.path() is None
    first.browse.click()
    assert asked == [""]
    assert first.path() == tmp_path / "in" / "Kandidatenlijsten_GR2026.eml.xml"
    again = FileChooser("Kandidatenlijsten", "candidates", settings=settings, chooser=chooser)
    again.browse.click()  # cancelled: nothing changes
    assert asked[-1] == str(tmp_path / "in")
    assert again.path() is None
    assert first.browse.text() == "Bladeren…"
    assert first.accessibleName() == "Kandidatenlijsten"


def test_file_chooser_for_a_folder(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chooser = FileChooser(
        "Map", "output", mode="folder", settings=settings, chooser=lambda *_: str(tmp_path)
    )
    chooser.browse.click()
    assert chooser.path() == tmp_path
    assert settings.value("folders/output") == str(tmp_path)
    with pytest.raises(ValueError, match="mode"):
        FileChooser("x", "x", mode="print", settings=settings)


# --- header, page, shell, help overlay ---------------------------------------------------------------------


def test_header_says_who_where_and_how_connected(qtbot: QtBot) -> None:
    header = WindowHeader(HeaderInfo("GR2026", "Berkelstad", "GSB", "Invoerder", "Anna"))
    shown(qtbot, header)
    assert header.title.full_text() == "Uitslag · GR2026 · Berkelstad · GSB · Invoerder · Anna"
    assert header.connection.text() == "Verbonden met: deze laptop"
    header.set_info(HeaderInfo("GR2026", "Berkelstad", "GSB", "Coördinator", "Ben", "gsb-01"))
    assert header.connection.text() == "Verbonden met: server gsb-01"
    assert header.accessibleName().startswith("Uitslag · GR2026")
    header.set_info(HeaderInfo())
    assert header.title.full_text() == "Uitslag"


def test_header_in_english(qtbot: QtBot, english: None) -> None:
    assert HeaderInfo().connection() == "Connected to: this laptop"
    assert HeaderInfo(server="gsb-01").connection() == "Connected to: server gsb-01"


def page_with_actions() -> tuple[Page, NumberField, QPushButton]:
    page = Page("Lijst 3 — F.D. Dreumel", "list_page")
    first = NumberField("Kandidaat 1")
    page.content.addWidget(first)
    page.set_first_focus(first)
    primary = primary_button("Volgende", "next", "Shift+Return")
    page.set_primary(primary)
    page.add_action(secondary_button("Vorige", "previous", "Alt+Left"), left=True)
    page.add_action(secondary_button("Opslaan voor later", "later"))
    page.add_shortcut("Shift+Down", "Naar het totaal van de lijst")
    return page, first, primary


def test_page_has_one_primary_action_at_the_right(qtbot: QtBot) -> None:
    page, _, _ = page_with_actions()
    qtbot.addWidget(page)
    with pytest.raises(ValueError, match="primary action already"):
        page.set_primary(primary_button("Nog een", "another"))
    with pytest.raises(ValueError, match="not a primary"):
        Page("x", "x").set_primary(secondary_button("x", "x"))
    with pytest.raises(ValueError, match="one primary"):
        page.add_action(primary_button("x", "x"))
    right = [page.actions_right.itemAt(i).widget() for i in range(page.actions_right.count())]
    assert [w.objectName() for w in right] == ["later", "next"]
    hidden = secondary_button("Verborgen", "hidden", "Ctrl+H")
    page.add_action(hidden)
    hidden.hide()
    keys = {(s.keys, s.description) for s in page.shortcuts()}
    assert keys == {
        ("Shift+Down", "Naar het totaal van de lijst"),
        ("Shift+Return", "Volgende"),
        ("Alt+Left", "Vorige"),
    }


def test_shell_focus_title_and_help_overlay(qtbot: QtBot) -> None:
    shell = Shell(HeaderInfo("GR2026", "Berkelstad", "GSB", "Invoerder", "Anna"))
    qtbot.addWidget(shell)
    page, first, _ = page_with_actions()
    shell.add_shortcut("Ctrl+L", "Uitloggen")
    shell.resize(1366, 768)
    shell.show()
    shell.activateWindow()
    qtbot.waitUntil(shell.isActiveWindow)
    shell.show_page(page)
    QApplication.processEvents()
    assert shell.windowTitle() == "Uitslag · GR2026 · Berkelstad · GSB · Invoerder · Anna"
    assert QApplication.focusWidget() is first  # the first thing to type
    QTest.keyClick(first, Qt.Key.Key_F1)
    assert shell.help.isVisible()
    assert shell.help.geometry() == shell.rect()
    listed = [label.text() for label in shell.help.findChildren(QLabel) if label.isVisible()]
    for expected in (
        "Shift+↓",
        "Naar het totaal van de lijst",
        "Shift+Enter",
        "Volgende",
        "Ctrl+L",
    ):
        assert expected in listed
    assert "F1" in listed and "Esc" in listed
    assert QApplication.focusWidget() is shell.help.close_button
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.help.isVisible())
    assert QApplication.focusWidget() is first  # back where the typist was
    QTest.keyClick(first, Qt.Key.Key_F1)
    assert shell.help.isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)  # F1 again closes it too
    assert not shell.help.isVisible()


# --- focus is always visible -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda: primary_button("Volgende", "next"),
        lambda: secondary_button("Vorige", "previous"),
        lambda: danger_button("Weggooien…", "discard"),
        lambda: Tile("x", "definitive", "Definitief", 3),
        lambda: QCheckBox("Ik heb de aantallen gecontroleerd met het papier"),
        lambda: NumberField("a"),
    ],
    ids=["primary", "secondary", "danger", "tile", "checkbox", "number"],
)
def test_focus_is_seen_on_every_kind_of_control(qtbot: QtBot, make: object) -> None:
    assert callable(make)
    widget, other = make(), NumberField("elsewhere")
    shown(qtbot, other, widget)
    other.setFocus()
    QApplication.processEvents()
    x, y = widget.width() - 5, widget.height() // 2  # inside the edge, beside any text
    unfocused = pixel(widget, x, y)
    widget.setFocus()
    QApplication.processEvents()
    assert widget.hasFocus()
    assert pixel(widget, x, y) == COLOURS["focus_fill"] != unfocused


def test_focus_is_seen_on_the_section_list(qtbot: QtBot) -> None:
    sections, other = SectionList("Secties"), NumberField("elsewhere")
    sections.set_sections(SECTIONS)
    shown(qtbot, other, sections)
    other.setFocus()
    QApplication.processEvents()
    assert pixel(sections, 0, sections.height() // 2) == COLOURS["divider"]
    sections.setFocus()
    QApplication.processEvents()
    assert pixel(sections, 0, sections.height() // 2) == COLOURS["focus_ring"]


# --- every shared widget can be named by a screen reader -------------------------------------------------


def test_every_shared_widget_has_an_accessible_name(qtbot: QtBot) -> None:
    findings = FindingsBox()
    findings.show_findings((ERROR,))
    sections = SectionList("Secties")
    sections.set_sections(SECTIONS)
    widgets: list[QWidget] = [
        NumberField("Kandidaat 1"),
        NumberDisplay("Opgeteld", 3),
        StatusBadge("definitive", "Definitief"),
        findings,
        findings.acknowledge,
        sections,
        primary_button("Volgende", "next"),
        ElidedLabel("Stembureau 1"),
        Tile("x", "definitive", "Definitief", 1),
        ProgressPanel("Voortgang"),
        FileChooser("Map", "p", settings=QSettings(), chooser=lambda *_: ""),
        WindowHeader(HeaderInfo("GR2026")),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        assert widget.accessibleName(), type(widget).__name__
    for child in findings.findChildren(QCheckBox) + widgets[10].findChildren(QPushButton):
        assert child.accessibleName(), child.objectName()
