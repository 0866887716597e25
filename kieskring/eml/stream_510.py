"""Reading a large 510 in one streaming pass, keeping its total and the ids of its units (or,
when asked, the units themselves).

A GSB's 510b carries every polling station; the chain above adds municipalities, not stations
(chain.md §1). This reader checks every unit by the rules :func:`~kieskring.eml.read_510.read_510`
applies — candidates add up to their list (EML.101, art. N 11 Kieswet), lists to ``TotalCounted``
(EML.102), the total equals the sum of the units field by field (EML.103), unit ids (EML.108/109),
the admitted-voter identities (EML.201–203, warnings) — without building a model per unit: while a
unit has exactly the selections of the total (same lists, same candidates, same order: the normal
case) its numbers are added as plain integers and the tree of the unit is freed.

On anything unusual — a unit shaped differently, a number that is not plain digits, any hard error —
it reads the file again with :func:`read_510`, whose messages are the authority. The fast path only
ever concludes "all is well"; it never writes its own error message. A test holds both paths to the
same outcome on mutated files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from operator import add
from pathlib import Path

from lxml import etree

from kieskring.domain import (
    CandidateVotes,
    Count,
    ListVotes,
    ReportingUnitVotes,
    Uncounted,
    VoteCounts,
)
from kieskring.eml.arithmetic import compare, group_errors, group_warnings
from kieskring.eml.common import tag
from kieskring.eml.read_510 import count_from_root, read_510, structure_errors
from kieskring.eml.safe import check_root, check_source_bytes, read_bytes
from kieskring.eml.unit_scan import (
    Shape,
    Unusual,
    scan_by_elements,
    shape_of,
)
from kieskring.eml.votes import PvFields, read_pv_fields, read_vote_group
from kieskring.errors import Problem, UserError

_ROOT = tag("EML")
_UNIT = tag("ReportingUnitVotes")
_CONTEST_PATH = "/".join(tag(n) for n in ("Count", "Election", "Contests", "Contest"))
_TOTAL = tag("TotalVotes")
_UNIT_ID = tag("ReportingUnitIdentifier")
CHUNK = 1 << 20


@dataclass(frozen=True)
class CountTotals:
    """A checked 510 without its units: the count (``units == ()``), which units it held, and the
    warnings found on the way."""

    count: Count
    unit_ids: tuple[str, ...]
    warnings: tuple[Problem, ...]


def _arithmetic_holds(values: list[int], counted: int, shape: Shape) -> bool:
    """EML.101 and EML.102 on a unit's numbers (the messages come from the careful reader)."""
    for at, first, past in shape.lists:
        if past > first and sum(values[first:past]) != values[at]:
            return False
    return sum(values[at] for at, _, _ in shape.lists) == counted


@dataclass
class _Sum:
    """The running sum of the units (numbers, PV fields) and their ids, in file order."""

    values: list[int]
    fields: list[int]
    uncounted: dict[str, int]
    ids: list[str]

    def add(self, values: list[int], fields: PvFields, unit_id: str) -> None:
        """Add one unit (``UncountedVotes`` by reason, like ``add_counts``)."""
        self.values = list(map(add, self.values, values))
        own = (fields.cast, fields.total_counted, fields.invalid, fields.blank)
        self.fields = list(map(add, self.fields, own))
        for line in fields.uncounted:
            self.uncounted[line.reason] = self.uncounted.get(line.reason, 0) + line.count
        self.ids.append(unit_id)

    def as_counts(self, total: VoteCounts) -> VoteCounts:
        """The sum as a vote group shaped like ``total`` (for the field-by-field EML.103)."""
        cast, counted, invalid, blank = self.fields
        lines = [Uncounted(reason=r, count=n) for r, n in self.uncounted.items()]
        return shaped(self.values, PvFields(cast, counted, invalid, blank, lines), total)


