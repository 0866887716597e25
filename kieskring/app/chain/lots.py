"""Drawings of lots, drawn in the room and recorded through the app by two people (docs/chain-app.md
§4; seat-allocation.md §2.5; Kieswet P 7–P 9, P 12, P 15: "beslist het lot").

The software never draws. The calculation stops at a tie and names the options
(:class:`~seat_allocation.lots.LotRequest`); the lot is drawn in the public session; one person types
the outcome, a second person — another account — types it again without seeing the first. Equal: the
lot is recorded (``chain_lots``, with both names and what the calculation asked) and the calculation
runs again with it. Different: the first typing is discarded and both type again. A recorded lot
belongs to the question it answered: when the inputs change so that the calculation asks something
else, the coordinator withdraws the lots (with a reason) and they are drawn again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kieskring.app.users import Action, User, Users
from kieskring.errors import Problem, UserError
from kieskring.storage import Store
from kieskring.storage.canonical import canonical_json
from seat_allocation.election import CandidateRef, LotOutcome, PersonRef
from seat_allocation.lots import LotRequest


@dataclass(frozen=True)
class LotChoice:
    """An outcome as typed: a list (or kieskring) number; with ``candidate`` a candidate's position
    on that list; with ``person`` a candidate of a lijstengroep by ShortCode."""

    list_number: int
    candidate: int | None = None
    person: str | None = None

    def outcome(self) -> LotOutcome:
        """The core's value for this choice."""
        if self.person:
            return PersonRef(self.list_number, self.person)
        if self.candidate is not None:
            return CandidateRef(self.list_number, self.candidate)
        return self.list_number


def choice_of(outcome: LotOutcome) -> LotChoice:
    """The typed form of a core value (for the options on screen)."""
    if isinstance(outcome, PersonRef):
        return LotChoice(outcome.party, person=outcome.key)
    if isinstance(outcome, CandidateRef):
        return LotChoice(outcome.list, candidate=outcome.candidate)
    return LotChoice(outcome)


def outcome_json(outcome: LotOutcome) -> Any:
    """A lot as ``uitslag allocate``/``verify --lots`` read it: ``3``, ``{"list","candidate"}`` or
    ``{"list","person"}`` (kieskring.allocation.contract_in)."""
    if isinstance(outcome, PersonRef):
        return {"list": outcome.party, "person": outcome.key}
    if isinstance(outcome, CandidateRef):
        return {"list": outcome.list, "candidate": outcome.candidate}
    return outcome


def request_json(request: LotRequest) -> str:
    """What the calculation asked, as stored beside the outcome (article, reason, seats, options)."""
    return canonical_json(
        {
            "kind": request.kind.value,
            "article": request.article,
            "reason": request.reason.value,
            "seats": list(request.seat_numbers),
            "options": [outcome_json(o) for o in request.options],
        }
    )


@dataclass(frozen=True)
class RecordedLot:
    """A lot as kept: its number, the question, the outcome, who typed it and when."""

    number: int
    request: str
    outcome: LotOutcome | None
    """``None`` while the second person has not typed it (never shown before then)."""
    first_user: int
    second_user: int | None
    at: str


@dataclass(frozen=True)
class LotTyping:
    """What typing an outcome did: waiting for the second person, recorded, or different."""

    recorded: bool
    different: bool


def _problem(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


def require_staff(users: Users, user: User) -> User:
    """A coordinator or typist of this committee (the administrator has no part in the counting)."""
    try:
        return users.require(user, Action.RESOLVE_DIFFERENCES)
    except UserError:
        return users.require(user, Action.ENTER_DATA)


def _outcome(raw: str) -> LotOutcome:
    data = json.loads(raw)
    if isinstance(data, dict) and "person" in data:
        return PersonRef(int(data["list"]), str(data["person"]))
    if isinstance(data, dict):
        return CandidateRef(int(data["list"]), int(data["candidate"]))
    return int(data)


def recorded_lots(store: Store) -> tuple[RecordedLot, ...]:
    """Every lot row, in order (the pending one's outcome is hidden)."""
    rows = store.query("SELECT * FROM chain_lots ORDER BY number")
    return tuple(
        RecordedLot(
            int(r["number"]),
            str(r["request_json"]),
            _outcome(r["outcome_json"]) if r["second_user"] is not None else None,
            int(r["first_user"]),
            None if r["second_user"] is None else int(r["second_user"]),
            str(r["recorded_at"]),
        )
        for r in rows
    )


def user_names(store: Store) -> dict[int, str]:
    """Account id → full name, to say who typed a lot (on screen and on the PV)."""
    return {int(r["id"]): str(r["fullname"]) for r in store.query("SELECT id, fullname FROM users")}


def confirmed_outcomes(store: Store) -> tuple[LotOutcome, ...]:
    """The outcomes typed equal by two people, in the order the calculation asked for them."""
    return tuple(lot.outcome for lot in recorded_lots(store) if lot.outcome is not None)


def type_lot(
    store: Store, users: Users, user: User, request: LotRequest, choice: LotChoice
) -> LotTyping:
    """One person types the outcome of the lot the calculation asks for now (see module doc)."""
    current = require_staff(users, user)
    outcome = choice.outcome()
    if outcome not in request.options:
        raise _problem(
            "CHAIN.LOT_OPTION",
            "deze uitkomst is geen van de opties van de loting",
            "this outcome is not one of the lot's options",
        )
    number = len(confirmed_outcomes(store)) + 1
    asked = request_json(request)
    rows = store.query("SELECT * FROM chain_lots WHERE number = ?", (number,))
    pending = rows[0] if rows and rows[0]["request_json"] == asked else None
    if pending is not None and int(pending["first_user"]) == current.id:
        raise _problem(
            "CHAIN.LOT_SAME_PERSON",
            "een tweede persoon (een ander account) typt de uitkomst nog een keer",
            "a second person (another account) types the outcome again",
        )
    details = {"number": number, "request": json.loads(asked)}
    with store.confirm("chain.lot", current.id, details) as tx:
        if pending is None:
            tx.put(
                "chain_lots",
                {
                    "number": number,
                    "request_json": asked,
                    "outcome_json": canonical_json(outcome_json(outcome)),
                    "first_user": current.id,
                    "second_user": None,
                    "recorded_at": store.clock().isoformat(),
                },
            )
            tx.details["step"] = "first"
            return LotTyping(False, False)
        if pending["outcome_json"] != canonical_json(outcome_json(outcome)):
            tx.delete("chain_lots", {"number": number})
            tx.details["step"] = "different"
            return LotTyping(False, True)
        tx.put(
            "chain_lots",
            {
                "number": number,
                "request_json": asked,
                "outcome_json": pending["outcome_json"],
                "first_user": int(pending["first_user"]),
                "second_user": current.id,
                "recorded_at": store.clock().isoformat(),
            },
        )
        tx.details.update(step="recorded", outcome=outcome_json(outcome))
        return LotTyping(True, False)


def withdraw_lots(store: Store, users: Users, user: User, reason: str) -> None:
    """The coordinator withdraws every recorded lot (the inputs changed), with a reason."""
    current = users.require(user, Action.RESOLVE_DIFFERENCES)
    if not reason.strip():
        raise _problem("ENTRY.REASON_REQUIRED", "geef een reden op", "give a reason")
    with store.confirm("chain.lots.withdraw", current.id, {"reason": reason.strip()}) as tx:
        for lot in recorded_lots(store):
            tx.delete("chain_lots", {"number": lot.number})
