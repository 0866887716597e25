"""Plain data the PV renderers read: frozen dataclasses, no behaviour beyond small derived values.

Everything a PV prints is here, already decided: the renderers never compute a seat or a total, they
only lay out what the chain determined (Kieswet P 22, O 3, Na 31; models in ``pv-models.md`` §5).
Fractions are carried exactly as numerator/denominator (:class:`Ratio`), never as floats.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ratio:
    """An exact non-negative fraction ``numerator / denominator`` (denominator > 0)."""

    numerator: int
    denominator: int = 1


@dataclass(frozen=True)
class DocumentInfo:
    """What every PV carries: model, version, election, place and date (an input, never the clock).

    ``fingerprint`` is the SHA-256 of the EML file that belongs to this PV (chain.md §4),
    printed in the footer; ``certificate_fingerprint`` the SHA-256 of the installation's
    certificate (empty: not shown).
    """

    model: str
    version: str
    election_name: str
    election_id: str
    authority: str
    date: str
    place: str = ""
    fingerprint: str = ""
    certificate_fingerprint: str = ""


@dataclass(frozen=True)
class Candidate:
    """A candidate as in the 230b: number on the list and the name exactly as printed."""

    number: int
    name: str
    locality: str = ""


@dataclass(frozen=True)
class PartyList:
    """A list (lijst): its number, appellation and candidates in list order."""

    number: int
    name: str
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True)
class Station:
    """A stembureau: its number, name and (optional) postcode."""

    number: int
    name: str
    postcode: str = ""


@dataclass(frozen=True)
class Counts:
    """Counted numbers (chain.md §2): A–D admitted, E per list, F blank, G invalid, H, I, J.

    ``list_votes`` holds E.x in the order of the PV's lists; ``candidate_votes`` per list the
    candidates' votes in list order (may be empty when only list totals are known).
    """

    poll_cards: int
    proxy_certificates: int
    voter_passes: int
    admitted: int
    list_votes: tuple[int, ...]
    blank: int
    invalid: int
    cast: int
    more_counted: int = 0
    fewer_counted: int = 0
    candidate_votes: tuple[tuple[int, ...], ...] = ()

    @property
    def valid(self) -> int:
        """E: the sum of the list totals."""
        return sum(self.list_votes)


@dataclass(frozen=True)
class BlankFormData:
    """A blank count form for one station (N 10-2 or Na 31-2 Bijlage 1), pre-filled."""

    info: DocumentInfo
    station: Station
    lists: tuple[PartyList, ...]
    with_candidates: bool


@dataclass(frozen=True)
class StationResult:
    """One counted station on the GSB PV, with a note about any investigation."""

    station: Station
    counts: Counts
    note: str = ""


@dataclass(frozen=True)
class SignalNote:
    """A plausibility signal the coordinator saw before finishing, and what they recorded about it
    (docs/signals.md §1): ``note`` is why it is fine, or empty when nothing was recorded."""

    station: str
    signal: str
    note: str = ""


@dataclass(frozen=True)
class GsbReportData:
    """Na 31-2: the GSB's first session (central count): stations, totals, lists and candidates,
    and the plausibility signals with the coordinator's notes.

    ``audit_seq`` / ``audit_hash``: the head of the data-entry app's audit log when the PV was made
    (issue 12 D: on paper, so a later re-chained log is caught); 0 / empty: not printed."""

    info: DocumentInfo
    lists: tuple[PartyList, ...]
    stations: tuple[StationResult, ...]
    total: Counts
    audit_seq: int = 0
    audit_hash: str = ""
    signals: tuple[SignalNote, ...] = ()


@dataclass(frozen=True)
class Correction:
    """One corrected number in a follow-up session: where, what (the field's label, and its code
    on the form: ``A``, ``E.3``, ``L3.5`` for candidate 5 of list 3), the old and the new value."""

    station: Station
    field: str
    old: int
    new: int
    code: str = ""


@dataclass(frozen=True)
class CorrigendumData:
    """Na 14-2: the corrigendum of a follow-up session (old and new values per station);
    ``replaces`` is the fingerprint of the count it corrects, ``sitting`` the sitting's number."""

    info: DocumentInfo
    corrections: tuple[Correction, ...]
    replaces: str = ""
    sitting: int = 0


@dataclass(frozen=True)
class Investigation:
    """A station investigated at the CSB's request: reason, findings, whether the counts changed."""

    station: Station
    reason: str
    findings: str
    counts_changed: bool


@dataclass(frozen=True)
class SessionReportData:
    """P 2a: the report of a follow-up session (its number in ``sitting``), with the plausibility
    signals and the coordinator's notes."""

    info: DocumentInfo
    investigations: tuple[Investigation, ...]
    sitting: int = 0
    signals: tuple[SignalNote, ...] = ()


@dataclass(frozen=True)
class CorrigendumFormData:
    """Na 14-2 Bijlage 1 for one station, pre-filled: why it is investigated and the previous
    counts beside an empty column for the new ones (docs/sittings.md §2)."""

    info: DocumentInfo
    station: Station
    lists: tuple[PartyList, ...]
    previous: Counts
    reason: str
    assignment: str = ""
    voter_passes: bool = True


@dataclass(frozen=True)
class MunicipalityResult:
    """A municipality's totals on the HSB PV."""

    name: str
    counts: Counts


@dataclass(frozen=True)
class KieskringReportData:
    """O 3: the HSB's PV: totals per municipality and for the kieskring, per list and candidate."""

    info: DocumentInfo
    lists: tuple[PartyList, ...]
    municipalities: tuple[MunicipalityResult, ...]
    total: Counts


@dataclass(frozen=True)
class ListSeats:
    """A list's result: votes, full seats and residual seats (Kieswet P 6, P 7–P 9)."""

    list_number: int
    name: str
    votes: int
    full_seats: int
    residual_seats: int


@dataclass(frozen=True)
class StepRow:
    """One row of a residual-seat table: the list and its remainder or average, exactly."""

    list_number: int
    value: Ratio
    awarded: bool = False


@dataclass(frozen=True)
class ResidualStep:
    """One residual-seat step: its method (largest remainders or averages) and article."""

    number: int
    method: str
    article: str
    rows: tuple[StepRow, ...]
    note: str = ""


@dataclass(frozen=True)
class ElectedList:
    """Per list: the candidates elected by preference (P 15) and in list order (P 16)."""

    list_number: int
    name: str
    by_preference: tuple[str, ...]
    by_list_order: tuple[str, ...]


@dataclass(frozen=True)
class GroupDivision:
    """P 22-1 only: the division of a list group's seats over its lists (Kieswet P 19a)."""

    group_name: str
    seats: int
    quota: Ratio
    rows: tuple[tuple[str, int, int], ...]  # (kieskring list, votes, seats)


@dataclass(frozen=True)
class ResultReportData:
    """P 22-2 / P 22-1: the whole seat allocation as the CSB determined it, step by step."""

    info: DocumentInfo
    seats: int
    total_votes: int
    quota: Ratio
    preference_threshold: Ratio
    lists: tuple[ListSeats, ...]
    steps: tuple[ResidualStep, ...]
    footnotes: tuple[str, ...]
    elected: tuple[ElectedList, ...]
    elected_alphabetical: tuple[str, ...]
    candidate_lists: tuple[PartyList, ...] = ()
    candidate_votes: tuple[tuple[int, ...], ...] = ()
    groups: tuple[GroupDivision, ...] = field(default_factory=tuple)
