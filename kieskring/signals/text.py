"""The signals in words, Dutch (B1) and English, with their numbers — for the command line, the
coordinator's screen and the PV (docs/signals.md §1). Fractions are shown rounded to one decimal
(half up, in integers); the decision was taken on the exact fraction."""

from __future__ import annotations

from typing import Any

from kieskring.signals.model import Figure, Kind, LocalList, Measure, Signal, Subject

KIND_LABELS: dict[Kind, tuple[str, str]] = {
    Kind.CANDIDATE_SWAP: ("kandidaten verwisseld?", "candidates swapped?"),
    Kind.LIST_SWAP: ("lijsten verwisseld?", "lists swapped?"),
    Kind.SHARE: ("afwijkend aandeel van een lijst", "unusual share of a list"),
    Kind.TURNOUT: ("afwijkende opkomst", "unusual turnout"),
}


def decimal(numerator: int, denominator: int, *, scale: int = 1, dutch: bool = True) -> str:
    """``numerator/denominator · scale`` with one decimal, rounded half up (exact integers)."""
    tenths = (20 * scale * numerator + denominator) // (2 * denominator)
    whole, rest = divmod(tenths, 10)
    text = f"{whole:,}".replace(",", "." if dutch else ",")
    return f"{text}{',' if dutch else '.'}{rest}"


def percent(figure: Figure, dutch: bool) -> str:
    """A share as a percentage with one decimal."""
    return decimal(figure.numerator, figure.denominator, scale=100, dutch=dutch) + "%"


def _value(figure: Figure, dutch: bool) -> str:
    if figure.denominator == 1:
        return f"{figure.numerator:,}".replace(",", "." if dutch else ",")
    return decimal(figure.numerator, figure.denominator, dutch=dutch)


def _get(signal: Signal, measure: Measure, subject: int | None = None) -> Figure:
    return next(f for f in signal.figures if f.measure is measure and f.subject == subject)


def subject_text(subject: Subject, dutch: bool = True) -> str:
    """``lijst 4 (F.D. Maasdorpen)`` or ``lijst 4 (F.D. Maasdorpen) kandidaat 3 (Naam)``."""
    word = ("lijst", "kandidaat") if dutch else ("list", "candidate")
    text = f"{word[0]} {subject.list_number} ({subject.list_name})"
    if subject.candidate:
        name = f" ({subject.candidate_name})" if subject.candidate_name else ""
        text += f" {word[1]} {subject.candidate}{name}"
    return text


def _pair(signal: Signal, dutch: bool) -> tuple[str, str, str]:
    """The two subjects, and the list they share as a prefix for candidates."""
    first, second = signal.subjects
    if first.candidate is None or second.candidate is None:
        return "", subject_text(first, dutch), subject_text(second, dutch)
    word = "kandidaat" if dutch else "candidate"
    names = [
        f"{word} {s.candidate}" + (f" ({s.candidate_name})" if s.candidate_name else "")
        for s in (first, second)
    ]
    prefix = f"{'lijst' if dutch else 'list'} {first.list_number} ({first.list_name}): "
    return prefix, names[0], names[1]


def _swap(signal: Signal, dutch: bool) -> str:
    prefix, a, b = _pair(signal, dutch)
    seen = [_value(_get(signal, Measure.OBSERVED, n), dutch) for n in (0, 1)]
    expect = [_value(_get(signal, Measure.EXPECTED, n), dutch) for n in (0, 1)]
    if dutch:
        return (
            f"{prefix}{a} en {b} lijken verwisseld: {seen[0]} en {seen[1]} stemmen, verwacht "
            f"naar de andere stembureaus ongeveer {expect[0]} en {expect[1]}"
        )
    return (
        f"{prefix}{a} and {b} look swapped: {seen[0]} and {seen[1]} votes, expected from the "
        f"other stations about {expect[0]} and {expect[1]}"
    )