def shaped(values: list[int], fields: PvFields, total: VoteCounts) -> VoteCounts:
    """A vote group with ``total``'s lists and candidates, these numbers and PV fields."""
    numbers = iter(values)
    lists = tuple(
        ListVotes(
            number=lst.number,
            name=lst.name,
            votes=next(numbers),
            candidates=tuple(
                CandidateVotes(id=c.id, short_code=c.short_code, votes=next(numbers))
                for c in lst.candidates
            ),
        )
        for lst in total.lists
    )
    return fields.counts(lists)


def _unit_ident(others: list[etree._Element]) -> tuple[str, str]:
    """The unit's ``ReportingUnitIdentifier``: its ``Id`` and name."""
    ident = next((el for el in others if el.tag == _UNIT_ID), None)
    if ident is None:
        raise Unusual
    return ident.get("Id", ""), ident.text or ""


@dataclass
class _Reader:
    """The state of one streaming read: the file, the total's shape, the sum, the warnings."""

    file: str
    zero_cast: bool
    shape: Shape | None = None
    total: VoteCounts | None = None
    sum: _Sum | None = None
    warnings: list[Problem] | None = None
    contest: etree._Element | None = None
    units: list[ReportingUnitVotes] | None = None
    """The units themselves, when asked to keep them (a 510c's municipalities, for V06)."""

    def on_total(self, el: etree._Element) -> None:
        if self.total is not None:
            raise Unusual
        self.contest = el.getparent()
        self.total = read_vote_group(el, self.file)
        self.shape = shape_of(self.total)
        self.sum = _Sum([0] * len(self.shape.ids), [0, 0, 0, 0], {}, [])
        self.warnings = group_warnings(self.total, self.file, "TotalVotes")

    def on_unit(self, el: etree._Element) -> None:
        if self.shape is None or self.sum is None or self.warnings is None:
            raise Unusual
        if el.getparent() is not self.contest:
            raise Unusual
        values, others = scan_by_elements(el, self.shape)
        unit_id, name = _unit_ident(others)
        fields = read_pv_fields(others, self.file, el)
        if not _arithmetic_holds(values, fields.total_counted, self.shape):
            raise Unusual
        self.sum.add(values, fields, unit_id)
        if self.units is not None and self.total is not None:
            counts = shaped(values, fields, self.total)
            self.units.append(ReportingUnitVotes(id=unit_id, name=name, counts=counts))
        self.warnings += group_warnings(
            fields.counts(), self.file, unit_id, zero_cast=self.zero_cast
        )


def _events(data: bytes, schema: etree.XMLSchema | None) -> Iterator[tuple[str, etree._Element]]:
    """The root as it starts, then ``TotalVotes`` and ``ReportingUnitVotes`` as they complete;
    the caller clears each unit after use, so memory holds one unit at a time."""
    parser = etree.XMLPullParser(
        events=("start", "end"),
        tag=(_ROOT, _TOTAL, _UNIT),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        schema=schema,
    )
    for start in range(0, len(data), CHUNK):
        parser.feed(data[start : start + CHUNK])
        yield from _started_or_ended(parser)
    parser.close()
    yield from _started_or_ended(parser)


def _started_or_ended(parser: etree.XMLPullParser) -> Iterator[tuple[str, etree._Element]]:
    for event, el in parser.read_events():
        if isinstance(el, etree._Element):
            yield event, el


_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?EML\s*>\s*\Z")
"""How a whole document ends: the root's end tag, then at most white space."""


def _walk(
    data: bytes, file: str, schema: etree.XMLSchema | None, keep_units: bool
) -> tuple[_Reader, etree._Element]:
    """Stream the file through a :class:`_Reader`; returns it and the root. The document is
    whole only when its root element has ended and nothing but white space follows: lxml's pull
    parser, validating with ``resolve_entities=False``, returns from ``close()`` on a premature
    end of data instead of raising, so that is never taken on trust (the careful reader decides
    everything else, trailing comments included)."""
    reader: _Reader | None = None
    root: etree._Element | None = None
    ended = False
    for event, el in _events(data, schema):
        if event == "start":
            if root is None:
                root = el
                reader = _Reader(file, zero_cast=el.get("Id") != "510b")
                reader.units = [] if keep_units else None
            continue
        if reader is None:
            raise Unusual
        if el is root:
            ended = True
        elif el.tag == _TOTAL:
            reader.on_total(el)
        elif el.tag == _UNIT:
            reader.on_unit(el)
            el.clear()
    if reader is None or root is None or not ended or not _END.search(data[-256:]):
        raise Unusual
    return reader, root


