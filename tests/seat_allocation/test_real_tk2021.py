"""The Tweede Kamer election of 2021 reproduces the official 520 (Resultaat_TK2021).

Votes per kieskring list and candidate from the national 510d, list kinds (lijstengroep / set) from
the twenty 230b files; expected: the Kiesraad's 520 — seats per party, all 150 elected candidates in
order, ranking 1 (preference) or 2 (list order). Skips without ``../shared``.
"""

from __future__ import annotations

from pathlib import Path

from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from kieskring.result.national_input import national_election
from seat_allocation.allocate import Status
from seat_allocation.multi.allocate import NationalAllocation, allocate_national
from seat_allocation.multi.model import PartyKind
from seat_allocation.rules import Category, Rules


def tk2021(folder: Path) -> NationalAllocation:
    count = read_510(folder / "Totaaltelling_TK2021.eml.xml")
    lists = [read_230b(p) for p in sorted(folder.glob("Kandidatenlijsten_TK2021_*.eml.xml"))]
    assert len(lists) == 20
    election = national_election(count, lists, 150, Rules.for_category(Category.TK), "510d")
    return allocate_national(election)


def test_tk2021_every_elected_candidate_in_order_with_ranking(tk2021_dir: Path) -> None:
    result = tk2021(tk2021_dir)
    assert result.status is Status.COMPLETED
    official = read_520(tk2021_dir / "Resultaat_TK2021.eml.xml")
    theirs = {
        lst.number: [(e.candidate.short_code, e.ranking) for e in lst.candidates]
        for lst in official.lists
    }
    ours = {
        p.party: [(c.key, 1 if c.preferential else 2) for c in p.elected]
        for p in result.parties
        if p.seats
    }
    assert sum(len(v) for v in theirs.values()) == 150
    assert ours == theirs
    assert sum(1 for v in theirs.values() for _, r in v if r == 1) == 43


def test_tk2021_list_groups_are_the_five_the_kiesraad_names(tk2021_dir: Path) -> None:
    result = tk2021(tk2021_dir)
    groups = {p.party for p in result.parties if p.kind is PartyKind.GROUP}
    assert groups == {3, 4, 6, 7, 16}
    cda = next(p for p in result.parties if p.party == 3)
    assert cda.group is not None
    assert sum(n for _, n in cda.group.seats) == cda.seats == 15
