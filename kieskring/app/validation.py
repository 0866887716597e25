"""The validation catalogue of pv-models.md §3: errors (F) and warnings (W), each with its stable code.

Errors mean the numbers cannot be right: they never block the typist but route the entry to the
coordinator. Warnings mean the numbers are remarkable: the typist confirms them against the paper.
An empty field is 0. Percentages are exact integer comparisons (``100·x ≥ 3·H``), never rounded.
Each finding belongs to the section where the typist sees it, which comes after all its inputs.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kieskring.app.form import FormLayout, Values
from kieskring.app.setup import Body, Counting, ElectionSetup


class Severity(enum.Enum):
    """Error (F.xxx) or warning (W.xxx)."""

    ERROR = "error"
    WARNING = "warning"


MESSAGES: dict[str, tuple[str, str]] = {
    "F.101": ("Extra onderzoek: één vraag beantwoord, de andere niet",
              "Extra investigation: one question answered, the other not"),
    "F.102": ("Extra onderzoek: meer dan één antwoord op een vraag",
              "Extra investigation: more than one answer to a question"),
    "F.111": ("Verschillen met het stembureau: een vraag is niet beantwoord",
              "Differences with station count: a question is unanswered"),
    "F.112": ("Verschillen met het stembureau: meer dan één antwoord",
              "Differences with station count: more than one answer"),
    "F.121": ("Over dit PV: niet alle vragen beantwoord", "About this PV: not all questions answered"),
    "F.122": ("Corrigendum ja maar invoegvel nee kan niet",
              "Corrigendum yes but insert sheet no is impossible"),
    "F.201": ("A + B + C is niet gelijk aan D", "A + B + C does not equal D"),
    "F.202": ("De stemmen per lijst (E.1 …) tellen niet op tot E", "List votes (E.1 …) do not add up to E"),
    "F.203": ("E + F + G is niet gelijk aan H", "E + F + G does not equal H"),
    "F.204": ("Er zijn stemmen per lijst maar E is leeg of 0", "List votes exist but E is empty or 0"),
    "F.301": ("'D = H' aangekruist maar D en H verschillen", "'D = H' ticked but D differs from H"),
    "F.302": ("'H > D' aangekruist maar H is niet groter dan D", "'H > D' ticked but H is not greater"),
    "F.303": ("'H < D' aangekruist maar H is niet kleiner dan D", "'H < D' ticked but H is not smaller"),
    "F.304": ("Kruis precies één van D = H, H > D, H < D aan", "Tick exactly one of D = H, H > D, H < D"),
    "F.305": ("D = H maar I of J is ingevuld", "D = H but I or J is filled in"),
    "F.306": ("H > D maar I is niet H − D", "H > D but I is not H − D"),
    "F.307": ("H > D maar J is ingevuld", "H > D but J is filled in"),
    "F.308": ("H < D maar J is niet D − H", "H < D but J is not D − H"),
    "F.309": ("H < D maar I is ingevuld", "H < D but I is filled in"),
    "F.310": ("D en H verschillen: beantwoord 'verklaard?' met één antwoord",
              "D differs from H: answer 'explained?' exactly once"),
    "F.312": ("D is niet gelijk aan H − I + J", "D does not equal H − I + J"),
    "F.401": ("Er zijn stemmen voor deze lijst maar het lijsttotaal is leeg of 0",
              "This list has votes but its list total is empty or 0"),
    "F.402": ("Lijsttotaal is niet de som van de kandidaatstemmen",
              "List total is not the sum of the candidate votes"),
    "F.403": ("Lijsttotaal is niet gelijk aan E voor deze lijst",
              "List total does not equal E for this list"),
    "W.001": ("Verschilt van de eerste invoer: controleer met het papier",
              "Differs from the first entry: check against the paper"),
    "W.002": ("Door de coördinator leeggemaakt: voer opnieuw in",
              "Cleared by the coordinator: enter again"),
    "W.201": ("Aantal blanco stemmen is 3% of meer van H", "Blank votes are 3% or more of H"),
    "W.202": ("Aantal ongeldige stemmen is 3% of meer van H", "Invalid votes are 3% or more of H"),
    "W.203": ("Verschil tussen D en H is 2% of meer en minstens 15",
              "Difference between D and H is 2% or more and at least 15"),
    "W.204": ("H is leeg of 0", "H is empty or 0"),
    "W.205": ("Het aantal kiesgerechtigden (Z) is leeg of 0", "Eligible voters (Z) is empty or 0"),
    "W.206": ("Er zijn meer stempassen (A) dan kiesgerechtigden (Z)",
              "There are more poll cards (A) than eligible voters (Z)"),
}  # fmt: skip


_CHECK_TICKS = (
    "Kruis bij elke vraag precies één antwoord aan, zoals op het papier.",
    "Tick exactly one answer to each question, as on the paper.",
)
_CHECK_DH = (
    "Kijk welk vakje op het papier is aangekruist, en controleer D en H.",
    "Check which box is ticked on the paper, and check D and H.",
)
_CHECK_IJ = ("Controleer I en J met het papier.", "Check I and J against the paper.")
_CHECK_REMARKABLE = (
    "Controleer het aantal met het papier. Staat het zo op het papier? Dan is het goed.",
    "Check the number against the paper. If the paper says so, it is right.",
)
ADVICE: dict[str, tuple[str, str]] = {
    "F.101": _CHECK_TICKS,
    "F.102": _CHECK_TICKS,
    "F.111": _CHECK_TICKS,
    "F.112": _CHECK_TICKS,
    "F.121": _CHECK_TICKS,
    "F.122": ("Controleer beide antwoorden met het papier.", "Check both answers on the paper."),
    "F.201": ("Controleer A, B, C en D met het papier.", "Check A, B, C and D against the paper."),
    "F.202": (
        "Controleer de stemmen per lijst (E.1 …) en E met het papier.",
        "Check the votes per list (E.1 …) and E against the paper.",
    ),
    "F.203": ("Controleer E, F, G en H met het papier.", "Check E, F, G and H against the paper."),
    "F.204": ("Controleer E met het papier.", "Check E against the paper."),
    "F.301": _CHECK_DH,
    "F.302": _CHECK_DH,
    "F.303": _CHECK_DH,
    "F.304": _CHECK_DH,
    "F.305": _CHECK_IJ,
    "F.306": _CHECK_IJ,
    "F.307": _CHECK_IJ,
    "F.308": _CHECK_IJ,
    "F.309": _CHECK_IJ,
    "F.310": (
        "Kruis 'ja' of 'nee' aan, zoals op het papier.",
        "Tick 'yes' or 'no', as on the paper.",
    ),
    "F.401": (
        "Typ het lijsttotaal over zoals het op het papier staat.",
        "Type the list total as the paper gives it.",
    ),
    "F.402": (
        "Controleer de stemmen per kandidaat en het lijsttotaal met het papier.",
        "Check the votes per candidate and the list total against the paper.",
    ),
    "F.403": (
        "Controleer het lijsttotaal en het aantal bij E voor deze lijst.",
        "Check the list total and the number at E for this list.",
    ),
    "W.001": (
        "Controleer dit veld nog eens met het papier.",
        "Check this field against the paper.",
    ),
    "W.002": ("Typ dit veld opnieuw over van het papier.", "Type this field again from the paper."),
    "W.201": _CHECK_REMARKABLE,
    "W.202": _CHECK_REMARKABLE,
    "W.203": _CHECK_REMARKABLE,
    "W.204": _CHECK_REMARKABLE,
    "F.312": (
        "Controleer D, H, I en J met het proces-verbaal.",
        "Check D, H, I and J against the report.",
    ),
    "W.205": _CHECK_REMARKABLE,
    "W.206": ("Controleer A en Z met het papier.", "Check A and Z against the paper."),
}
"""What the typist should check for each code (shown under the sentence in the findings box)."""


@dataclass(frozen=True)
class Finding:
    """One catalogue hit: code, error or warning, the section shown in and the fields concerned."""

    code: str
    section: str
    fields: tuple[str, ...]

    @property
    def severity(self) -> Severity:
        """F.xxx is an error, W.xxx a warning."""
        return Severity.ERROR if self.code.startswith("F.") else Severity.WARNING

    @property
    def key(self) -> str:
        """Stable identity for acknowledging a warning: ``W.201@F,H``."""
        return f"{self.code}@{','.join(self.fields)}"

    @property
    def message_nl(self) -> str:
        """Dutch message (B1)."""
        return MESSAGES[self.code][0]

    @property
    def message_en(self) -> str:
        """English message."""
        return MESSAGES[self.code][1]


class _Reader:
    """Field access where an empty field is 0."""

    def __init__(self, values: Values) -> None:
        self.values = values

    def __call__(self, key: str) -> int:
        return self.values.get(key) or 0


def _yes_no_checks(v: _Reader, prefixes: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Which questions are unanswered and which have both answers ticked."""
    unanswered = [p for p in prefixes if not v(f"{p}.yes") and not v(f"{p}.no")]
    double = [p for p in prefixes if v(f"{p}.yes") and v(f"{p}.no")]
    return unanswered, double


