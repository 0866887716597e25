"""Render the P 22-2 of a computed single-district allocation (Kieswet P 22 lid 2).

Joins :mod:`kieskring.protocols.from_allocation` (the data) and the P 22-2 renderer (the layout);
the fingerprint printed is that of the 520 written for the same result.
"""

from __future__ import annotations

from kieskring.domain.candidates import CandidateLists
from kieskring.protocols import data as d
from kieskring.protocols.from_allocation import result_report
from kieskring.protocols.serialize import render_model
from seat_allocation.allocate import Allocation

MODEL_VERSION = "2024"


def render_p22_2(
    allocation: Allocation,
    lists: CandidateLists,
    fingerprint: str,
    certificate_fingerprint: str,
    date: str,
    place: str,
) -> bytes:
    """The P 22-2 PDF bytes (unsigned)."""
    identity = lists.identity
    domain = identity.domain.name if identity.domain else ""
    info = d.DocumentInfo(
        model="P 22-2",
        version=MODEL_VERSION,
        election_name=identity.name,
        election_id=identity.id,
        authority=f"Centraal stembureau {domain}".strip(),
        date=date,
        place=place,
        fingerprint=fingerprint,
        certificate_fingerprint=certificate_fingerprint,
    )
    return render_model("p22-2", result_report(allocation, lists, info))
