"""The administrator's calls (docs/app.md §3.2): the set-up wizard from the Kiesraad's files with the
fingerprint check, the polling stations, the users. The administrator has no power over the counting.

Files chosen on a workstation travel as bytes (:class:`FileData`): on a LAN the serving laptop reads
them, never a path on another machine.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kieskring.app.blob import Blob
from kieskring.app.election_files import store_files
from kieskring.app.import_eml import (
    DefinitionFiles,
    check_kieskring,
    choose_municipality,
    install_from_definition,
    list_setups,
    stations_from_file,
    stations_from_text,
)
from kieskring.app.setup import Counting, StationSetup, save_setup
from kieskring.app.signing_key import KeyInfo, create_key, key_folder, key_info
from kieskring.app.text import Text
from kieskring.app.users import Role
from kieskring.eml.consistency import raise_if, same_election
from kieskring.eml.fingerprint import blanked_groups, fingerprint, groups
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_230b import read_230b
from kieskring.eml.safe import read_bytes
from kieskring.errors import Problem, UserError

from .account import same_twice
from .dispatch import Call, endpoint
from .present import ROLE_LABELS, election_info
from .views import ElectionInfo

if TYPE_CHECKING:
    from .backend import Backend

ADMIN = Role.BEHEERDER


@dataclass(frozen=True)
class FileData:
    """A file chosen on a workstation: its name (for messages) and its bytes."""

    name: str
    content: Blob


@dataclass(frozen=True)
class FingerprintChallenge:
    """A file's fingerprint as 16 groups with two blanked (``None``), to be typed from the paper;
    ``positions`` are the blanked groups' numbers as printed (1–16)."""

    groups: tuple[str | None, ...]
    positions: tuple[int, int]


@dataclass(frozen=True)
class Municipality:
    """A municipality of the definition (CBS code and name)."""

    code: str
    name: str


@dataclass(frozen=True)
class DefinitionPreview:
    """What was read from a 110a."""

    election_id: str
    name: str
    date: dt.date
    category: str
    seats: int
    municipalities: tuple[Municipality, ...]
    challenge: FingerprintChallenge


@dataclass(frozen=True)
class ListSummary:
    """A list of the 230b: number, name, number of candidates."""

    number: int
    name: str
    candidates: int


@dataclass(frozen=True)
class CandidatesPreview:
    """What was read from a 230b (checked against the definition and municipality)."""

    lists: tuple[ListSummary, ...]
    challenge: FingerprintChallenge


@dataclass(frozen=True)
class SetupRequest:
    """Everything the wizard gathered (docs/app.md §3.2 steps 1–6)."""

    definition: FileData
    candidates: FileData
    stations: FileData | None
    typed_stations: str
    municipality: str | None
    counting: Counting
    definition_groups: tuple[str, str]
    candidates_groups: tuple[str, str]


@dataclass(frozen=True)
class UserRow:
    """One account in the users table (docs/app.md §3.2): role, active, last login, waiting after
    failed logins, still to change a handed-out password."""

    id: int
    username: str
    fullname: str
    role: Role
    role_label: Text
    active: bool
    last_login: str | None
    must_change_password: bool
    locked_until: str | None


@dataclass(frozen=True)
class HandedOut:
    """An account with a temporary password, shown to the administrator once (to hand over on
    paper); it must be changed at the first login."""

    username: str
    fullname: str
    role_label: Text
    temporary_password: str


def challenge(data: FileData) -> FingerprintChallenge:
    """The fingerprint of a file with its two blanked groups (docs/chain.md §4)."""
    digest = fingerprint(data.content, data.name)
    hidden = blanked_groups(digest)
    shown = tuple(None if i in hidden else g for i, g in enumerate(groups(digest)))
    return FingerprintChallenge(shown, (hidden[0] + 1, hidden[1] + 1))


