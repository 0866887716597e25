"""Read one election in the ``uitslag allocate`` JSON form, refusing anything unexpected.

Every problem names the field (``lists[2].candidates[0].votes``); unknown fields, floats, negative
numbers and booleans are refused, never coerced. Ordering rules are checked by
:mod:`seat_allocation.validate` (seat-allocation.md §2.1).
"""

from __future__ import annotations

from typing import Any

from gmpy2 import mpz

from kieskring.domain.categories import ALLOCATED, allocation_rules
from seat_allocation.election import (
    CandidateRef,
    CandidateVotes,
    Election,
    ListVotes,
    LotOutcome,
    PersonRef,
)
from seat_allocation.rules import Category, Rules

ELECTION_FIELDS = frozenset({"seats", "category", "lists", "deceased", "lots", "law_36641"})
LIST_FIELDS = frozenset({"number", "name", "candidates", "votes", "candidate_count"})
CANDIDATE_FIELDS = frozenset({"number", "votes", "name"})
MAX_DIGITS = 15
"""No real count comes near 10^15 votes; larger numbers are refused as corrupt input."""


class ContractError(ValueError):
    """The JSON does not follow the contract; ``problems`` has one line per field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)


def count(value: Any, where: str, problems: list[str], *, positive: bool = False) -> int:
    """A JSON integer ≥ 0 (≥ 1 when ``positive``); anything else is a problem."""
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(f"{where}: verwacht een geheel getal, gekregen {json_type(value)}")
        return 0
    if value < int(positive):
        problems.append(f"{where}: moet ≥ {int(positive)} zijn, gekregen {value}")
        return 0
    if len(str(value)) > MAX_DIGITS:
        problems.append(f"{where}: onwaarschijnlijk groot getal ({len(str(value))} cijfers)")
        return 0
    return value


def json_type(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    match value:
        case bool():
            return "true/false"
        case int():
            return "geheel getal"
        case float():
            return f"kommagetal {value!r}"
        case str():
            return f"tekst {value!r}"
        case list():
            return "lijst"
        case dict():
            return "object"
        case None:
            return "null"
        case _:
            return type(value).__name__


def unknown_fields(obj: dict[str, Any], allowed: frozenset[str], where: str) -> list[str]:
    """One problem per field the contract does not know."""
    return [f"{where}{key}: onbekend veld" for key in sorted(set(obj) - allowed)]


def read_candidates(raw: Any, where: str, problems: list[str]) -> tuple[CandidateVotes, ...]:
    """The ``candidates`` array of a list, in list order."""
    if not isinstance(raw, list):
        problems.append(f"{where}: verwacht een lijst van kandidaten")
        return ()
    out: list[CandidateVotes] = []
    for i, cand in enumerate(raw):
        place = f"{where}[{i}]"
        if not isinstance(cand, dict):
            problems.append(f"{place}: verwacht een object")
            continue
        problems += unknown_fields(cand, CANDIDATE_FIELDS, f"{place}.")
        number = count(cand.get("number"), f"{place}.number", problems, positive=True)
        votes = count(cand.get("votes"), f"{place}.votes", problems)
        out.append(CandidateVotes(number, mpz(votes)))
    return tuple(out)


def read_list(raw: Any, where: str, problems: list[str]) -> ListVotes | None:
    """One list: either ``candidates`` or ``votes`` with ``candidate_count``."""
    if not isinstance(raw, dict):
        problems.append(f"{where}: verwacht een object")
        return None
    problems += unknown_fields(raw, LIST_FIELDS, f"{where}.")
    number = count(raw.get("number"), f"{where}.number", problems, positive=True)
    if "candidates" in raw:
        if "votes" in raw or "candidate_count" in raw:
            problems.append(f"{where}: geef óf candidates, óf votes met candidate_count")
        candidates = read_candidates(raw["candidates"], f"{where}.candidates", problems)
        return ListVotes.from_candidates(number, candidates)
    votes = count(raw.get("votes"), f"{where}.votes", problems)
    candidate_count = count(raw.get("candidate_count"), f"{where}.candidate_count", problems)
    return ListVotes(number, mpz(votes), candidate_count)


def read_lists(raw: Any, problems: list[str]) -> tuple[ListVotes, ...]:
    """The ``lists`` array."""
    if not isinstance(raw, list) or not raw:
        problems.append("lists: verwacht een niet-lege lijst van lijsten")
        return ()
    lists = (read_list(item, f"lists[{i}]", problems) for i, item in enumerate(raw))
    return tuple(lst for lst in lists if lst is not None)


def read_ref(raw: Any, where: str, problems: list[str]) -> CandidateRef | None:
    """A ``{"list": n, "candidate": m}`` reference."""
    if not isinstance(raw, dict):
        problems.append(f'{where}: verwacht {{"list": n, "candidate": m}}')
        return None
    problems += unknown_fields(raw, frozenset({"list", "candidate"}), f"{where}.")
    lst = count(raw.get("list"), f"{where}.list", problems, positive=True)
    candidate = count(raw.get("candidate"), f"{where}.candidate", problems, positive=True)
    return CandidateRef(lst, candidate)


def read_person(raw: dict[str, Any], where: str, problems: list[str]) -> PersonRef:
    """A ``{"list": n, "person": "ShortCode"}`` outcome of a lot within a lijstengroep."""
    problems += unknown_fields(raw, frozenset({"list", "person"}), f"{where}.")
    party = count(raw.get("list"), f"{where}.list", problems, positive=True)
    key = raw.get("person")
    if not isinstance(key, str) or not key:
        problems.append(f"{where}.person: verwacht de ShortCode van de kandidaat")
        key = ""
    return PersonRef(party, key)


def read_lots(raw: Any, problems: list[str]) -> tuple[LotOutcome, ...]:
    """Recorded lots, in the order the calculation asked for them."""
    if not isinstance(raw, list):
        problems.append("lots: verwacht een lijst van uitkomsten")
        return ()
    out: list[LotOutcome] = []
    for i, item in enumerate(raw):
        if isinstance(item, dict) and "person" in item:
            out.append(read_person(item, f"lots[{i}]", problems))
        elif isinstance(item, dict):
            ref = read_ref(item, f"lots[{i}]", problems)
            if ref is not None:
                out.append(ref)
        else:
            out.append(count(item, f"lots[{i}]", problems, positive=True))
    return tuple(out)


def read_rules(obj: dict[str, Any], problems: list[str]) -> Rules:
    """``category`` (default GR) and the ``law_36641`` switch."""
    raw = obj.get("category", "GR")
    law = obj.get("law_36641", False)
    if not isinstance(law, bool):
        problems.append("law_36641: verwacht true of false")
        law = False
    rules = allocation_rules(raw, law_36641=law) if isinstance(raw, str) else None
    if rules is None:
        names = ", ".join(ALLOCATED)
        problems.append(f"category: onbekende categorie {raw!r} (kies uit {names})")
        return Rules.for_category(Category.GR, law_36641=law)
    return rules


def read_election(obj: Any) -> Election:
    """One election object; raises :class:`ContractError` listing every problem."""
    if not isinstance(obj, dict):
        raise ContractError([f"verwacht een JSON-object, gekregen {json_type(obj)}"])
    problems = unknown_fields(obj, ELECTION_FIELDS, "")
    seats = count(obj.get("seats"), "seats", problems, positive=True)
    rules = read_rules(obj, problems)
    lists = read_lists(obj.get("lists"), problems)
    deceased_raw = obj.get("deceased", [])
    if not isinstance(deceased_raw, list):
        problems.append("deceased: verwacht een lijst")
        deceased_raw = []
    deceased = (read_ref(d, f"deceased[{i}]", problems) for i, d in enumerate(deceased_raw))
    refs = frozenset(d for d in deceased if d is not None)
    lots = read_lots(obj.get("lots", []), problems)
    if problems:
        raise ContractError(problems)
    return Election(seats, rules, lists, refs, lots)
