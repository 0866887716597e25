"""The typist's home page (docs/app.md §3.3): "Welk stembureau ga je invoeren?" — type the number, its
name appears to confirm, Enter starts; below, the typist's own unfinished entries to resume, the
municipality's progress, and whether data entry is paused.

The services say everything: the station's name and whether and how it can be started
(:meth:`find_station`), the unfinished entries, the progress and the session (:meth:`typist_home`, a
refresh call that does not keep the session alive). The page refreshes itself while it is on screen."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.pages.common import SESSION_LOOKS, Notice, say, swap_page
from gui.pages.typist.entry import EntryPage
from gui.pages.typist.finished import FinishedPage
from gui.widgets.buttons import primary_button, secondary_button, set_available
from gui.widgets.labels import ElidedLabel
from gui.widgets.layouts import clear_layout
from gui.widgets.numbers import NumberField
from gui.widgets.page import Page, vertical_scroll
from gui.widgets.shell import Shell
from gui.widgets.status import StatusBadge
from gui.widgets.tiles import ProgressPanel
from kieskring.app.api import AppApi
from kieskring.app.api.typist import EntryFinished, StationLookup, TypistHome, UnfinishedEntry
from kieskring.app.api.vocabulary import Section, UserError

LOOKUP_DELAY_MS = 250
"""The name appears this long after the last digit typed."""
REFRESH_MS = 15_000
"""How often the page asks for the progress and the session state while it is on screen."""


class HomePage(Page):
    """Choose a station by number, or resume an unfinished entry."""

    def __init__(self, api: AppApi, shell: Shell) -> None:
        super().__init__(tr("Welk stembureau ga je invoeren?"), "typist_home")
        self.api = api
        self.shell = shell
        self.lookup: StationLookup | None = None
        self.home: TypistHome | None = None
        self.form: tuple[Section, ...] | None = None
        self.resume_buttons: dict[int, QWidget] = {}
        self._compose()
        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self.lookup_timer.timeout.connect(self.look_up)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh_if_shown)
        self.refresh_timer.start()
        self.number.textChanged.connect(self._typed)
        self.number.returnPressed.connect(self.enter)
        self.start_button.clicked.connect(self.start)
        self.refresh()

    def _compose(self) -> None:
        self.session_badge = StatusBadge("in_progress", "")
        self.header_right.addWidget(self.session_badge)
        self.notice = Notice("home_notice")
        self.paused = Notice("home_paused")
        self.number = QLineEdit()
        self.number.setObjectName("station_number")
        self.number.setAccessibleName(tr("Nummer van het stembureau"))
        self.number.setProperty("kind", "station-number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.number.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]{0,6}"), self.number)
        )
        self.number.setMaxLength(6)
        self.number.setFixedWidth(NumberField.width_for(self.number.font()) + 24)
        self.station_name = ElidedLabel()
        self.station_name.setObjectName("station_name")
        self.station_name.setProperty("kind", "station-name")
        self.next_step = QLabel()
        self.next_step.setObjectName("next_step")
        self.next_step.setWordWrap(True)
        self.next_step.setProperty("kind", "hint")
        self.why = Notice("station_why")
        self.progress = ProgressPanel(tr("Voortgang gemeente"))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self._choose_box(), 1)
        columns.addWidget(self._unfinished_box(), 1)
        self.content.addWidget(self.notice)
        self.content.addWidget(self.paused)
        self.content.addLayout(columns, 1)
        self.start_button = primary_button(tr("Beginnen"), "start")
        self.set_primary(self.start_button)
        self.set_first_focus(self.number)
        self.add_shortcut("Return", tr("Stembureau opzoeken; nog een keer: beginnen"))

    def _choose_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("choose_station")
        box.setProperty("kind", "panel")
        label = QLabel(tr("&Nummer van het stembureau"))
        label.setProperty("kind", "section-title")
        label.setBuddy(self.number)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(label)
        layout.addWidget(self.number)
        layout.addWidget(self.station_name)
        layout.addWidget(self.next_step)
        layout.addWidget(self.why)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        return box

    def _unfinished_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("unfinished")
        box.setProperty("kind", "panel")
        title = QLabel(tr("Jouw onafgeronde invoer"))
        title.setProperty("kind", "section-title")
        self.unfinished_rows = QGridLayout()
        self.unfinished_rows.setHorizontalSpacing(12)
        self.unfinished_rows.setVerticalSpacing(8)
        self.unfinished_rows.setColumnStretch(0, 1)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.unfinished_rows)
        inner.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(vertical_scroll(holder, tr("Jouw onafgeronde invoer")), 1)
        return box

    # -- the services' view -----------------------------------------------------------------------

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Unfinished entries, progress and the session, as the services say now."""
        try:
            home = self.api.typist_home()
        except UserError as error:
            self.notice.show_problem(error)
            return
        self.home = home
        session = home.session
        self.session_badge.set_state(SESSION_LOOKS[session.key], say(session.label))
        if session.entry_open:
            self.paused.clear()
        else:
            self.paused.show_attention(
                tr(
                    "{state}: je kunt nu niet invoeren. De coördinator zet de invoer weer aan."
                ).format(state=say(session.label))
            )
        progress = home.progress
        self.progress.set_progress(
            progress.definitive,
            progress.total,
            tr("Voortgang gemeente: {done} van {total} stembureaus definitief ({percent}%)").format(
                done=progress.definitive, total=progress.total, percent=progress.percent
            ),
        )
        self._show_unfinished(home.unfinished)
        self._show_lookup()

    def _show_unfinished(self, entries: tuple[UnfinishedEntry, ...]) -> None:
        clear_layout(self.unfinished_rows)
        self.resume_buttons = {}
        if not entries:
            none = QLabel(tr("Je hebt geen onafgeronde invoer."))
            none.setProperty("kind", "hint")
            self.unfinished_rows.addWidget(none, 0, 0)
            return
        for row, entry in enumerate(entries):
            text = tr("Stembureau {number} — {name}").format(number=entry.station, name=entry.name)
            detail = tr("{slot} · {done} van {total} secties opgeslagen").format(
                slot=say(entry.slot_label), done=entry.sections_done, total=entry.sections_total
            )
            if entry.to_retype:
                detail = tr("{detail} · teruggestuurd: velden opnieuw typen").format(detail=detail)
            words = QVBoxLayout()
            words.setSpacing(0)
            words.addWidget(ElidedLabel(text))
            small = ElidedLabel(detail)
            small.setProperty("kind", "hint")
            words.addWidget(small)
            holder = QWidget()
            holder.setLayout(words)
            button = secondary_button(tr("Verder"), f"resume_{entry.station}")
            button.setAccessibleName(
                tr("Verder met stembureau {number}").format(number=entry.station)
            )
            button.clicked.connect(lambda _=False, n=entry.station: self.start_station(n))
            self.resume_buttons[entry.station] = button
            self.unfinished_rows.addWidget(holder, row, 0)
            self.unfinished_rows.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)

    # -- choosing a station ------------------------------------------------------------------------

    def typed_number(self) -> int | None:
        """The station number typed (None: nothing typed)."""
        text = self.number.text()
        return int(text) if text else None

    def _typed(self) -> None:
        self.lookup = None
        self.notice.clear()
        self._show_lookup()
        if self.typed_number() is not None:
            self.lookup_timer.start()

    def look_up(self) -> None:
        """Ask the services for the typed station's name and whether it can be started."""
        self.lookup_timer.stop()
        number = self.typed_number()
        if number is None:
            return
        try:
            self.lookup = self.api.find_station(number)
        except UserError as error:
            self.lookup = None
            self._show_lookup()
            self.why.show_problem(error)
            return
        self._show_lookup()

    def _show_lookup(self) -> None:
        """The station's name, the next step and the start button as the last lookup says."""
        found = self.lookup
        if found is None or found.number != self.typed_number():
            self.station_name.setText("")
            self.why.clear()
            self.next_step.setText(tr("Typ het nummer dat op het proces-verbaal staat."))
            relabel_start(self.start_button, tr("Beginnen"))
            set_available(self.start_button, False, tr("Typ eerst het nummer van een stembureau."))
            return
        self.station_name.setText(
            tr("Stembureau {number} — {name}").format(number=found.number, name=found.name)
        )
        paused = self.home is not None and not self.home.session.entry_open
        if paused and self.home is not None:
            self.next_step.setText("")
            self.why.show_attention(say(self.home.session.label))
            set_available(self.start_button, False, say(self.home.session.label))
        elif found.can_start:
            self.why.clear()
            self.next_step.setText(
                tr("Klopt de naam met het papier? Druk dan op Enter: {action}.").format(
                    action=say(found.action).lower()
                )
            )
            relabel_start(self.start_button, say(found.action))
            set_available(self.start_button, True)
        else:
            self.next_step.setText("")
            self.why.show_attention(say(found.action))
            relabel_start(self.start_button, tr("Beginnen"))
            set_available(self.start_button, False, say(found.action))

    def enter(self) -> None:
        """Enter in the number field: look the station up; when its name is shown, start it."""
        found = self.lookup
        if found is not None and found.number == self.typed_number() and found.can_start:
            self.start()
        else:
            self.look_up()

    def start(self) -> None:
        """Start (or resume) the station whose name is shown."""
        found = self.lookup
        if found is None or found.number != self.typed_number() or not found.can_start:
            return
        self.start_station(found.number)

    def start_station(self, number: int) -> None:
        """Open this typist's entry of station ``number`` in the entry form."""
        try:
            form = self.form = self.api.station_form(number)  # a correction: fewer sections
            opened = self.api.open_entry(number)
        except UserError as error:
            self.notice.show_problem(error)
            return
        self.notice.clear()
        self.shell.show_page(EntryPage(self.api, opened, form, self.back))

    # -- coming back -------------------------------------------------------------------------------

    def back(self, page: Page, finished: EntryFinished | None, message: str) -> None:
        """From the entry form: after finishing, what happens next; after stopping, home."""
        self.number.clear()
        if finished is not None:
            swap_page(self.shell, page, FinishedPage(finished, page.title.full_text(), self.done))
            return
        swap_page(self.shell, page, self)
        self.refresh()
        if message:
            self.notice.show_info(message)

    def done(self, page: Page) -> None:
        """From the "what happens next" page back to choosing a station."""
        swap_page(self.shell, page, self)
        self.refresh()


def relabel_start(button: QPushButton, text: str) -> None:
    """The start button says what it will do ("1e invoer starten", "Verder met je invoer")."""
    if button.text() != f"{text} (Enter)":
        button.setText(f"{text} (Enter)")
        button.setAccessibleName(text)
        button.setProperty("plainText", text)
