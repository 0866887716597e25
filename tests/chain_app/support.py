"""Helpers for the HSB/CSB tests: an installation through the interface object only, the paper PV of
a lower committee written from its file *independently* of the app (field by field from chain.md §2),
and typing it section by section as a typist does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from kieskring.app.api import AppApi
from kieskring.app.api.admin import FileData, SetupRequest
from kieskring.app.setup import Body, Counting
from kieskring.app.users import Role
from kieskring.domain import Election, Region
from kieskring.domain.counts import VoteCounts
from kieskring.eml.fingerprint import blanked_groups, fingerprint, groups
from kieskring.eml.read_230b import read_230b
from kieskring.eml.write_110a import write_110a
from tests.app.support import PASSWORD, cheap_hasher

__all__ = ["PASSWORD", "cheap_hasher"]

KEY_PASSPHRASE = "sleutel van het centraal stembureau"
Paper = dict[str, dict[str, int | None]]


class Clock:
    """A clock the test moves."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def given(path: Path) -> FileData:
    """A file as chosen on a workstation."""
    return FileData(path.name, path.read_bytes())


def typed_groups(data: FileData | bytes) -> tuple[str, str]:
    """What the clerk types from the paper: the two blanked groups of the fingerprint printed on it."""
    content = data if isinstance(data, bytes) else data.content
    digest = fingerprint(content)
    first, second = blanked_groups(digest)
    return groups(digest)[first], groups(digest)[second]


def wmw_definition(folder: Path, wmw_dir: Path) -> Path:
    """A 110a for GR2022 West Maas en Waal (the Kiesraad published none): 17 seats, GR1 (threshold 50),
    the municipality with its CSB and HSB, written by our writer."""
    identity = read_230b(wmw_dir / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml").identity
    election = Election(
        identity=identity,
        contest_id="geen",
        seats=17,
        preference_threshold=50,
        regions=(
            Region(
                number="668",
                category="GEMEENTE",
                name="West Maas en Waal",
                committees=("CSB", "HSB"),
            ),
        ),
        registered_parties=("CDA", "VVD"),
        issue_date=dt.date(2022, 2, 1),
        created=dt.datetime(2022, 2, 1, 9, 0),
    )
    path = folder / "Verkiezingsdefinitie_GR2022_WestMaasenWaal.eml.xml"
    path.write_bytes(write_110a(election))
    return path


def set_up_body(
    api: AppApi,
    definition: FileData,
    candidates: Sequence[FileData],
    body: Body,
    kieskring: str | None = None,
) -> None:
    """The administrator's evening: first account, the body from the 110a with every fingerprint
    typed from paper, the signing key, a coordinator and two typists."""
    api.create_administrator("beheer", "Beheerder", PASSWORD, PASSWORD)
    api.login("beheer", PASSWORD)
    preview = api.inspect_definition(definition)
    assert body in preview.bodies
    request = SetupRequest(
        definition=definition,
        candidates=candidates[0],
        stations=None,
        typed_stations="",
        municipality=None,
        counting=Counting.CSO,
        definition_groups=typed_groups(definition),
        candidates_groups=typed_groups(candidates[0]),
        body=body,
        kieskring=kieskring,
        more_candidates=tuple(candidates[1:]),
        more_candidates_groups=tuple(typed_groups(c) for c in candidates[1:]),
    )
    info = api.save_setup(request)
    assert info.body == body.value
    api.create_signing_key(KEY_PASSPHRASE, KEY_PASSPHRASE)
    for name, fullname, role in (
        ("carla", "Carla Coördinator", Role.COORDINATOR),
        ("anna", "Anna Invoerder", Role.INVOERDER),
        ("ben", "Ben Invoerder", Role.INVOERDER),
    ):
        api.add_user(name, fullname, role, PASSWORD, PASSWORD)
    api.logout()


def paper_of(counts: VoteCounts, lists: Sequence[tuple[int, int]], voter_passes: bool) -> Paper:
    """The Na 31-2 / O 3 totals as printed, from a count (docs/chain.md §2: Z = Cast, A–D, I, J the
    UncountedVotes reasons, E = TotalCounted, F blanco, G ongeldig, H = E + F + G), for the lists
    ``(number, candidates)`` of the unit's 230b. A reason the file lacks is an empty field."""
    reason = counts.reason
    totals: dict[str, int | None] = {
        "Z": counts.cast,
        "A": reason("geldige stempassen"),
        "B": reason("geldige volmachtbewijzen"),
        "D": reason("toegelaten kiezers"),
        "E": counts.total_counted,
        "F": counts.blank,
        "G": counts.invalid,
        "H": counts.total_counted + counts.blank + counts.invalid,
        "I": reason("meer getelde stembiljetten"),
        "J": reason("minder getelde stembiljetten"),
    }
    if voter_passes:
        totals["C"] = reason("geldige kiezerspassen")
    found = {lst.number: lst for lst in counts.lists}
    paper: Paper = {"totals": totals}
    for number, candidates in lists:
        lst = found.get(number)
        votes = {c.id: c.votes for c in lst.candidates} if lst else {}
        totals[f"E.{number}"] = lst.votes if lst else 0
        page: dict[str, int | None] = {
            f"L{number}.{pos}": votes.get(pos, 0) for pos in range(1, candidates + 1)
        }
        page[f"L{number}.total"] = lst.votes if lst else 0
        paper[f"list_{number}"] = page
    return paper


def type_paper(api: AppApi, unit: int, paper: Mapping[str, Mapping[str, int | None]]) -> None:
    """Type every section of a unit's PV; acknowledge what the findings box asks for."""
    opened = api.open_unit_entry(unit)
    assert opened.slot == 1
    for key, values in paper.items():
        result = api.save_unit_section(unit, key, dict(values), acknowledged=False)
        if not result.saved:
            assert result.needs_acknowledgement and result.findings
            result = api.save_unit_section(unit, key, dict(values), acknowledged=True)
        assert result.saved, key
