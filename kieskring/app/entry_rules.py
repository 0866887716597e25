"""The decisions of four-eyes data entry as pure functions: what a typed section may hold, which findings
it gets, how two entries compare and what the coordinator's choices do to an entry
(docs/pv-models.md §2–§4; Kieswet N 11).

No storage and no permissions here: :mod:`kieskring.app.entry` reads the records, asks these functions
what follows, and writes the outcome in one confirmed action.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from kieskring.app.form import FormLayout, Values
from kieskring.app.records import Entry
from kieskring.app.setup import ElectionSetup
from kieskring.app.states import EntryState, Event
from kieskring.app.validation import Finding, Severity, differing_fields, validate
from kieskring.errors import Problem, UserError


def entry_error(code: str, nl: str, en: str, station: int = 0) -> UserError:
    """A user error about one station's entry."""
    return UserError((Problem(code, nl, en, place=f"SB{station}" if station else ""),))


def clean_section(
    layout: FormLayout, section: str, values: Values, station: int
) -> dict[str, int | None]:
    """The section's fields with the typed values; unknown sections and fields and impossible numbers
    are refused (docs/pv-models.md §2: 0 up to 999,999,999; ticks 0 or 1)."""
    found = layout.section(section)
    if found is None:
        raise entry_error(
            "ENTRY.UNKNOWN_SECTION",
            f"onbekend onderdeel '{section}'",
            f"unknown section '{section}'",
            station,
        )
    keys = {f.key for f in found.fields}
    problems = [
        Problem(
            "ENTRY.UNKNOWN_FIELD",
            f"veld '{key}' hoort niet bij dit onderdeel",
            f"field '{key}' is not part of this section",
            place=f"SB{station}:{key}",
        )
        for key in values
        if key not in keys
    ]
    for f in found.fields:
        value = values.get(f.key)
        if value is not None and (isinstance(value, bool) or not 0 <= value <= f.maximum):
            problems.append(
                Problem(
                    "ENTRY.VALUE_RANGE",
                    f"'{f.key}': 0 tot en met {f.maximum}",
                    f"'{f.key}': 0 up to {f.maximum}",
                    place=f"SB{station}:{f.key}",
                )
            )
    if problems:
        raise UserError(tuple(problems))
    return {f.key: values.get(f.key) for f in found.fields}


def only_pending(
    entry: Entry, provided: Values, typed: Mapping[str, int | None], station: int
) -> dict[str, int | None]:
    """In a correction only the fields sent back may change (docs/pv-models.md §4): fields not given keep
    their value; a given field that was not sent back must be unchanged."""
    locked = [
        key
        for key, value in provided.items()
        if key not in entry.pending and (value or 0) != (entry.values.get(key) or 0)
    ]
    if locked:
        raise entry_error(
            "ENTRY.FIELD_LOCKED",
            f"alleen de teruggestuurde velden mogen worden gewijzigd ({', '.join(locked)})",
            f"only the fields sent back may be changed ({', '.join(locked)})",
            station,
        )
    return {key: value for key, value in typed.items() if key in entry.pending}


def section_findings(
    setup: ElectionSetup, layout: FormLayout, merged: Values, section: str, other: Entry | None
) -> tuple[Finding, ...]:
    """The catalogue's findings of one section, plus W.001 where a second entry differs from the
    finalised first (docs/pv-models.md §3)."""
    findings = validate(setup, layout, merged, (section,))
    if other is None or not other.finalised:
        return findings
    found = layout.section(section)
    assert found is not None
    differ = tuple(
        Finding("W.001", section, (f.key,))
        for f in found.fields
        if (merged.get(f.key) or 0) != (other.values.get(f.key) or 0)
    )
    return findings + differ


def pending_findings(layout: FormLayout, entry: Entry) -> tuple[Finding, ...]:
    """W.002 for every field the coordinator cleared for re-entry."""
    return tuple(Finding("W.002", layout.section_of[key], (key,)) for key in sorted(entry.pending))


