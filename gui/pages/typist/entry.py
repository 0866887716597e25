"""The entry form (docs/app.md §3.3, §7): at the left the paper's sections with their states, at the
right the section on screen laid out like the paper, the findings box above it, and one primary
action: save the section and go on (Shift+Enter); at the end "Controleren en afronden".

What the screen does on saving a section (the services decide, the screen shows):

- the service returns findings and does not save while they are not acknowledged: the findings box
  shows each code beside a plain sentence and what to check, the fields concerned are highlighted;
  ticking "Ik heb de aantallen gecontroleerd met het papier" and saving again saves the section (an
  error never blocks saving; the typist is told the entry goes to the coordinator);
- the acknowledgement only counts for the values it was given for: a changed value is checked again;
- going back to an earlier section shows what was saved there; what was typed but not saved in a
  section stays on screen while the entry is open (it is not stored);
- in a correction only the fields the coordinator sent back can be typed; they are marked; saving
  goes on to the next section with such a field, after the last one to "Controleren en afronden";
- a second entry never shows the first entry's values (the service's W.001 only says a field
  differs)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr
from gui.pages.common import Notice, bind_keys, say
from gui.pages.typist.form import SectionForm, Values
from gui.pages.typist.review import ReviewPanel
from gui.pages.typist.stop import StopChoice, StopDialog
from gui.widgets.buttons import (
    confirm,
    primary_button,
    secondary_button,
    set_available,
    shortcut_text,
)
from gui.widgets.findings import FindingsBox
from gui.widgets.findings import FindingView as BoxFinding
from gui.widgets.page import Page
from gui.widgets.sections import SectionItem, SectionList
from gui.widgets.status import StatusBadge
from kieskring.app.api.typist import (
    EntryFinished,
    EntryOpened,
    EntryReview,
    SectionProgress,
    SectionSaved,
    SectionStatus,
)
from kieskring.app.api.views import FindingView
from kieskring.app.api.vocabulary import Section, Severity, UserError
from kieskring.app.api.workstation import is_transient

REVIEW = "__review__"
"""The last item of the section list: check and finish."""
SAVE_KEYS = "Shift+Return"
SECTIONS_WIDTH = (260, 380)
"""The section list's width: room for "Verschil tussen kiezers (D) en stembiljetten (H)" on a wide
screen, about a quarter of the window on a narrow one."""
Leave = Callable[["EntryPage", EntryFinished | None, str], None]
"""Back to the home page: after finishing (with what happens next), or after stopping (a message)."""


class EntryCalls(Protocol):
    """The calls the entry form makes: the GSB's typist calls of :class:`AppApi`, or the same calls
    for a unit's PV at an HSB or CSB (:class:`gui.pages.chain.typist.UnitEntryCalls`)."""

    def save_section(
        self, station: int, section: str, values: Mapping[str, int | None], acknowledged: bool
    ) -> SectionSaved:
        """Save a section; findings must be acknowledged first."""
        ...

    def entry_review(self, station: int) -> EntryReview:
        """Check and finish: every section's state."""
        ...

    def finish_entry(self, station: int) -> EntryFinished:
        """Finish the entry; says what happens next."""
        ...

    def discard_entry(self, station: int) -> None:
        """Throw away one's own unfinished entry."""
        ...


def box_finding(finding: FindingView) -> BoxFinding:
    """A service's finding as the findings box shows it: the sentence, what to check and which
    fields (by their labels on the paper)."""
    check = say(finding.advice)
    if len(finding.field_labels) == 1:  # one field, named as on the paper (it may be scrolled away)
        label = say(finding.field_labels[0])
        check = f"{check} {tr('Het gaat om: {fields}.').format(fields=label)}"
    if finding.severity is Severity.ERROR:
        return BoxFinding(finding.code, "error", say(finding.text), check, finding.fields)
    return BoxFinding(finding.code, "warning", say(finding.text), check, finding.fields)


def relabel(button: QPushButton, text: str, keys: str) -> None:
    """Give a button another action's words (the shortcut stays shown)."""
    button.setText(f"{text} ({shortcut_text(keys)})")
    button.setAccessibleName(text)
    button.setProperty("plainText", text)


def comparable(values: Values) -> dict[str, int]:
    """Values as the services read them (empty is 0), to see whether anything was changed."""
    return {key: value or 0 for key, value in values.items()}


