"""Deceased candidates, recorded by the CSB's coordinator before the result is determined
(Kieswet P 19a: a deceased candidate is passed over; docs/chain-app.md §4).

A candidate is named as on the paper: list, kieskring (with several) and position. In a single
district that is the core's :class:`~seat_allocation.election.CandidateRef`; above the kieskring the
person's ShortCode (:mod:`kieskring.result.short_codes`), so he is passed over on every list he stands
on. Recording or removing one changes the calculation: refused while lots are recorded (withdraw them
first, :func:`kieskring.app.chain.lots.withdraw_lots`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kieskring.app.chain.lots import recorded_lots
from kieskring.app.chain.setup import ChainElection
from kieskring.app.users import Action, User, Users
from kieskring.errors import Problem, UserError
from kieskring.result.short_codes import short_codes_from_lists
from kieskring.storage import Store
from seat_allocation.election import CandidateRef


@dataclass(frozen=True)
class Deceased:
    """A deceased candidate as recorded: key, list, candidate (position or ShortCode), name."""

    key: str
    list_number: int
    candidate: str
    name: str


def _problem(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


def deceased(store: Store) -> tuple[Deceased, ...]:
    """Every recorded deceased candidate, by key."""
    rows = store.query("SELECT key, list_number, candidate, name FROM chain_deceased ORDER BY key")
    return tuple(
        Deceased(str(r["key"]), int(r["list_number"]), str(r["candidate"]), str(r["name"]))
        for r in rows
    )


def refs(store: Store) -> tuple[tuple[CandidateRef, ...], frozenset[str]]:
    """The recorded deceased as the core takes them: references (one district) and ShortCodes."""
    found = deceased(store)
    single = tuple(
        CandidateRef(d.list_number, int(d.candidate)) for d in found if d.candidate.isdigit()
    )
    keys = frozenset(d.candidate for d in found if not d.candidate.isdigit())
    return single, keys


def identify(
    chain: ChainElection, list_number: int, position: int, kieskring: int | None
) -> Deceased:
    """The candidate at ``position`` of list ``list_number`` (of ``kieskring``, with several)."""
    setup = chain.setup
    unit = kieskring if setup.receives_kieskringen and kieskring is not None else 0
    if setup.receives_kieskringen and unit not in chain.lists:
        raise _problem(
            "CHAIN.CANDIDATE",
            "kies de kieskring van de kandidaat",
            "choose the candidate's kieskring",
        )
    lists = chain.lists[unit]
    party = lists.list_by_number(list_number)
    person = next((c for c in party.candidates if c.number == position), None) if party else None
    if person is None:
        raise _problem(
            "CHAIN.CANDIDATE",
            f"lijst {list_number} heeft geen kandidaat {position}",
            f"list {list_number} has no candidate {position}",
        )
    if not setup.receives_kieskringen:
        return Deceased(
            f"{list_number}.{position}", list_number, str(position), person.display_name
        )
    code = short_codes_from_lists(chain.all_lists())[(f"HSB{unit}", list_number, position)]
    return Deceased(f"{list_number}:{code}", list_number, code, person.display_name)


def _no_lots(store: Store) -> None:
    if recorded_lots(store):
        raise _problem(
            "CHAIN.LOTS_RECORDED",
            "er zijn al lotingen vastgelegd; trek die eerst in (de berekening verandert)",
            "lots have been recorded; withdraw them first (the calculation changes)",
        )


def record_deceased(store: Store, users: Users, user: User, person: Deceased) -> None:
    """Record a deceased candidate (coordinator)."""
    current = users.require(user, Action.RESOLVE_DIFFERENCES)
    _no_lots(store)
    with store.confirm("chain.deceased.record", current.id, {"key": person.key}) as tx:
        tx.put(
            "chain_deceased",
            {
                "key": person.key,
                "list_number": person.list_number,
                "candidate": person.candidate,
                "name": person.name,
                "user_id": current.id,
                "at": store.clock().isoformat(),
            },
        )


def remove_deceased(store: Store, users: Users, user: User, key: str) -> None:
    """Remove a recorded deceased candidate (a mistake), coordinator."""
    current = users.require(user, Action.RESOLVE_DIFFERENCES)
    _no_lots(store)
    with store.confirm("chain.deceased.remove", current.id, {"key": key}) as tx:
        tx.delete("chain_deceased", {"key": key})
