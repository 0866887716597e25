"""The HSB/CSB services over one installation database, with what they read once kept in memory: the
set-up with its files, each unit's data-entry service, and the last calculation (recomputed when any
of its inputs changed: a file, a result, a note, a lot, a deceased candidate)."""

from __future__ import annotations

from kieskring.app.chain.entry import UnitEntry
from kieskring.app.chain.files import StoredFile, check_incoming, expected_message, read_stored
from kieskring.app.chain.result import Computed, compute
from kieskring.app.chain.setup import ChainElection, load_chain
from kieskring.app.chain.tabulation import Added, add_up
from kieskring.app.records import StationStatus
from kieskring.app.setup import Body
from kieskring.app.users import Action, User, Users
from kieskring.eml.fingerprint import check_typed_groups
from kieskring.eml.stream_510 import CountTotals
from kieskring.errors import Problem, UserError
from kieskring.storage import Store

_INPUTS = """
SELECT 'f' || group_concat(row_hash) FROM (SELECT row_hash FROM chain_files ORDER BY unit, version)
UNION ALL SELECT 'r' || group_concat(row_hash) FROM (SELECT row_hash FROM results ORDER BY station)
UNION ALL SELECT 'x' || group_concat(row_hash) FROM (SELECT row_hash FROM explanations ORDER BY station)
UNION ALL SELECT 'l' || group_concat(row_hash) FROM (SELECT row_hash FROM chain_lots ORDER BY number)
UNION ALL SELECT 'd' || group_concat(row_hash) FROM (SELECT row_hash FROM chain_deceased ORDER BY key)
UNION ALL SELECT 'e' || group_concat(row_hash) FROM (SELECT row_hash FROM election)
"""
"""The row hashes of everything the calculation depends on (a change in any is a new calculation)."""


class ChainService:
    """The HSB/CSB services of one open database."""

    def __init__(self, store: Store, users: Users) -> None:
        self.store = store
        self.users = users
        self._chain: tuple[str, ChainElection] | None = None
        self._units: dict[int, UnitEntry] = {}
        self._added: tuple[str, Added] | None = None
        self._computed: tuple[str, Computed] | None = None
        self._read: dict[tuple[int, int, str], CountTotals] = {}

    def _setup_key(self) -> str:
        rows = self.store.query("SELECT row_hash FROM election WHERE id = 1")
        return str(rows[0]["row_hash"]) if rows else ""

    def chain(self) -> ChainElection:
        """The set-up and its files (read again after the administrator saved a new set-up)."""
        key = self._setup_key()
        if self._chain is None or self._chain[0] != key:
            self._chain = (key, load_chain(self.store))
            self._units = {}
            self._added = self._computed = None
            self._read = {}
        return self._chain[1]

    def unit(self, number: int) -> UnitEntry:
        """The data-entry service of one unit (UNIT unknown: ENTRY.UNKNOWN_STATION)."""
        chain = self.chain()
        if number not in self._units:
            self._units[number] = UnitEntry(self.store, self.users, chain.setup, number, self.read)
        return self._units[number]

    def import_file(
        self,
        user: User,
        name: str,
        content: bytes,
        signature: bytes | None,
        groups: tuple[str, str],
    ) -> tuple[int, StationStatus]:
        """Receive a lower committee's file: every check, the fingerprint groups typed from its paper
        PV, then kept (and compared when the PV is typed) in one confirmed action."""
        current = self.users.require(user, Action.RESOLVE_DIFFERENCES)
        checked = check_incoming(self.chain(), name, content, signature)
        check_typed_groups(checked.fingerprint, groups, name)
        unit = self.unit(checked.unit)
        with self.store.confirm(
            "chain.file.import", current.id, {"unit": checked.unit, "file": name}
        ) as tx:
            status = unit.receive(tx, current, checked, name, content, signature or b"")
            version = int(tx.details["version"])
        read = CountTotals(checked.count, checked.unit_ids, checked.warnings)
        self._read[(checked.unit, version, checked.fingerprint)] = read
        return checked.unit, status

    def read(self, stored: StoredFile) -> CountTotals:
        """A kept file's count (total and unit ids), read once per version."""
        key = (stored.unit, stored.version, stored.fingerprint)
        if key not in self._read:
            self._read[key] = read_stored(stored, expected_message(self.chain()))
        return self._read[key]

    def _inputs(self) -> str:
        return "|".join(str(r[0]) for r in self.store.query(_INPUTS))

    def added(self) -> Added:
        """The body's count with its sources, added up again only when an input changed."""
        chain = self.chain()
        key = self._inputs()
        if self._added is None or self._added[0] != key:
            self._added = (key, add_up(self.store, chain, self.read))
        return self._added[1]

    def computed(self) -> Computed:
        """The calculation on the body's count (CSB), computed again only when an input changed."""
        chain = self.chain()
        if chain.setup.body is not Body.CSB:
            raise UserError(
                (
                    Problem(
                        "CHAIN.NOT_CSB",
                        "alleen het centraal stembureau stelt de uitslag vast (Kieswet P 22)",
                        "only the central committee determines the result (Kieswet P 22)",
                    ),
                )
            )
        added = self.added()
        key = self._inputs()
        if self._computed is None or self._computed[0] != key:
            self._computed = (key, compute(self.store, chain, added))
        return self._computed[1]
