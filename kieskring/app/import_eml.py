"""The app's bridge to EML: the election from the 230b (and the stations from a 510b), with the
fingerprint check; a station's paper form from its EML counts; and the GSB's 510b from the
definitive totals (pv-models.md; chain.md §2–§4).
"""

from __future__ import annotations

import re
from pathlib import Path

from kieskring.app.setup import Counting, ElectionSetup, ListSetup, StationSetup
from kieskring.app.totals import GsbTotals, StationResult
from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import (
    CandidateVotes,
    Count,
    ListVotes,
    ReportingUnitVotes,
    Uncounted,
    VoteCounts,
)
from kieskring.domain.election import Authority, ElectionIdentity
from kieskring.eml.arithmetic import add_counts
from kieskring.eml.fingerprint import blanked_groups, check_typed_groups, fingerprint, groups
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.errors import Problem, UserError

Paper = dict[str, dict[str, int | None]]
STATION = re.compile(r"SB(\d+)$")
ADMITTED = ("geldige stempassen", "geldige volmachtbewijzen", "geldige kiezerspassen")


def fingerprint_challenge(path: Path) -> tuple[str, tuple[int, int]]:
    """The file's fingerprint (16 groups) and which two groups the user must type from the paper."""
    digest = fingerprint(path.read_bytes(), str(path))
    return " ".join(groups(digest)), blanked_groups(digest)


def confirm_fingerprint(path: Path, typed: tuple[str, str]) -> None:
    """Raise a user error unless the two typed groups match the file (chain.md §4)."""
    check_typed_groups(fingerprint(path.read_bytes(), str(path)), typed, str(path))


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
    """The election of a municipality: lists from its 230b, stations (and Z) from a 510b."""
    lists: CandidateLists = read_230b(candidates)
    count = read_510(stations_from, levels="b")
    return ElectionSetup(
        election_id=lists.identity.id,
        name=lists.identity.name,
        counting=counting,
        voter_passes=lists.identity.category not in ("GR", "ER"),
        lists=tuple(ListSetup(x.number, x.name, len(x.candidates)) for x in lists.lists),
        stations=tuple(
            StationSetup(station_number(u.id, str(stations_from)), u.name, u.counts.cast or None)
            for u in count.units
        ),
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
    c = result.counts
    lists = tuple(
        ListVotes(
            number=x.number,
            name=x.name,
            votes=x.votes,
            candidates=tuple(
                CandidateVotes(id=i + 1, votes=v) for i, v in enumerate(x.candidate_votes)
            ),
        )
        for x in result.lists
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
        total=add_counts(u.counts for u in units),
        units=units,
    )
