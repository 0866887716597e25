"""The app's bridge to EML: the election of one GSB from its definition (110a), candidate lists (230b)
and polling stations (110b, a 510b, or typed by hand), with the fingerprint checks; a station's paper
form from its EML counts; and the GSB's 510b from the definitive totals (pv-models.md; chain.md §2–§4).

The set-up rules (issue 5, "Election setup"): the 230b belongs to the 110a's election (EML.112: id,
category, subcategory, date, domain; chain.md §3); the municipality is a GEMEENTE of the 110a's tree
(SETUP.MUNICIPALITY); where the tree puts it under a kieskring of an election with several (PS2, TK, EP;
PS1 and AB have one), the 230b is the one of that kieskring (SETUP.KIESKRING: lists are submitted per
kieskring, Kieswet chapter H, kandidaatstelling); the stations file belongs to the same election and municipality
(SETUP.STATIONS_FILE). Field C (kiezerspassen) exists where the table of categories says so
(:mod:`kieskring.domain.categories`: not at municipal and island council elections, chain.md §2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kieskring.app.setup import Counting, ElectionSetup, ListSetup, StationSetup
from kieskring.app.totals import Counts, GsbTotals, ListTotal, StationResult
from kieskring.domain.candidates import CandidateLists
from kieskring.domain.categories import has_voter_passes
from kieskring.domain.counts import (
    CandidateVotes,
    Count,
    ListVotes,
    ReportingUnitVotes,
    Uncounted,
    VoteCounts,
)
from kieskring.domain.election import Authority, Election, ElectionIdentity, Region
from kieskring.eml.consistency import raise_if, same_election
from kieskring.eml.fingerprint import blanked_groups, check_typed_groups, fingerprint, groups
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_110b import stations_from_root
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import check_count, count_from_root
from kieskring.eml.safe import load_eml, read_bytes
from kieskring.errors import Problem, UserError

Paper = dict[str, dict[str, int | None]]
STATION = re.compile(r"SB(\d+)$")
ADMITTED = ("geldige stempassen", "geldige volmachtbewijzen", "geldige kiezerspassen")


SINGLE_DISTRICT = ("geen", "alle")
"""``ContestIdentifier Id`` of a 230b that is not one kieskring's (chain.md §3)."""


def fingerprint_challenge(path: Path) -> tuple[str, tuple[int, int]]:
    """The file's fingerprint (16 groups) and which two groups the user must type from the paper."""
    digest = fingerprint(read_bytes(path), str(path))
    return " ".join(groups(digest)), blanked_groups(digest)


def confirm_fingerprint(path: Path, typed: tuple[str, str]) -> None:
    """Raise a user error unless the two typed groups match the file (chain.md §4)."""
    check_typed_groups(fingerprint(read_bytes(path), str(path)), typed, str(path))


def setup_problem(code: str, nl: str, en: str, file: str = "", where: str = "") -> UserError:
    """A user error with one ``SETUP.*`` problem (raise it)."""
    return UserError((Problem(code, nl, en, file, where),))


def station_number(unit_id: str, file: str) -> int:
    """``0668::SB3`` → 3."""
    match = STATION.search(unit_id)
    if match is None:
        raise UserError(
            (
                Problem(
                    "SETUP.UNIT",
                    f"eenheid {unit_id} is geen stembureau",
                    f"unit {unit_id} is not a polling station",
                    file,
                    unit_id,
                ),
            )
        )
    return int(match.group(1))


def setup_from_eml(
    candidates: Path, stations_from: Path, counting: Counting = Counting.CSO
) -> ElectionSetup:
    """The election of a municipality without its 110a: lists from its 230b, stations (and Z) from a
    510b or 110b of the same election (EML.112)."""
    lists: CandidateLists = read_230b(candidates)
    identity, _, stations = read_stations(stations_from)
    raise_if(same_election(lists.identity, identity, str(stations_from)))
    return ElectionSetup(
        election_id=lists.identity.id,
        name=lists.identity.name,
        counting=counting,
        voter_passes=has_voter_passes(lists.identity.category),
        lists=list_setups(lists, str(candidates)),
        stations=stations,
    )


def list_setups(lists: CandidateLists, file: str) -> tuple[ListSetup, ...]:
    """The lists as the form shows them: number, name and every candidate's name by position.

    The form stores a candidate's votes by position on the list, so the 230b's candidate numbers must
    be the positions 1…n as a list is nominated (docs/chain.md §3); a list whose numbers skip is refused
    rather than mapped by guess (SETUP.CANDIDATE_NUMBERS)."""
    found: list[ListSetup] = []
    for item in lists.lists:
        numbers = [c.number for c in item.candidates]
        if numbers != list(range(1, len(numbers) + 1)):
            raise setup_problem(
                "SETUP.CANDIDATE_NUMBERS",
                f"lijst {item.number}: kandidaatnummers zijn niet 1 tot en met {len(numbers)}",
                f"list {item.number}: candidate numbers are not 1 up to {len(numbers)}",
                file,
                f"lijst {item.number}",
            )
        names = tuple(c.display_name for c in item.candidates)
        found.append(ListSetup(item.number, item.name, len(numbers), names))
    return tuple(found)