def _finish(reader: _Reader, root: etree._Element, file: str, levels: str) -> CountTotals:
    """The header and total, and the checks on the whole: unit ids, the total's own arithmetic,
    total = sum of the units (EML.103), always — no units where the total has votes differs."""
    check_root(root, file, tuple(f"510{level}" for level in levels))
    if reader.contest is None or root.find(_CONTEST_PATH) is not reader.contest:
        raise Unusual
    count = count_from_root(root, file, with_units=False, total=reader.total)
    if reader.sum is None:
        raise Unusual
    ids = reader.sum.ids
    errors = structure_errors(count.level, count.authority.id, ids, file)
    errors += group_errors(count.total, file, "TotalVotes")
    errors += compare(count.total, reader.sum.as_counts(count.total), file, "TotalVotes")
    if errors:
        raise Unusual
    if reader.units is not None:
        count = count.model_copy(update={"units": tuple(reader.units)})
    return CountTotals(count, tuple(ids), tuple(reader.warnings or ()))


def stream_510(
    data: bytes,
    file: str,
    *,
    levels: str = "bcd",
    schema: etree.XMLSchema | None = None,
    keep_units: bool = False,
) -> CountTotals:
    """Read and check a 510 from ``data`` in one pass; :class:`Unusual` when the careful reader
    must decide. With ``schema`` the pass also validates (any schema error is unusual too);
    ``keep_units`` keeps the units in the count (for a 510c: its municipalities)."""
    check_source_bytes(data, file)
    try:
        reader, root = _walk(data, file, schema, keep_units)
        return _finish(reader, root, file, levels)
    except (etree.XMLSyntaxError, UserError, IndexError):
        raise Unusual from None


def read_510_totals(path: Path, *, levels: str = "bcd", keep_units: bool = False) -> CountTotals:
    """:func:`read_510` without keeping the units (unless ``keep_units``): the fast pass, else
    the careful reader (whose errors are raised as they are)."""
    data = read_bytes(path)
    try:
        return stream_510(data, str(path), levels=levels, keep_units=keep_units)
    except Unusual:
        return careful_totals(path, levels, keep_units=keep_units)


def careful_totals(path: Path, levels: str, *, keep_units: bool = False) -> CountTotals:
    """The careful reader's outcome in the same form."""
    warnings: list[Problem] = []
    count = read_510(path, levels=levels, warnings=warnings)
    light = count if keep_units else count.model_copy(update={"units": ()})
    return CountTotals(light, tuple(u.id for u in count.units), tuple(warnings))


Outcome = CountTotals | tuple[Problem, ...]


def _outcome(path: Path, levels: str) -> Outcome:
    try:
        return read_510_totals(path, levels=levels)
    except UserError as err:
        return err.problems


def read_many_totals(
    paths: Sequence[Path],
    *,
    levels: str = "bcd",
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> list[CountTotals]:
    """:func:`read_510_totals` of every file, ``jobs`` at a time; the problems of all files that
    fail are raised together, in the order of ``paths``. ``progress(done, total)`` after each file."""
    step = progress or (lambda done, total: None)
    outcomes: list[Outcome] = []
    step(0, len(paths))
    if jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for outcome in pool.map(_outcome, paths, [levels] * len(paths)):
                outcomes.append(outcome)
                step(len(outcomes), len(paths))
    else:
        for path in paths:
            outcomes.append(_outcome(path, levels))
            step(len(outcomes), len(paths))
    problems = [p for o in outcomes if not isinstance(o, CountTotals) for p in o]
    if problems:
        raise UserError(tuple(problems))
    return [o for o in outcomes if isinstance(o, CountTotals)]
