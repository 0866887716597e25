"""write_510 writes the vote groups as canonical text: byte for byte what serialising the whole tree
gives (tree_bytes), for real files and for any names, ShortCodes and reason codes."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kieskring.domain import CandidateVotes, Count, ListVotes, Uncounted
from kieskring.eml.fingerprint import fingerprint, written_fingerprint
from kieskring.eml.read_510 import read_510
from kieskring.eml.write_510 import tree_bytes, write_510
from tests.conftest import shared_path

CREATED = dt.datetime(2029, 3, 22, 1, 2, 3)


def test_real_counts_are_written_as_the_tree_would_be(wmw_dir: Path, tk2021_dir: Path) -> None:
    paths = [
        wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml",
        tk2021_dir / "Totaaltelling_TK2021.eml.xml",
    ]
    paths += sorted(tk2021_dir.glob("Telling_TK2021_kieskring_*.eml.xml"))[:3]
    for path in paths:
        count = read_510(path)
        assert write_510(count, CREATED) == tree_bytes(count, CREATED), path.name
    real = paths[0].read_bytes()
    wmw = read_510(paths[0])
    assert wmw.created is not None
    assert write_510(wmw, wmw.created) == real, "the real canonical file round-trips"


def renamed(count: Count, name: str, code: str, reason: str) -> Count:
    """``count`` with a list name, a candidate's ShortCode and a reason code replaced."""
    unit = count.units[0]
    first = unit.counts.lists[0]
    cand = first.candidates[0]
    lists = (
        ListVotes(
            number=first.number,
            name=name,
            votes=first.votes,
            candidates=(
                CandidateVotes(id=cand.id, short_code=code, votes=cand.votes),
                *first.candidates[1:],
            ),
        ),
        *unit.counts.lists[1:],
    )
    counts = unit.counts.model_copy(
        update={
            "lists": lists,
            "uncounted": (*unit.counts.uncounted, Uncounted(reason=reason, count=1)),
        }
    )
    return count.model_copy(update={"units": (unit.model_copy(update={"counts": counts}),)})


@functools.cache
def small() -> Count:
    """The real WMW count with its first station only."""
    count = read_510(
        shared_path("data", "GR2022_WestMaasenWaal", "Telling_GR2022_WestMaasenWaal.eml.xml")
    )
    return count.model_copy(update={"units": count.units[:1]})


@settings(max_examples=150, deadline=None)
@given(name=st.text(), code=st.text(min_size=1), reason=st.text())
def test_any_strings_give_the_same_bytes_or_the_same_refusal(
    name: str, code: str, reason: str
) -> None:
    count = renamed(small(), name, code, reason)
    outcomes = []
    for writer in (tree_bytes, write_510):
        try:
            outcomes.append(writer(count, CREATED))
        except ValueError as refused:  # lxml refuses strings that are not XML-compatible
            outcomes.append(str(refused).encode())
    assert outcomes[0] == outcomes[1]


def test_fingerprint_of_written_bytes_needs_no_second_parse(wmw_dir: Path) -> None:
    count = read_510(wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml")
    for created in (CREATED, count.created or CREATED):
        data = write_510(count, created)
        assert written_fingerprint(data) == fingerprint(data)
    assert fingerprint(data).startswith("d6bed099"), "the fingerprint chain.md gives for WMW"
