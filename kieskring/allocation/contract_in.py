"""Read one election in the ``uitslag allocate`` JSON form, refusing anything unexpected.

Every problem names the field (``lists[2].candidates[0].votes``); unknown fields, fields given twice,
floats, negative numbers, booleans and sizes past the limits below are refused, never coerced or
truncated. Ordering rules are checked by :mod:`seat_allocation.validate` (seat-allocation.md §2.1).
"""

from __future__ import annotations

import json
from typing import Any

from gmpy2 import mpz

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
MAX_SEATS = 10_000
"""The largest body elected under the Kieswet has 150 seats; more than 10,000 is not an election."""
MAX_LISTS = 1_000
MAX_CANDIDATES = 1_000
"""Per list (``candidates`` or ``candidate_count``); the Kieswet allows 50, or 80 (H 6)."""
MAX_ALL_CANDIDATES = 100_000
MAX_LOTS = 10_000
MAX_INPUT_BYTES = 16 * 1024 * 1024
"""One election's JSON (one line with ``--jsonl``); the largest allowed election needs far less."""


class HugeNumber:
    """A JSON integer of more than :data:`MAX_DIGITS` digits, kept as its length only: it is never
    converted (Python itself refuses integers of more than 4,300 digits)."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


class JsonObject(dict[str, Any]):
    """A JSON object that remembers the keys it was given more than once (the last value stays,
    as in :func:`json.loads`, but the contract refuses it)."""

    duplicates: tuple[str, ...] = ()


def _integer(text: str) -> int | HugeNumber:
    digits = len(text.lstrip("-"))
    return HugeNumber(digits) if digits > MAX_DIGITS else int(text)


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject()
    duplicates: list[str] = []
    for key, value in pairs:
        if key in obj and key not in duplicates:
            duplicates.append(key)
        obj[key] = value
    obj.duplicates = tuple(duplicates)
    return obj


def loads(text: str) -> Any:
    """The JSON value of ``text``; integers too long to be a count come back as
    :class:`HugeNumber`, objects as :class:`JsonObject` (raises :class:`json.JSONDecodeError`)."""
    return json.loads(text, parse_int=_integer, object_pairs_hook=_object)


class ContractError(ValueError):
    """The JSON does not follow the contract; ``problems`` has one line per field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)


def count(
    value: Any, where: str, problems: list[str], *, positive: bool = False, most: int = 0
) -> int:
    """A JSON integer ≥ 0 (≥ 1 when ``positive``; ≤ ``most`` when given); anything else is a
    problem naming ``where``."""
    if isinstance(value, HugeNumber):
        problems.append(f"{where}: onwaarschijnlijk groot getal ({value.digits} cijfers)")
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(f"{where}: verwacht een geheel getal, gekregen {json_type(value)}")
        return 0
    if value < int(positive):
        problems.append(f"{where}: moet ≥ {int(positive)} zijn, gekregen {value}")
        return 0
    if len(str(value)) > MAX_DIGITS:
        problems.append(f"{where}: onwaarschijnlijk groot getal ({len(str(value))} cijfers)")
        return 0
    if most and value > most:
        problems.append(f"{where}: hoogstens {most} toegestaan, gekregen {value}")
        return 0
    return value


def too_many(items: list[Any], most: int, what: str, where: str, problems: list[str]) -> bool:
    """``True`` (and a problem naming ``where``) when ``items`` has more than ``most`` entries."""
    if len(items) <= most:
        return False
    problems.append(f"{where}: hoogstens {most} {what}, gekregen {len(items)}")
    return True


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
        case HugeNumber():
            return f"getal van {value.digits} cijfers"
        case _:
            return type(value).__name__


def unknown_fields(obj: dict[str, Any], allowed: frozenset[str], where: str) -> list[str]:
    """One problem per field the contract does not know, and per field given more than once."""
    twice = [f"{where}{key}: komt meer dan één keer voor" for key in getattr(obj, "duplicates", ())]
    return [*twice, *(f"{where}{key}: onbekend veld" for key in sorted(set(obj) - allowed))]


def read_candidates(raw: Any, where: str, problems: list[str]) -> tuple[CandidateVotes, ...]:
    """The ``candidates`` array of a list, in list order."""
    if not isinstance(raw, list):
        problems.append(f"{where}: verwacht een lijst van kandidaten")
        return ()
    if too_many(raw, MAX_CANDIDATES, "kandidaten", where, problems):
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
    candidate_count = count(
        raw.get("candidate_count"), f"{where}.candidate_count", problems, most=MAX_CANDIDATES
    )
    return ListVotes(number, mpz(votes), candidate_count)


def read_lists(raw: Any, problems: list[str]) -> tuple[ListVotes, ...]:
    """The ``lists`` array."""
    if not isinstance(raw, list) or not raw:
        problems.append("lists: verwacht een niet-lege lijst van lijsten")
        return ()
    if too_many(raw, MAX_LISTS, "lijsten", "lists", problems):
        return ()
    sizes = [
        len(x["candidates"])
        for x in raw
        if isinstance(x, dict) and isinstance(x.get("candidates"), list)
    ]
    if sum(sizes) > MAX_ALL_CANDIDATES:
        problems.append(
            f"lists: hoogstens {MAX_ALL_CANDIDATES} kandidaten samen (gekregen {sum(sizes)})"
        )
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
    if too_many(raw, MAX_LOTS, "lotingen", "lots", problems):
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
    try:
        category = Category(raw)
    except ValueError:
        names = ", ".join(c.value for c in Category)
        problems.append(f"category: onbekende categorie {raw!r} (kies uit {names})")
        category = Category.GR
    return Rules.for_category(category, law_36641=law)


def read_election(obj: Any) -> Election:
    """One election object; raises :class:`ContractError` listing every problem."""
    if not isinstance(obj, dict):
        raise ContractError([f"verwacht een JSON-object, gekregen {json_type(obj)}"])
    problems = unknown_fields(obj, ELECTION_FIELDS, "")
    seats = count(obj.get("seats"), "seats", problems, positive=True, most=MAX_SEATS)
    rules = read_rules(obj, problems)
    lists = read_lists(obj.get("lists"), problems)
    deceased_raw = obj.get("deceased", [])
    if not isinstance(deceased_raw, list):
        problems.append("deceased: verwacht een lijst")
        deceased_raw = []
    if too_many(deceased_raw, MAX_ALL_CANDIDATES, "overleden kandidaten", "deceased", problems):
        deceased_raw = []
    deceased = (read_ref(d, f"deceased[{i}]", problems) for i, d in enumerate(deceased_raw))
    refs = frozenset(d for d in deceased if d is not None)
    lots = read_lots(obj.get("lots", []), problems)
    if problems:
        raise ContractError(problems)
    return Election(seats, rules, lists, refs, lots)