def _share(signal: Signal, dutch: bool) -> str:
    subject = subject_text(signal.subjects[0], dutch)
    votes = _value(_get(signal, Measure.OBSERVED, 0), dutch)
    expect = _value(_get(signal, Measure.EXPECTED, 0), dutch)
    here = percent(_get(signal, Measure.STATION_SHARE, 0), dutch)
    there = percent(_get(signal, Measure.MUNICIPAL_SHARE, 0), dutch)
    low = percent(_get(signal, Measure.LOWER_FENCE, 0), dutch)
    high = percent(_get(signal, Measure.UPPER_FENCE, 0), dutch)
    if dutch:
        return (
            f"{subject} heeft hier {here} van de stemmen ({votes}), in de gemeente {there} "
            f"(verwacht ongeveer {expect}); de andere stembureaus liggen tussen {low} en {high}"
        )
    return (
        f"{subject} has {here} of the votes here ({votes}), {there} in the municipality "
        f"(expected about {expect}); the other stations lie between {low} and {high}"
    )


def _turnout(signal: Signal, dutch: bool) -> str:
    admitted = _value(_get(signal, Measure.ADMITTED), dutch)
    eligible = _value(_get(signal, Measure.ELIGIBLE), dutch)
    turnout = percent(_get(signal, Measure.TURNOUT), dutch)
    middle = percent(_get(signal, Measure.MEDIAN), dutch)
    low = percent(_get(signal, Measure.LOWER_FENCE), dutch)
    high = percent(_get(signal, Measure.UPPER_FENCE), dutch)
    if dutch:
        return (
            f"opkomst {turnout} ({admitted} toegelaten van {eligible} kiesgerechtigden); "
            f"middelste stembureau {middle}, gebruikelijk tussen {low} en {high}"
        )
    return (
        f"turnout {turnout} ({admitted} admitted of {eligible} eligible); median station "
        f"{middle}, usual range {low} to {high}"
    )


def describe(signal: Signal, *, dutch: bool = True) -> str:
    """One sentence: what looks unusual, with the numbers."""
    match signal.kind:
        case Kind.CANDIDATE_SWAP | Kind.LIST_SWAP:
            return _swap(signal, dutch)
        case Kind.SHARE:
            return _share(signal, dutch)
        case Kind.TURNOUT:
            return _turnout(signal, dutch)


def line(signal: Signal, *, dutch: bool = True) -> str:
    """``SB10 Stembureau …: kandidaten verwisseld?: …`` — one line per signal."""
    label = KIND_LABELS[signal.kind][0 if dutch else 1]
    return f"{signal.station} {signal.station_name}: {label}: {describe(signal, dutch=dutch)}"


def local_text(item: LocalList, *, dutch: bool = True) -> str:
    """Why a list's share was not compared."""
    held = decimal(item.stations_votes, item.valid_votes, scale=100, dutch=dutch) + "%"
    if dutch:
        return (
            f"lijst {item.number} ({item.name}) is een lokale lijst: de helft van haar stemmen komt "
            f"uit {item.stations} stembureau(s) met samen {held} van de stemmen; haar aandeel is niet "
            "met de gemeente vergeleken"
        )
    return (
        f"list {item.number} ({item.name}) is local: half its votes come from {item.stations} "
        f"station(s) holding {held} of the votes; its share was not compared with the municipality"
    )


def as_json(signal: Signal) -> dict[str, Any]:
    """The signal as JSON data (``uitslag signals --json``)."""
    return {
        "kind": signal.kind.value,
        "key": signal.key,
        "station": {"id": signal.station, "name": signal.station_name},
        "subjects": [
            {
                "list": s.list_number,
                "list_name": s.list_name,
                "candidate": s.candidate,
                "candidate_name": s.candidate_name,
            }
            for s in signal.subjects
        ],
        "figures": [
            {
                "measure": f.measure.value,
                "numerator": f.numerator,
                "denominator": f.denominator,
                "subject": f.subject,
            }
            for f in signal.figures
        ],
        "text_nl": describe(signal, dutch=True),
        "text_en": describe(signal, dutch=False),
    }
