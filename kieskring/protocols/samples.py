"""Synthetic, deterministic plain data for every model: used by examples, benches and tests.

Names are invented ("Kandidaat 3, A.") and numbers follow simple formulas, so a reader can check
every printed total by hand. Real elections come through :mod:`kieskring.protocols.build`.
"""

from __future__ import annotations

import hashlib

from kieskring.protocols import data as d

FINGERPRINT = hashlib.sha256(b"voorbeeld").hexdigest()


def info(model: str, *, fingerprint: str = FINGERPRINT) -> d.DocumentInfo:
    """Document info for ``model`` for a fictitious municipal election."""
    return d.DocumentInfo(
        model=model,
        version="2026-1",
        election_name="Gemeenteraadsverkiezing 2026",
        election_id="GR2026_Voorbeeld",
        authority="Gemeente Voorbeeld",
        date="2026-03-18",
        place="Voorbeeld",
        fingerprint=fingerprint,
    )


def party_lists(lists: int, candidates: int) -> tuple[d.PartyList, ...]:
    """``lists`` lists of ``candidates`` candidates each."""
    return tuple(
        d.PartyList(
            number=n,
            name=f"Partij {n}",
            candidates=tuple(
                d.Candidate(c, f"Kandidaat{c}, A.B. (Anna) van Lijst{n}")
                for c in range(1, candidates + 1)
            ),
        )
        for n in range(1, lists + 1)
    )


def counts(lists: tuple[d.PartyList, ...], scale: int = 1) -> d.Counts:
    """Counts where candidate c of list n has (n + c) * scale votes; A–D, F, G, H consistent."""
    cand = tuple(tuple((p.number + c.number) * scale for c in p.candidates) for p in lists)
    list_votes = tuple(sum(v) for v in cand)
    blank, invalid = 3 * scale, 2 * scale
    cast = sum(list_votes) + blank + invalid
    return d.Counts(
        poll_cards=cast - 2,
        proxy_certificates=1,
        voter_passes=0,
        admitted=cast - 1,
        list_votes=list_votes,
        blank=blank,
        invalid=invalid,
        cast=cast,
        more_counted=1,
        candidate_votes=cand,
    )


def blank_form(model: str, station: int, lists: int = 4, candidates: int = 10) -> d.BlankFormData:
    """A blank N 10-2 (``model`` "N 10-2") or Na 31-2 Bijlage 1 for station ``station``."""
    return d.BlankFormData(
        info=info(model, fingerprint=""),
        station=d.Station(station, f"Stembureau {station}", "1234 AB"),
        lists=party_lists(lists, candidates),
        with_candidates=model != "N 10-2",
    )


def gsb_report() -> d.GsbReportData:
    """A Na 31-2 with three stations."""
    lists = party_lists(3, 5)
    per_station = counts(lists)
    stations = tuple(
        d.StationResult(d.Station(n, f"Stembureau {n}"), per_station, "herteld" if n == 2 else "")
        for n in (1, 2, 3)
    )
    return d.GsbReportData(info("Na 31-2"), lists, stations, counts(lists, 3))


def corrigendum() -> d.CorrigendumData:
    """A Na 14-2 with two corrections."""
    st = d.Station(2, "Stembureau 2")
    return d.CorrigendumData(
        info("Na 14-2"),
        (
            d.Correction(st, "Lijst 1 – Partij 1", 1250, 1205, "E.1"),
            d.Correction(st, "Blanco stembiljetten", 3, 48, "F"),
        ),
        sitting=2,
    )


def corrigendum_form() -> d.CorrigendumFormData:
    """A Na 14-2 Bijlage 1 for station 2, pre-filled with the counts of :func:`counts`."""
    lists = party_lists(3, 5)
    return d.CorrigendumFormData(
        info("Na 14-2 Bijlage 1", fingerprint=""),
        d.Station(2, "Stembureau 2", "1234 AB"),
        lists,
        counts(lists, 2),
        "Verzoek centraal stembureau: verschil tussen D en H",
        "Hertel de stembiljetten van lijst 1",
    )