def _opening_checks(v: _Reader, counting: Counting) -> Iterator[Finding]:
    """F.101/F.102 (extra investigation), F.111/F.112 (station differences), F.121/F.122 (DSO)."""
    match counting:
        case Counting.CSO:
            inv = ("inv.other_reason", "inv.recounted")
            unanswered, double = _yes_no_checks(v, inv)
            if len(unanswered) == 1:
                yield Finding("F.101", "extra_investigation", tuple(f"{p}.yes" for p in unanswered))
            if double:
                yield Finding("F.102", "extra_investigation", tuple(f"{p}.yes" for p in double))
            diff = ("sbdiff.unexplained", "sbdiff.per_list")
            unanswered, double = _yes_no_checks(v, diff)
            if unanswered:
                yield Finding("F.111", "station_differences", tuple(f"{p}.yes" for p in unanswered))
            if double:
                yield Finding("F.112", "station_differences", tuple(f"{p}.yes" for p in double))
        case Counting.DSO:
            unanswered, double = _yes_no_checks(v, ("about.corrigendum", "about.insert"))
            if unanswered or double:
                yield Finding("F.121", "about_pv", tuple(f"{p}.yes" for p in unanswered + double))
            if v("about.corrigendum.yes") and v("about.insert.no"):
                yield Finding("F.122", "about_pv", ("about.corrigendum.yes", "about.insert.no"))


