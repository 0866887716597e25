"""Issue 18: a candidate is a person — never merge two people across kieskring lists.

Generated provincial (ps2) and TK-shaped (tk-mini: 20 kieskringen, 30 lists of 80, five
lijstengroepen) elections with namesakes planted (same last name, initials and place; another prefix
or first name; on one list and across the lists of a lijstengroep) go through the CSB's chain:
``uitslag tabulate`` of the 510c files with ShortCodes made from the 230b, then ``uitslag result``.
Checked against a reference written here, apart from Uitslag's code and obviously so: persons as
tuples of every name field of the 230b, plain :class:`fractions.Fraction`, the votes read from the
kieskringen's 510c totals (not from the 510d), and Kieswet P 5–P 7 and P 12–P 18 as
seat-allocation-multi.md §2–§4 state them. The reference refuses (assertion) the rare branches it
does not implement — P 9, P 10, P 13, P 16 lid 2, ties — so it can never agree by accident.

The full TK size (9,000 stations) takes minutes; it is run by hand (see the issue 18 report).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest

from fixtures.generate import generate
from kieskring.cli import main
from kieskring.domain.candidates import Candidate, CandidateLists
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from kieskring.eml.tabulate import short_codes_of
from kieskring.result.national_input import national_election
from kieskring.verify.report import Status
from kieskring.verify.run import verify
from seat_allocation.rules import Category, Rules

Who = tuple[str, str, str, str, str, str, str]
"""A person: initials, first name, prefix, last name, gender, place, country."""


def who(c: Candidate) -> Who:
    return (
        c.initials,
        c.first_name or "",
        c.name_prefix or "",
        c.last_name,
        c.gender or "",
        c.locality or "",
        c.country_code or "",
    )


@dataclass(frozen=True)
class Inputs:
    """What the reference reads: per kieskring its 230b and its 510c votes by list and position."""

    lists: dict[int, CandidateLists]
    votes: dict[int, dict[int, dict[int, int]]]
    seats: int
    tk: bool


def read_inputs(folder: Path, seats: int) -> Inputs:
    lists = {
        int(c.contest_id): c
        for c in (read_230b(p) for p in folder.glob("Kandidatenlijsten_*.eml.xml"))
    }
    votes: dict[int, dict[int, dict[int, int]]] = {}
    for path in folder.glob("Telling_*_kieskring_*.eml.xml"):
        count = read_510(path)
        votes[int(count.contest_id)] = {
            lst.number: {c.id or 0: c.votes for c in lst.candidates} for lst in count.total.lists
        }
    tk = next(iter(lists.values())).identity.category == "TK"
    return Inputs(lists, votes, seats, tk)


# --- the reference -------------------------------------------------------------------------------


def national_seats(inputs: Inputs) -> dict[int, int]:
    """P 5–P 7 (≥ 19 seats: highest averages; TK: only parties reaching the quota, P 7 lid 2)."""
    party_votes: Counter[int] = Counter()
    for per_list in inputs.votes.values():
        for number, per_position in per_list.items():
            party_votes[number] += sum(per_position.values())
    quota = Fraction(sum(party_votes.values()), inputs.seats)
    assert all(2 * v <= sum(party_votes.values()) for v in party_votes.values()), "P 9 not here"
    seats = {n: int(v // quota) for n, v in party_votes.items()}
    taking_part = [n for n, v in party_votes.items() if v >= quota or not inputs.tk]
    for _ in range(inputs.seats - sum(seats.values())):
        averages = {n: Fraction(party_votes[n], seats[n] + 1) for n in taking_part}
        best = max(averages.values())
        winners = [n for n, a in averages.items() if a == best]
        assert len(winners) == 1, "a tie for a residual seat is not in this reference"
        seats[winners[0]] += 1
    return seats


def party_lists(inputs: Inputs, number: int) -> dict[int, list[tuple[int, Who]]]:
    """Per kieskring where the party stands: (position, person) in list order."""
    return {
        d: [(c.number, who(c)) for c in lst.candidates]
        for d, c230 in sorted(inputs.lists.items())
        for lst in c230.lists
        if lst.number == number
    }


def person_votes(inputs: Inputs, number: int) -> dict[tuple[int, Who], int]:
    """(kieskring, person) → his votes on that kieskring's list of the party."""
    return {
        (d, person): inputs.votes[d][number][position]
        for d, people in party_lists(inputs, number).items()
        for position, person in people
    }


def by_preference(totals: dict[Who, int], threshold: Fraction, seats: int) -> list[Who]:
    """P 15: above the threshold (strictly), most votes first, as far as the seats go."""
    passing = sorted((p for p in totals if totals[p] > threshold), key=lambda p: -totals[p])
    if len(passing) > seats:
        assert totals[passing[seats - 1]] != totals[passing[seats]], "P 15 lot not here"
    return passing[:seats]