@dataclass(frozen=True)
class DefinitionFiles:
    """What the administrator gives: the 110a, the 230b and the stations (110b or 510b; ``None`` when
    the stations are typed by hand)."""

    definition: Path
    candidates: Path
    stations: Path | None = None


def choose_municipality(election: Election, code: str | None, file: str) -> Region:
    """The GSB's GEMEENTE region: ``code`` (CBS code), or the only one of the tree."""
    if code:
        region = election.municipality(code)
        if region is None:
            raise setup_problem(
                "SETUP.MUNICIPALITY",
                f"gemeente {code} staat niet in de verkiezingsdefinitie (110a)",
                f"municipality {code} is not in the election definition (110a)",
                file,
                "kr:ElectionTree",
            )
        return region
    found = election.municipalities
    if len(found) != 1:
        raise setup_problem(
            "SETUP.MUNICIPALITY",
            f"kies de gemeente: de verkiezingsdefinitie heeft er {len(found)}",
            f"choose the municipality: the election definition has {len(found)}",
            file,
            "kr:ElectionTree",
        )
    return found[0]


def check_kieskring(election: Election, region: Region, lists: CandidateLists, file: str) -> None:
    """SETUP.KIESKRING: with several kieskringen (PS2, TK, EP) the 230b must be the one of the
    municipality's kieskring as the 110a's tree says (lists are submitted per kieskring, Kieswet
    chapter H); with one (GR, AB, PS1) it is ``geen`` or that kieskring's number."""
    kieskring = election.kieskring_of(region)
    contest = lists.contest_id
    several = len(election.kieskringen) > 1
    if contest in SINGLE_DISTRICT and not several:
        return
    if kieskring is not None and contest == kieskring.number:
        return
    want = f"kieskring {kieskring.number} ({kieskring.name})" if kieskring else "'geen'"
    raise setup_problem(
        "SETUP.KIESKRING",
        f"kandidatenlijsten zijn voor kieskring '{contest}', gemeente {region.name} hoort bij {want}",
        f"candidate lists are for kieskring '{contest}', municipality {region.name} belongs to "
        f"{want}",
        file,
        "ContestIdentifier",
    )


def _stations_municipality(authority: Authority, region: Region, file: str) -> None:
    if authority.id != region.cbs_code:
        raise setup_problem(
            "SETUP.STATIONS_FILE",
            f"stembureaus zijn van gemeente {authority.id}, gekozen is {region.cbs_code} "
            f"({region.name})",
            f"polling stations are of municipality {authority.id}, chosen is {region.cbs_code}",
            file,
            "ManagingAuthority",
        )


def read_stations(path: Path) -> tuple[ElectionIdentity, Authority, tuple[StationSetup, ...]]:
    """The election, municipality and stations of a 110b (with Z) or a 510b (Z from ``Cast``);
    Z 0 means unknown."""
    file = str(path)
    _, root = load_eml(path, ("110b", "510b"))
    if root.get("Id") == "110b":
        defined = stations_from_root(root, file)
        return (
            defined.identity,
            defined.authority,
            tuple(
                StationSetup(s.number, s.name, s.eligible_voters or None) for s in defined.stations
            ),
        )
    count = count_from_root(root, file)
    check_count(count, file, [])
    return (
        count.identity,
        count.authority,
        tuple(
            StationSetup(station_number(u.id, file), u.name, u.counts.cast or None)
            for u in count.units
        ),
    )


def stations_from_file(path: Path, election: Election, region: Region) -> tuple[StationSetup, ...]:
    """The stations of a 110b or 510b, checked to be of this election (EML.112) and municipality
    (SETUP.STATIONS_FILE)."""
    identity, authority, found = read_stations(path)
    raise_if(same_election(election.identity, identity, str(path)))
    _stations_municipality(authority, region, str(path))
    return found


def setup_from_definition(
    files: DefinitionFiles,
    municipality: str | None = None,
    typed_stations: tuple[StationSetup, ...] = (),
    counting: Counting = Counting.CSO,
) -> ElectionSetup:
    """The election of one GSB from its 110a, 230b and stations (a file, or ``typed_stations``)."""
    election = read_110a(files.definition)
    lists = read_230b(files.candidates)
    raise_if(same_election(election.identity, lists.identity, str(files.candidates)))
    region = choose_municipality(election, municipality, str(files.definition))
    check_kieskring(election, region, lists, str(files.candidates))
    stations = (
        typed_stations
        if files.stations is None
        else stations_from_file(files.stations, election, region)
    )
    return ElectionSetup(
        election_id=election.id,
        name=election.identity.name,
        counting=counting,
        voter_passes=has_voter_passes(election.identity.category),
        lists=list_setups(lists, str(files.candidates)),
        stations=stations,
        municipality_id=region.cbs_code,
        municipality_name=region.name,
    )


