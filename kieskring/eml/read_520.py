"""Reading EML 520 (Resultaat) into a :class:`~kieskring.domain.Result`.

The ``Selection`` elements are flat: an elected list, then its elected candidates, each with
``Ranking`` (1: preference votes, art. P 15; 2: list order, art. P 16 Kieswet) and ``Elected``.
A candidate before any list is EML.104; list numbers strictly increase (EML.105); list and candidate
numbers and rankings are 1 or more (EML.015); any other value a model refuses is EML.016.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from kieskring.domain import ElectedCandidate, ElectedList, Result
from kieskring.eml.codes import fail
from kieskring.eml.common import (
    check_plain,
    child,
    int_of,
    is_canonical,
    model_problems,
    opt_text,
    parse_int,
    place,
    positive,
    read_authority,
    read_created,
    read_identity,
    tag,
    text,
)
from kieskring.eml.read_230b import read_candidate
from kieskring.eml.safe import load_eml


def _lists(contest: etree._Element, file: str) -> tuple[ElectedList, ...]:
    lists: list[ElectedList] = []
    for selection in contest.iterfind(tag("Selection")):
        elected = text(selection.find(tag("Elected")), file)
        ident = selection.find(tag("AffiliationIdentifier"))
        if ident is not None:
            number = parse_int(ident.get("Id", ""), file, place(ident))
            positive(number, file, ident, "AffiliationIdentifier Id")
            if lists and number <= lists[-1].number:
                raise fail("EML.105", file, place(ident), found=number, previous=lists[-1].number)
            name = text(ident.find(tag("RegisteredName")), file)
            with model_problems(file, place(selection)):
                lists.append(ElectedList(number=number, name=name, elected=elected))
            continue
        if not lists:
            raise fail("EML.104", file, place(selection))
        candidate = read_candidate(child(selection, "Candidate", file), file)
        ranking_el = child(selection, "Ranking", file)
        ranking = positive(int_of(ranking_el, file), file, ranking_el, "Ranking")
        with model_problems(file, place(selection)):
            entry = ElectedCandidate(candidate=candidate, ranking=ranking, elected=elected)
        last = lists[-1]
        lists[-1] = last.model_copy(update={"candidates": (*last.candidates, entry)})
    return tuple(lists)


def result_from_root(root: etree._Element, file: str) -> Result:
    """The :class:`Result` of a parsed 520 root."""
    check_plain(root, file)
    election = child(child(root, "Result", file), "Election", file)
    contest = child(election, "Contest", file)
    ident = child(contest, "ContestIdentifier", file)
    lists = _lists(contest, file)
    with model_problems(file, place(election)):
        return Result(
            identity=read_identity(child(election, "ElectionIdentifier", file), file),
            authority=read_authority(root, file),
            transaction_id=text(child(root, "TransactionId", file), file),
            created=read_created(root, file),
            canonical=is_canonical(root),
            contest_id=ident.get("Id", ""),
            contest_name=opt_text(ident, "ContestName", file),
            lists=lists,
        )


def read_520(path: Path) -> Result:
    """Read and check a 520 file."""
    _, root = load_eml(path, ("520",))
    return result_from_root(root, str(path))
