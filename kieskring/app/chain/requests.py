"""Investigation requests for GSBs, recorded by the CSB (or an HSB) and handed over as a JSON file and
a printed request (docs/chain-app.md §5; docs/app.md §5; docs/pv-models.md §4 "Follow-up sessions").

The GSB's follow-up sitting takes each request as an investigation asked for by the CSB: station,
reason, assignment. The export is one file per municipality, canonical JSON (same requests, same bytes),
in the format of docs/chain-app.md §5, with the PDF to sign and send along.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kieskring.app.chain.files import FileRepository, read_stored
from kieskring.app.chain.setup import ChainElection
from kieskring.app.users import Action, User, Users
from kieskring.errors import Problem, UserError
from kieskring.protocols.data import DocumentInfo
from kieskring.protocols.investigation_requests import (
    InvestigationRequestsData,
    RequestedInvestigation,
    render,
)
from kieskring.storage import Store
from kieskring.storage.canonical import canonical_json

FORMAT = "uitslag-onderzoeksverzoeken"
VERSION = 1


@dataclass(frozen=True)
class InvestigationRequest:
    """One recorded request: which GSB and station, why and what to do, who recorded it when."""

    id: int
    municipality: str
    """The GSB's CBS code (``0668``)."""
    municipality_name: str
    station: int
    reason: str
    assignment: str
    at: str
    by: str


def _problem(code: str, nl: str, en: str, place: str = "") -> UserError:
    return UserError((Problem(code, nl, en, place=place),))


def municipalities(chain: ChainElection) -> dict[str, str]:
    """The GSBs requests can go to: CBS code → name (an HSB's own municipalities; at a CSB every
    municipality of the 110a)."""
    setup = chain.setup
    if setup.kieskring:
        return {setup.unit_code(s.number): s.name for s in setup.stations}
    return {r.cbs_code: r.name for r in chain.election.municipalities}


def _known_stations(store: Store, chain: ChainElection, code: str) -> set[int] | None:
    """The stations of a GSB whose 510b this body holds (``None``: not known here)."""
    if chain.setup.receives_kieskringen:
        return None
    stored = FileRepository(store).current(int(code))
    if stored is None:
        return None
    prefix = f"{code}::SB"
    found = read_stored(stored, "510b").unit_ids
    return {int(u[len(prefix) :]) for u in found if u.startswith(prefix)}


def add_request(
    store: Store,
    users: Users,
    user: User,
    chain: ChainElection,
    municipality: str,
    station: int,
    reason: str,
    assignment: str,
) -> int:
    """Record a request (coordinator); the station must exist where the GSB's 510b is at hand."""
    current = users.require(user, Action.RESOLVE_DIFFERENCES)
    code = municipality.zfill(4)
    known = municipalities(chain)
    if code not in known:
        raise _problem(
            "CHAIN.MUNICIPALITY",
            f"gemeente {municipality} hoort niet bij dit stembureau",
            f"municipality {municipality} does not belong to this committee",
        )
    stations = _known_stations(store, chain, code)
    if station < 1 or (stations is not None and station not in stations):
        raise _problem(
            "CHAIN.STATION",
            f"stembureau {station} staat niet in de telling van {known[code]}",
            f"polling station {station} is not in the count of {known[code]}",
            f"SB{station}",
        )
    if not reason.strip():
        raise _problem("CHAIN.REASON", "geef de aanleiding op", "give the reason")
    rows = store.query("SELECT coalesce(max(id), 0) + 1 AS n FROM chain_requests")
    number = int(rows[0]["n"])
    with store.confirm(
        "chain.request.add", current.id, {"municipality": code, "station": station}
    ) as tx:
        tx.put(
            "chain_requests",
            {
                "id": number,
                "unit": int(code),
                "station": station,
                "reason": reason.strip(),
                "assignment": assignment.strip(),
                "user_id": current.id,
                "at": store.clock().isoformat(),
            },
        )
    return number


def remove_request(store: Store, users: Users, user: User, request_id: int) -> None:
    """Remove a request recorded by mistake (coordinator)."""
    current = users.require(user, Action.RESOLVE_DIFFERENCES)
    with store.confirm("chain.request.remove", current.id, {"id": request_id}) as tx:
        tx.delete("chain_requests", {"id": request_id})


def requests(store: Store, chain: ChainElection) -> tuple[InvestigationRequest, ...]:
    """Every recorded request, by municipality and station."""
    names = municipalities(chain)
    rows = store.query(
        "SELECT r.*, u.fullname FROM chain_requests AS r JOIN users AS u ON u.id = r.user_id "
        "ORDER BY r.unit, r.station, r.id"
    )
    return tuple(
        InvestigationRequest(
            int(r["id"]),
            f"{int(r['unit']):04d}",
            names.get(f"{int(r['unit']):04d}", ""),
            int(r["station"]),
            str(r["reason"]),
            str(r["assignment"]),
            str(r["at"]),
            str(r["fullname"]),
        )
        for r in rows
    )


def authority(chain: ChainElection) -> str:
    """Who asks: ``Centraal stembureau <area>`` or ``Hoofdstembureau kieskring <name>``."""
    name = chain.setup.municipality_name
    if chain.setup.kieskring:
        return f"Hoofdstembureau {name.lower() if name.startswith('Kieskring') else name}"
    return f"Centraal stembureau {name}"


def export_requests(
    store: Store, chain: ChainElection, municipality: str, date: dt.date, place: str
) -> tuple[bytes, bytes]:
    """The JSON file and the PDF of the requests to one GSB (docs/chain-app.md §5)."""
    code = municipality.zfill(4)
    chosen = tuple(r for r in requests(store, chain) if r.municipality == code)
    if not chosen:
        raise _problem(
            "CHAIN.NO_REQUESTS",
            f"er zijn geen verzoeken voor gemeente {code}",
            f"there are no requests for municipality {code}",
        )
    name = chosen[0].municipality_name
    data = {
        "format": FORMAT,
        "version": VERSION,
        "election": {"id": chain.election.id, "name": chain.election.identity.name},
        "from": authority(chain),
        "municipality": {"code": code, "name": name},
        "date": date.isoformat(),
        "requests": [
            {"station": r.station, "reason": r.reason, "assignment": r.assignment} for r in chosen
        ],
    }
    info = DocumentInfo(
        model="Verzoek om onderzoek",
        version=str(VERSION),
        election_name=chain.election.identity.name,
        election_id=chain.election.id,
        authority=authority(chain),
        date=date.isoformat(),
        place=place,
    )
    pdf = render(
        InvestigationRequestsData(
            info,
            code,
            name,
            tuple(RequestedInvestigation(r.station, r.reason, r.assignment) for r in chosen),
        )
    )
    return (canonical_json(data) + "\n").encode("utf-8"), pdf
