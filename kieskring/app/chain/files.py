"""The files an HSB or CSB receives, and the checks each one passes before it is kept
(docs/chain-app.md §2; docs/chain.md §3–§4).

A file is kept only when it is the message this body expects (510b from a GSB, 510c from an HSB), of
this election (EML.112), of one of this body's units (CHAIN.UNIT) and that unit's kieskring
(CHAIN.CONTEST), with every list and candidate in the unit's 230b (EML.113), with its arithmetic
intact (the reader's rules), with the two blanked fingerprint groups typed from the paper PV
(EML.301) and — when a detached signature comes with it — a valid signature (SIGN.1xx). Each version
is a guarded row of ``chain_files``: ``current`` (the one that counts), ``refused`` (it differed from
its paper, which leads) or ``withdrawn`` (replaced, or its unit reopened). Nothing is ever deleted.
"""

from __future__ import annotations

import base64
import enum
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from kieskring.app.chain.setup import ChainElection
from kieskring.domain.counts import Count
from kieskring.eml.consistency import count_matches_lists, raise_if, same_election
from kieskring.eml.fingerprint import fingerprint
from kieskring.eml.read_510 import check_count, count_from_root
from kieskring.eml.safe import parse_eml
from kieskring.eml.stream_510 import CountTotals, stream_510
from kieskring.eml.unit_scan import Unusual
from kieskring.errors import Problem, UserError
from kieskring.signing.verify import verify_detached
from kieskring.storage import Store, Tx


class FileState(enum.Enum):
    """Whether a received file counts, was refused against its paper, or was withdrawn."""

    CURRENT = "current"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class StoredFile:
    """One version of a unit's file as received."""

    unit: int
    version: int
    name: str
    fingerprint: str
    content: bytes
    signature: bytes
    signer: str
    """The signing certificate's SHA-256 (64 hex), or '' when the file came without a signature."""
    state: FileState
    imported_by: int
    imported_at: str

    def put(self, tx: Tx) -> None:
        """Write this version in the confirmed action ``tx``."""
        tx.put(
            "chain_files",
            {
                "unit": self.unit,
                "version": self.version,
                "name": self.name,
                "fingerprint": self.fingerprint,
                "content_b64": base64.b64encode(self.content).decode("ascii"),
                "signature_b64": base64.b64encode(self.signature).decode("ascii"),
                "signer": self.signer,
                "state": self.state.value,
                "imported_by": self.imported_by,
                "imported_at": self.imported_at,
            },
        )


class FileRepository:
    """The ``chain_files`` table: the only module that knows its SQL."""

    COLUMNS = "unit, version, name, fingerprint, signer, state, imported_by, imported_at"

    def __init__(self, store: Store) -> None:
        self.store = store

    def _load(self, where: str, params: tuple[object, ...], content: bool) -> list[StoredFile]:
        extra = ", content_b64, signature_b64" if content else ""
        rows = self.store.query(
            f"SELECT {self.COLUMNS}{extra} FROM chain_files WHERE {where} ORDER BY unit, version",
            params,
        )
        return [
            StoredFile(
                unit=int(r["unit"]),
                version=int(r["version"]),
                name=str(r["name"]),
                fingerprint=str(r["fingerprint"]),
                content=base64.b64decode(r["content_b64"]) if content else b"",
                signature=base64.b64decode(r["signature_b64"]) if content else b"",
                signer=str(r["signer"]),
                state=FileState(r["state"]),
                imported_by=int(r["imported_by"]),
                imported_at=str(r["imported_at"]),
            )
            for r in rows
        ]

    def current(self, unit: int, *, content: bool = True) -> StoredFile | None:
        """The file that counts for ``unit``, if any."""
        found = self._load("unit = ? AND state = 'current'", (unit,), content)
        return found[-1] if found else None

    def all_current(self, *, content: bool = False) -> dict[int, StoredFile]:
        """Every unit's current file by unit number."""
        return {f.unit: f for f in self._load("state = 'current'", (), content)}

    def versions(self, unit: int) -> list[StoredFile]:
        """Every version received for ``unit`` (without the bytes), oldest first."""
        return self._load("unit = ?", (unit,), False)

    def latest(self) -> dict[int, StoredFile]:
        """The newest version of each unit's file (without the bytes)."""
        found: dict[int, StoredFile] = {}
        for item in self._load("1 = 1", (), False):
            found[item.unit] = item
        return found

    def set_state(self, tx: Tx, unit: int, state: FileState) -> StoredFile | None:
        """Mark the current file of ``unit`` refused or withdrawn; returns it (``None``: none)."""
        found = self.current(unit)
        if found is not None:
            replace(found, state=state).put(tx)
        return found


