"""The publication CSV in the Kiesraad's "osv4-3" layout, for a 510b, 510c or 510d (docs/chain.md §5).

:func:`osv_csv` takes a count and the candidate lists (230b) it belongs to and returns the CSV's
bytes; it does no I/O, so the GSB's coordinator can write it beside the 510b and the CSB beside the
510d, and ``uitslag csv`` from the files.

**Established by the real file** (``GR2022_WestMaasenWaal/osv4-3_telling_gr2022_westmaasenwaal.csv``,
produced by the Kiesraad from the 510b and 230b beside it, and reproduced here byte for byte):

- UTF-8 with a byte-order mark; cells separated by ``;``; a non-empty cell between double quotes
  (a quote inside is doubled), an empty cell is nothing at all; lines end in ``\\n``, the last line
  has no line end; numbers are plain decimal integers;
- four header lines (``Verkiezing``, ``Datum``, ``Gebied``, ``Nummer``: label, an empty cell, the
  value), an empty line, then a table with the columns Lijstnummer, Aanduiding, Volgnummer, Naam
  kandidaat, Totaal and one column per reporting unit in the 510's order;
- the table opens with the unit names (without a leading ``Stembureau `` and without the
  `` (postcode: 1234 AB)`` suffix), a ``Gebiednummer`` line (the station number of ``<CBS>::SB<n>``)
  and a ``Postcode`` line (from that suffix);
- sixteen count lines in a fixed order (:data:`COUNT_LINES`): eligible voters (``Cast``), A–D, E, F,
  G, H = E + F + G (computed, not read), I, J and the five explained differences;
- per list of the 230b, in its order, a line with its number, its name and its totals, then one
  line per candidate: position, "prefix last name, initials" (as in the 230b), votes;
- ``Gebied`` of a 510b is "Gemeente <authority name>", ``Nummer`` its CBS code.

**Extrapolated** from that layout (no real file holds them; the same columns and lines, one level up):

- a 510c has the municipalities as units (Gebiednummer: the CBS code of ``HSB<n>::<CBS>``), Gebied
  "Kieskring <name>", Nummer the kieskring number; a 510d has the kieskringen as units (Gebiednummer:
  ``n`` of ``HSB<n>``), Gebied the area elected for ("Provincie Noordland", "Nederland"), Nummer its id;
- above the kieskring a candidate is known by ShortCode (docs/chain.md §3): the lines follow the
  510d's own order; the name comes from the 230b of a kieskring where the candidate stands;
  Volgnummer is the position when it is the same in every such kieskring, else empty; a kieskring
  where the candidate does not stand has an empty cell; a 510d total without candidates gives the
  list lines only;
- a count line whose reason code a vote group does not carry is an empty cell, never an invented 0;
  reason codes outside the sixteen lines (``geen briefstembiljetten`` in TK2021) follow ``andere
  verklaring`` as lines labelled with the code itself, so nothing of the 510 is dropped;
- the three Caribbean public bodies are "Openbaar lichaam <name>" (they are no municipality).

The count and the lists must agree, or a :class:`~kieskring.errors.UserError` names the rule: the
same election (EML.112) and every list and candidate of the 510 in the 230b of its kieskring
(EML.113) — the checks of ``uitslag eml check`` (:mod:`kieskring.eml.consistency`) — one 230b for
each kieskring the count needs (CSV.001, CSV.003) and every ShortCode nameable (CSV.002).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from kieskring.domain import Candidate, CandidateLists, Count, VoteCounts
from kieskring.domain.counts import (
    ADMITTED,
    FEWER_COUNTED,
    MORE_COUNTED,
    POLL_CARDS,
    PROXIES,
    VOTER_PASSES,
)
from kieskring.eml.consistency import count_matches_lists, raise_if, same_election
from kieskring.errors import Problem, UserError

BOM = b"\xef\xbb\xbf"
PUBLIC_BODIES = frozenset({"Bonaire", "Saba", "Sint Eustatius"})
"""The openbare lichamen of Caribbean Netherlands: "Openbaar lichaam", not "Gemeente"."""
AREA_WORD: Mapping[str, str] = {
    "GR": "Gemeente ",
    "PS": "Provincie ",
    "AB": "Waterschap ",
    "ER": "Openbaar lichaam ",
}
"""What the area of a 510d is called, per election category (TK and EP: the name alone)."""

_STATION_PREFIX = re.compile(r"^(?:(?:Stembureau|Briefstembureau) )+")
_POSTCODE = re.compile(r" \(postcode: ([0-9]{4} [A-Za-z]{2})\)")
_UNIT_PREFIX = re.compile(r"^H?SB(?=[0-9])")

Getter = Callable[[VoteCounts], "int | None"]
Key = tuple[int, "int | str | None"]
"""A line of the table: (list number, candidate position or ShortCode; ``None`` = the list total)."""
Line = tuple[tuple[str, str, str, str], Key]
"""The first four cells of a list or candidate line, and where its numbers come from."""


def _reason(code: str) -> Getter:
    return lambda counts: counts.reason(code)


COUNT_LINES: tuple[tuple[str, Getter], ...] = (
    ("opgeroepenen", lambda c: c.cast),
    ("geldige stempas", _reason(POLL_CARDS)),
    ("geldig volmachtbewijs", _reason(PROXIES)),
    ("geldige kiezerspas", _reason(VOTER_PASSES)),
    ("toegelaten kiezers", _reason(ADMITTED)),
    ("geldige stembiljetten", lambda c: c.total_counted),
    ("blanco stembiljetten", lambda c: c.blank),
    ("ongeldige stembiljetten", lambda c: c.invalid),
    ("aangetroffen stembiljetten", lambda c: c.ballots),
    ("meer stembiljetten dan toegelaten kiezers", _reason(MORE_COUNTED)),
    ("minder stembiljetten dan toegelaten kiezers", _reason(FEWER_COUNTED)),
    ("kiezers met stembiljet hebben niet gestemd", _reason("meegenomen stembiljetten")),
    ("er zijn te weinig stembiljetten uitgereikt", _reason("te weinig uitgereikte stembiljetten")),
    ("er zijn te veel stembiljetten uitgereikt", _reason("te veel uitgereikte stembiljetten")),
    ("geen verklaring", _reason("geen verklaring")),
    ("andere verklaring", _reason("andere verklaring")),
)
"""The count lines of the layout, in order: label and the number of a vote group (chain.md §2)."""
LAID_OUT_REASONS = frozenset(
    {
        POLL_CARDS,
        PROXIES,
        VOTER_PASSES,
        ADMITTED,
        MORE_COUNTED,
        FEWER_COUNTED,
        "meegenomen stembiljetten",
        "te weinig uitgereikte stembiljetten",
        "te veel uitgereikte stembiljetten",
        "geen verklaring",
        "andere verklaring",
    }
)

CATALOGUE: Mapping[str, tuple[str, str]] = {
    "CSV.001": (
        "geen kandidatenlijst (230b) voor kieskring '{contest}'; gegeven: {given}",
        "no candidate list (230b) for contest '{contest}'; given: {given}",
    ),
    "CSV.002": (
        "kandidaat {short_code} van lijst {list} staat in geen kieskring van de telling: naam onbekend",
        "candidate {short_code} of list {list} is in no kieskring of the count: name unknown",
    ),
    "CSV.003": (
        "twee kandidatenlijsten (230b) voor kieskring '{contest}'",
        "two candidate lists (230b) for contest '{contest}'",
    ),
}


def _problem(rule: str, file: str, place: str, **values: object) -> Problem:
    nl, en = CATALOGUE[rule]
    return Problem(rule, nl.format(**values), en.format(**values), file, place)


def candidate_name(candidate: Candidate) -> str:
    """``van Dreumel, C.G.H.M.``: prefix, last name, comma, initials (no first name)."""
    prefix = f"{candidate.name_prefix} " if candidate.name_prefix else ""
    return f"{prefix}{candidate.last_name}, {candidate.initials}"


def _cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if value else ""


def _numbers(values: Iterable[int | None]) -> list[str]:
    return ["" if value is None else str(value) for value in values]


def _area(count: Count) -> tuple[str, str]:
    """``Gebied`` and ``Nummer``: the area the count is of."""
    authority = count.authority
    if count.level in ("a", "b"):
        kind = "Openbaar lichaam" if authority.name in PUBLIC_BODIES else "Gemeente"
        return f"{kind} {authority.name}", authority.id
    if count.level == "c":
        name = count.contest_name or authority.name
        return (name if name.startswith("Kieskring ") else f"Kieskring {name}"), count.contest_id
    domain = count.identity.domain
    name = domain.name if domain is not None and domain.name else authority.name
    number = domain.id if domain is not None and domain.id else authority.id
    return AREA_WORD.get(count.identity.category, "") + name, number


def _unit_columns(count: Count) -> tuple[list[str], list[str], list[str]]:
    """Per unit: its name as shown, its number within the area, and its postcode."""
    names, numbers, postcodes = [], [], []
    for unit in count.units:
        found = _POSTCODE.search(unit.name)
        postcodes.append(found.group(1) if found else "")
        names.append(_POSTCODE.sub("", _STATION_PREFIX.sub("", unit.name)))
        numbers.append(_UNIT_PREFIX.sub("", unit.id.rsplit("::", 1)[-1]))
    return names, numbers, postcodes


def _count_lines(groups: Sequence[VoteCounts]) -> list[tuple[str, Getter]]:
    """The sixteen lines, then a line per reason code the layout has no line for."""
    extra: list[str] = []
    for group in groups:
        extra += [
            u.reason for u in group.uncounted if u.reason not in LAID_OUT_REASONS | set(extra)
        ]
    return [*COUNT_LINES, *((code, _reason(code)) for code in extra)]


def _index(group: VoteCounts, by_code: bool) -> dict[Key, int]:
    """The votes of one vote group by line key."""
    index: dict[Key, int] = {}
    for lst in group.lists:
        index[(lst.number, None)] = lst.votes
        for cand in lst.candidates:
            key = cand.short_code if by_code else cand.id
            if key is not None:
                index[(lst.number, key)] = cand.votes
    return index


def _national(count: Count) -> bool:
    """A 510d whose total names candidates by ShortCode (or names none): lines by ShortCode."""
    return count.level == "d" and not any(
        cand.id is not None for lst in count.total.lists for cand in lst.candidates
    )


def _by_contest(
    lists: Sequence[CandidateLists], files: Sequence[str]
) -> dict[str, tuple[CandidateLists, str]]:
    found: dict[str, tuple[CandidateLists, str]] = {}
    for candidate_lists, file in zip(lists, files, strict=True):
        if candidate_lists.contest_id in found:
            contest = candidate_lists.contest_id
            raise UserError((_problem("CSV.003", file, "ContestIdentifier", contest=contest),))
        found[candidate_lists.contest_id] = (candidate_lists, file)
    return found


def _lists_for(
    contest: str, known: Mapping[str, tuple[CandidateLists, str]], file: str, place: str
) -> CandidateLists:
    if contest not in known:
        given = ", ".join(sorted(known)) or "-"
        raise UserError((_problem("CSV.001", file, place, contest=contest, given=given),))
    return known[contest][0]


def _position_lines(
    count: Count, known: Mapping[str, tuple[CandidateLists, str]], file: str
) -> list[Line]:
    """Lines in the order of the 230b of the count's contest, candidates by position."""
    lists = _lists_for(count.contest_id, known, file, "ContestIdentifier")
    raise_if(count_matches_lists(count, lists, file))
    lines: list[Line] = []
    for party in lists.lists:
        lines.append(((str(party.number), party.name, "", ""), (party.number, None)))
        lines += [
            (("", "", str(c.number), candidate_name(c)), (party.number, c.number))
            for c in party.candidates
        ]
    return lines


