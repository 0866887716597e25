"""The real council of West Maas en Waal 2022 reproduces the official result (520).

Votes from the 510b (``Telling``), names from the 230b (``Kandidatenlijsten``), the expected seats
and elected candidates from the Kiesraad's own ``Resultaat`` file: nothing here is copied from our
output. Skips when ``../shared`` is absent.
"""

from __future__ import annotations

from pathlib import Path

from gmpy2 import mpz

from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from seat_allocation.allocate import Status, allocate
from seat_allocation.election import CandidateVotes, Election, ListVotes
from seat_allocation.rules import Category, Rules


def wmw_election(folder: Path) -> Election:
    count = read_510(folder / "Telling_GR2022_WestMaasenWaal.eml.xml")
    lists = tuple(
        ListVotes.from_candidates(
            lst.number,
            tuple(CandidateVotes(c.id or 0, mpz(c.votes)) for c in lst.candidates),
        )
        for lst in count.total.lists
    )
    return Election(17, Rules.for_category(Category.GR), lists)


def test_wmw_2022_seats_and_elected_equal_the_official_520(wmw_dir: Path) -> None:
    allocation = allocate(wmw_election(wmw_dir))
    assert allocation.status is Status.COMPLETED
    official = read_520(wmw_dir / "Resultaat_GR2022_WestMaasenWaal.eml.xml")
    candidates = read_230b(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")

    ours_seats = {s.number: s.seats for s in allocation.progress.standings if s.seats}
    assert ours_seats == {lst.number: lst.seats for lst in official.lists}
    assert sum(ours_seats.values()) == 17

    def name(list_number: int, position: int) -> tuple[str, str]:
        party = candidates.list_by_number(list_number)
        assert party is not None
        person = party.candidates[position - 1]
        assert person.number == position
        return (person.last_name, person.initials)

    ours = {
        (n.list_number, name(n.list_number, c)) for n in allocation.nominations for c in n.elected
    }
    theirs = {
        (lst.number, (e.candidate.last_name, e.candidate.initials))
        for lst in official.lists
        for e in lst.candidates
    }
    assert len(theirs) == 17
    assert ours == theirs


def test_wmw_2022_uses_the_remainder_rounds_below_19_seats(wmw_dir: Path) -> None:
    allocation = allocate(wmw_election(wmw_dir))
    assert allocation.threshold_percentage == 50
    assert allocation.progress.residual_seats == len(
        [s for s in allocation.progress.steps if s.residual_seat_number is not None]
    )