@dataclass(frozen=True)
class CheckedFile:
    """An incoming file that passed every check: its unit, count (total only, and the ids of the
    units it holds), fingerprint and signer."""

    unit: int
    count: Count
    unit_ids: tuple[str, ...]
    fingerprint: str
    signer: str
    warnings: tuple[Problem, ...]


def _problem(code: str, nl: str, en: str, file: str, place: str = "") -> UserError:
    return UserError((Problem(code, nl, en, file, place),))


def expected_message(chain: ChainElection) -> str:
    """The message this body receives: 510c from HSBs at a CSB over kieskringen, else 510b."""
    return "510c" if chain.setup.receives_kieskringen else "510b"


def unit_of(chain: ChainElection, count: Count, file: str) -> int:
    """The unit a count belongs to, by its managing authority (``HSB5`` or a CBS code)."""
    setup = chain.setup
    authority = count.authority.id
    digits = authority[3:] if setup.receives_kieskringen else authority
    numbers = {s.number for s in setup.stations}
    if digits.isdigit() and int(digits) in numbers and setup.unit_code(int(digits)) == authority:
        return int(digits)
    raise _problem(
        "CHAIN.UNIT",
        f"dit bestand is van {authority} {count.authority.name}; dat hoort niet bij dit "
        f"{setup.body.value}",
        f"this file is of {authority} {count.authority.name}, which does not belong to this "
        f"{setup.body.value}",
        file,
        "ManagingAuthority",
    )


def _contest(chain: ChainElection, count: Count, unit: int, file: str) -> None:
    """CHAIN.CONTEST: a 510c is its kieskring's (contest = its number); an HSB's 510b files are of
    its kieskring (docs/chain.md §3)."""
    setup = chain.setup
    wanted = (
        {str(unit)}
        if setup.receives_kieskringen
        else {setup.kieskring}
        if setup.kieskring
        else {"geen", "alle", *(k for k, _ in chain.election.kieskringen)}
    )
    if count.contest_id not in wanted:
        raise _problem(
            "CHAIN.CONTEST",
            f"de telling is voor kieskring '{count.contest_id}', verwacht {' of '.join(sorted(wanted))}",
            f"the count is for kieskring '{count.contest_id}', expected {' or '.join(sorted(wanted))}",
            file,
            "ContestIdentifier",
        )


def signer_of(name: str, content: bytes, signature: bytes) -> str:
    """The signer's certificate fingerprint of a file with its detached ``.sig`` — or the coded
    problems (SIGN.1xx) when the signature does not hold (kieskring.signing.verify)."""
    with tempfile.TemporaryDirectory(prefix="uitslag-sig-") as folder:
        path = Path(folder) / (Path(name).name or "bestand.eml.xml")
        path.write_bytes(content)
        sig = path.with_name(path.name + ".sig")
        sig.write_bytes(signature)
        report = verify_detached(path, sig)
    if report.problems:
        raise UserError(
            tuple(Problem(p.code, p.message_nl, p.message_en, name) for p in report.problems)
        )
    return report.signer_fingerprint


def read_count(name: str, content: bytes, message: str) -> CountTotals:
    """A 510's total and unit ids, checked by every rule of the reader: in one streaming pass, or by
    the careful reader when anything is unusual (whose messages count; kieskring.eml.stream_510)."""
    try:
        return stream_510(content, name, levels=message[-1])
    except Unusual:
        count = read_full(name, content, message)
        return CountTotals(
            count.model_copy(update={"units": ()}), tuple(u.id for u in count.units), ()
        )


def read_full(name: str, content: bytes, message: str) -> Count:
    """A 510 with all its units, by the careful reader (for the publication CSV)."""
    count = count_from_root(parse_eml(content, name, (message,)), name)
    warnings: list[Problem] = []
    check_count(count, name, warnings)
    return count


def check_incoming(
    chain: ChainElection, name: str, content: bytes, signature: bytes | None
) -> CheckedFile:
    """Every check of an incoming file but the typed fingerprint groups (the caller's, with the
    paper); a problem names the file, the place and the rule."""
    read = read_count(name, content, expected_message(chain))
    count = read.count
    raise_if(same_election(chain.election.identity, count.identity, name))
    unit = unit_of(chain, count, name)
    _contest(chain, count, unit, name)
    raise_if(count_matches_lists(count, chain.lists_of(unit), name))
    signer = signer_of(name, content, signature) if signature else ""
    return CheckedFile(
        unit, count, read.unit_ids, fingerprint(content, name), signer, read.warnings
    )


def read_stored(stored: StoredFile, message: str) -> CountTotals:
    """The count of a kept file, ``message`` as every file of this body (total and unit ids; it
    passed :func:`check_incoming` when it was received)."""
    return read_count(stored.name, stored.content, message)
