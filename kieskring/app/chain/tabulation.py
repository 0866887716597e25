"""Adding up the accepted files with provenance (docs/chain-app.md §3; docs/chain.md §1; Kieswet O 2,
P 22; the sums by :func:`kieskring.eml.tabulate.tabulate`).

* An HSB adds its municipalities' 510b files into the kieskring's 510c (units ``HSB5::0034``).
* A CSB over kieskringen adds the HSBs' 510c files into the 510d (units ``HSB5``), naming every
  candidate by ShortCode from the 230b files (:mod:`kieskring.result.short_codes`) — the 520 above the
  kieskring needs them (docs/chain.md §3).
* A CSB over municipalities uses the one GSB's 510b as it is (a municipal election: the GSB and the
  CSB are the same municipality), or adds several into the 510c of its one kieskring (the HSB's work
  is part of the CSB's, art. O 3 lid 4).

Only units that are in — typed PV and file equal, findings noted — are added
(:func:`~.overview.require_ready`). The CSB's files name the area elected for: when the election's
identity has no ``kr:ElectionDomain`` (TK), the 110a tree's STAAT region is it, as in the Kiesraad's
own 510d and 520.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kieskring.app.chain.files import FileRepository, StoredFile, expected_message, read_stored
from kieskring.app.chain.overview import require_ready, unit_rows
from kieskring.app.chain.setup import ChainElection, area_name
from kieskring.app.setup import Body
from kieskring.domain.counts import Count
from kieskring.domain.election import Authority, Domain, Election, ElectionIdentity
from kieskring.eml.stream_510 import CountTotals
from kieskring.eml.tabulate import tabulate
from kieskring.result.short_codes import short_codes_from_lists
from kieskring.storage import Store


@dataclass(frozen=True)
class Source:
    """Which file fed one unit of the sum: the unit, the file and the units inside it."""

    unit: int
    code: str
    name: str
    file: str
    version: int
    fingerprint: str
    signer: str
    fed: tuple[str, ...]
    """The lower units the file itself adds up (``0668::SB1`` …, ``HSB5::0034`` …)."""


@dataclass(frozen=True)
class Added:
    """The body's count and where every part of it came from. ``written``: this body writes it as
    its own EML (HSB: 510c, CSB: 510d or 510c); ``False`` when it is the GSB's 510b itself."""

    count: Count
    written: bool
    sources: tuple[Source, ...]


def with_domain(identity: ElectionIdentity, election: Election) -> ElectionIdentity:
    """The identity as the CSB's files carry it: the STAAT region as domain when none is given."""
    if identity.domain is not None:
        return identity
    state = next((r for r in election.regions if r.category == "STAAT"), None)
    if state is None:
        return identity
    return identity.model_copy(update={"domain": Domain(id=state.number, name=state.name)})


Reader = Callable[[StoredFile], CountTotals]
"""How a kept file is read (the service keeps what it read, by file version)."""


def _sources(
    chain: ChainElection, stored: dict[int, StoredFile], counts: dict[int, CountTotals]
) -> tuple[Source, ...]:
    return tuple(
        Source(
            unit=unit.number,
            code=chain.setup.unit_code(unit.number),
            name=unit.name,
            file=stored[unit.number].name,
            version=stored[unit.number].version,
            fingerprint=stored[unit.number].fingerprint,
            signer=stored[unit.number].signer,
            fed=counts[unit.number].unit_ids,
        )
        for unit in chain.setup.stations
    )


def _kieskring_of(chain: ChainElection) -> tuple[str, str]:
    """The kieskring an HSB (or a CSB of one kieskring) adds up for: number and name."""
    if chain.setup.kieskring:
        return chain.setup.kieskring, dict(chain.election.kieskringen)[chain.setup.kieskring]
    found = chain.election.kieskringen
    return found[0] if found else ("1", area_name(chain.election))


def add_up(store: Store, chain: ChainElection, read: Reader | None = None) -> Added:
    """The body's count from the accepted files (CHAIN.NOT_READY when a unit is not in)."""
    require_ready(unit_rows(store, chain))
    stored = FileRepository(store).all_current(content=True)
    message = expected_message(chain)
    reader: Reader = read or (lambda f: read_stored(f, message))
    counts = {unit.number: reader(stored[unit.number]) for unit in chain.setup.stations}
    sources = _sources(chain, stored, counts)
    ordered = [counts[unit.number].count for unit in chain.setup.stations]
    unit_ids = [counts[unit.number].unit_ids for unit in chain.setup.stations]
    labels = [stored[unit.number].name for unit in chain.setup.stations]
    setup = chain.setup
    if setup.receives_kieskringen:
        identity = with_domain(ordered[0].identity, chain.election)
        total = tabulate(
            [c.model_copy(update={"identity": identity}) for c in ordered],
            Authority(id="CSB", name=area_name(chain.election)),
            contest_id="alle",
            labels=labels,
            short_codes=short_codes_from_lists(chain.all_lists()),
            unit_ids=unit_ids,
        ).count
        return Added(total, True, sources)
    if setup.body is Body.CSB and len(ordered) == 1:
        return Added(ordered[0], False, sources)
    number, name = _kieskring_of(chain)
    total = tabulate(
        ordered,
        Authority(id=f"HSB{number}", name=name),
        contest_id=number if setup.body is Body.HSB else ordered[0].contest_id,
        contest_name=name,
        labels=labels,
        unit_ids=unit_ids,
    ).count
    return Added(total, True, sources)