@contextmanager
def received(*files: FileData | None) -> Iterator[list[Path | None]]:
    """The files as paths in a private folder (the EML readers read paths), removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="uitslag-in-") as folder:
        paths: list[Path | None] = []
        for n, item in enumerate(files):
            if item is None:
                paths.append(None)
                continue
            path = Path(folder) / str(n) / (Path(item.name).name or "bestand.xml")
            path.parent.mkdir()
            path.write_bytes(item.content)
            paths.append(path)
        yield paths


def _path(paths: list[Path | None], index: int) -> Path:
    found = paths[index]
    assert found is not None
    return found


class AdminApi(Protocol):
    """What the administrator's screens call."""

    def inspect_definition(self, definition: FileData) -> DefinitionPreview:
        """Step 1: read the 110a; its fingerprint challenge."""
        ...

    def inspect_candidates(
        self, definition: FileData, candidates: FileData, municipality: str | None
    ) -> CandidatesPreview:
        """Step 2: read the 230b, checked against the 110a and the municipality's kieskring."""
        ...

    def inspect_stations(
        self,
        definition: FileData,
        stations: FileData | None,
        typed_stations: str,
        municipality: str | None,
    ) -> tuple[StationSetup, ...]:
        """Step 4: the polling stations from a 110b or 510b, or typed, to check before saving."""
        ...

    def save_setup(self, request: SetupRequest) -> ElectionInfo:
        """Step 6: both fingerprints checked, the election saved with its files."""
        ...

    def users(self) -> tuple[UserRow, ...]:
        """The accounts."""
        ...

    def add_user(
        self, username: str, fullname: str, role: Role, password: str, password_again: str
    ) -> UserRow:
        """A new account (the first password twice)."""
        ...

    def deactivate_user(self, user_id: int) -> None:
        """Disable an account (kept for the audit log)."""
        ...

    def reset_password(self, user_id: int) -> HandedOut:
        """A temporary password for an account (to be changed at its first login)."""
        ...

    def import_users(self, csv: FileData) -> tuple[HandedOut, ...]:
        """Many accounts at once from a CSV (username, full name, role), each with a temporary
        password; all or none."""
        ...

    def signing_key(self) -> KeyInfo | None:
        """The installation's signing key, if made."""
        ...

    def create_signing_key(self, passphrase: str, passphrase_again: str) -> KeyInfo:
        """Make the signing key (once); its fingerprint is noted on paper."""
        ...


