"""Render the P 22-2 of a computed single-district allocation (Kieswet P 22 lid 2).

Joins :mod:`kieskring.protocols.from_allocation` (the data) and the P 22-2 renderer (the layout);
the fingerprint printed is that of the 520 written for the same result.
"""

from __future__ import annotations

from kieskring.domain.candidates import CandidateLists
from kieskring.protocols import data as d
from kieskring.protocols.from_allocation import national_report, result_report
from kieskring.protocols.serialize import render_model
from seat_allocation.allocate import Allocation
from seat_allocation.multi.allocate import NationalAllocation

MODEL_VERSION = "2024"


def document_info(
    model: str, lists: CandidateLists, fingerprint: str, certificate: str, date: str, place: str
) -> d.DocumentInfo:
    """The header and footer data of a result PV."""
    identity = lists.identity
    domain = identity.domain.name if identity.domain else "Nederland"
    return d.DocumentInfo(
        model=model,
        version=MODEL_VERSION,
        election_name=identity.name,
        election_id=identity.id,
        authority=f"Centraal stembureau {domain}".strip(),
        date=date,
        place=place,
        fingerprint=fingerprint,
        certificate_fingerprint=certificate,
    )


def render_p22_1(
    allocation: NationalAllocation,
    lists: list[CandidateLists],
    fingerprint: str,
    certificate_fingerprint: str,
    date: str,
    place: str,
) -> bytes:
    """The P 22-1 PDF bytes (unsigned) for an election with kieskringen."""
    info = document_info("P 22-1", lists[0], fingerprint, certificate_fingerprint, date, place)
    return render_model("p22-1", national_report(allocation, lists, info))


def render_p22_2(
    allocation: Allocation,
    lists: CandidateLists,
    fingerprint: str,
    certificate_fingerprint: str,
    date: str,
    place: str,
) -> bytes:
    """The P 22-2 PDF bytes (unsigned)."""
    info = document_info("P 22-2", lists, fingerprint, certificate_fingerprint, date, place)
    return render_model("p22-2", result_report(allocation, lists, info))
