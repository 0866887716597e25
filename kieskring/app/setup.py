"""The election as the data-entry app needs it: lists with candidate counts and the polling stations.

A small frozen description, to be filled from the EML readers (110a definition, 230b candidate lists,
110b polling stations) by the setup screen; issue 5, "Election setup (administrator)". Stored in the
installation database as canonical JSON, guarded by the audit log like every other row.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from typing import Any

from kieskring.app.users import Action, User, Users
from kieskring.errors import Problem, UserError
from kieskring.storage import Store
from kieskring.storage.canonical import canonical_json


class Body(enum.Enum):
    """The committee an installation serves (docs/chain.md §1): the municipality's GSB (it types its
    stations), a kieskring's hoofdstembureau (HSB) or the centraal stembureau (CSB), which receive the
    files and PVs one level down (Kieswet N, O 1–O 3, P 22)."""

    GSB = "GSB"
    HSB = "HSB"
    CSB = "CSB"


class Counting(enum.Enum):
    """Who counts the votes per candidate: the GSB centrally (CSO) or the station itself (DSO)."""

    CSO = "cso"
    DSO = "dso"


@dataclass(frozen=True)
class ListSetup:
    """One candidate list: its number, name and how many candidates it has (positions 1…n), with the
    candidates' names as the 230b gives them ("Peters, H.J. (Erik)"; empty for set-ups without them)."""

    number: int
    name: str
    candidates: int
    names: tuple[str, ...] = ()

    def display_names(self) -> tuple[str, ...]:
        """The name of every position (``Kandidaat n`` where the set-up has no names)."""
        if len(self.names) == self.candidates:
            return self.names
        return tuple(f"Kandidaat {pos}" for pos in range(1, self.candidates + 1))


@dataclass(frozen=True)
class StationSetup:
    """One polling station: number (``SB<n>``), name, and eligible voters Z when known."""

    number: int
    name: str
    eligible_voters: int | None = None


@dataclass(frozen=True)
class ContestSetup:
    """One kieskring's candidate lists, for a CSB whose units are kieskringen (TK, EP, PS2): each
    kieskring's O 3 shows its own lists (docs/chain.md §3, one 230b per kieskring)."""

    number: int
    lists: tuple[ListSetup, ...]