def has_errors(setup: ElectionSetup, layout: FormLayout, values: Values) -> bool:
    """Whether the whole entry has an error (F) of the catalogue."""
    return any(f.severity is Severity.ERROR for f in validate(setup, layout, values))


def finding_counts(
    setup: ElectionSetup, layout: FormLayout, entries: Iterable[Entry]
) -> tuple[int, int]:
    """The number of errors and warnings over the saved sections of ``entries`` (for the overview)."""
    findings = [f for e in entries for f in validate(setup, layout, e.values, e.sections)]
    errors = sum(f.severity is Severity.ERROR for f in findings)
    return errors, len(findings) - errors


def finalise_event(
    setup: ElectionSetup, layout: FormLayout, state: EntryState, entries: Mapping[int, Entry]
) -> Event:
    """What finishing an entry leads to: a first entry goes on (or to the coordinator with errors); a
    second or corrected entry is compared field by field — equal and free of errors is the only way to
    a definitive result (four eyes, Kieswet N 11)."""
    if state is EntryState.FIRST_ENTRY_IN_PROGRESS:
        return (
            Event.FINALISE_WITH_ERRORS
            if has_errors(setup, layout, entries[1].values)
            else Event.FINALISE_CLEAN
        )
    equal = not differing_fields(layout, entries[1].values, entries[2].values)
    clean = not any(has_errors(setup, layout, e.values) for e in entries.values())
    return Event.COMPARE_EQUAL if equal and clean else Event.COMPARE_DIFFERENT


def cleared(layout: FormLayout, entry: Entry, fields: Iterable[str]) -> Entry:
    """``entry`` with ``fields`` emptied and pending: their sections must be saved again."""
    differ = tuple(fields)
    sections = {layout.section_of[k] for k in differ}
    emptied: dict[str, int | None] = dict.fromkeys(differ)
    return replace(
        entry,
        values=MappingProxyType({**entry.values, **emptied}),
        sections=entry.sections - sections,
        acks=frozenset(a for a in entry.acks if a.split("/", 1)[0] not in sections),
        pending=frozenset(differ),
        finalised=False,
    )


def saved_entry(
    entry: Entry, section: str, typed: Mapping[str, int | None], findings: Iterable[Finding]
) -> Entry:
    """``entry`` after saving ``typed`` as ``section``: the values merged, the section done, its
    warnings acknowledged, and the typed fields no longer pending."""
    warnings = {f"{f.section}/{f.key}" for f in findings if f.severity is Severity.WARNING}
    own = {a for a in entry.acks if a.split("/", 1)[0] != section}
    return replace(
        entry,
        values=MappingProxyType({**entry.values, **typed}),
        sections=entry.sections | {section},
        acks=frozenset(own | warnings),
        pending=entry.pending - set(typed),
    )


def kept_as_first(kept: Entry) -> Entry:
    """The entry the coordinator keeps after a difference, as the new first entry (slot 1), finalised;
    the next entry by another typist is compared with it."""
    return replace(kept, slot=1, finalised=True, pending=frozenset())


def kept_after_release(state: EntryState, entries: Mapping[int, Entry]) -> Entry | None:
    """What stays of a station when the coordinator releases its unfinished entry (issue 14, a stale
    claim): nothing after a first entry; the finalised first entry after a second; during a
    correction the other entry, as the new first — the next entry by another typist is compared with
    it, as after keeping one entry (four eyes: releasing never makes a station definitive)."""
    match state:
        case EntryState.SECOND_ENTRY_IN_PROGRESS:
            return entries[1]
        case EntryState.FIRST_ENTRY_CORRECTION:
            return kept_as_first(entries[2])
        case EntryState.SECOND_ENTRY_CORRECTION:
            return kept_as_first(entries[1])
        case _:
            return None