def seat_a_set(
    inputs: Inputs, number: int, seats: int, threshold: Fraction
) -> set[tuple[Who, int | None]]:
    """A set of identical lists (or a single list): one list with every person's votes summed."""
    per_district = party_lists(inputs, number)
    first = per_district[min(per_district)]
    totals: Counter[Who] = Counter()
    for (_, person), v in person_votes(inputs, number).items():
        totals[person] += v
    assert len(first) >= seats, "P 10 not here"
    chosen = by_preference(dict(totals), threshold, seats)
    rest = [p for _, p in first if p not in chosen][: seats - len(chosen)]
    return {(p, None) for p in [*chosen, *rest]}


def group_division(inputs: Inputs, number: int, seats: int) -> dict[int, int]:
    """P 12: the group quota; full seats per list; the rest by largest remainders."""
    per_list = {d: sum(inputs.votes[d][number].values()) for d in party_lists(inputs, number)}
    quota = Fraction(sum(per_list.values()), seats)
    held = {d: int(v // quota) for d, v in per_list.items()}
    remainders = sorted(per_list, key=lambda d: -(per_list[d] - held[d] * quota))
    left = seats - sum(held.values())
    if left:
        cut = [per_list[d] - held[d] * quota for d in remainders]
        assert left == len(cut) or cut[left - 1] != cut[left], "P 12 lot not here"
    for d in remainders[:left]:
        held[d] += 1
    return held


def seat_a_group(
    inputs: Inputs, number: int, seats: int, threshold: Fraction
) -> set[tuple[Who, int | None]]:
    """P 12, P 15–P 18 for a lijstengroep; (person, kieskring where he takes the seat)."""
    free = group_division(inputs, number, seats)
    lists = party_lists(inputs, number)
    for d, people in lists.items():
        assert len(people) >= free[d] + seats, "P 13 not here"  # never short of candidates
    on_list = person_votes(inputs, number)
    totals: Counter[Who] = Counter()
    for (_, person), v in on_list.items():
        totals[person] += v
    seat_of: dict[Who, int] = {}
    for person in by_preference(dict(totals), threshold, seats):  # P 16
        mine = [d for d in lists if (d, person) in on_list and free[d] > 0]
        assert mine, "P 16 lid 2 not here"
        home = max(mine, key=lambda d: (on_list[(d, person)], -d))
        free[home] -= 1
        seat_of[person] = home
    settled: dict[Who, int] = {}
    while True:  # P 17 with P 18
        picked: dict[Who, list[int]] = {}
        for d, people in lists.items():
            open_seats = free[d] - sum(1 for x in settled.values() if x == d)
            taken = set(seat_of) | set(settled)
            for person in [p for _, p in people if p not in taken][: max(open_seats, 0)]:
                picked.setdefault(person, []).append(d)
        doubles = {p: ds for p, ds in picked.items() if len(ds) > 1}
        if not doubles:
            settled.update({p: ds[0] for p, ds in picked.items()})
            break
        for person, ds in doubles.items():
            settled[person] = max(ds, key=lambda d: (on_list[(d, person)], -d))
    return {(p, d) for p, d in {**seat_of, **settled}.items()}


def reference(inputs: Inputs) -> dict[int, set[tuple[Who, int | None]]]:
    """Per party: the elected persons and, in a lijstengroep, the kieskring where each sits."""
    seats = national_seats(inputs)
    total = sum(
        sum(sum(p.values()) for p in per_list.values()) for per_list in inputs.votes.values()
    )
    threshold = Fraction(total, inputs.seats) / 4  # 25% of the kiesdeler (TK, PS)
    out: dict[int, set[tuple[Who, int | None]]] = {}
    for number, n in seats.items():
        kinds = {lst.type for c in inputs.lists.values() for lst in c.lists if lst.number == number}
        if not n:
            continue
        group = "lijstengroep" in kinds and len(party_lists(inputs, number)) > 1
        out[number] = (seat_a_group if group else seat_a_set)(inputs, number, n, threshold)
    return out


# --- the chain under test ------------------------------------------------------------------------

CASES = [("ps2", 1, 55), ("ps2", 5, 55), ("tk-mini", 1, 150)]


@dataclass(frozen=True)
class Chain:
    """A generated election after the CSB's chain, read once."""

    folder: Path
    seats: int
    inputs: Inputs
    people: dict[tuple[int, int, int], Who]
    """(kieskring, list, position) → the person, from the 230b."""


def persons_by_place(lists: Iterable[CandidateLists]) -> dict[tuple[int, int, int], Who]:
    return {
        (int(c.contest_id), lst.number, cand.number): who(cand)
        for c in lists
        for lst in c.lists
        for cand in lst.candidates
    }


@pytest.fixture(scope="module", params=CASES, ids=[f"{s}-{n}" for s, n, _ in CASES])
def chain(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Chain:
    size, seed, seats = request.param
    folder = tmp_path_factory.mktemp(f"{size}-{seed}")
    generate(size, seed, folder, namesakes=True)
    generated = folder / "gegenereerd"
    generated.mkdir()
    for path in folder.glob("Totaaltelling_*.eml.xml"):  # the generator's own 510d: kept aside
        path.rename(generated / path.name)
    lists = sorted(str(p) for p in folder.glob("Kandidatenlijsten_*.eml.xml"))
    counts = sorted(str(p) for p in folder.glob("Telling_*_kieskring_*.eml.xml"))
    csb = folder / "Totaaltelling_CSB.eml.xml"
    tabulated = main(
        [
            "tabulate",
            *counts,
            "--candidates",
            *lists,
            "--authority",
            "CSB",
            "--contest",
            "alle",
            "--created",
            "2029-03-26T12:00:00",
            "--out",
            str(csb),
            "--jobs",
            "1",
        ]
    )
    assert tabulated == 0
    out = str(folder / "uitslag")
    assert (
        main(
            [
                "result",
                "--seats",
                str(seats),
                "--candidates",
                *lists,
                "--counts",
                str(csb),
                "--out",
                out,
            ]
        )
        == 0
    )
    inputs = read_inputs(folder, seats)
    return Chain(folder, seats, inputs, persons_by_place(inputs.lists.values()))


def test_the_generated_election_has_namesakes_on_one_list_and_across_lists(chain: Chain) -> None:
    same_list = across = 0
    kinds: set[str] = set()
    by_party: dict[int, dict[Who, set[int]]] = {}
    for (d, number, _), person in chain.people.items():
        by_party.setdefault(number, {}).setdefault(person, set()).add(d)
    for persons in by_party.values():
        names: dict[tuple[str, str, str], list[Who]] = {}
        for person in persons:
            names.setdefault((person[3], person[0], person[5]), []).append(person)
        for group in (g for g in names.values() if len(g) > 1):
            a, b = group[0], group[1]
            kinds.add("prefix" if a[2] != b[2] else "first name")
            if persons[a] & persons[b]:
                same_list += 1
            else:
                across += 1
    assert same_list > 0 and across > 0
    assert kinds == {"prefix", "first name"}


def test_no_two_positions_of_one_list_are_merged_and_votes_are_summed_per_person(
    chain: Chain,
) -> None:
    inputs = chain.inputs
    count = read_510(chain.folder / "Totaaltelling_CSB.eml.xml")
    rules = Rules.for_category(Category.TK if inputs.tk else Category.PS)
    election = national_election(count, list(inputs.lists.values()), chain.seats, rules, "510d")
    for party in election.parties:
        key_of: dict[str, Who] = {}
        expected: Counter[Who] = Counter()
        for lst in party.lists:
            keys = [c.key for c in lst.candidates]
            assert len(keys) == len(set(keys)), f"list {party.number}, kieskring {lst.district}"
            for c in lst.candidates:
                person = chain.people[(lst.district, party.number, c.position)]
                assert key_of.setdefault(c.key, person) == person, "one key, two persons"
                expected[person] += inputs.votes[lst.district][party.number][c.position]
        assert len(set(key_of.values())) == len(key_of), "one person, two keys"
        totals = party.person_votes()
        assert {key_of[k]: int(v) for k, v in totals.items()} == dict(expected)


def test_shortcodes_name_each_person_once_in_every_kieskring(chain: Chain) -> None:
    """In the CSB's 510d and in the generator's own."""
    for path in (
        chain.folder / "Totaaltelling_CSB.eml.xml",
        *(chain.folder / "gegenereerd").iterdir(),
    ):
        codes = short_codes_of(read_510(path))
        owner: dict[tuple[int, str], Who] = {}
        code_of: dict[tuple[int, Who], str] = {}
        for (unit, number, position), code in codes.items():
            person = chain.people[(int(unit.removeprefix("HSB")), number, position)]
            assert owner.setdefault((number, code), person) == person, f"{path.name}: {code}"
            assert code_of.setdefault((number, person), code) == code, f"{path.name}: {person}"


def test_the_elected_equal_an_independent_recomputation(chain: Chain) -> None:
    expected = reference(chain.inputs)
    out = chain.folder / "uitslag"
    trace = json.loads((out / "berekening.json").read_text(encoding="utf-8"))
    first: dict[int, int] = {}  # a set's elected are named by their place on its first list
    for d, number, _ in sorted(chain.people):
        first.setdefault(number, d)
    from_trace: dict[int, set[tuple[Who, int | None]]] = {}
    for party in trace["parties"]:
        number = party["number"]
        for e in party["elected"]:
            d = e["kieskring"]
            person = chain.people[(first[number] if d is None else d, number, e["position"])]
            from_trace.setdefault(number, set()).add((person, d))
    assert from_trace == expected
    result = read_520(next(out.glob("Resultaat_*.eml.xml")))
    from_520 = {lst.number: {who(c.candidate) for c in lst.candidates} for lst in result.lists}
    assert from_520 == {n: {p for p, _ in s} for n, s in expected.items()}
    assert sum(len(s) for s in from_520.values()) == chain.seats


def test_verify_passes_the_chain_and_recomputes_the_persons(chain: Chain) -> None:
    findings = verify([p for p in chain.folder.iterdir() if p.name != "gegenereerd"])
    assert not [f for f in findings if f.status is Status.FAIL]
    assert any(f.check == "V15" and f.status is Status.PASS for f in findings)
    assert any(f.check == "V09" and f.status is Status.PASS for f in findings)