class EntryPage(Page):
    """One station's entry by this typist, section by section."""

    def __init__(
        self, api: EntryCalls, opened: EntryOpened, sections: tuple[Section, ...], leave: Leave
    ) -> None:
        super().__init__(
            tr("Stembureau {number} — {name}").format(number=opened.station, name=opened.name),
            "typist_entry",
        )
        self.api = api
        self.opened = opened
        self.station = opened.station
        self.leave = leave
        self.sections = {s.key: s for s in sections}
        self.keys = [s.key for s in sections]
        self.saved: Values = dict(opened.values)
        self.drafts: dict[str, Values] = {}
        self.pending = set(opened.to_retype)
        self.correcting = bool(opened.to_retype)
        self.findings: dict[str, tuple[FindingView, ...]] = {}
        for finding in opened.findings:
            self.findings[finding.section] = (*self.findings.get(finding.section, ()), finding)
        self.statuses: dict[str, SectionStatus] = {}
        self.next_section = opened.next_section
        self.current: str | None = None
        self.form: SectionForm | None = None
        self.checked: dict[str, int] | None = None
        self.unsent: str | None = None
        """The section whose save did not reach the server (it stays on screen, sent again)."""
        self._compose()
        if opened.previous is not None:
            self.set_title(
                tr("Correctie in zitting {sitting}: stembureau {number} — {name}").format(
                    sitting=opened.sitting, number=opened.station, name=opened.name
                ),
                tr(
                    "Naast elk veld staat het vorige getal. Typ alleen de getallen die anders "
                    "zijn; een leeg veld houdt het vorige getal."
                ),
            )
        self._statuses(opened.sections)
        self.choose(self._first_section())

    # -- building ---------------------------------------------------------------------------------

    def _compose(self) -> None:
        self.badge = StatusBadge("in_progress", say(self.opened.slot_label))
        self.stop_button = secondary_button(tr("Stoppen…"), "stop")
        bind_keys(self, self.stop_button, "Ctrl+S")
        self.header_right.addWidget(self.badge)
        self.header_right.addWidget(self.stop_button)
        self.section_list = SectionList(tr("Secties van het proces-verbaal"))
        items = [SectionItem(s.key, say(s.title)) for s in self.sections.values()]
        self.section_list.set_sections([*items, SectionItem(REVIEW, tr("Controleren en afronden"))])
        self.section_list.chosen.connect(self.choose)
        self.section_list.setFixedWidth(SECTIONS_WIDTH[0])
        self.alert = Notice("entry_alert")
        self.coordinator_note = Notice("coordinator_note")
        self.findings_box = FindingsBox()
        self.findings_box.highlight.connect(self._mark)
        self.section_title = QLabel()
        self.section_title.setObjectName("section_title")
        self.section_title.setProperty("kind", "section-title")
        self.panel = QStackedWidget()
        self.panel.setObjectName("section_panel")
        right = QVBoxLayout()
        right.setSpacing(8)
        for widget in (self.alert, self.coordinator_note, self.findings_box, self.section_title):
            right.addWidget(widget)
        right.addWidget(self.panel, 1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.section_list)
        columns.addLayout(right, 1)
        self.content.addLayout(columns, 1)
        self.previous_button = secondary_button(tr("Vorige"), "previous")
        self.add_action(self.previous_button, left=True)
        bind_keys(self, self.previous_button, "Alt+Left")
        self.save_button = primary_button(tr("Opslaan en verder"), "save")
        self.set_primary(self.save_button)
        bind_keys(self, self.save_button, SAVE_KEYS)
        self.previous_button.clicked.connect(self.previous)
        self.save_button.clicked.connect(self.primary_action)
        self.stop_button.clicked.connect(self.stop)
        self.add_shortcut("Return", tr("Naar het volgende veld (ook Tab of ↓)"))
        self.add_shortcut("Up", tr("Naar het vorige veld"))
        self.add_shortcut("Shift+Down", tr("Naar het totaal van de lijst"))
        self.add_shortcut("Space", tr("Een vakje aankruisen of het kruisje weghalen"))
        self.add_shortcut("F6", tr("Naar de lijst met secties"), self.section_list.setFocus)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The section list takes about 30 % of the width, within :data:`SECTIONS_WIDTH`."""
        low, high = SECTIONS_WIDTH
        self.section_list.setFixedWidth(max(low, min(high, event.size().width() * 3 // 10)))
        super().resizeEvent(event)

    def _first_section(self) -> str:
        """Where the typist goes on: the first section not saved, else the first one to correct, else
        check and finish."""
        if self.next_section is not None:
            return self.next_section
        for key in self.keys:
            if self.statuses.get(key) in (SectionStatus.ERROR, SectionStatus.TO_RETYPE):
                return key
        return REVIEW

    # -- the section list -------------------------------------------------------------------------

    def _statuses(self, sections: tuple[SectionProgress, ...]) -> None:
        """Show each section's state (from the services) and which sections may be opened."""
        for item in sections:
            self.statuses[item.key] = item.status
            self.section_list.set_state(item.key, item.status.value)
            reachable = item.status is not SectionStatus.NOT_STARTED or item.key in (
                self.next_section,
                self.current,
            )
            self.section_list.set_reachable(item.key, reachable)
        errors = any(s is SectionStatus.ERROR for s in self.statuses.values())
        if errors and self.current != REVIEW:
            self.coordinator_note.show_attention(
                tr("Deze invoer heeft een fout. Na het afronden gaat ze naar de coördinator.")
            )
        else:
            self.coordinator_note.clear()

    def choose(self, key: str) -> None:
        """Open section ``key`` (or check and finish)."""
        if key == REVIEW:
            self.show_review()
        else:
            self.show_section(key)

    # -- a section --------------------------------------------------------------------------------

    def _keep_draft(self) -> None:
        """Remember what was typed in the section on screen and not saved (in memory only)."""
        if self.form is None or self.current in (None, REVIEW):
            return
        typed = self.form.values()
        saved = {key: self.saved.get(key) for key in typed}
        if comparable(typed) != comparable(saved):
            self.drafts[self.form.section.key] = typed
        else:
            self.drafts.pop(self.form.section.key, None)

    def _editable(self, section: Section) -> frozenset[str] | None:
        if not self.correcting:
            return None
        return frozenset(f.key for f in section.fields if f.key in self.pending)

    def show_section(self, key: str) -> None:
        """Section ``key`` with what was saved there (or typed and not yet saved)."""
        self._keep_draft()
        section = self.sections[key]
        values = {f.key: self.saved.get(f.key) for f in section.fields}
        values.update(self.drafts.get(key, {}))
        form = SectionForm(section, values, self._editable(section), previous=self.opened.previous)
        form.submitted.connect(self.primary_action)
        self._replace_panel(form)
        self.form = form
        self.current = key
        self.section_list.set_reachable(key, True)
        self.section_list.set_current(key)
        self.section_title.setText(say(section.title))
        self.alert.clear()
        saved_values = {f.key: self.saved.get(f.key) for f in section.fields}
        self._show_findings(self.findings.get(key, ()), comparable(saved_values))
        last = key == self.keys[-1]
        relabel(
            self.save_button,
            tr("Opslaan en controleren") if last else tr("Opslaan en verder"),
            SAVE_KEYS,
        )
        set_available(self.save_button, True)
        first = key == self.keys[0]
        set_available(self.previous_button, not first, tr("Dit is de eerste sectie."))
        target = form.first_input()
        if target is not None:
            self.set_first_focus(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._chain_actions()

    def _replace_panel(self, widget: QWidget) -> None:
        while (old := self.panel.widget(0)) is not None:
            self.panel.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.panel.addWidget(widget)
        self.panel.setCurrentWidget(widget)

    def _chain_actions(self) -> None:
        """The order of Tab (and of Enter in a field): the acknowledgement of the findings box (when
        shown), the fields, "Opslaan en verder", "Vorige", "Stoppen", the section list."""
        fields: list[QWidget] = list(self.form.order) if self.form is not None else []
        chain = [
            self.findings_box.acknowledge,
            *fields,
            self.save_button,
            self.previous_button,
            self.stop_button,
            self.section_list,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_findings(self, findings: tuple[FindingView, ...], values: dict[str, int]) -> None:
        """The findings box for ``findings`` of the values ``values`` (what an acknowledgement is
        given for)."""
        self.checked = values if findings else None
        self.findings_box.show_findings([box_finding(f) for f in findings])

    def _mark(self, marks: object) -> None:
        if self.form is not None and isinstance(marks, dict):
            self.form.set_marks(marks)

    # -- saving -----------------------------------------------------------------------------------

    def primary_action(self) -> None:
        """Shift+Enter: save the section, or on the last page finish the entry."""
        if not self.save_button.isEnabled():
            return
        if self.current == REVIEW:
            self.finish()
        else:
            self.save_section()

    def save_section(self) -> None:
        """Save the section on screen; show the findings when the service asks to acknowledge them."""
        if self.form is None or self.current in (None, REVIEW):
            return
        key, values = self.form.section.key, self.form.values()
        acknowledged = (
            self.findings_box.isVisibleTo(self)
            and self.findings_box.acknowledged()
            and self.checked == comparable(values)
        )
        try:
            result = self.api.save_section(self.station, key, values, acknowledged)
        except UserError as error:
            self.unsent = key if is_transient(error) else None
            if self.unsent is None:
                self.alert.show_problem(error)
            else:  # the window's banner says it, and tries again
                self.alert.clear()
            return
        self.unsent = None
        self.alert.clear()
        self.next_section = result.next_section
        self._statuses(result.sections)
        if not result.saved:
            self._show_findings(result.findings, comparable(values))
            self.findings_box.acknowledge.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.saved.update(values)
        self.drafts.pop(key, None)
        self.pending -= set(values)
        self.findings[key] = result.findings
        self.choose(self._after(key))

    def _after(self, key: str) -> str:
        """Where to go on after saving section ``key``: the next section; in a correction the next
        section with a field still to type again (the others cannot be typed in), else check and
        finish."""
        later = self.keys[self.keys.index(key) + 1 :]
        if self.correcting:
            later = [
                k for k in later if any(f.key in self.pending for f in self.sections[k].fields)
            ]
        return later[0] if later else REVIEW

    def send_again(self) -> bool:
        """The connection was lost while saving: save the section again when it is still on screen
        (the window tries again; False: nothing of this page's to send)."""
        if self.unsent is None or self.unsent != self.current:
            return False
        self.save_section()
        return True

    def previous(self) -> None:
        """The section before this one in the paper's order."""
        if self.current == REVIEW:
            self.show_section(self.keys[-1])
        elif self.current is not None and self.current != self.keys[0]:
            self.show_section(self.keys[self.keys.index(self.current) - 1])

    # -- check and finish -------------------------------------------------------------------------

    def show_review(self) -> None:
        """Every section's state and what remains, then "Invoer afronden"."""
        self._keep_draft()
        try:
            review = self.api.entry_review(self.station)
        except UserError as error:
            self.alert.show_problem(error)
            return
        self.alert.clear()
        self._statuses(review.sections)
        unsaved = [say(self.sections[key].title) for key in self.drafts]
        panel = ReviewPanel(review, unsaved)
        self._replace_panel(panel)
        self.form = None
        self.current = REVIEW
        self.coordinator_note.clear()  # the summary says it
        self.section_list.set_current(REVIEW)
        self.section_title.setText(tr("Controleren en afronden"))
        self.findings_box.clear()
        relabel(self.save_button, tr("Invoer afronden"), SAVE_KEYS)
        reason = say(review.reason) if review.reason is not None else ""
        set_available(self.save_button, review.can_finish, reason)
        set_available(self.previous_button, True)
        self._chain_actions()
        target = self.save_button if review.can_finish else self.section_list
        self.set_first_focus(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish(self) -> None:
        """Finish the entry; the home page says what happens next."""
        try:
            finished = self.api.finish_entry(self.station)
        except UserError as error:
            self.alert.show_problem(error)
            return
        self.leave(self, finished, "")

    # -- stopping ---------------------------------------------------------------------------------

    def unsaved_section(self) -> str:
        """The title of the section on screen when something typed there is not saved, else ""."""
        self._keep_draft()
        if self.current in self.drafts:
            return say(self.sections[self.current].title)
        return ""

    def stop(self) -> None:
        """Keep the entry for later or throw it away (both asked first)."""
        name = tr("stembureau {number}").format(number=self.station)
        dialog = StopDialog(self, name, self.unsaved_section())
        dialog.exec()
        if dialog.choice is StopChoice.KEEP:
            self.leave(
                self,
                None,
                tr("Je invoer van stembureau {number} is bewaard. Je kunt later verder.").format(
                    number=self.station
                ),
            )
        elif dialog.choice is StopChoice.DISCARD:
            self.discard()

    def discard(self) -> None:
        """Throw the entry away after a second question ("Annuleren" is the default)."""
        question = tr(
            "Alles wat je voor stembureau {number} hebt getypt, wordt weggegooid. Dit kan niet "
            "ongedaan worden gemaakt."
        ).format(number=self.station)
        if not confirm(self, tr("Invoer weggooien?"), question, tr("Weggooien")):
            return
        try:
            self.api.discard_entry(self.station)
        except UserError as error:
            self.alert.show_problem(error)
            return
        self.leave(
            self,
            None,
            tr("Je invoer van stembureau {number} is weggegooid.").format(number=self.station),
        )
