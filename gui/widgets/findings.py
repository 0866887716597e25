"""The box above a section that lists the findings of the validation catalogue (pv-models.md §3,
app.md §3.3): the code *beside* a plain sentence and what to check, an error or a warning shown by
colour, glyph and the word, the acknowledgement the typist ticks after checking the paper, and for an
error the one sentence that says the entry goes to the coordinator.

The box only presents: the findings, their severity, sentences and fields come from the services
(which also decide whether the section may be saved); the caller reads :meth:`FindingsBox.acknowledged`
and passes it on. ``highlight`` tells the form which fields to mark."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.theme import restyle
from gui.widgets.layouts import clear_layout
from gui.widgets.status import ERRORS, WARNING

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class FindingView:
    """One finding as the box shows it: its code, severity, plain sentence, what to check, and the
    keys of the fields concerned."""

    code: str
    severity: Severity
    text: str
    check: str = ""
    fields: tuple[str, ...] = ()


class FindingsBox(QFrame):
    """Findings of one section; hidden when there are none."""

    highlight = Signal(object)
    """``dict[str, str]``: field key → ``"error"`` or ``"warning"`` (an error wins); empty: none."""

    acknowledged_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.setProperty("kind", "findings")
        self.setAccessibleName(tr("Meldingen bij deze sectie"))
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(12)
        self.rows.setVerticalSpacing(4)
        self.rows.setColumnStretch(1, 1)
        self.notice = QLabel(tr("Deze invoer gaat naar de coördinator."))
        self.notice.setProperty("kind", "notice")
        self.notice.setWordWrap(True)
        self.acknowledge = QCheckBox(tr("Ik heb de aantallen gecontroleerd met het papier"))
        self.acknowledge.setObjectName("acknowledge")
        self.acknowledge.setAccessibleName(self.acknowledge.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(self.rows)
        layout.addWidget(self.notice)
        layout.addWidget(self.acknowledge)
        self.acknowledge.toggled.connect(self.acknowledged_changed)
        self.findings: tuple[FindingView, ...] = ()
        self.show_findings(())

    def show_findings(self, findings: Sequence[FindingView]) -> None:
        """Show ``findings`` (none: the box hides), untick the acknowledgement, emit ``highlight``."""
        self.findings = tuple(findings)
        clear_layout(self.rows)
        for row, finding in enumerate(self.findings):
            title, text, check = self._row(finding)
            self.rows.addWidget(title, 3 * row, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(text, 3 * row, 1)
            if check is not None:
                self.rows.addWidget(check, 3 * row + 1, 1)
            self.rows.setRowMinimumHeight(3 * row + 2, 4 if row + 1 < len(self.findings) else 0)
        errors = self.has_errors()
        restyle(self, "tone", "red" if errors else "amber")
        self.notice.setVisible(errors)
        self.acknowledge.setChecked(False)
        self.setVisible(bool(self.findings))
        self.highlight.emit(self.marks())

    def clear(self) -> None:
        """No findings."""
        self.show_findings(())

    def has_errors(self) -> bool:
        """Whether an error (F) is among the findings."""
        return any(f.severity == "error" for f in self.findings)

    def needs_acknowledgement(self) -> bool:
        """Whether the typist must tick the box (any finding at all: app.md §3.3)."""
        return bool(self.findings)

    def acknowledged(self) -> bool:
        """Whether the typist ticked "gecontroleerd met het papier"."""
        return self.acknowledge.isChecked()

    def marks(self) -> dict[str, str]:
        """Field key → the severity to highlight it with (an error wins over a warning)."""
        marks: dict[str, str] = {}
        for finding in self.findings:
            for field in finding.fields:
                if marks.get(field) != "error":
                    marks[field] = finding.severity
        return marks

    def _row(self, finding: FindingView) -> tuple[QLabel, QLabel, QLabel | None]:
        """The title ("✗ Fout F.402"), the sentence and what to check of one finding."""
        shown = ERRORS if finding.severity == "error" else WARNING
        word = tr("Fout") if finding.severity == "error" else tr("Waarschuwing")
        title = QLabel(f"{shown.glyph} {word} {finding.code}")
        title.setProperty("kind", "finding-title")
        title.setProperty("tone", shown.tone)
        title.setAccessibleName(f"{word} {finding.code}")
        text = QLabel(finding.text)
        text.setWordWrap(True)
        text.setAccessibleName(finding.text)
        check = None
        if finding.check:
            check = QLabel(finding.check)
            check.setWordWrap(True)
            check.setProperty("kind", "hint")
            check.setAccessibleName(finding.check)
        return title, text, check
