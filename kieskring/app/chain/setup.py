"""The body an installation serves, chosen from the 110a, and the units it receives (docs/chain-app.md
§1; docs/chain.md §1; Kieswet O 1–O 3, P 22).

* **HSB** — one kieskring of an election that has several (TK, EP, PS2): its units are the
  municipalities the 110a's tree puts under that kieskring, each sending a 510b and a Na 31-2. In an
  election with one kieskring the HSB's work is part of the CSB's PV (art. O 3 lid 4): no HSB then.
* **CSB** — every category: with several kieskringen its units are the kieskringen (a 510c and an O 3
  each; one 230b per kieskring, since each kieskring's PV shows its own lists); with one, the
  municipalities (a 510b and a Na 31-2 each; in a municipal election just the one).

A unit's number is the kieskring number, or the municipality's CBS code as a number (``0668`` → 668);
its id in the EML files is :meth:`ElectionSetup.unit_code`. The files are kept as given
(:mod:`kieskring.app.election_files`): ``110a``, and ``230b`` or, per kieskring, ``230b:<n>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kieskring.app.election_files import load_file, store_files
from kieskring.app.import_eml import NO_VOTER_PASSES, SINGLE_DISTRICT, list_setups
from kieskring.app.setup import (
    Body,
    ContestSetup,
    Counting,
    ElectionSetup,
    ListSetup,
    StationSetup,
    load_setup,
    save_setup,
)
from kieskring.app.users import User, Users
from kieskring.domain.candidates import CandidateLists
from kieskring.domain.election import Election, Region
from kieskring.eml.consistency import raise_if, same_election
from kieskring.eml.fingerprint import check_typed_groups, fingerprint
from kieskring.eml.read_110a import election_from_root
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.safe import parse_eml
from kieskring.errors import Problem, UserError
from kieskring.storage import Store


@dataclass(frozen=True)
class GivenFile:
    """A file as the administrator gave it: its name (for messages) and bytes."""

    name: str
    content: bytes


def _problem(code: str, nl: str, en: str, file: str = "", place: str = "") -> UserError:
    return UserError((Problem(code, nl, en, file, place),))


def read_definition(given: GivenFile) -> Election:
    """The 110a of a given file (safe parsing, the reader's rules)."""
    return election_from_root(parse_eml(given.content, given.name, ("110a",)), given.name)


def read_lists(given: GivenFile) -> CandidateLists:
    """The 230b of a given file."""
    return lists_from_root(parse_eml(given.content, given.name, ("230b",)), given.name)


def several_kieskringen(election: Election) -> bool:
    """Whether the election has more than one kieskring (TK, EP, PS2): then an HSB exists per
    kieskring and the CSB receives their 510c files (docs/chain.md §1)."""
    return len(election.kieskringen) > 1


def bodies(election: Election) -> tuple[Body, ...]:
    """The bodies a 110a allows: a GSB per municipality, an HSB per kieskring when there are
    several, and the CSB."""
    found = [Body.GSB] if election.municipalities else []
    if several_kieskringen(election):
        found.append(Body.HSB)
    return (*found, Body.CSB)


def area_name(election: Election) -> str:
    """The area elected for, as the CSB's PV names it (``Nederland`` when the 110a has no domain)."""
    domain = election.identity.domain
    return domain.name if domain and domain.name else "Nederland"


def _kieskring(election: Election, number: str | None, file: str) -> tuple[str, str]:
    found = dict(election.kieskringen)
    if not number or number not in found:
        raise _problem(
            "SETUP.KIESKRING",
            f"kies een kieskring van de verkiezingsdefinitie (gekozen: '{number or ''}')",
            f"choose a kieskring of the election definition (chosen: '{number or ''}')",
            file,
            "kr:ElectionTree",
        )
    return number, found[number]


def _municipality_units(regions: Sequence[Region]) -> tuple[StationSetup, ...]:
    return tuple(StationSetup(int(r.cbs_code), r.name) for r in regions)


def _by_contest(
    lists: Sequence[tuple[CandidateLists, str]],
) -> dict[str, tuple[CandidateLists, str]]:
    """The 230b files by contest id; one kieskring twice is refused (SETUP.KIESKRING)."""
    found: dict[str, tuple[CandidateLists, str]] = {}
    for item, name in lists:
        if item.contest_id in found:
            raise _problem(
                "SETUP.KIESKRING",
                f"twee kandidatenlijsten voor kieskring {item.contest_id}",
                f"two candidate lists for kieskring {item.contest_id}",
                name,
                "ContestIdentifier",
            )
        found[item.contest_id] = (item, name)
    return found


def _one_list(
    lists: Sequence[tuple[CandidateLists, str]], contests: set[str], file: str
) -> tuple[ListSetup, ...]:
    """The single 230b of a body that shows one set of lists, for one of ``contests``."""
    if len(lists) != 1 or lists[0][0].contest_id not in contests:
        raise _problem(
            "SETUP.KIESKRING",
            f"geef precies één kandidatenlijst (230b) voor {', '.join(sorted(contests))}",
            f"give exactly one candidate list (230b) for {', '.join(sorted(contests))}",
            file,
            "ContestIdentifier",
        )
    return list_setups(lists[0][0], lists[0][1])


def _contests(
    election: Election, lists: Sequence[tuple[CandidateLists, str]], file: str
) -> tuple[ContestSetup, ...]:
    """One 230b per kieskring of the 110a, every kieskring present (SETUP.KIESKRING)."""
    given = _by_contest(lists)
    missing = [f"{n} ({name})" for n, name in election.kieskringen if n not in given]
    unknown = sorted(set(given) - {n for n, _ in election.kieskringen})
    if missing or unknown:
        raise _problem(
            "SETUP.KIESKRING",
            f"kandidatenlijsten ontbreken voor kieskring {', '.join(missing) or '–'}; "
            f"onbekend: {', '.join(unknown) or '–'}",
            f"candidate lists missing for kieskring {', '.join(missing) or '–'}; "
            f"unknown: {', '.join(unknown) or '–'}",
            file,
        )
    return tuple(ContestSetup(int(n), list_setups(*given[n])) for n, _ in election.kieskringen)


def _all_lists(contests: Sequence[ContestSetup]) -> tuple[ListSetup, ...]:
    """Every list number of the election once, with its first name (the CSB's own overview)."""
    found: dict[int, str] = {}
    for contest in contests:
        for item in contest.lists:
            found.setdefault(item.number, item.name)
    return tuple(ListSetup(n, name, 0) for n, name in sorted(found.items()))


def kieskring_label(name: str) -> str:
    """``Kieskring <name>``, as the overview and the HSB's PV name a kieskring."""
    return name if name.lower().startswith("kieskring") else f"Kieskring {name}"


def _base(election: Election) -> ElectionSetup:
    """What every body's set-up shares: the election, and field C where it exists."""
    return ElectionSetup(
        election_id=election.id,
        name=election.identity.name,
        counting=Counting.CSO,
        voter_passes=election.identity.category not in NO_VOTER_PASSES,
        lists=(),
        stations=(),
    )


def _hsb(
    election: Election,
    lists: Sequence[tuple[CandidateLists, str]],
    kieskring: str | None,
    file: str,
) -> ElectionSetup:
    """An HSB: its kieskring's municipalities, its kieskring's lists."""
    if not several_kieskringen(election):
        raise _problem(
            "SETUP.BODY",
            "deze verkiezing heeft één kieskring: het hoofdstembureau is deel van het centraal "
            "stembureau (Kieswet O 3 lid 4); kies CSB",
            "this election has one kieskring: the HSB is part of the CSB (Kieswet O 3(4)); "
            "choose CSB",
            file,
        )
    number, name = _kieskring(election, kieskring, file)
    units = [
        r for r in election.municipalities if (k := election.kieskring_of(r)) and k.number == number
    ]
    return replace(
        _base(election),
        lists=_one_list(lists, {number}, file),
        stations=_municipality_units(units),
        municipality_name=kieskring_label(name),
        body=Body.HSB,
        kieskring=number,
    )


def _csb(
    election: Election, lists: Sequence[tuple[CandidateLists, str]], file: str
) -> ElectionSetup:
    """A CSB: the kieskringen with their lists, or the municipalities with the one 230b."""
    base = replace(_base(election), municipality_name=area_name(election), body=Body.CSB)
    if several_kieskringen(election):
        contests = _contests(election, lists, file)
        return replace(
            base,
            lists=_all_lists(contests),
            stations=tuple(
                StationSetup(int(n), kieskring_label(name)) for n, name in election.kieskringen
            ),
            contests=contests,
        )
    own = {k for k, _ in election.kieskringen} | set(SINGLE_DISTRICT)
    return replace(
        base,
        lists=_one_list(lists, own, file),
        stations=_municipality_units(election.municipalities),
    )


def chain_setup(
    election: Election,
    lists: Sequence[tuple[CandidateLists, str]],
    body: Body,
    kieskring: str | None,
    file: str,
) -> ElectionSetup:
    """The set-up of an HSB or CSB from the 110a and the 230b files (each with its file name)."""
    for item, name in lists:
        raise_if(same_election(election.identity, item.identity, name))
    match body:
        case Body.HSB:
            return _hsb(election, lists, kieskring, file)
        case Body.CSB:
            return _csb(election, lists, file)
        case Body.GSB:
            raise _problem("SETUP.BODY", "kies HSB of CSB", "choose HSB or CSB", file)


def lists_kind(contest: str, setup: ElectionSetup) -> str:
    """The stored kind of a 230b: ``230b``, or ``230b:<n>`` per kieskring at a CSB over them."""
    return f"230b:{contest}" if setup.receives_kieskringen else "230b"


def preview_chain(
    definition: GivenFile, candidates: Sequence[GivenFile], body: Body, kieskring: str | None
) -> ElectionSetup:
    """The set-up as it would be saved, to show the units before the fingerprints are typed."""
    election = read_definition(definition)
    lists = [(read_lists(c), c.name) for c in candidates]
    return chain_setup(election, lists, body, kieskring, definition.name)


def install_chain(
    store: Store,
    users: Users,
    by: User,
    definition: GivenFile,
    candidates: Sequence[GivenFile],
    typed: tuple[tuple[str, str], Sequence[tuple[str, str]]],
    body: Body,
    kieskring: str | None,
) -> ElectionSetup:
    """Check every fingerprint against the paper (two groups typed per file, docs/chain.md §4), build
    the set-up and keep it with its files (administrator)."""
    if len(typed[1]) != len(candidates):
        raise _problem(
            "SETUP.FINGERPRINT",
            "typ de vingerafdruk van elke kandidatenlijst over",
            "type the fingerprint of every candidate list",
        )
    for given, groups in ((definition, typed[0]), *zip(candidates, typed[1], strict=True)):
        check_typed_groups(fingerprint(given.content, given.name), groups, given.name)
    election = read_definition(definition)
    lists = [(read_lists(c), c.name) for c in candidates]
    setup = chain_setup(election, lists, body, kieskring, definition.name)
    files = {"110a": (definition.name, definition.content)}
    for (item, _), given in zip(lists, candidates, strict=True):
        files[lists_kind(item.contest_id, setup)] = (given.name, given.content)
    save_setup(store, users, by, setup)
    store_files(store, users, by, files)
    return setup


@dataclass(frozen=True)
class ChainElection:
    """What the HSB and CSB read again and again: the set-up, the 110a and every 230b (by unit
    number for a CSB over kieskringen, else under 0)."""

    setup: ElectionSetup
    election: Election
    lists: dict[int, CandidateLists]

    def lists_of(self, unit: int) -> CandidateLists:
        """The 230b that belongs to ``unit``'s PV."""
        return self.lists[unit] if self.setup.receives_kieskringen else self.lists[0]

    def all_lists(self) -> list[CandidateLists]:
        """Every 230b (in kieskring order)."""
        return [self.lists[k] for k in sorted(self.lists)]


def load_chain(store: Store) -> ChainElection:
    """The stored HSB/CSB set-up with its files; SETUP.BODY when this installation is a GSB."""
    setup = load_setup(store)
    if setup.body is Body.GSB:
        raise _problem(
            "SETUP.BODY",
            "deze installatie is ingericht voor een gemeentelijk stembureau",
            "this installation is set up for a municipal committee",
        )
    name, content = load_file(store, "110a")
    election = read_definition(GivenFile(name, content))
    lists: dict[int, CandidateLists] = {}
    if setup.receives_kieskringen:
        for unit in setup.stations:
            lists[unit.number] = read_lists(GivenFile(*load_file(store, f"230b:{unit.number}")))
    else:
        lists[0] = read_lists(GivenFile(*load_file(store, "230b")))
    return ChainElection(setup, election, lists)
