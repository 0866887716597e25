"""Test data: an election with two lists and three stations, a consistent paper form, a typing helper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from argon2 import PasswordHasher
from argon2.low_level import Type

from kieskring.app.election_files import store_files
from kieskring.app.entry import DataEntry, SessionState
from kieskring.app.setup import Counting, ElectionSetup, ListSetup, StationSetup
from kieskring.app.users import User, Users
from kieskring.domain.candidates import Candidate, CandidateLists, PartyList
from kieskring.domain.election import Authority, ElectionIdentity
from kieskring.eml.write_520 import write_230b
from kieskring.signing.installation import Installation, create_installation
from kieskring.storage import Store

PASSWORD = "correct horse battery"

SETUP = ElectionSetup(
    election_id="GR2026_Testdorp",
    name="Gemeenteraad Testdorp 2026",
    counting=Counting.CSO,
    voter_passes=False,
    lists=(ListSetup(1, "Partij A", 3), ListSetup(2, "Partij B", 2)),
    stations=(
        StationSetup(1, "Gemeentehuis", 1000),
        StationSetup(2, "Bibliotheek", 800),
        StationSetup(3, "Sporthal", 1200),
    ),
)

Paper = dict[str, dict[str, int | None]]


def cheap_hasher() -> PasswordHasher:
    """Argon2id with tiny cost parameters, so tests that create many accounts stay fast."""
    return PasswordHasher(time_cost=1, memory_cost=64, parallelism=1, type=Type.ID)


def good_paper(changes: Mapping[str, int | None] | None = None) -> Paper:
    """A consistent count (no errors, no warnings); ``changes`` override single fields."""
    paper: Paper = {
        "extra_investigation": {"inv.other_reason.no": 1, "inv.recounted.no": 1},
        "station_differences": {"sbdiff.unexplained.no": 1, "sbdiff.per_list.no": 1},
        "voters_votes": {
            "A": 100, "B": 5, "D": 105, "E.1": 60, "E.2": 40, "E": 100, "F": 2, "G": 3, "H": 105,
        },
        "differences": {"cmp.equal": 1},
        "list_1": {"L1.1": 30, "L1.2": 20, "L1.3": 10, "L1.total": 60},
        "list_2": {"L2.1": 25, "L2.2": 15, "L2.total": 40},
    }  # fmt: skip
    sections = {
        "inv": "extra_investigation", "sbdiff": "station_differences", "cmp": "differences",
        "I": "differences", "J": "differences", "explained": "differences",
        "L1": "list_1", "L2": "list_2",
    }  # fmt: skip
    for key, value in (changes or {}).items():
        paper[sections.get(key.split(".")[0], "voters_votes")][key] = value
    return paper


def type_paper(
    service: DataEntry, user: User, station: int, paper: Paper, *, acknowledged: bool = True
) -> None:
    """Open the station and save every section in paper order (acknowledging warnings)."""
    service.open(user, station)
    for section, values in paper.items():
        result = service.save_section(user, station, section, values, acknowledged=acknowledged)
        assert result.saved, (section, result.findings)


def candidate_lists() -> CandidateLists:
    """The 230b of :data:`SETUP` (two lists, three and two candidates)."""

    def people(*names: str) -> tuple[Candidate, ...]:
        return tuple(
            Candidate(number=i, last_name=n, initials="A.") for i, n in enumerate(names, 1)
        )

    return CandidateLists(
        identity=ElectionIdentity.model_validate(
            {
                "id": "GR2026_Testdorp",
                "name": "Gemeenteraad Testdorp 2026",
                "category": "GR",
                "subcategory": "GR1",
                "date": "2026-03-18",
            }
        ),
        authority=Authority(id="9999", name="Testdorp"),
        contest_id="geen",
        lists=(
            PartyList(number=1, name="Partij A", candidates=people("Aalders", "Bakker", "Claes")),
            PartyList(number=2, name="Partij B", candidates=people("Dekker", "Eelman")),
        ),
    )


KEY_PASSPHRASE = "sleutel van de test-GSB"
SIGNING_TIME = dt.datetime(2026, 3, 19, 2, 0, tzinfo=dt.UTC)


def prepare_outputs(
    store: Store, users: Users, admin: User, coordinator: User, keys: Path
) -> Installation:
    """What the outputs need once every station is definitive: the 230b kept at set-up, the session
    finished, and the installation's signing key (made in ``keys``)."""
    lists = write_230b(candidate_lists(), dt.datetime(2026, 2, 3, 12, 0))
    store_files(store, users, admin, {"230b": ("Kandidatenlijsten_GR2026_Testdorp.eml.xml", lists)})
    DataEntry(store, users).set_session_state(coordinator, SessionState.COMPLETED)
    valid_from = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return create_installation(keys, "GSB Testdorp", KEY_PASSPHRASE.encode(), valid_from)


def all_definitive(entry: DataEntry, first: User, second: User, stations: int = 3) -> None:
    """Every station typed twice from the same good paper: definitive."""
    for station in range(1, stations + 1):
        for typist in (first, second):
            type_paper(entry, typist, station, good_paper())
            entry.finalise(typist, station)
