"""The administrator's calls (docs/app.md §3.2): the set-up wizard from the Kiesraad's files with the
fingerprint check, the polling stations, the users. The administrator has no power over the counting.

Files chosen on a workstation travel as bytes (:class:`FileData`): on a LAN the serving laptop reads
them, never a path on another machine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kieskring.app import backup
from kieskring.app.blob import Blob
from kieskring.app.chain.setup import (
    GivenFile,
    bodies,
    install_chain,
    preview_chain,
    read_lists,
)
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
from kieskring.app.setup import (
    ENTRY_STARTED,
    Body,
    Counting,
    ElectionSetup,
    ListSetup,
    StationSetup,
    entry_started,
    load_setup,
    save_setup,
)
from kieskring.app.signing_key import KeyInfo, create_key, key_folder, key_info
from kieskring.app.text import Text
from kieskring.app.users import Action, Role
from kieskring.eml.consistency import raise_if, same_election
from kieskring.eml.fingerprint import blanked_groups, check_typed_groups, fingerprint, groups
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_230b import read_230b
from kieskring.eml.safe import read_bytes
from kieskring.errors import Problem, UserError
from kieskring.storage import Store
from kieskring.storage.backup import file_sha256
from kieskring.storage.files import write_all_atomic

from .account import same_twice
from .dispatch import Call, endpoint
from .present import ROLE_LABELS, election_info
from .views import ElectionInfo

if TYPE_CHECKING:
    from .backend import Backend

ADMIN = Role.BEHEERDER
BACKUP_ROLES = (Role.BEHEERDER, Role.COORDINATOR)
NOT_SET_UP = ("Richt eerst de verkiezing in.", "Set up the election first.")


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
class Kieskring:
    """A kieskring of the definition (number as in the 110a tree, and name)."""

    number: str
    name: str


@dataclass(frozen=True)
class DefinitionPreview:
    """What was read from a 110a, and which bodies it allows (docs/chain-app.md §1)."""

    election_id: str
    name: str
    date: dt.date
    category: str
    seats: int
    municipalities: tuple[Municipality, ...]
    challenge: FingerprintChallenge
    kieskringen: tuple[Kieskring, ...] = ()
    bodies: tuple[Body, ...] = (Body.GSB,)


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
class UnitSummary:
    """A unit an HSB or CSB receives: its number, its id in the files, its name."""

    number: int
    code: str
    name: str


@dataclass(frozen=True)
class BodyPreview:
    """What an HSB or CSB set-up would hold (docs/chain-app.md §1): its units and, per 230b, the
    lists and the fingerprint challenge."""

    body: Body
    area: str
    units: tuple[UnitSummary, ...]
    candidates: tuple[CandidatesPreview, ...]


@dataclass(frozen=True)
class SetupRequest:
    """Everything the wizard gathered (docs/app.md §3.2 steps 1–6). ``body``: the GSB (stations,
    counting method), an HSB (``kieskring``) or the CSB (docs/chain-app.md §1), which receive units
    instead of stations; a CSB over kieskringen gives one 230b per kieskring
    (``candidates`` and ``more_candidates``, each with its two typed fingerprint groups)."""

    definition: FileData
    candidates: FileData
    stations: FileData | None
    typed_stations: str
    municipality: str | None
    counting: Counting
    definition_groups: tuple[str, str]
    candidates_groups: tuple[str, str]
    body: Body = Body.GSB
    kieskring: str | None = None
    more_candidates: tuple[FileData, ...] = ()
    more_candidates_groups: tuple[tuple[str, str], ...] = ()


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


@dataclass(frozen=True)
class StationList:
    """The polling stations, and whether they may still change: only before data entry starts
    (docs/app.md §3.2), otherwise ``reason`` says why not."""

    stations: tuple[StationSetup, ...]
    editable: bool
    reason: Text | None = None


@dataclass(frozen=True)
class BackupListing:
    """A verified backup on the serving laptop (the installation's backup folder)."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupFile:
    """A backup's bytes, to keep on a USB stick; ``sha256`` goes in the ``.sha256`` file beside it."""

    name: str
    content: Blob
    sha256: str


@dataclass(frozen=True)
class BackupInfo:
    """A backup that passed every check, and what restoring it brings back (docs/app.md §3.2)."""

    name: str
    sha256: str
    audit_entries: int
    audit_hash: str
    last_change: str
    election: str
    stations: int
    definitive: int
    accounts: int


@dataclass(frozen=True)
class RestoreDone:
    """After a restore: how far the database now goes; every session has ended."""

    name: str
    audit_entries: int
    sessions_ended: int


def backup_folder(database: Path) -> Path:
    """Where an installation keeps its backups: ``<name>-backups`` beside the database."""
    return database.with_name(f"{database.stem}-backups")


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


def _lists_per_file(
    setup: ElectionSetup, candidates: tuple[FileData, ...]
) -> list[tuple[ListSetup, ...]]:
    """The lists of each given 230b as the set-up holds them (per kieskring at a CSB over them)."""
    if not setup.receives_kieskringen:
        return [setup.lists for _ in candidates]
    return [
        setup.unit_lists(int(read_lists(GivenFile(f.name, f.content)).contest_id))
        for f in candidates
    ]


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

    def check_fingerprint(self, data: FileData, typed: tuple[str, str]) -> None:
        """Step 3: the two blanked groups as typed from the paper (EML.301 when one differs, naming
        the group by its position)."""
        ...

    def inspect_body(
        self,
        definition: FileData,
        candidates: tuple[FileData, ...],
        body: Body,
        kieskring: str | None,
    ) -> BodyPreview:
        """An HSB or CSB instead of steps 2–5: its units from the 110a and the 230b files."""
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

    def station_list(self) -> StationList:
        """The polling stations, and whether they may still change."""
        ...

    def save_stations(self, stations: tuple[StationSetup, ...]) -> StationList:
        """Replace the polling stations (added, changed, removed); refused once data entry started."""
        ...

    def make_backup(self) -> BackupListing:
        """A verified backup in the installation's backup folder."""
        ...

    def backups(self) -> tuple[BackupListing, ...]:
        """The backups in the backup folder, newest first."""
        ...

    def download_backup(self, name: str) -> BackupFile:
        """A backup's bytes, to copy onto a USB stick."""
        ...

    def upload_backup(self, upload: BackupFile) -> BackupListing:
        """Put a backup from a USB stick into the backup folder (checksum checked), to restore it."""
        ...

    def inspect_backup(self, name: str) -> BackupInfo:
        """Check a backup and say what it holds, without changing anything."""
        ...

    def restore_backup(self, name: str) -> RestoreDone:
        """Replace the database by a checked backup; every session ends (everyone logs in again)."""
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
            kieskringen=tuple(Kieskring(n, name) for n, name in election.kieskringen),
            bodies=bodies(election),
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
    def check_fingerprint(self, call: Call, data: FileData, typed: tuple[str, str]) -> None:
        """Step 3: the two blanked groups as typed from the paper (EML.301 when one differs, naming
        the group by its position)."""
        check_typed_groups(fingerprint(data.content, data.name), typed, data.name)

    @endpoint(ADMIN)
    def inspect_body(
        self,
        call: Call,
        definition: FileData,
        candidates: tuple[FileData, ...],
        body: Body,
        kieskring: str | None,
    ) -> BodyPreview:
        """An HSB or CSB instead of steps 2–5: its units from the 110a and the 230b files."""
        setup = preview_chain(
            GivenFile(definition.name, definition.content),
            tuple(GivenFile(f.name, f.content) for f in candidates),
            body,
            kieskring,
        )
        units = tuple(
            UnitSummary(s.number, setup.unit_code(s.number), s.name) for s in setup.stations
        )
        previews = tuple(
            CandidatesPreview(
                tuple(ListSummary(x.number, x.name, x.candidates) for x in lists),
                challenge(given),
            )
            for given, lists in zip(candidates, _lists_per_file(setup, candidates), strict=True)
        )
        return BodyPreview(body, setup.municipality_name, units, previews)

    @endpoint(ADMIN)
    def save_setup(self, call: Call, request: SetupRequest) -> ElectionInfo:
        """Step 6: both fingerprints checked, the election saved with its files."""
        if request.body is not Body.GSB:
            return self._save_chain(call, request)
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

    def _save_chain(self, call: Call, request: SetupRequest) -> ElectionInfo:
        """An HSB or CSB: every file's fingerprint checked, the units from the 110a."""
        given = (request.candidates, *request.more_candidates)
        setup = install_chain(
            self.backend.store,
            self.backend.users,
            call.user,
            GivenFile(request.definition.name, request.definition.content),
            tuple(GivenFile(f.name, f.content) for f in given),
            (
                request.definition_groups,
                (request.candidates_groups, *request.more_candidates_groups),
            ),
            request.body,
            request.kieskring,
        )
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
        holder = {
            Body.GSB: "Gemeentelijk stembureau",
            Body.HSB: "Hoofdstembureau",
            Body.CSB: "Centraal stembureau",
        }[setup.body] + f" {setup.municipality_name or setup.name}"
        return create_key(
            self.backend.store,
            self.backend.users,
            call.user,
            key_folder(self.backend.path),
            holder,
            passphrase,
            self.backend.clock(),
        )

    @endpoint(ADMIN, refresh=True)
    def station_list(self, call: Call) -> StationList:
        """The polling stations, and whether they may still change."""
        self.backend.users.require(call.user, Action.CONFIGURE_ELECTION)
        try:
            stations = load_setup(self.backend.store).stations
        except UserError:
            return StationList((), False, Text(*NOT_SET_UP))
        if entry_started(self.backend.store):
            return StationList(
                stations, False, Text(ENTRY_STARTED.message_nl, ENTRY_STARTED.message_en)
            )
        return StationList(stations, True)

    @endpoint(ADMIN)
    def save_stations(self, call: Call, stations: tuple[StationSetup, ...]) -> StationList:
        """Replace the polling stations (added, changed, removed); refused once data entry started."""
        unnamed = [s.number for s in stations if not s.name.strip()]
        if unnamed:
            raise UserError(
                (
                    Problem(
                        "SETUP.STATION_NAME",
                        f"stembureau {unnamed[0]} heeft geen naam",
                        f"polling station {unnamed[0]} has no name",
                        place=f"SB{unnamed[0]}",
                    ),
                )
            )
        setup = load_setup(self.backend.store)
        named = tuple(replace(s, name=s.name.strip()) for s in stations)
        ordered = tuple(sorted(named, key=lambda s: s.number))
        save_setup(
            self.backend.store, self.backend.users, call.user, replace(setup, stations=ordered)
        )
        self.backend.entry.reload()
        return self.station_list(call)

    @property
    def _backups(self) -> Path:
        return backup_folder(self.backend.path)

    def _backup(self, name: str) -> Path:
        """A backup in the folder by its plain name (no path can be smuggled in)."""
        if Path(name).name != name or not name.endswith(".sqlite") or name.startswith("."):
            raise UserError(
                (Problem("BACKUP.NAME", "ongeldige naam van een back-up", "invalid backup name"),)
            )
        path = self._backups / name
        if not path.is_file():
            raise UserError(
                (Problem("BACKUP.MISSING", "deze back-up bestaat niet", "no such backup", name),)
            )
        return path

    @endpoint(*BACKUP_ROLES)
    def make_backup(self, call: Call) -> BackupListing:
        """A verified backup in the installation's backup folder."""
        self._backups.mkdir(exist_ok=True)
        made = backup.make_backup(self.backend.store, self.backend.users, call.user, self._backups)
        return BackupListing(made.path.name, made.path.stat().st_size, made.sha256)

    @endpoint(*BACKUP_ROLES, refresh=True)
    def backups(self, call: Call) -> tuple[BackupListing, ...]:
        """The backups in the backup folder, newest first."""
        self.backend.users.require(call.user, Action.BACKUP)
        if not self._backups.is_dir():
            return ()
        found = []
        for path in sorted(self._backups.glob("*.sqlite"), reverse=True):
            sidecar = path.with_name(path.name + ".sha256")
            stated = sidecar.read_text(encoding="utf-8").split()[:1] if sidecar.is_file() else []
            found.append(BackupListing(path.name, path.stat().st_size, stated[0] if stated else ""))
        return tuple(found)

    @endpoint(*BACKUP_ROLES)
    def download_backup(self, call: Call, name: str) -> BackupFile:
        """A backup's bytes, to copy onto a USB stick."""
        self.backend.users.require(call.user, Action.BACKUP)
        path = self._backup(name)
        return BackupFile(name, path.read_bytes(), file_sha256(path))

    @endpoint(ADMIN)
    def upload_backup(self, call: Call, upload: BackupFile) -> BackupListing:
        """Put a backup from a USB stick into the backup folder (checksum checked), to restore it."""
        self.backend.users.require(call.user, Action.RESTORE)
        stated = upload.sha256.strip().lower()
        name = Path(upload.name).name
        name = name if name.endswith(".sqlite") else f"{name}.sqlite"
        if hashlib.sha256(upload.content).hexdigest() != stated:
            raise UserError(
                (
                    Problem(
                        "BACKUP.CHECKSUM",
                        "het controlegetal (SHA-256) van de back-up klopt niet",
                        "the backup's checksum (SHA-256) does not match",
                        name,
                    ),
                )
            )
        self._backups.mkdir(exist_ok=True)
        target = self._backups / name
        if target.is_file() and file_sha256(target) != stated:
            raise UserError(
                (
                    Problem(
                        "BACKUP.EXISTS",
                        "er staat al een andere back-up met deze naam",
                        "another backup with this name is there already",
                        name,
                    ),
                )
            )
        write_all_atomic(
            [
                (target, upload.content),
                (target.with_name(name + ".sha256"), f"{stated}  {name}\n".encode()),
            ],
            code="BACKUP.WRITE",
        )
        self.inspect_backup(call, name)
        return BackupListing(name, len(upload.content), stated)

    @endpoint(ADMIN)
    def inspect_backup(self, call: Call, name: str) -> BackupInfo:
        """Check a backup and say what it holds, without changing anything."""
        path = self._backup(name)
        found = backup.check_backup(self.backend.users, call.user, path)
        holds = backup.backup_contents(path)
        return BackupInfo(
            name,
            found.sha256,
            found.audit_entries,
            found.audit_hash,
            found.last_change,
            holds.election,
            holds.stations,
            holds.definitive,
            holds.accounts,
        )

    @endpoint(ADMIN)
    def restore_backup(self, call: Call, name: str) -> RestoreDone:
        """Replace the database by a checked backup; every session ends (everyone logs in again)."""
        backend = self.backend
        try:
            store = backup.restore_backup(
                backend.store, backend.users, call.user, self._backup(name)
            )
        except BaseException:
            if not backend.store.is_open():  # failed after closing: serve the database again
                backend.use(Store(backend.path, clock=backend.clock))
            raise
        backend.use(store)
        ended = backend.sessions.end_all("restore", call.user.id)
        seq = store.query("SELECT max(seq) AS n FROM audit_log")[0]["n"]
        return RestoreDone(name, int(seq or 0), ended)
