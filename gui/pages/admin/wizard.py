"""Setting up the election as a wizard (app.md §3.2): a step list at the left, one step at a time at
the right — (1) the 110a with what was read and the municipality, (2) the 230b, (3) the fingerprint
check of both files, (4) the polling stations as a table to check, (5) the counting method, (6) check
and save — and then (7) the installation's signing key. "Volgende" only goes on when the services
accepted the step; a step done can be opened again from the list.

Every reading and checking is a call (``inspect_definition``, ``inspect_candidates``,
``check_fingerprint``, ``inspect_stations``, ``save_setup``, ``create_signing_key``); files chosen here
travel as bytes (:func:`kieskring.app.api.files.read_chosen`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from gui.i18n import tr, tr_noop
from gui.widgets import (
    Page,
    SectionItem,
    SectionList,
    primary_button,
    secondary_button,
    set_available,
)
from gui.widgets.buttons import shortcut_text
from gui.widgets.messages import MessageBox, attempt, perform
from kieskring.app.api import AppApi, StationSetup
from kieskring.app.api.admin import CandidatesPreview, DefinitionPreview, FileData, SetupRequest
from kieskring.app.api.files import read_chosen

from .fingerprint import FingerprintCheck
from .steps import (
    COUNTING_TEXTS,
    CandidatesStep,
    CheckStep,
    CountingStep,
    DefinitionStep,
    KeyStep,
    StationsStep,
    Step,
)

S = TypeVar("S", bound=Step)
NEXT_KEYS = "Alt+Right"
STEP_TITLES = {
    "definition": tr_noop("Verkiezingsdefinitie (110a)"),
    "candidates": tr_noop("Kandidatenlijsten (230b)"),
    "fingerprints": tr_noop("Vingerafdrukken controleren"),
    "stations": tr_noop("Stembureaus"),
    "counting": tr_noop("Telwijze"),
    "check": tr_noop("Controleren en opslaan"),
    "key": tr_noop("Ondertekensleutel"),
}


@dataclass
class Gathered:
    """What the wizard has read and checked so far."""

    definition: FileData | None = None
    preview: DefinitionPreview | None = None
    candidates: FileData | None = None
    lists: CandidatesPreview | None = None
    groups_checked: bool = False
    stations_file: FileData | None = None
    stations: tuple[StationSetup, ...] = ()
    saved: bool = False
    done: set[str] = field(default_factory=set)


class FingerprintsStep(Step):
    """Step 3: both files' fingerprints, two groups of each typed from the paper."""

    def __init__(self) -> None:
        super().__init__(
            tr("3. Vingerafdrukken controleren"),
            tr(
                "Zo weet je zeker dat de bestanden dezelfde zijn als die van het centraal "
                "stembureau. Let op: typ de groepen met het nummer dat erboven staat."
            ),
        )
        self.definition = FingerprintCheck(
            tr("Verkiezingsdefinitie (110a)"), tr("de verkiezingsdefinitie"), "fp_definition"
        )
        self.candidates = FingerprintCheck(
            tr("Kandidatenlijsten (230b)"), tr("de kandidatenlijsten"), "fp_candidates"
        )
        self.body.addWidget(self.definition)
        self.body.addWidget(self.candidates)
        self.body.addStretch(1)

    def focus_target(self) -> QWidget | None:
        """The first group to type."""
        return self.definition.first_field() or self.candidates.first_field()


