"""Check and finish (docs/app.md §3.3): every section of the entry with its state and the findings
that remain, as the services give them (:class:`EntryReview`), before "Invoer afronden"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import tr
from gui.pages.common import say
from gui.widgets.labels import ElidedLabel
from gui.widgets.page import vertical_scroll
from gui.widgets.sections import STATES
from gui.widgets.status import ERRORS, WARNING, StatusBadge
from kieskring.app.api.typist import EntryReview
from kieskring.app.api.views import FindingView
from kieskring.app.api.vocabulary import Severity


def finding_line(finding: FindingView) -> str:
    """ "✗ Fout F.402: sentence" (the code beside the sentence, never instead of it)."""
    error = finding.severity is Severity.ERROR
    look, word = (ERRORS, tr("Fout")) if error else (WARNING, tr("Waarschuwing"))
    return f"{look.glyph} {word} {finding.code}: {say(finding.text)}"


class ReviewPanel(QWidget):
    """A row per section (state badge, title) with its remaining findings under it."""

    def __init__(self, review: EntryReview, unsaved: Sequence[str] = ()) -> None:
        super().__init__()
        self.setObjectName("review")
        self.review = review
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 12, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        by_section: dict[str, list[FindingView]] = {}
        for finding in review.findings:
            by_section.setdefault(finding.section, []).append(finding)
        row = 0
        self.badges: dict[str, StatusBadge] = {}
        for section in review.sections:
            state = section.status.value
            badge = StatusBadge(state, tr(STATES[state][1]))
            self.badges[section.key] = badge
            grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(ElidedLabel(say(section.title)), row, 1)
            row += 1
            for finding in by_section.get(section.key, ()):
                line = QLabel(finding_line(finding))
                line.setWordWrap(True)
                line.setProperty("kind", "hint")
                grid.addWidget(line, row, 1)
                row += 1
        widest = max((b.sizeHint().width() for b in self.badges.values()), default=0)
        for badge in self.badges.values():
            badge.setMinimumWidth(widest)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(grid_holder)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.summary = QLabel(self._summary(review, unsaved))
        self.summary.setWordWrap(True)
        self.summary.setProperty("kind", "notice")
        self.summary.setObjectName("review_summary")
        layout.addWidget(self.summary)
        layout.addWidget(vertical_scroll(holder, tr("Overzicht van de secties")), 1)

    @staticmethod
    def _summary(review: EntryReview, unsaved: Sequence[str]) -> str:
        lines = []
        if review.reason is not None:
            lines.append(say(review.reason))
        elif any(f.severity is Severity.ERROR for f in review.findings):
            lines.append(
                tr("Er staan fouten in. Na het afronden gaat deze invoer naar de coördinator.")
            )
        else:
            lines.append(tr("Alle secties zijn opgeslagen. Controleer het overzicht en rond af."))
        if unsaved:
            lines.append(
                tr("Niet opgeslagen getypt werk in: {sections}. Dat telt niet mee.").format(
                    sections=", ".join(unsaved)
                )
            )
        return "\n".join(lines)