def _count_checks(v: _Reader, setup: ElectionSetup) -> Iterator[Finding]:
    """F.201–F.204 and W.201–W.204 on the voters-and-votes section."""
    s = "voters_votes"
    list_keys = tuple(f"E.{item.number}" for item in setup.lists)
    list_sum = sum(v(key) for key in list_keys)
    d, e, f, g, h = v("D"), v("E"), v("F"), v("G"), v("H")
    if v("A") + v("B") + v("C") != d:
        yield Finding("F.201", s, ("A", "B", "C", "D") if setup.voter_passes else ("A", "B", "D"))
    f204 = list_sum > 0 and e == 0
    if f204:
        yield Finding("F.204", s, ("E",))
    if not f204 and list_sum != e:
        yield Finding("F.202", s, (*list_keys, "E"))
    if not f204 and e + f + g != h:
        yield Finding("F.203", s, ("E", "F", "G", "H"))
    if h == 0:
        yield Finding("W.204", s, ("H",))
    if h > 0 and 100 * f >= 3 * h:
        yield Finding("W.201", s, ("F",))
    if h > 0 and 100 * g >= 3 * h:
        yield Finding("W.202", s, ("G",))
    if 100 * abs(d - h) >= 2 * h and abs(d - h) >= 15:
        yield Finding("W.203", s, ("D", "H"))


