"""The per-station data-entry state machine (pv-models.md §4, "Data entry per station").

empty → first entry in progress → (first entry has errors → coordinator: send back or discard) →
first entry finalised → second entry in progress (another typist) → definitive when equal and free of
errors; or entries different → coordinator: keep the first or the second entry (the other one is
discarded and a typist other than the kept entry's makes a new second entry), discard both, or send only
the differing fields back to one typist (first- / second-entry correction) → compared again. A
definitive entry can be reopened by the coordinator (both entries deleted, with a reason). An unfinished
entry whose typist has gone can be released by the coordinator (issue 14, a stale claim): it is
discarded, and during a correction the other entry is kept as the first.

Four eyes (Kieswet N 11; docs/pv-models.md §4): the only ways into DEFINITIVE are ``COMPARE_EQUAL`` events,
so a station becomes definitive only when two entries by two different typists agree. Keeping one entry
never decides by itself — the coordinator's choice only says which entry the next one is compared with.

:func:`transition` is the only place where a state changes; it matches exhaustively on the state, so a
new state that is not handled is a type error (``assert_never``).
"""

from __future__ import annotations

import enum
from typing import assert_never

from kieskring.app.users import Action
from kieskring.errors import Problem, UserError


class EntryState(enum.Enum):
    """The state of one polling station's data entry; the value is what the database stores."""

    EMPTY = "empty"
    FIRST_ENTRY_IN_PROGRESS = "first_entry_in_progress"
    FIRST_ENTRY_HAS_ERRORS = "first_entry_has_errors"
    FIRST_ENTRY_FINALISED = "first_entry_finalised"
    SECOND_ENTRY_IN_PROGRESS = "second_entry_in_progress"
    ENTRIES_DIFFERENT = "entries_different"
    FIRST_ENTRY_CORRECTION = "first_entry_correction"
    SECOND_ENTRY_CORRECTION = "second_entry_correction"
    DEFINITIVE = "definitive"

    @property
    def label_nl(self) -> str:
        """Dutch status text (B1) for the overview."""
        return LABELS_NL[self]


LABELS_NL: dict[EntryState, str] = {
    EntryState.EMPTY: "Nog niet ingevoerd",
    EntryState.FIRST_ENTRY_IN_PROGRESS: "1e invoer bezig",
    EntryState.FIRST_ENTRY_HAS_ERRORS: "1e invoer heeft fouten",
    EntryState.FIRST_ENTRY_FINALISED: "Wacht op 2e invoer",
    EntryState.SECOND_ENTRY_IN_PROGRESS: "2e invoer bezig",
    EntryState.ENTRIES_DIFFERENT: "Verschil tussen invoer",
    EntryState.FIRST_ENTRY_CORRECTION: "1e invoer wordt gecorrigeerd",
    EntryState.SECOND_ENTRY_CORRECTION: "2e invoer wordt gecorrigeerd",
    EntryState.DEFINITIVE: "Definitief",
}


class Event(enum.Enum):
    """What happens to a station's entry: by a typist (first group) or the coordinator (second)."""

    START = "start"
    ABANDON = "abandon"
    FINALISE_CLEAN = "finalise_clean"
    FINALISE_WITH_ERRORS = "finalise_with_errors"
    COMPARE_EQUAL = "compare_equal"
    COMPARE_DIFFERENT = "compare_different"
    SEND_BACK_ERRORS = "send_back_errors"
    DISCARD_FIRST = "discard_first"
    KEEP_FIRST = "keep_first"
    KEEP_SECOND = "keep_second"
    DISCARD_BOTH = "discard_both"
    SEND_BACK_FIRST = "send_back_first"
    SEND_BACK_SECOND = "send_back_second"
    REOPEN = "reopen"
    RELEASE = "release"
    """The coordinator releases an unfinished entry whose typist has gone (a stale claim)."""


ACTOR: dict[Event, Action] = {
    Event.START: Action.ENTER_DATA,
    Event.ABANDON: Action.ENTER_DATA,
    Event.FINALISE_CLEAN: Action.ENTER_DATA,
    Event.FINALISE_WITH_ERRORS: Action.ENTER_DATA,
    Event.COMPARE_EQUAL: Action.ENTER_DATA,
    Event.COMPARE_DIFFERENT: Action.ENTER_DATA,
    Event.SEND_BACK_ERRORS: Action.RESOLVE_ERRORS,
    Event.DISCARD_FIRST: Action.RESOLVE_ERRORS,
    Event.KEEP_FIRST: Action.RESOLVE_DIFFERENCES,
    Event.KEEP_SECOND: Action.RESOLVE_DIFFERENCES,
    Event.DISCARD_BOTH: Action.RESOLVE_DIFFERENCES,
    Event.SEND_BACK_FIRST: Action.RESOLVE_DIFFERENCES,
    Event.SEND_BACK_SECOND: Action.RESOLVE_DIFFERENCES,
    Event.REOPEN: Action.REOPEN_DEFINITIVE,
    Event.RELEASE: Action.RESOLVE_ERRORS,
}
"""The permission an event needs (checked against the role table in :mod:`kieskring.app.users`)."""