class AdminArea:
    """The serving side of :class:`AdminApi`."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    @endpoint(ADMIN)
    def inspect_definition(self, call: Call, definition: FileData) -> DefinitionPreview:
        """Step 1: read the 110a; its fingerprint challenge."""
        with received(definition) as paths:
            election = read_110a(_path(paths, 0))
        return DefinitionPreview(
            election_id=election.id,
            name=election.identity.name,
            date=election.identity.date,
            category=election.identity.category,
            seats=election.seats,
            municipalities=tuple(Municipality(r.cbs_code, r.name) for r in election.municipalities),
            challenge=challenge(definition),
        )

    @endpoint(ADMIN)
    def inspect_candidates(
        self, call: Call, definition: FileData, candidates: FileData, municipality: str | None
    ) -> CandidatesPreview:
        """Step 2: read the 230b, checked against the 110a and the municipality's kieskring."""
        with received(definition, candidates) as paths:
            election = read_110a(_path(paths, 0))
            lists = read_230b(_path(paths, 1))
            raise_if(same_election(election.identity, lists.identity, candidates.name))
            region = choose_municipality(election, municipality, definition.name)
            check_kieskring(election, region, lists, candidates.name)
            setups = list_setups(lists, candidates.name)
        return CandidatesPreview(
            tuple(ListSummary(x.number, x.name, x.candidates) for x in setups),
            challenge(candidates),
        )

    @endpoint(ADMIN)
    def inspect_stations(
        self,
        call: Call,
        definition: FileData,
        stations: FileData | None,
        typed_stations: str,
        municipality: str | None,
    ) -> tuple[StationSetup, ...]:
        """Step 4: the polling stations from a 110b or 510b, or typed, to check before saving."""
        if stations is None:
            found = stations_from_text(typed_stations)
        else:
            with received(definition, stations) as paths:
                election = read_110a(_path(paths, 0))
                region = choose_municipality(election, municipality, definition.name)
                found = stations_from_file(_path(paths, 1), election, region)
        if not found:
            raise UserError(
                (Problem("SETUP.STATIONS", "er zijn geen stembureaus", "there are no stations"),)
            )
        return found

    @endpoint(ADMIN)
    def save_setup(self, call: Call, request: SetupRequest) -> ElectionInfo:
        """Step 6: both fingerprints checked, the election saved with its files."""
        typed = stations_from_text(request.typed_stations) if request.stations is None else ()
        with received(request.definition, request.candidates, request.stations) as paths:
            files = DefinitionFiles(_path(paths, 0), _path(paths, 1), paths[2])
            setup = install_from_definition(
                files,
                (request.definition_groups, request.candidates_groups),
                request.municipality,
                typed,
                request.counting,
            )
            contents = {
                "110a": (request.definition.name, read_bytes(files.definition)),
                "230b": (request.candidates.name, read_bytes(files.candidates)),
            }
        save_setup(self.backend.store, self.backend.users, call.user, setup)
        store_files(self.backend.store, self.backend.users, call.user, contents)
        self.backend.entry.reload()
        return election_info(setup)

    @endpoint(ADMIN)
    def users(self, call: Call) -> tuple[UserRow, ...]:
        """The accounts."""
        return tuple(
            UserRow(
                a.id,
                a.username,
                a.fullname,
                a.role,
                ROLE_LABELS[a.role],
                a.active,
                a.last_login,
                a.must_change_password,
                a.locked_until,
            )
            for a in self.backend.users.list_accounts(call.user)
        )

    @endpoint(ADMIN)
    def add_user(
        self,
        call: Call,
        username: str,
        fullname: str,
        role: Role,
        password: str,
        password_again: str,
    ) -> UserRow:
        """A new account (the first password twice)."""
        same_twice(password, password_again)
        user = self.backend.users.create_user(call.user, username, fullname, role, password)
        return next(row for row in self.users(call) if row.id == user.id)

    @endpoint(ADMIN)
    def deactivate_user(self, call: Call, user_id: int) -> None:
        """Disable an account (kept for the audit log)."""
        self.backend.users.deactivate(call.user, user_id)

    @endpoint(ADMIN)
    def reset_password(self, call: Call, user_id: int) -> HandedOut:
        """A temporary password for an account (to be changed at its first login)."""
        password = self.backend.users.reset_password(call.user, user_id)
        row = next(row for row in self.users(call) if row.id == user_id)
        return HandedOut(row.username, row.fullname, row.role_label, password)

    @endpoint(ADMIN)
    def import_users(self, call: Call, csv: FileData) -> tuple[HandedOut, ...]:
        """Many accounts at once from a CSV (username, full name, role), each with a temporary
        password; all or none."""
        with received(csv) as paths:
            made = self.backend.users.import_users(call.user, _path(paths, 0))
        return tuple(
            HandedOut(
                m.user.username, m.user.fullname, ROLE_LABELS[m.user.role], m.temporary_password
            )
            for m in made
        )

    @endpoint(ADMIN, Role.COORDINATOR)
    def signing_key(self, call: Call) -> KeyInfo | None:
        """The installation's signing key, if made."""
        return key_info(key_folder(self.backend.path))

    @endpoint(ADMIN)
    def create_signing_key(self, call: Call, passphrase: str, passphrase_again: str) -> KeyInfo:
        """Make the signing key (once); its fingerprint is noted on paper."""
        same_twice(passphrase, passphrase_again)
        setup = self.backend.entry.setup
        holder = f"Gemeentelijk stembureau {setup.municipality_name or setup.name}"
        return create_key(
            self.backend.store,
            self.backend.users,
            call.user,
            key_folder(self.backend.path),
            holder,
            passphrase,
            self.backend.clock(),
        )
