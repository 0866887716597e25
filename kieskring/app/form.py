"""The data-entry form: its sections in the order of the paper and the fields in each (docs/pv-models.md §2).

CSO, first session (Na 31-2 Bijlage 1): extra investigation (B1-1), differences with the station's count
(B1-2), voters and votes (B1-3.1/3.2), differences (B1-3.3), then one page per list. DSO, first session
(N 10-1): "about this PV", then the same counts, differences and lists. A yes/no question is two tick
boxes (``.yes`` / ``.no``) because the paper allows ticking both or neither, which the catalogue checks.
Field values are ``int | None``; ticks are 0/1; an empty field is 0. Labels are the paper's words in Dutch
with English beside them (:class:`~kieskring.app.text.Text`); a list page shows every candidate's number
and name as in the 230b.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from kieskring.app.setup import Body, Counting, ElectionSetup, ListSetup
from kieskring.app.text import Text

MAX_COUNT = 999_999_999
"""docs/pv-models.md §2: numbers above 999,999,999 are impossible."""

Values = Mapping[str, int | None]


class FieldKind(enum.Enum):
    """A number typed from the paper, or a tick box (0/1)."""

    COUNT = "count"
    TICK = "tick"


@dataclass(frozen=True)
class Field:
    """One input: its stable key (used in storage and comparison), its letter or number as printed on
    the paper ("A", "E.3", a candidate's number; empty when the paper has none), its label and kind.
    A tick belongs to a yes/no ``question`` (its key prefix) or stands alone."""

    key: str
    label: Text
    kind: FieldKind = FieldKind.COUNT
    letter: str = ""
    question: str = ""

    @property
    def label_nl(self) -> str:
        """The Dutch label (with the letter, as the paper shows it)."""
        return f"{self.letter} {self.label.nl}".strip()

    @property
    def maximum(self) -> int:
        """The largest value the field accepts."""
        return 1 if self.kind is FieldKind.TICK else MAX_COUNT


class SectionKind(enum.Enum):
    """How a section is laid out on paper: yes/no questions, a table of counts, the comparison of D
    and H, or one list's candidates with the list total."""

    QUESTIONS = "questions"
    COUNTS = "counts"
    DIFFERENCES = "differences"
    LIST = "list"


@dataclass(frozen=True)
class Question:
    """A yes/no question of the paper: two tick boxes, ``<key>.yes`` and ``<key>.no``."""

    key: str
    text: Text


@dataclass(frozen=True)
class Section:
    """One page or block of the paper form, saved on its own."""

    key: str
    title: Text
    fields: tuple[Field, ...]
    kind: SectionKind = SectionKind.COUNTS
    questions: tuple[Question, ...] = ()
    list_number: int | None = None
    total_key: str | None = None
    """A list page's total as printed on paper (Shift+↓ jumps there)."""

    @property
    def title_nl(self) -> str:
        """The Dutch title."""
        return self.title.nl


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
        """Every field of the form with its value; an empty field is 0 (docs/docs/pv-models.md §2)."""
        return {key: values.get(key) or 0 for key in self.fields}


YES = Text("ja", "yes")
NO = Text("nee", "no")


def _questions(*items: tuple[str, Text]) -> tuple[tuple[Question, ...], tuple[Field, ...]]:
    """Yes/no questions and their tick boxes (the paper allows ticking both or neither, which the
    catalogue checks: F.101, F.102, F.111, F.112, F.121, F.310)."""
    questions = tuple(Question(key, text) for key, text in items)
    fields = tuple(
        Field(f"{q.key}.{answer}", word, FieldKind.TICK, question=q.key)
        for q in questions
        for answer, word in (("yes", YES), ("no", NO))
    )
    return questions, fields


COUNT_LABELS: Mapping[str, Text] = {
    "A": Text("Stempassen", "Poll cards"),
    "B": Text("Volmachtbewijzen", "Proxy certificates"),
    "C": Text("Kiezerspassen", "Voter passes"),
    "D": Text("Toegelaten kiezers (A + B + C)", "Admitted voters (A + B + C)"),
    "E": Text("Stemmen op kandidaten (totaal van de lijsten)", "Votes for candidates (all lists)"),
    "F": Text("Blanco stembiljetten", "Blank ballots"),
    "G": Text("Ongeldige stembiljetten", "Invalid ballots"),
    "H": Text("Getelde stembiljetten (E + F + G)", "Ballots counted (E + F + G)"),
    "I": Text("Méér getelde stembiljetten (H − D)", "More ballots counted (H − D)"),
    "J": Text("Minder getelde stembiljetten (D − H)", "Fewer ballots counted (D − H)"),
}
"""The counts as the paper names them (docs/chain.md §2; letters A–J)."""


def _count(letter: str) -> Field:
    return Field(letter, COUNT_LABELS[letter], letter=letter)


def _voters_votes(setup: ElectionSetup) -> Section:
    fields = [_count("A"), _count("B")]
    if setup.voter_passes:
        fields.append(_count("C"))
    fields.append(_count("D"))
    fields.extend(
        Field(
            f"E.{item.number}",
            Text(f"Lijst {item.number} – {item.name}", f"List {item.number} – {item.name}"),
            letter=f"E.{item.number}",
        )
        for item in setup.lists
    )
    fields.extend(_count(letter) for letter in ("E", "F", "G", "H"))
    return Section(
        "voters_votes",
        Text("Aantallen kiezers en stemmen", "Numbers of voters and votes"),
        tuple(fields),
    )


def _differences() -> Section:
    questions, answers = _questions(
        ("explained", Text("Is het verschil verklaard?", "Is the difference explained?"))
    )
    return Section(
        "differences",
        Text("Verschil tussen kiezers (D) en stembiljetten (H)", "Voters (D) and ballots (H)"),
        (
            Field("cmp.equal", Text("D en H zijn gelijk", "D and H are equal"), FieldKind.TICK),
            Field(
                "cmp.more",
                Text("H is groter dan D (méér stembiljetten geteld)", "H is greater than D"),
                FieldKind.TICK,
            ),
            Field(
                "cmp.fewer",
                Text("H is kleiner dan D (minder stembiljetten geteld)", "H is smaller than D"),
                FieldKind.TICK,
            ),
            _count("I"),
            _count("J"),
            *answers,
        ),
        SectionKind.DIFFERENCES,
        questions,
    )


def _list_page(item: ListSetup) -> Section:
    n = item.number
    fields = [
        Field(f"L{n}.{pos}", Text(name, name), letter=str(pos))
        for pos, name in enumerate(item.display_names(), start=1)
    ]
    fields.append(Field(f"L{n}.total", Text(f"Totaal lijst {n}", f"Total list {n}")))
    return Section(
        f"list_{n}",
        Text(f"Lijst {n} – {item.name}", f"List {n} – {item.name}"),
        tuple(fields),
        SectionKind.LIST,
        list_number=n,
        total_key=f"L{n}.total",
    )


def _question_section(key: str, title: Text, *items: tuple[str, Text]) -> Section:
    questions, fields = _questions(*items)
    return Section(key, title, fields, SectionKind.QUESTIONS, questions)


def _opening(counting: Counting) -> tuple[Section, ...]:
    match counting:
        case Counting.CSO:
            return (
                _question_section(
                    "extra_investigation",
                    Text("Extra onderzoek", "Extra investigation"),
                    (
                        "inv.other_reason",
                        Text(
                            "Heeft het gemeentelijk stembureau extra onderzoek gedaan om een andere"
                            " reden dan een onverklaard verschil?",
                            "Did the municipal committee investigate for another reason than an"
                            " unexplained difference?",
                        ),
                    ),
                    (
                        "inv.recounted",
                        Text(
                            "Zijn de stembiljetten (gedeeltelijk) herteld?",
                            "Were the ballots (partly) recounted?",
                        ),
                    ),
                ),
                _question_section(
                    "station_differences",
                    Text(
                        "Verschillen met de telling van het stembureau",
                        "Differences with the polling station's count",
                    ),
                    (
                        "sbdiff.unexplained",
                        Text(
                            "Had het stembureau een onverklaard verschil tussen kiezers en"
                            " stembiljetten?",
                            "Did the polling station report an unexplained difference between"
                            " voters and ballots?",
                        ),
                    ),
                    (
                        "sbdiff.per_list",
                        Text(
                            "Is er een verschil in het aantal stemmen per lijst met de telling van"
                            " het stembureau?",
                            "Do the votes per list differ from the polling station's count?",
                        ),
                    ),
                ),
            )
        case Counting.DSO:
            return (
                _question_section(
                    "about_pv",
                    Text("Over dit proces-verbaal", "About this report"),
                    (
                        "about.corrigendum",
                        Text(
                            "Is er een corrigendum bij dit proces-verbaal?",
                            "Is there a corrigendum?",
                        ),
                    ),
                    (
                        "about.insert",
                        Text(
                            "Is er een invoegvel bij dit proces-verbaal?",
                            "Is there an insert sheet?",
                        ),
                    ),
                ),
            )


ELIGIBLE = Text("Kiesgerechtigden", "Eligible voters")


def _totals(setup: ElectionSetup) -> Section:
    """The totals of a lower committee's PV as typed at the HSB or CSB (docs/pv-models.md §2, "At
    the CSB"): Z, A–D, E.1 … E.n, E–H, I and J, in the paper's order."""
    voters = _voters_votes(setup).fields
    return Section(
        "totals",
        Text("Aantallen kiezers en stemmen", "Numbers of voters and votes"),
        (Field("Z", ELIGIBLE, letter="Z"), *voters, _count("I"), _count("J")),
    )


@cache
def form_layout(setup: ElectionSetup) -> FormLayout:
    """The form typed for one station of this election (the same for every station); at an HSB or
    CSB the totals of one lower committee's PV (Na 31-2 or O 3) and its lists."""
    pages = tuple(_list_page(item) for item in setup.lists)
    if setup.body is not Body.GSB:
        return FormLayout((_totals(setup), *pages))
    return FormLayout((*_opening(setup.counting), _voters_votes(setup), _differences(), *pages))
