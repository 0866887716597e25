"""The Na 31-2 from the data-entry app's totals: the GSB's PV after the first session (CSO).

The app sums the definitive station results (:func:`kieskring.app.totals.gsb_totals`, Kieswet N 10/
N 11); this module only maps them onto the PV's plain data — stations with their admitted voters and
counted ballots, the coordinator's explanations as the station's note, the municipal totals A–J, the
votes per list and per candidate, and the lists with candidate names from the 230b (pv-models.md §5,
Kieswet Na 31). Nothing is computed here.
"""

from __future__ import annotations

from kieskring.app.totals import Counts, GsbTotals, ListTotal
from kieskring.domain.candidates import CandidateLists
from kieskring.protocols import data as d
from kieskring.protocols.from_eml import party_lists


def pv_counts(counts: Counts, lists: tuple[ListTotal, ...]) -> d.Counts:
    """A–J and the votes per list and candidate, as the PV prints them."""
    return d.Counts(
        poll_cards=counts.A,
        proxy_certificates=counts.B,
        voter_passes=counts.C,
        admitted=counts.D,
        list_votes=tuple(x.votes for x in lists),
        blank=counts.F,
        invalid=counts.G,
        cast=counts.H,
        more_counted=counts.I,
        fewer_counted=counts.J,
        candidate_votes=tuple(x.candidate_votes for x in lists),
    )


def gsb_report(
    totals: GsbTotals,
    lists: CandidateLists,
    info: d.DocumentInfo,
    audit_head: tuple[int, str] | None = None,
) -> d.GsbReportData:
    """The Na 31-2 data: ``info`` carries the date, place and the 510b's fingerprint (inputs);
    ``audit_head`` the audit log's last entry number and hash, printed for the auditor."""
    stations = tuple(
        d.StationResult(
            d.Station(s.number, s.name),
            pv_counts(s.counts, s.lists),
            s.explanation or ("waarschuwing: " + ", ".join(s.warnings) if s.warnings else ""),
        )
        for s in totals.stations
    )
    seq, digest = audit_head or (0, "")
    return d.GsbReportData(
        info, party_lists(lists), stations, pv_counts(totals.counts, totals.lists), seq, digest
    )
