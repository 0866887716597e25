"""The data-entry form: its sections in the order of the paper and the fields in each (pv-models.md §2).

CSO, first session (Na 31-2 Bijlage 1): extra investigation (B1-1), differences with the station's count
(B1-2), voters and votes (B1-3.1/3.2), differences (B1-3.3), then one page per list. DSO, first session
(N 10-1): "about this PV", then the same counts, differences and lists. A yes/no question is two tick
boxes (``.yes`` / ``.no``) because the paper allows ticking both or neither, which the catalogue checks.
Field values are ``int | None``; ticks are 0/1; an empty field is 0.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from kieskring.app.setup import Counting, ElectionSetup

MAX_COUNT = 999_999_999
"""pv-models.md §2: numbers above 999,999,999 are impossible."""

Values = Mapping[str, int | None]


class FieldKind(enum.Enum):
    """A number typed from the paper, or a tick box (0/1)."""

    COUNT = "count"
    TICK = "tick"


@dataclass(frozen=True)
class Field:
    """One input: its stable key (used in storage and comparison), label and kind."""

    key: str
    label_nl: str
    kind: FieldKind = FieldKind.COUNT

    @property
    def maximum(self) -> int:
        """The largest value the field accepts."""
        return 1 if self.kind is FieldKind.TICK else MAX_COUNT


@dataclass(frozen=True)
class Section:
    """One page or block of the paper form, saved on its own."""

    key: str
    title_nl: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class FormLayout:
    """All sections in paper order, with a lookup from field key to field and section."""

    sections: tuple[Section, ...]
    fields: Mapping[str, Field] = field(init=False, compare=False)
    section_of: Mapping[str, str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", {f.key: f for s in self.sections for f in s.fields})
        object.__setattr__(
            self, "section_of", {f.key: s.key for s in self.sections for f in s.fields}
        )

    def section(self, key: str) -> Section | None:
        """The section with this key, if any."""
        for item in self.sections:
            if item.key == key:
                return item
        return None

    def normalise(self, values: Values) -> dict[str, int]:
        """Every field of the form with its value; an empty field is 0 (pv-models.md §2)."""
        return {key: values.get(key) or 0 for key in self.fields}


def _yes_no(prefix: str, question: str) -> tuple[Field, Field]:
    return (
        Field(f"{prefix}.yes", f"{question} — ja", FieldKind.TICK),
        Field(f"{prefix}.no", f"{question} — nee", FieldKind.TICK),
    )


def _voters_votes(setup: ElectionSetup) -> Section:
    fields = [Field("A", "A. stempassen"), Field("B", "B. volmachtbewijzen")]
    if setup.voter_passes:
        fields.append(Field("C", "C. kiezerspassen"))
    fields.append(Field("D", "D. toegelaten kiezers"))
    fields.extend(Field(f"E.{item.number}", f"E.{item.number} {item.name}") for item in setup.lists)
    fields.extend(
        [
            Field("E", "E. stemmen op kandidaten"),
            Field("F", "F. blanco stemmen"),
            Field("G", "G. ongeldige stemmen"),
            Field("H", "H. uitgebrachte stemmen"),
        ]
    )
    return Section("voters_votes", "Aantallen kiezers en stemmen", tuple(fields))


def _differences() -> Section:
    return Section(
        "differences",
        "Verschillen tussen toegelaten kiezers en uitgebrachte stemmen",
        (
            Field("cmp.equal", "D en H zijn gelijk", FieldKind.TICK),
            Field("cmp.more", "H is groter dan D (meer stembiljetten geteld)", FieldKind.TICK),
            Field("cmp.fewer", "H is kleiner dan D (minder stembiljetten geteld)", FieldKind.TICK),
            Field("I", "I. aantal méér getelde stembiljetten"),
            Field("J", "J. aantal minder getelde stembiljetten"),
            *_yes_no("explained", "Is het verschil verklaard?"),
        ),
    )


def _list_page(number: int, name: str, candidates: int) -> Section:
    fields = [Field(f"L{number}.{pos}", f"kandidaat {pos}") for pos in range(1, candidates + 1)]
    fields.append(Field(f"L{number}.total", f"totaal lijst {number}"))
    return Section(f"list_{number}", f"Lijst {number} – {name}", tuple(fields))


def _opening(counting: Counting) -> tuple[Section, ...]:
    match counting:
        case Counting.CSO:
            return (
                Section(
                    "extra_investigation",
                    "Extra onderzoek",
                    _yes_no("inv.other_reason", "Extra onderzoek om een andere reden")
                    + _yes_no("inv.recounted", "Stembiljetten (deels) herteld"),
                ),
                Section(
                    "station_differences",
                    "Verschillen met telresultaten van het stembureau",
                    _yes_no("sbdiff.unexplained", "Onverklaard verschil kiezers/stemmen")
                    + _yes_no("sbdiff.per_list", "Verschil in stemmen per lijst"),
                ),
            )
        case Counting.DSO:
            return (
                Section(
                    "about_pv",
                    "Over dit proces-verbaal",
                    _yes_no("about.corrigendum", "Is er een corrigendum")
                    + _yes_no("about.insert", "Is er een invoegvel"),
                ),
            )


@cache
def form_layout(setup: ElectionSetup) -> FormLayout:
    """The form typed for one station of this election (the same for every station)."""
    pages = tuple(_list_page(i.number, i.name, i.candidates) for i in setup.lists)
    return FormLayout((*_opening(setup.counting), _voters_votes(setup), _differences(), *pages))