@dataclass(frozen=True)
class ElectionSetup:
    """The election as one committee sees it. ``voter_passes``: field C exists (not at municipal
    elections).

    At a GSB (``body``) the ``stations`` are its polling stations. At an HSB or CSB they are the
    *units* it receives one level down, each with a file and a paper PV (docs/chain-app.md §1): the
    municipalities (numbered by CBS code, ``0668`` → 668) or, for a CSB over kieskringen, the
    kieskringen (numbered as in the 110a); ``contests`` then holds each kieskring's lists."""

    election_id: str
    name: str
    counting: Counting
    voter_passes: bool
    lists: tuple[ListSetup, ...]
    stations: tuple[StationSetup, ...]
    municipality_id: str = ""
    """The GSB's municipality (CBS code) when set up from a 110a; empty for older set-ups."""
    municipality_name: str = ""
    body: Body = Body.GSB
    kieskring: str = ""
    """An HSB's kieskring number (as in the 110a tree); empty otherwise."""
    contests: tuple[ContestSetup, ...] = ()

    @property
    def receives_kieskringen(self) -> bool:
        """A CSB whose units are kieskringen (their 510c files), not municipalities (510b)."""
        return bool(self.contests)

    def unit_code(self, number: int) -> str:
        """A unit's id in the EML files: ``HSB5`` for a kieskring, the CBS code ``0668`` for a
        municipality (docs/chain.md §3)."""
        return f"HSB{number}" if self.receives_kieskringen else f"{number:04d}"

    def unit_lists(self, number: int) -> tuple[ListSetup, ...]:
        """The lists on a unit's PV: its kieskring's (CSB over kieskringen) or the election's."""
        for contest in self.contests:
            if contest.number == number:
                return contest.lists
        return self.lists

    def problems(self) -> list[Problem]:
        """What is wrong with this setup (duplicate numbers, negative counts, nothing to enter)."""
        found: list[Problem] = []
        list_numbers = [item.number for item in self.lists]
        station_numbers = [item.number for item in self.stations]
        if not self.lists or len(set(list_numbers)) != len(list_numbers):
            found.append(
                Problem(
                    "SETUP.LISTS",
                    "lijstnummers ontbreken of komen dubbel voor",
                    "list numbers are missing or duplicated",
                )
            )
        if not self.stations or len(set(station_numbers)) != len(station_numbers):
            found.append(
                Problem(
                    "SETUP.STATIONS",
                    "stembureaunummers ontbreken of komen dubbel voor",
                    "polling station numbers are missing or duplicated",
                )
            )
        if any(n <= 0 for n in list_numbers + station_numbers) or any(
            item.candidates < 0 for item in self.lists
        ):
            found.append(
                Problem("SETUP.NUMBERS", "nummers moeten positief zijn", "numbers must be positive")
            )
        if any(item.names and len(item.names) != item.candidates for item in self.lists):
            found.append(
                Problem(
                    "SETUP.NAMES",
                    "het aantal kandidaatnamen past niet bij het aantal kandidaten",
                    "the number of candidate names does not match the number of candidates",
                )
            )
        if any((s.eligible_voters or 0) < 0 for s in self.stations):
            found.append(
                Problem(
                    "SETUP.ELIGIBLE",
                    "aantal kiesgerechtigden kan niet negatief zijn",
                    "eligible voters cannot be negative",
                )
            )
        return found

    def station(self, number: int) -> StationSetup:
        """The station with this number, or a user error naming it."""
        for item in self.stations:
            if item.number == number:
                return item
        raise UserError(
            (
                Problem(
                    "ENTRY.UNKNOWN_STATION",
                    f"stembureau {number} bestaat niet",
                    f"polling station {number} does not exist",
                    place=f"SB{number}",
                ),
            )
        )

    def to_json(self) -> str:
        """Canonical JSON (stable bytes, so its hash is stable; the municipality only when set, so
        set-ups stored before it existed keep their bytes)."""
        data: dict[str, Any] = {
            "election_id": self.election_id,
            "name": self.name,
            "counting": self.counting.value,
            "voter_passes": self.voter_passes,
            "lists": [_list_json(i) for i in self.lists],
            "stations": [[s.number, s.name, s.eligible_voters] for s in self.stations],
        }
        if self.municipality_id:
            data["municipality"] = [self.municipality_id, self.municipality_name]
        if self.body is not Body.GSB:
            data["body"] = [self.body.value, self.kieskring, self.municipality_name]
            data["contests"] = [[c.number, [_list_json(i) for i in c.lists]] for c in self.contests]
        return canonical_json(data)

    @classmethod
    def from_json(cls, text: str) -> ElectionSetup:
        """The inverse of :meth:`to_json`."""
        data: dict[str, Any] = json.loads(text)
        body = data.get("body", ["GSB", "", ""])
        return cls(
            election_id=data["election_id"],
            name=data["name"],
            counting=Counting(data["counting"]),
            voter_passes=bool(data["voter_passes"]),
            lists=tuple(_list_setup(item) for item in data["lists"]),
            stations=tuple(StationSetup(n, name, z) for n, name, z in data["stations"]),
            municipality_id=data.get("municipality", ["", ""])[0],
            municipality_name=data.get("municipality", ["", body[2]])[1],
            body=Body(body[0]),
            kieskring=body[1],
            contests=tuple(
                ContestSetup(n, tuple(_list_setup(item) for item in lists))
                for n, lists in data.get("contests", [])
            ),
        )


ENTRY_STARTED = Problem(
    "SETUP.ENTRY_STARTED",
    "de invoer of het ontvangen is al begonnen; de verkiezing kan niet meer worden gewijzigd",
    "data entry or receiving has started; the election can no longer be changed",
)


def entry_started(store: Store) -> bool:
    """Whether any station has an entry or a result, or a lower committee's file was received: from
    then on the election (its lists and stations or units) is fixed."""
    started = ("entries", "results", "chain_files")
    return any(store.query(f"SELECT 1 FROM {table} LIMIT 1") for table in started)


def _list_json(item: ListSetup) -> list[Any]:
    return [item.number, item.name, item.candidates, *([list(item.names)] if item.names else [])]


def _list_setup(item: list[Any]) -> ListSetup:
    return ListSetup(item[0], item[1], item[2], tuple(item[3]) if len(item) > 3 else ())


def save_setup(store: Store, users: Users, by: User, setup: ElectionSetup) -> None:
    """The administrator stores the election; refused once data entry has started."""
    users.require(by, Action.CONFIGURE_ELECTION)
    problems = setup.problems()
    if problems:
        raise UserError(tuple(problems))
    if entry_started(store):
        raise UserError((ENTRY_STARTED,))
    with store.confirm("election.setup", by.id, {"election_id": setup.election_id}) as tx:
        tx.put("election", {"id": 1, "setup_json": setup.to_json()})


def load_setup(store: Store) -> ElectionSetup:
    """The stored election, or a user error when the administrator has not set it up yet."""
    rows = store.query("SELECT setup_json FROM election WHERE id = 1")
    if not rows:
        raise UserError(
            (
                Problem(
                    "SETUP.MISSING",
                    "de verkiezing is nog niet ingesteld",
                    "the election has not been set up yet",
                ),
            )
        )
    return ElectionSetup.from_json(rows[0]["setup_json"])