def _national_lines(
    count: Count, known: Mapping[str, tuple[CandidateLists, str]], file: str
) -> list[Line]:
    """Lines in the order of the 510d's total, candidates by ShortCode, named from the 230b of the
    kieskringen where they stand."""
    persons: dict[tuple[int, str], list[tuple[int, Candidate]]] = {}
    list_names: dict[int, str] = {}
    for unit in count.units:
        lists = _lists_for(unit.id.removeprefix("HSB"), known, file, unit.id)
        raise_if(
            count_matches_lists(
                count.model_copy(update={"total": unit.counts, "units": ()}), lists, file
            )
        )
        for lst in unit.counts.lists:
            party = lists.list_by_number(lst.number)
            if party is None:
                continue
            list_names.setdefault(lst.number, party.name)
            on_list = {c.number: c for c in party.candidates}
            for cand in lst.candidates:
                if cand.short_code and cand.id in on_list:
                    key = (lst.number, cand.short_code)
                    persons.setdefault(key, []).append((cand.id, on_list[cand.id]))
    lines: list[Line] = []
    for lst in count.total.lists:
        lines.append(
            ((str(lst.number), list_names.get(lst.number, lst.name), "", ""), (lst.number, None))
        )
        for cand in lst.candidates:
            code = cand.short_code or ""
            stands = persons.get((lst.number, code))
            if not stands:
                found = _problem("CSV.002", file, "TotalVotes", short_code=code, list=lst.number)
                raise UserError((found,))
            positions = {position for position, _ in stands}
            number = str(positions.pop()) if len(positions) == 1 else ""
            lines.append((("", "", number, candidate_name(stands[0][1])), (lst.number, code)))
    return lines


