"""Services' values in words: states, roles, the session state and findings (Dutch and English).

One table per kind, so every screen (and the LAN client) says the same thing the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from kieskring.app.entry_store import SessionState
from kieskring.app.form import FormLayout
from kieskring.app.setup import ElectionSetup
from kieskring.app.states import LABELS_NL, EntryState
from kieskring.app.text import Text
from kieskring.app.users import Role
from kieskring.app.validation import ADVICE, MESSAGES, Finding

from .views import ElectionInfo, FindingView, SessionStateView, StateView, Tone

_LABELS_EN: Mapping[EntryState, str] = MappingProxyType(
    {
        EntryState.EMPTY: "Not entered yet",
        EntryState.FIRST_ENTRY_IN_PROGRESS: "1st entry in progress",
        EntryState.FIRST_ENTRY_HAS_ERRORS: "1st entry has errors",
        EntryState.FIRST_ENTRY_FINALISED: "Waiting for 2nd entry",
        EntryState.SECOND_ENTRY_IN_PROGRESS: "2nd entry in progress",
        EntryState.ENTRIES_DIFFERENT: "Entries differ",
        EntryState.FIRST_ENTRY_CORRECTION: "1st entry being corrected",
        EntryState.SECOND_ENTRY_CORRECTION: "2nd entry being corrected",
        EntryState.DEFINITIVE: "Definitive",
    }
)

TONES: Mapping[EntryState, Tone] = MappingProxyType(
    {
        EntryState.EMPTY: Tone.WAITING,
        EntryState.FIRST_ENTRY_IN_PROGRESS: Tone.PROGRESS,
        EntryState.FIRST_ENTRY_HAS_ERRORS: Tone.ATTENTION,
        EntryState.FIRST_ENTRY_FINALISED: Tone.WAITING,
        EntryState.SECOND_ENTRY_IN_PROGRESS: Tone.PROGRESS,
        EntryState.ENTRIES_DIFFERENT: Tone.ATTENTION,
        EntryState.FIRST_ENTRY_CORRECTION: Tone.PROGRESS,
        EntryState.SECOND_ENTRY_CORRECTION: Tone.PROGRESS,
        EntryState.DEFINITIVE: Tone.DEFINITIVE,
    }
)
"""Which states need the coordinator (red), are being typed (blue), wait (grey) or are done (green)."""

SHORT_LABELS: Mapping[EntryState, Text] = MappingProxyType(
    {
        EntryState.EMPTY: Text("Niet begonnen", "Not started"),
        EntryState.FIRST_ENTRY_IN_PROGRESS: Text("1e invoer bezig", "1st entry busy"),
        EntryState.FIRST_ENTRY_HAS_ERRORS: Text("Fouten", "Errors"),
        EntryState.FIRST_ENTRY_FINALISED: Text("Wacht op 2e", "Awaiting 2nd"),
        EntryState.SECOND_ENTRY_IN_PROGRESS: Text("2e invoer bezig", "2nd entry busy"),
        EntryState.ENTRIES_DIFFERENT: Text("Verschil", "Difference"),
        EntryState.FIRST_ENTRY_CORRECTION: Text("Correctie 1e", "Correcting 1st"),
        EntryState.SECOND_ENTRY_CORRECTION: Text("Correctie 2e", "Correcting 2nd"),
        EntryState.DEFINITIVE: Text("Definitief", "Definitive"),
    }
)
"""A state in the few words that fit a dashboard tile (the full words are in its tooltip)."""

ROLE_LABELS: Mapping[Role, Text] = MappingProxyType(
    {
        Role.BEHEERDER: Text("beheerder", "administrator"),
        Role.COORDINATOR: Text("coördinator", "coordinator"),
        Role.INVOERDER: Text("invoerder", "typist"),
    }
)

SESSION_LABELS: Mapping[SessionState, Text] = MappingProxyType(
    {
        SessionState.DATA_ENTRY: Text("Invoer loopt", "Data entry running"),
        SessionState.PAUSED: Text("Invoer gepauzeerd", "Data entry paused"),
        SessionState.COMPLETED: Text("Zitting afgerond", "Session finished"),
    }
)


def state_view(state: EntryState) -> StateView:
    """A station's state in words and tone."""
    return StateView(
        state, Text(LABELS_NL[state], _LABELS_EN[state]), TONES[state], SHORT_LABELS[state]
    )


def session_state_view(state: SessionState) -> SessionStateView:
    """The session state in words."""
    return SessionStateView(state, SESSION_LABELS[state], state is SessionState.DATA_ENTRY)


def election_info(setup: ElectionSetup) -> ElectionInfo:
    """The title bar's election, municipality and body."""
    return ElectionInfo(
        election_id=setup.election_id,
        name=setup.name,
        municipality=setup.municipality_name,
        body=setup.body.value,
        counting=setup.counting,
        stations=len(setup.stations),
    )


def field_label(layout: FormLayout, key: str) -> Text:
    """A field as the paper names it: letter and label, in the list's words for candidates."""
    found = layout.fields[key]
    section = layout.section(layout.section_of[key])
    if section is not None and section.list_number is not None and found.letter:
        n, pos = section.list_number, found.letter
        return Text(f"Lijst {n} · {pos} {found.label.nl}", f"List {n} · {pos} {found.label.en}")
    if found.question:
        question = (
            next(q for q in section.questions if q.key == found.question) if section else None
        )
        base = question.text if question else Text("", "")
        return Text(f"{base.nl} — {found.label.nl}", f"{base.en} — {found.label.en}")
    letter = f"{found.letter} " if found.letter else ""
    return Text(f"{letter}{found.label.nl}", f"{letter}{found.label.en}")


def finding_view(layout: FormLayout, finding: Finding) -> FindingView:
    """A finding in words with its fields' labels."""
    nl, en = MESSAGES[finding.code]
    advice = ADVICE.get(finding.code, ("Controleer dit met het papier.", "Check this on paper."))
    return FindingView(
        code=finding.code,
        severity=finding.severity,
        section=finding.section,
        fields=finding.fields,
        text=Text(nl, en),
        advice=Text(*advice),
        field_labels=tuple(field_label(layout, key) for key in finding.fields),
        key=finding.key,
    )


def finding_views(layout: FormLayout, findings: Iterable[Finding]) -> tuple[FindingView, ...]:
    """Several findings in words."""
    return tuple(finding_view(layout, f) for f in findings)