def _difference_checks(v: _Reader) -> Iterator[Finding]:
    """F.301–F.310 on the differences section (D and H from the section before)."""
    s = "differences"
    d, h, i, j = v("D"), v("H"), v("I"), v("J")
    ticks = [key for key in ("cmp.equal", "cmp.more", "cmp.fewer") if v(key)]
    if len(ticks) != 1:
        yield Finding("F.304", s, ("cmp.equal", "cmp.more", "cmp.fewer"))
    if v("cmp.equal") and d != h:
        yield Finding("F.301", s, ("cmp.equal",))
    if v("cmp.more") and h <= d:
        yield Finding("F.302", s, ("cmp.more",))
    if v("cmp.fewer") and h >= d:
        yield Finding("F.303", s, ("cmp.fewer",))
    if d == h and (i or j):
        yield Finding("F.305", s, ("I", "J"))
    if h > d and i != h - d:
        yield Finding("F.306", s, ("I",))
    if h > d and j:
        yield Finding("F.307", s, ("J",))
    if h < d and j != d - h:
        yield Finding("F.308", s, ("J",))
    if h < d and i:
        yield Finding("F.309", s, ("I",))
    if d != h and bool(v("explained.yes")) == bool(v("explained.no")):
        yield Finding("F.310", s, ("explained.yes", "explained.no"))


def _list_checks(v: _Reader, setup: ElectionSetup) -> Iterator[Finding]:
    """F.401–F.403 on each list page."""
    for item in setup.lists:
        s, total_key = f"list_{item.number}", f"L{item.number}.total"
        candidate_sum = sum(v(f"L{item.number}.{pos}") for pos in range(1, item.candidates + 1))
        total, stated = v(total_key), v(f"E.{item.number}")
        if (candidate_sum > 0 or stated > 0) and total == 0:
            yield Finding("F.401", s, (total_key,))
            continue
        if total != candidate_sum:
            yield Finding("F.402", s, (total_key,))
        if total != stated:
            yield Finding("F.403", s, (total_key,))


def _totals_checks(v: _Reader, setup: ElectionSetup) -> Iterator[Finding]:
    """The totals of a lower committee's PV typed at the HSB or CSB (docs/pv-models.md §3: F.201–
    F.204, F.312, W.204–W.206; no station questions, no tick boxes for D and H)."""
    s = "totals"
    for found in _count_checks(v, setup):
        if found.code in ("F.201", "F.202", "F.203", "F.204", "W.204"):
            yield Finding(found.code, s, found.fields)
    if v("D") != v("H") - v("I") + v("J"):
        yield Finding("F.312", s, ("D", "H", "I", "J"))
    if v("Z") == 0:
        yield Finding("W.205", s, ("Z",))
    elif v("Z") < v("A"):
        yield Finding("W.206", s, ("A", "Z"))


Check = Callable[[_Reader, ElectionSetup], Iterable[Finding]]

CHECKS: tuple[Check, ...] = (
    lambda v, setup: _opening_checks(v, setup.counting),
    _count_checks,
    lambda v, setup: _difference_checks(v),
    _list_checks,
)
CHAIN_CHECKS: tuple[Check, ...] = (_totals_checks, _list_checks)
"""At the HSB and CSB: the totals of the lower PV and its lists (docs/pv-models.md §2–§3)."""


def validate(
    setup: ElectionSetup, layout: FormLayout, values: Values, sections: Iterable[str] | None = None
) -> tuple[Finding, ...]:
    """Every catalogue finding for these values, limited to ``sections`` when given (in paper order).
    A rule applies only to the sections the form has: the corrigendum form of a follow-up sitting
    (docs/sittings.md §3) has no yes/no questions of the first sitting, so F.101–F.112 do not apply."""
    reader = _Reader(values)
    order = {section.key: n for n, section in enumerate(layout.sections)}
    wanted = set(order) if sections is None else set(sections) & set(order)
    found = [
        finding
        for check in (CHECKS if setup.body is Body.GSB else CHAIN_CHECKS)
        for finding in check(reader, setup)
        if finding.section in wanted
    ]
    return tuple(sorted(found, key=lambda item: (order[item.section], item.code)))


def differing_fields(layout: FormLayout, first: Values, second: Values) -> tuple[str, ...]:
    """The field-by-field comparison of two entries (empty = 0), in form order."""
    a, b = layout.normalise(first), layout.normalise(second)
    return tuple(key for key in layout.fields if a[key] != b[key])