class SetupWizard(Page):
    """The wizard; ``finished`` is called when the clerk leaves it (done or cancelled)."""

    def __init__(self, api: AppApi, finished: Callable[[], None]) -> None:
        super().__init__(tr("Verkiezing inrichten"), "setup_wizard")
        self.api = api
        self.finished = finished
        self.got = Gathered()
        self.steps = SectionList(tr("Stappen van het inrichten"))
        self.steps.setObjectName("wizard_steps")
        metrics = self.steps.fontMetrics()
        longest = max(metrics.horizontalAdvance(tr(STEP_TITLES[key])) for key in STEP_TITLES)
        self.steps.setMinimumWidth(longest * 115 // 100 + 64)  # the current step shows in bold
        self.steps.set_sections([SectionItem(key, tr(STEP_TITLES[key])) for key in STEP_TITLES])
        self.steps.chosen.connect(self.go)
        self.message = MessageBox(tr("Melding inrichten"))
        self.pages: dict[str, Step] = {
            "definition": DefinitionStep(),
            "candidates": CandidatesStep(),
            "fingerprints": FingerprintsStep(),
            "stations": StationsStep(),
            "counting": CountingStep(),
            "check": CheckStep(),
            "key": KeyStep(),
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        right = QVBoxLayout()
        right.addWidget(self.message)
        right.addWidget(self.stack, 1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.steps)
        columns.addLayout(right, 1)
        self.content.addLayout(columns, 1)
        self.cancel_button = secondary_button(tr("Terug naar Beheer"), "wizard_cancel")
        self.back_button = secondary_button(tr("Vorige"), "wizard_back", "Alt+Left")
        self.next_button = primary_button(tr("Volgende"), "wizard_next", NEXT_KEYS)
        self.cancel_button.clicked.connect(self.finished)
        self.back_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.forward)
        self.add_action(self.cancel_button, left=True)
        self.add_action(self.back_button, left=True)
        self.set_primary(self.next_button)
        self.add_shortcut("Alt+1", tr("Naar de stappenlijst"), self.steps.setFocus)
        self._connect()
        self.current = "definition"
        self.go("definition")

    def resume_at_key(self) -> None:
        """The election is saved already; only the signing key is missing: go to that step."""
        self.got.saved = True
        for key in self.keys[:-1]:
            self.got.done.add(key)
            self._mark(key, "done")
        self.go("key")

    def _connect(self) -> None:
        definition = self.step(DefinitionStep, "definition")
        definition.file.changed.connect(lambda: self.read_definition(quiet=True))
        candidates = self.step(CandidatesStep, "candidates")
        candidates.file.changed.connect(lambda: self.read_candidates(quiet=True))
        stations = self.step(StationsStep, "stations")
        stations.file.changed.connect(lambda: self.read_stations(quiet=True))
        stations.check_typed.clicked.connect(lambda: self.read_stations(quiet=False))
        key = self.step(KeyStep, "key")
        key.again.returnPressed.connect(self.forward)

    def step(self, kind: type[S], key: str) -> S:
        """The step ``key`` (checked to be a ``kind``)."""
        found = self.pages[key]
        assert isinstance(found, kind)
        return found

    @property
    def keys(self) -> tuple[str, ...]:
        """The steps in order."""
        return tuple(self.pages)

    # ---- moving --------------------------------------------------------------------------------------

    def go(self, key: str) -> None:
        """Show step ``key`` (one that is reached: done, or the first not done)."""
        self.current = key
        self.steps.set_current(key)
        self.stack.setCurrentWidget(self.pages[key])
        reached = self.reached()
        for other in self.keys:
            self.steps.set_reachable(other, other in reached)
        index = self.keys.index(key)
        set_available(self.back_button, index > 0, tr("Dit is de eerste stap."))
        labels = {"check": tr("Verkiezing opslaan"), "key": tr("Klaar")}
        text = labels.get(key, tr("Volgende"))
        self.next_button.setText(f"{text} ({shortcut_text(NEXT_KEYS)})")
        self.next_button.setShortcut(QKeySequence(NEXT_KEYS))  # setText drops the shortcut
        self.next_button.setProperty("plainText", text)
        self.next_button.setAccessibleName(text)
        if key == "check":
            self.fill_summary()
        if key == "key":
            info = attempt(self.message, self.api.signing_key)
            self.step(KeyStep, "key").show_key(info.fingerprint if info else None)
        first = self.pages[key].focus_target()
        (first or self.next_button).setFocus(Qt.FocusReason.OtherFocusReason)
        self.set_first_focus(first or self.next_button)

    def reached(self) -> set[str]:
        """The steps that may be opened: every one done, and the first one not done."""
        found = set(self.got.done)
        for key in self.keys:
            found.add(key)
            if key not in self.got.done:
                break
        if not self.got.saved:
            found.discard("key")
        return found

    def previous(self) -> None:
        """The step before this one."""
        index = self.keys.index(self.current)
        if index > 0:
            self.message.clear()
            self.go(self.keys[index - 1])

    def forward(self) -> None:
        """Check this step with the services; on to the next one when it passes."""
        checks: dict[str, Callable[[], bool]] = {
            "definition": lambda: self.read_definition(quiet=False),
            "candidates": lambda: self.read_candidates(quiet=False),
            "fingerprints": self.check_fingerprints,
            "stations": lambda: self.read_stations(quiet=False),
            "counting": lambda: True,
            "check": self.save,
            "key": self.make_key,
        }
        if not checks[self.current]():
            if self.current not in self.got.done:
                self._mark(self.current, "error")
            return
        self.got.done.add(self.current)
        self._mark(self.current, "done")
        index = self.keys.index(self.current)
        if index + 1 < len(self.keys):
            self.go(self.keys[index + 1])
        else:
            self.finished()

    def _mark(self, key: str, state: str) -> None:
        self.steps.set_state(key, state)

    def _forget(self, *keys: str) -> None:
        """Steps that depend on something changed are to be done again."""
        for key in keys:
            self.got.done.discard(key)
            self._mark(key, "not_started")
        self.got.saved = False

    # ---- the steps' calls ----------------------------------------------------------------------------

    def _read(self, path: Path | None, quiet: bool) -> FileData | None:
        if path is None or (quiet and not path.is_file()):
            if not quiet:
                self.message.show_note(tr("Kies eerst het bestand (Bladeren…)."))
            return None
        return attempt(self.message, lambda: read_chosen(path))

    def read_definition(self, *, quiet: bool) -> bool:
        """Read the 110a (again when the file changed); the municipality must be chosen."""
        step = self.step(DefinitionStep, "definition")
        data = self._read(step.file.path(), quiet)
        if data is None:
            return False
        if data != self.got.definition or self.got.preview is None:
            preview = attempt(self.message, lambda: self.api.inspect_definition(data))
            step.show_preview(preview)
            self.got.definition, self.got.preview = (data, preview) if preview else (None, None)
            self.step(FingerprintsStep, "fingerprints").definition.set_challenge(
                preview.challenge if preview else None
            )
            self._forget("candidates", "fingerprints", "stations", "check")
            if preview is None:
                return False
            self.message.show_done(
                tr("De verkiezingsdefinitie is gelezen. Controleer wat er staat.")
            )
            if quiet:
                return True
        if step.chosen_municipality() is None:
            self.message.show_note(tr("Kies de gemeente."))
            step.municipality.setFocus()
            return False
        return True

    def read_candidates(self, *, quiet: bool) -> bool:
        """Read the 230b, checked against the 110a and the municipality."""
        step = self.step(CandidatesStep, "candidates")
        definition = self.got.definition
        data = self._read(step.file.path(), quiet)
        if data is None or definition is None:
            return False
        if data == self.got.candidates and self.got.lists is not None:
            return True
        municipality = self.municipality()
        lists = attempt(
            self.message, lambda: self.api.inspect_candidates(definition, data, municipality)
        )
        step.show_preview(lists)
        self.got.candidates, self.got.lists = (data, lists) if lists else (None, None)
        self.step(FingerprintsStep, "fingerprints").candidates.set_challenge(
            lists.challenge if lists else None
        )
        self._forget("fingerprints", "check")
        if lists is not None:
            self.message.show_done(
                tr("{n} lijsten gelezen. Controleer ze met het papier.").format(n=len(lists.lists))
            )
        return lists is not None

    def municipality(self) -> str | None:
        """The municipality chosen in step 1."""
        step = self.step(DefinitionStep, "definition")
        return step.chosen_municipality()

    def check_fingerprints(self) -> bool:
        """Both files' typed groups against their fingerprints."""
        step = self.step(FingerprintsStep, "fingerprints")
        pairs = ((step.definition, self.got.definition), (step.candidates, self.got.candidates))
        for check, data in pairs:
            if data is None:
                return False
            if not check.complete():
                self.message.show_note(
                    tr("Typ groep {first} en groep {second} van {what}.").format(
                        first=check.positions[0], second=check.positions[1], what=check.what
                    )
                )
                (check.first_field() or check).setFocus()
                return False
            if not perform(self.message, partial(self.api.check_fingerprint, data, check.typed())):
                (check.first_field() or check).setFocus()
                return False
        self.got.groups_checked = True
        self.message.show_done(tr("Beide vingerafdrukken kloppen met het papier."))
        return True

    def read_stations(self, *, quiet: bool) -> bool:
        """The stations from the file or as typed, shown to check."""
        step = self.step(StationsStep, "stations")
        definition = self.got.definition
        if definition is None:
            return False
        data: FileData | None = None
        if not step.typing():
            data = self._read(step.file.path(), quiet)
            if data is None:
                return False
        typed = step.typed.toPlainText() if step.typing() else ""
        municipality = self.municipality()
        found = attempt(
            self.message,
            lambda: self.api.inspect_stations(definition, data, typed, municipality),
        )
        step.show_stations(found or ())
        self.got.stations_file, self.got.stations = data, found or ()
        self._forget("check")
        return bool(found)

    def fill_summary(self) -> None:
        """Step 6's overview of everything gathered."""
        step = self.step(CheckStep, "check")
        preview, lists = self.got.preview, self.got.lists
        counting = self.step(CountingStep, "counting")
        definition = self.step(DefinitionStep, "definition")
        values = step.values
        values["election"].setText(f"{preview.name} ({preview.election_id})" if preview else "–")
        values["municipality"].setText(definition.municipality.currentText())
        values["lists"].setText(str(len(lists.lists)) if lists else "–")
        values["stations"].setText(str(len(self.got.stations)))
        values["counting"].setText(tr(COUNTING_TEXTS[counting.counting()][0]).replace("&", ""))
        values["fingerprints"].setText(
            tr("✓ gecontroleerd") if self.got.groups_checked else tr("nog niet gecontroleerd")
        )

    def save(self) -> bool:
        """Step 6: save the election (the services check both fingerprints again)."""
        got = self.got
        groups = self.step(FingerprintsStep, "fingerprints")
        counting = self.step(CountingStep, "counting")
        stations = self.step(StationsStep, "stations")
        if got.definition is None or got.candidates is None:
            return False
        request = SetupRequest(
            definition=got.definition,
            candidates=got.candidates,
            stations=None if stations.typing() else got.stations_file,
            typed_stations=stations.typed.toPlainText() if stations.typing() else "",
            municipality=self.municipality(),
            counting=counting.counting(),
            definition_groups=groups.definition.typed(),
            candidates_groups=groups.candidates.typed(),
        )
        info = attempt(self.message, lambda: self.api.save_setup(request))
        if info is None:
            return False
        got.saved = True
        self.message.show_done(
            tr("De verkiezing is opgeslagen: {name}, {n} stembureaus.").format(
                name=info.name, n=info.stations
            )
        )
        return True

    def make_key(self) -> bool:
        """Step 7: make the signing key (once); when it exists, the wizard is done."""
        if attempt(self.message, self.api.signing_key) is not None:
            return True
        step = self.step(KeyStep, "key")
        passphrase, again = step.passphrase.text(), step.again.text()
        made = attempt(self.message, lambda: self.api.create_signing_key(passphrase, again))
        step.passphrase.clear()
        step.again.clear()
        if made is None:
            step.passphrase.setFocus()
            return False
        step.show_key(made.fingerprint)
        self.got.done.add("key")
        self._mark("key", "done")
        self.message.show_done(tr("De sleutel is gemaakt."))
        self.next_button.setFocus()
        return False  # stay: the fingerprint must be noted first; "Klaar" then leaves