def install_from_definition(
    files: DefinitionFiles,
    typed: tuple[tuple[str, str], tuple[str, str]],
    municipality: str | None = None,
    typed_stations: tuple[StationSetup, ...] = (),
    counting: Counting = Counting.CSO,
) -> ElectionSetup:
    """:func:`setup_from_definition` after both fingerprint checks: ``typed`` holds the two blanked
    groups of the 110a and of the 230b as typed from their paper PVs (chain.md §4)."""
    confirm_fingerprint(files.definition, typed[0])
    confirm_fingerprint(files.candidates, typed[1])
    return setup_from_definition(files, municipality, typed_stations, counting)


def stations_from_text(text: str) -> tuple[StationSetup, ...]:
    """Stations typed by hand, one a line: ``number;name[;eligible voters]`` (SETUP.TYPED)."""
    found: list[StationSetup] = []
    for index, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split(";")]
        voters = parts[2] if len(parts) > 2 else ""
        if len(parts) not in (2, 3) or not parts[0].isdecimal() or not parts[1]:
            raise _typed_problem(index, line)
        if voters and not voters.isdecimal():
            raise _typed_problem(index, line)
        found.append(StationSetup(int(parts[0]), parts[1], int(voters) if voters else None))
    return tuple(found)


def _typed_problem(index: int, line: str) -> UserError:
    return setup_problem(
        "SETUP.TYPED",
        f"regel {index} is niet 'nummer;naam' of 'nummer;naam;kiesgerechtigden': {line[:40]}",
        f"line {index} is not 'number;name' or 'number;name;eligible voters'",
        "",
        f"regel {index}",
    )


def paper_from_counts(setup: ElectionSetup, counts: VoteCounts) -> Paper:
    """What the paper PV of a station says, as the form's sections (empty = 0)."""
    a, b, c = (counts.reason(r) or 0 for r in ADMITTED)
    d = counts.admitted if counts.admitted is not None else a + b + c
    h = counts.total_counted + counts.blank + counts.invalid
    votes = {lst.number: lst for lst in counts.lists}
    voters: dict[str, int | None] = {
        "A": a,
        "B": b,
        "D": d,
        "E": counts.total_counted,
        "F": counts.blank,
        "G": counts.invalid,
        "H": h,
    }
    if setup.voter_passes:
        voters["C"] = c
    voters |= {
        f"E.{x.number}": votes[x.number].votes if x.number in votes else 0 for x in setup.lists
    }
    paper: Paper = {
        "extra_investigation": {"inv.other_reason.no": 1, "inv.recounted.no": 1},
        "station_differences": {"sbdiff.unexplained.no": 1, "sbdiff.per_list.no": 1},
        "voters_votes": voters,
        "differences": differences(d, h),
    }
    for item in setup.lists:
        lst = votes.get(item.number)
        cands = {c.id: c.votes for c in lst.candidates} if lst else {}
        page: dict[str, int | None] = {
            f"L{item.number}.{p}": cands.get(p, 0) for p in range(1, item.candidates + 1)
        }
        page[f"L{item.number}.total"] = lst.votes if lst else 0
        paper[f"list_{item.number}"] = page
    return paper


def differences(admitted: int, counted: int) -> dict[str, int | None]:
    """The difference block: D and H equal, or I / J with 'not explained'."""
    if admitted == counted:
        return {"cmp.equal": 1}
    if counted > admitted:
        return {"cmp.more": 1, "I": counted - admitted, "explained.no": 1}
    return {"cmp.fewer": 1, "J": admitted - counted, "explained.no": 1}


def vote_counts(result: StationResult) -> VoteCounts:
    """One station's definitive numbers as an EML vote group."""
    return group_of(result.counts, result.lists)


def group_of(c: Counts, list_totals: tuple[ListTotal, ...]) -> VoteCounts:
    """Counts A–J, Z and the votes per list and candidate as an EML vote group."""
    lists = tuple(
        ListVotes(
            number=x.number,
            name=x.name,
            votes=x.votes,
            candidates=tuple(
                CandidateVotes(id=i + 1, votes=v) for i, v in enumerate(x.candidate_votes)
            ),
        )
        for x in list_totals
    )
    reasons = {
        "geldige stempassen": c.A,
        "geldige volmachtbewijzen": c.B,
        "geldige kiezerspassen": c.C,
        "toegelaten kiezers": c.D,
        "meer getelde stembiljetten": c.I,
        "minder getelde stembiljetten": c.J,
    }
    return VoteCounts(
        lists=lists,
        cast=c.Z,
        total_counted=c.E,
        invalid=c.G,
        blank=c.F,
        uncounted=tuple(Uncounted(reason=k, count=v) for k, v in reasons.items()),
    )


def count_510b(totals: GsbTotals, identity: ElectionIdentity, municipality: Authority) -> Count:
    """The GSB's 510b: every station and the total, from the definitive results."""
    units = tuple(
        ReportingUnitVotes(
            id=f"{municipality.id}::SB{s.number}", name=s.name, counts=vote_counts(s)
        )
        for s in totals.stations
    )
    return Count(
        level="b",
        identity=identity,
        authority=municipality,
        contest_id="geen",
        total=group_of(totals.counts, totals.lists),
        units=units,
    )
