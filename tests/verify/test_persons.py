"""Issue 18 in ``uitslag verify``: persons are recomputed from the 230b as ``uitslag result`` does.

A 510d whose ShortCodes merge two namesakes fails V15; a 520 that names an elected person's namesake
in his place (same ShortCode, same last name, initials and place — another prefix or first name)
fails V09. The set: a generated provincial election with namesakes, through the CSB's chain.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fixtures.generate import generate
from kieskring.cli import main
from kieskring.domain.candidates import Candidate
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.read_520 import read_520
from kieskring.eml.tabulate import short_codes_of, tabulate
from kieskring.eml.write_510 import write_510
from kieskring.eml.write_520 import write_520
from kieskring.verify.report import Finding, Status
from kieskring.verify.run import verify

Place = tuple[int, int, int]


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ps2-namesakes")
    generate("ps2", 3, folder, namesakes=True)
    for path in folder.glob("Totaaltelling_*.eml.xml"):
        path.unlink()  # the CSB makes its own, below
    lists = sorted(str(p) for p in folder.glob("Kandidatenlijsten_*.eml.xml"))
    counts = sorted(str(p) for p in folder.glob("Telling_*_kieskring_*.eml.xml"))
    csb = folder / "Totaaltelling_PS2029_Noordland.eml.xml"
    assert (
        main(
            [
                "tabulate",
                *counts,
                "--candidates",
                *lists,
                "--authority",
                "CSB",
                "--contest",
                "alle",
                "--created",
                "2029-03-26T12:00:00",
                "--out",
                str(csb),
                "--jobs",
                "1",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "result",
                "--seats",
                "55",
                "--candidates",
                *lists,
                "--counts",
                str(csb),
                "--out",
                str(folder / "uitslag"),
            ]
        )
        == 0
    )
    return folder


def copy(chain: Path, target: Path) -> Path:
    shutil.copytree(chain, target)
    return target


def fails(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.status is Status.FAIL]


def entries(folder: Path) -> dict[Place, Candidate]:
    return {
        (int(c.contest_id), lst.number, cand.number): cand
        for c in (read_230b(p) for p in folder.glob("Kandidatenlijsten_*.eml.xml"))
        for lst in c.lists
        for cand in lst.candidates
    }


def namesakes_of(folder: Path, person: Candidate, party: int) -> list[Candidate]:
    """Other persons of the party with the same last name, initials and place."""
    return [
        c
        for (_, number, _), c in entries(folder).items()
        if number == party
        and (c.last_name, c.initials, c.locality)
        == (person.last_name, person.initials, person.locality)
        and (c.first_name or "", c.name_prefix or "")
        != (person.first_name or "", person.name_prefix or "")
    ]


def test_the_chain_verifies_clean_with_every_person_once(chain: Path) -> None:
    findings = verify([chain])
    assert not fails(findings)
    (v15,) = [f for f in findings if f.check == "V15"]
    assert v15.status is Status.PASS and "elk één ShortCode in alle kieskringen" in v15.message


def test_a_510d_that_merges_two_namesakes_fails_v15(chain: Path, tmp_path: Path) -> None:
    """The CSB's 510d made again by a tool that gives an elected person's namesake his ShortCode
    in every kieskring — the total then adds their votes up, consistently. V15 names the code and
    both places; the result cannot be recomputed from such a count (V08)."""
    folder = copy(chain, tmp_path / "set")
    path = folder / "Totaaltelling_PS2029_Noordland.eml.xml"
    count = read_510(path)
    codes = short_codes_of(count)
    people = entries(folder)
    result = read_520(next((folder / "uitslag").glob("Resultaat_*.eml.xml")))
    party, code, other = next(
        (lst.number, c.candidate.short_code, namesakes_of(folder, c.candidate, lst.number)[0])
        for lst in result.lists
        for c in lst.candidates
        if namesakes_of(folder, c.candidate, lst.number)
    )
    theirs = {
        codes[(f"HSB{d}", n, p)] for (d, n, p), c in people.items() if n == party and c == other
    }
    assert code and len(theirs) == 1 and code not in theirs
    merged = {k: code if v in theirs else v for k, v in codes.items()}
    lowers = [read_510(p) for p in sorted(folder.glob("Telling_*_kieskring_*.eml.xml"))]
    forged = tabulate(lowers, count.authority, contest_id="alle", short_codes=merged).count
    assert count.created is not None
    path.write_bytes(write_510(forged, count.created))
    found = fails(verify([folder]))
    assert {f.check for f in found} == {"V08", "V15"}
    (v15,) = [f for f in found if f.check == "V15"]
    assert v15.message.startswith("RES.005")
    assert f"ShortCode {code!r} aan twee verschillende personen" in v15.message
    assert f"lijst {party}" in v15.message


def test_a_520_naming_the_namesake_instead_fails_v09(chain: Path, tmp_path: Path) -> None:
    folder = copy(chain, tmp_path / "set")
    path = next((folder / "uitslag").glob("Resultaat_*.eml.xml"))
    result = read_520(path)
    number, index, other = next(
        (lst.number, i, namesakes_of(folder, c.candidate, lst.number)[0])
        for lst in result.lists
        for i, c in enumerate(lst.candidates)
        if namesakes_of(folder, c.candidate, lst.number)
    )
    lists = list(result.lists)
    people = list(lists[[x.number for x in lists].index(number)].candidates)
    elected = people[index]
    people[index] = elected.model_copy(
        update={
            "candidate": elected.candidate.model_copy(
                update={
                    "first_name": other.first_name or "",
                    "name_prefix": other.name_prefix or "",
                    "gender": other.gender,
                }
            )
        }
    )
    at = [x.number for x in lists].index(number)
    lists[at] = lists[at].model_copy(update={"candidates": tuple(people)})
    assert result.created is not None
    path.write_bytes(write_520(result.model_copy(update={"lists": tuple(lists)}), result.created))
    found = fails(verify([folder]))
    assert [f.check for f in found] == ["V09", "V10"]  # V10: the content differs too
    assert f"lijst {number}, zetel {index + 1}" in found[0].place
    assert other.display_name in found[0].message
    assert elected.candidate.display_name in found[0].message