def _allowed(state: EntryState) -> dict[Event, EntryState]:
    """The events allowed in ``state`` and where each leads."""
    s = EntryState
    match state:
        case s.EMPTY:
            return {Event.START: s.FIRST_ENTRY_IN_PROGRESS}
        case s.FIRST_ENTRY_IN_PROGRESS:
            return {
                Event.ABANDON: s.EMPTY,
                Event.RELEASE: s.EMPTY,
                Event.FINALISE_CLEAN: s.FIRST_ENTRY_FINALISED,
                Event.FINALISE_WITH_ERRORS: s.FIRST_ENTRY_HAS_ERRORS,
            }
        case s.FIRST_ENTRY_HAS_ERRORS:
            return {Event.SEND_BACK_ERRORS: s.FIRST_ENTRY_IN_PROGRESS, Event.DISCARD_FIRST: s.EMPTY}
        case s.FIRST_ENTRY_FINALISED:
            return {Event.START: s.SECOND_ENTRY_IN_PROGRESS}
        case s.SECOND_ENTRY_IN_PROGRESS:
            return {
                Event.ABANDON: s.FIRST_ENTRY_FINALISED,
                Event.RELEASE: s.FIRST_ENTRY_FINALISED,
                Event.COMPARE_EQUAL: s.DEFINITIVE,
                Event.COMPARE_DIFFERENT: s.ENTRIES_DIFFERENT,
            }
        case s.ENTRIES_DIFFERENT:
            return {
                Event.KEEP_FIRST: s.FIRST_ENTRY_FINALISED,
                Event.KEEP_SECOND: s.FIRST_ENTRY_FINALISED,
                Event.DISCARD_BOTH: s.EMPTY,
                Event.SEND_BACK_FIRST: s.FIRST_ENTRY_CORRECTION,
                Event.SEND_BACK_SECOND: s.SECOND_ENTRY_CORRECTION,
            }
        case s.FIRST_ENTRY_CORRECTION | s.SECOND_ENTRY_CORRECTION:
            return {
                Event.COMPARE_EQUAL: s.DEFINITIVE,
                Event.COMPARE_DIFFERENT: s.ENTRIES_DIFFERENT,
                Event.RELEASE: s.FIRST_ENTRY_FINALISED,
            }
        case s.DEFINITIVE:
            return {Event.REOPEN: s.EMPTY}
        case _:
            assert_never(state)


def allowed_events(state: EntryState) -> frozenset[Event]:
    """The events that may happen in ``state`` (what the GUI offers)."""
    return frozenset(_allowed(state))


def transition(state: EntryState, event: Event, *, station: int = 0) -> EntryState:
    """The state after ``event``; a user error (code ``ENTRY.INVALID_TRANSITION``) if not allowed."""
    target = _allowed(state).get(event)
    if target is None:
        raise UserError(
            (
                Problem(
                    "ENTRY.INVALID_TRANSITION",
                    f"dit kan niet bij de status '{state.label_nl}' ({event.value})",
                    f"not possible in state {state.value} ({event.value})",
                    place=f"SB{station}" if station else "",
                ),
            )
        )
    return target


def in_progress_slot(state: EntryState) -> int | None:
    """Which entry (1 or 2) a typist is working on in ``state``, if any."""
    match state:
        case EntryState.FIRST_ENTRY_IN_PROGRESS | EntryState.FIRST_ENTRY_CORRECTION:
            return 1
        case EntryState.SECOND_ENTRY_IN_PROGRESS | EntryState.SECOND_ENTRY_CORRECTION:
            return 2
        case (
            EntryState.EMPTY
            | EntryState.FIRST_ENTRY_HAS_ERRORS
            | EntryState.FIRST_ENTRY_FINALISED
            | EntryState.ENTRIES_DIFFERENT
            | EntryState.DEFINITIVE
        ):
            return None
        case _:
            assert_never(state)