def session_report() -> d.SessionReportData:
    """A P 2a with one investigation."""
    return d.SessionReportData(
        info("P 2a", fingerprint=""),
        (
            d.Investigation(
                d.Station(2, "Stembureau 2"),
                "Verzoek centraal stembureau: verschil tussen D en H",
                "Stembiljetten herteld; 45 stemmen bij lijst 1 waren bij blanco geteld.",
                counts_changed=True,
            ),
        ),
        sitting=2,
        signals=(
            d.SignalNote(
                "SB3 Stembureau 3",
                "lijst 2 (Partij 2): kandidaat 1 en kandidaat 4 lijken verwisseld: 3 en 41 stemmen, "
                "verwacht naar de andere stembureaus ongeveer 38,5 en 4,2",
                "Papier nagekeken: de stemmen staan zo op het proces-verbaal van het stembureau.",
            ),
        ),
    )


def kieskring_report() -> d.KieskringReportData:
    """An O 3 with two municipalities."""
    lists = party_lists(3, 5)
    municipalities = (
        d.MunicipalityResult("Gemeente Noord", counts(lists, 2)),
        d.MunicipalityResult("Gemeente Zuid", counts(lists, 3)),
    )
    return d.KieskringReportData(info("O 3"), lists, municipalities, counts(lists, 5))


def result_report(model: str = "P 22-2") -> d.ResultReportData:
    """A P 22-2 (or P 22-1 with one lijstengroep): 3 lists, 9 seats, votes 600/300/100.

    Hand-computed: quota 1000/9 = 111 1/9; full seats 5, 2, 0 (600 = 5·111 1/9 + 44 4/9,
    300 = 2·111 1/9 + 77 7/9, 100 < quota); remainders 44 4/9, 77 7/9, 100: the two residual seats
    go to lists 3 and 2 (largest remainders, Kieswet P 8), totals 5, 3, 1.
    """
    lists = party_lists(3, 4)
    seats = (
        d.ListSeats(1, "Partij 1", 600, 5, 0),
        d.ListSeats(2, "Partij 2", 300, 2, 1),
        d.ListSeats(3, "Partij 3", 100, 0, 1),
    )
    rows = (
        d.StepRow(1, d.Ratio(400, 9)),
        d.StepRow(2, d.Ratio(700, 9)),
        d.StepRow(3, d.Ratio(100, 1), awarded=True),
    )
    rows2 = (d.StepRow(1, d.Ratio(400, 9)), d.StepRow(2, d.Ratio(700, 9), awarded=True))
    steps = (
        d.ResidualStep(1, "grootste overschotten", "Kieswet P 8", rows),
        d.ResidualStep(2, "grootste overschotten", "Kieswet P 8", rows2),
    )
    elected = (
        d.ElectedList(
            1,
            "Partij 1",
            ("Kandidaat4, D. (Dirk)",),
            tuple(f"Kandidaat{i}, A." for i in (1, 2, 3, 5)),
        ),
        d.ElectedList(2, "Partij 2", (), ("Kandidaat1, B.", "Kandidaat2, C.", "Kandidaat3, E.")),
        d.ElectedList(3, "Partij 3", (), ("Kandidaat1, F.",)),
    )
    names = sorted(n for e in elected for n in (*e.by_preference, *e.by_list_order))
    groups: tuple[d.GroupDivision, ...] = ()
    if model == "P 22-1":
        groups = (
            d.GroupDivision(
                "Lijstengroep Partij 1 + Partij 2",
                8,
                d.Ratio(900, 8),
                (("Partij 1", 600, 5), ("Partij 2", 300, 3)),
            ),
        )
    return d.ResultReportData(
        info=info(model),
        seats=9,
        total_votes=1000,
        quota=d.Ratio(1000, 9),
        preference_threshold=d.Ratio(1000, 36),
        lists=seats,
        steps=steps,
        footnotes=("Geen lijst kreeg de volstrekte meerderheid van de stemmen (Kieswet P 9).",),
        elected=elected,
        elected_alphabetical=tuple(names),
        candidate_lists=lists,
        candidate_votes=tuple(tuple(10 * (n + 1) for n in range(4)) for _ in lists),
        groups=groups,
    )