def _render(count: Count, lines: Sequence[Line], by_code: bool) -> bytes:
    groups = (count.total, *(unit.counts for unit in count.units))
    area, number = _area(count)
    names, numbers, postcodes = _unit_columns(count)
    rows: list[list[str]] = [
        ["Verkiezing", "", count.identity.name],
        ["Datum", "", count.identity.date.isoformat()],
        ["Gebied", "", area],
        ["Nummer", "", number],
        [],
        ["Lijstnummer", "Aanduiding", "Volgnummer", "Naam kandidaat", "Totaal", *names],
        ["Gebiednummer", "", "", "", "", *numbers],
        ["Postcode", "", "", "", "", *postcodes],
    ]
    rows += [
        ["", label, "", "", *_numbers(get(g) for g in groups)]
        for label, get in _count_lines(groups)
    ]
    indexes = [_index(group, by_code) for group in groups]
    rows += [[*lead, *_numbers(index.get(key) for index in indexes)] for lead, key in lines]
    text = "\n".join(";".join(_cell(value) for value in row) for row in rows)
    return BOM + text.encode("utf-8")


def osv_csv(
    count: Count,
    candidate_lists: Sequence[CandidateLists],
    *,
    count_file: str = "",
    list_files: Sequence[str] = (),
) -> bytes:
    """The osv4-3 CSV of ``count`` (a 510b, 510c or 510d), with names from ``candidate_lists``: the
    230b of the count's kieskring, or for a 510d the 230b of every kieskring in it. ``count_file``
    and ``list_files`` name the inputs in messages. Same input, same bytes."""
    files = list(list_files) if list_files else [""] * len(candidate_lists)
    raise_if(
        [
            found
            for lists, file in zip(candidate_lists, files, strict=True)
            for found in same_election(count.identity, lists.identity, file)
        ]
    )
    known = _by_contest(candidate_lists, files)
    by_code = _national(count)
    lines = (
        _national_lines(count, known, count_file)
        if by_code
        else _position_lines(count, known, count_file)
    )
    return _render(count, lines, by_code)
