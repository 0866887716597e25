"""The corrigendum form of a follow-up sitting (Na 14-2 Bijlage 1) and its one rule: a field left
empty keeps the previous number (docs/sittings.md §3; docs/pv-models.md §2).

A station whose investigation in the current follow-up sitting was concluded *with new results* is
entered again, twice, by the same four-eyes workflow as in the first sitting
(:mod:`kieskring.app.entry`); only the form differs: the counts, the differences and the lists,
without the first sitting's questions about extra investigation and the station's own count, and
with the previous sitting's numbers beside every field. The typist types only what changed.

**Where the empty-field rule lives**: here, in :func:`fill`, which the entry service applies to
every section before anything else looks at it — so what is stored, validated, compared between
the two entries and finally counted is always the whole new count. In the first sitting an empty
field is 0 (docs/pv-models.md §2); in a corrigendum it is the previous value; a number that became 0
is typed as 0. The screens never decide this.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from kieskring.app.form import FormLayout, SectionKind, Values, form_layout
from kieskring.app.setup import ElectionSetup
from kieskring.app.sitting_store import SittingRepository
from kieskring.storage import Store


@dataclass(frozen=True)
class Basis:
    """What a station's corrigendum starts from: the sitting it is entered in and the previous
    sitting's numbers for every field of the corrigendum form (0 for a station added now)."""

    sitting: int
    previous: Mapping[str, int]


@cache
def corrigendum_layout(setup: ElectionSetup) -> FormLayout:
    """The Na 14-2 Bijlage 1: the first sitting's form without its yes/no question pages."""
    sections = form_layout(setup).sections
    return FormLayout(tuple(s for s in sections if s.kind is not SectionKind.QUESTIONS))


def result_layout(setup: ElectionSetup, values: Values) -> FormLayout:
    """The form a stored result was entered with: a result entered as a corrigendum has none of the
    first sitting's yes/no questions (so F.101–F.112 are not asked of it in later sittings)."""
    first = form_layout(setup)
    questions = [f.key for s in first.sections if s.kind is SectionKind.QUESTIONS for f in s.fields]
    if questions and not any(key in values for key in questions):
        return corrigendum_layout(setup)
    return first


def fill(layout: FormLayout, section: str, values: Values, previous: Mapping[str, int]) -> Values:
    """``values`` of ``section`` with every field left empty (absent or ``None``) set to its
    previous number; anything else in ``values`` is kept as given (and checked later)."""
    found = layout.section(section)
    if found is None:
        return values
    filled = {f.key: previous.get(f.key, 0) for f in found.fields if values.get(f.key) is None}
    return {**values, **filled}


def changed_only(values: Values, previous: Mapping[str, int]) -> dict[str, int | None]:
    """What the typist changed: the values that differ from the previous numbers (for showing an
    entry again: unchanged fields stay empty, with the previous number beside them)."""
    return {key: value for key, value in values.items() if value != previous.get(key, 0)}


def basis(store: Store, setup: ElectionSetup, station: int) -> Basis | None:
    """The corrigendum basis of ``station`` now: only in a follow-up sitting, and only when the
    station's investigation there was concluded with new results; ``None`` otherwise."""
    repo = SittingRepository(store)
    sitting = repo.current()
    if sitting == 1:
        return None
    found = repo.investigation(sitting, station)
    if found is None or not found.new_results:
        return None
    before = repo.archived_result(sitting - 1, station)
    values = before.values if before else {}
    layout = corrigendum_layout(setup)
    return Basis(sitting, MappingProxyType(layout.normalise(values)))
