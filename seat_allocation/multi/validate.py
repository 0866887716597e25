"""Input checks for a multi-district allocation (seat-allocation-multi.md §1; Kieswet P 12–P 19a).

A candidate is a person, named by ``key``. Two positions on one kieskring list are always two
persons, so a key stands at most once on a list — otherwise their votes would be added up as if
one person had them (P 15). A party has at most one list per kieskring; the lists of a stel
gelijkluidende lijsten carry the same persons in the same order (it is elected as one list); a
single list (op zichzelf staande lijst) stands in one kieskring; a deceased key names a person of
the election. Every problem is named; nothing is silently fixed.
"""

from __future__ import annotations

from seat_allocation.multi.model import NationalElection, Party, PartyKind
from seat_allocation.validate import InvalidInput


def list_problems(party: Party) -> list[str]:
    """One list per kieskring, each person at most once on it."""
    problems: list[str] = []
    districts: set[int] = set()
    for lst in party.lists:
        if lst.district in districts:
            problems.append(f"lijst {party.number}: twee lijsten in kieskring {lst.district}")
        districts.add(lst.district)
        position: dict[str, int] = {}
        for candidate in lst.candidates:
            earlier = position.setdefault(candidate.key, candidate.position)
            if earlier != candidate.position:
                problems.append(
                    f"lijst {party.number} in kieskring {lst.district}: kandidaten {earlier} en "
                    f"{candidate.position} zijn twee personen maar dragen dezelfde sleutel "
                    f"{candidate.key!r} (twee plaatsen op één lijst zijn altijd twee personen)"
                )
    return problems


def kind_problems(party: Party) -> list[str]:
    """A set's lists are identical; a single list stands once."""
    if party.kind is PartyKind.SINGLE and len(party.lists) > 1:
        districts = ", ".join(str(x.district) for x in party.lists)
        return [
            f"lijst {party.number} is een op zichzelf staande lijst maar staat in de kieskringen "
            f"{districts}: geef aan of het een lijstengroep of een stel gelijkluidende lijsten is"
        ]
    if party.kind is not PartyKind.SET:
        return []
    first = min(party.lists, key=lambda x: x.district)
    order = [(c.position, c.key) for c in first.candidates]
    return [
        f"lijst {party.number} is een stel gelijkluidende lijsten, maar de lijst in kieskring "
        f"{lst.district} verschilt van die in kieskring {first.district}"
        for lst in party.lists
        if [(c.position, c.key) for c in lst.candidates] != order
    ]


def check_national(election: NationalElection) -> None:
    """Raise :class:`InvalidInput` naming every problem, or return quietly."""
    problems: list[str] = []
    for party in election.parties:
        problems += list_problems(party)
        problems += kind_problems(party)
    persons = {c.key for p in election.parties for x in p.lists for c in x.candidates}
    problems += [
        f"deceased: {key!r} is geen kandidaat van deze verkiezing"
        for key in sorted(election.deceased - persons)
    ]
    if problems:
        raise InvalidInput(tuple(problems))
