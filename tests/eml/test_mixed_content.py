"""A value split by a comment, a processing instruction or an element (issue 12 C).

``<ValidVotes>2<!---->0</ValidVotes>`` is 20 to the XSD and to XPath, 2 to a reader that takes the
first text node: one file could carry two elections. Uitslag's rule (documented in
:mod:`kieskring.eml.common`): no comment or processing instruction inside the message, and no
element inside a value — refused with EML.014 by the careful reader and the streaming reader alike,
in every message. Comments before or after the root element are harmless; CDATA is text."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from fixtures.generate.chain import generate
from kieskring.cli import main
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.stream_510 import read_510_totals, stream_510
from kieskring.eml.unit_scan import Unusual
from kieskring.errors import UserError


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("tiny")
    return {p.name.split("_")[0]: p.read_bytes() for p in generate("tiny", 1, folder)}


VOTES = re.compile(rb"<ValidVotes>(\d+)</ValidVotes>")
NUMBER_CASES: list[Callable[[bytes], bytes]] = [
    lambda n: n[:1] + b"<!---->" + n[1:],
    lambda n: b"<!--x-->" + n,
    lambda n: n + b"<?pi x?>",
    lambda n: n[:1] + b"<b/>" + n[1:],
    lambda n: n + b"<b/>",
]
OTHER_CASES = [
    (b"<Cast>", b"<Cast><!---->"),
    (b"<RegisteredName>Ouderen Lokaal<", b"<RegisteredName>Ouderen<!----> Lokaal<"),
    (b"<RegisteredName>Ouderen Lokaal<", b"<RegisteredName>Ouderen<i/> Lokaal<"),
    (b"<Selection><Candidate>", b"<Selection><!----><Candidate>"),
    (b"</ReportingUnitIdentifier>", b"<?pi?></ReportingUnitIdentifier>"),
    (b"</TotalVotes>", b"<!-- tussen elementen --></TotalVotes>"),
]


def in_total_or_station(data: bytes, old: bytes, new: bytes, where: str) -> bytes:
    """``data`` with the first (``total``) or last (``station``) ``old`` replaced."""
    at = data.index(old) if where == "total" else data.rindex(old)
    return data[:at] + new + data[at + len(old) :]


def vote(data: bytes, change: Callable[[bytes], bytes], where: str) -> bytes:
    """``data`` with the first or last ``ValidVotes`` number changed by ``change``."""
    found = list(VOTES.finditer(data))
    match = found[0] if where == "total" else found[-1]
    new = b"<ValidVotes>" + change(match.group(1)) + b"</ValidVotes>"
    return data[: match.start()] + new + data[match.end() :]


def both_refuse(data: bytes, folder: Path) -> None:
    """The careful reader refuses with EML.014 among its problems; the streaming pass hands
    the file to it and so gives the same problems."""
    path = folder / "telling.xml"
    path.write_bytes(data)
    with pytest.raises(UserError) as careful:
        read_510(path)
    with pytest.raises(UserError) as streamed:
        read_510_totals(path)
    with pytest.raises(Unusual):
        stream_510(data, str(path))
    assert "EML.014" in [p.code for p in careful.value.problems]
    assert streamed.value.problems == careful.value.problems


@pytest.mark.parametrize("change", NUMBER_CASES)
@pytest.mark.parametrize("where", ["total", "station"])
def test_a_number_with_anything_in_it_is_refused_by_both_readers(
    tiny: dict[str, bytes], tmp_path: Path, change: Callable[[bytes], bytes], where: str
) -> None:
    both_refuse(vote(tiny["Telling"], change, where), tmp_path)


@pytest.mark.parametrize(("old", "new"), OTHER_CASES)
@pytest.mark.parametrize("where", ["total", "station"])
def test_a_comment_or_element_anywhere_in_a_count_is_refused_by_both_readers(
    tiny: dict[str, bytes], tmp_path: Path, old: bytes, new: bytes, where: str
) -> None:
    if where == "total" and old == b"</ReportingUnitIdentifier>":
        where = "station"
    both_refuse(in_total_or_station(tiny["Telling"], old, new, where), tmp_path)


def test_a_split_number_in_a_station_is_refused_not_read_as_its_first_part(
    tiny: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The last station's last vote, written ``N<!---->0``: read as N the file would be wrong,
    read as N0 also wrong — either way both readers refuse it with EML.014."""
    data = tiny["Telling"]
    at = data.rindex(b"</ValidVotes>")
    data = data[:at] + b"<!---->" + data[at:]
    path = tmp_path / "t.xml"
    path.write_bytes(data)
    assert main(["eml", "check", str(path)]) == 1
    assert "EML.014" in capsys.readouterr().err
    with pytest.raises(UserError) as streamed:
        read_510_totals(path)
    assert streamed.value.problems[0].code == "EML.014"


@pytest.mark.parametrize(
    ("kind", "old", "new"),
    [
        ("Verkiezingsdefinitie", b"<kr:NumberOfSeats>9<", b"<kr:NumberOfSeats>1<!---->9<"),
        ("Verkiezingsdefinitie", b"<ElectionCategory>GR<", b"<ElectionCategory>G<!---->R<"),
        ("Kandidatenlijsten", b'<CandidateIdentifier Id="1">', b'<CandidateIdentifier Id="1"><!---->'),
        ("Kandidatenlijsten", b"<xnl:LastName>", b"<xnl:LastName><?pi?>"),
    ],
)  # fmt: skip
def test_other_messages_refuse_it_too(
    tiny: dict[str, bytes], tmp_path: Path, kind: str, old: bytes, new: bytes
) -> None:
    assert old in tiny[kind]
    path = tmp_path / f"{kind}.xml"
    path.write_bytes(tiny[kind].replace(old, new, 1))
    reader = read_110a if kind == "Verkiezingsdefinitie" else read_230b
    with pytest.raises(UserError) as caught:
        reader(path)  # type: ignore[operator]
    assert caught.value.problems[0].code == "EML.014"


def test_comments_outside_the_root_and_cdata_are_read(
    tiny: dict[str, bytes], tmp_path: Path
) -> None:
    data = b"<!-- gemaakt door een tool -->" + tiny["Telling"] + b"<!-- einde -->"
    data = vote(data, lambda n: b"<![CDATA[" + n + b"]]>", "total")
    path = tmp_path / "t.xml"
    path.write_bytes(data)
    careful = read_510(path)
    assert careful.total.lists[0].candidates[0].votes == 1067
    assert read_510_totals(path).count.total == careful.total


@pytest.mark.parametrize(
    ("around", "accepted"),
    [
        ((b" ", b"\n"), True),
        ((b"\t", b" "), True),
        ((b"\xc2\xa0", b""), False),
        ((b"", b"\xe2\x80\x83"), False),
    ],
)
def test_spaces_around_a_number_as_the_xsd_reads_them(
    tiny: dict[str, bytes], tmp_path: Path, around: tuple[bytes, bytes], accepted: bool
) -> None:
    """XSD integers collapse only space, tab, CR and LF; a no-break or em space makes the value
    invalid, so it is refused (EML.009) rather than read as the number."""
    path = tmp_path / "t.xml"
    path.write_bytes(vote(tiny["Telling"], lambda n: around[0] + n + around[1], "total"))
    if accepted:
        assert read_510_totals(path).count.total == read_510(path).total
        return
    with pytest.raises(UserError) as caught:
        read_510(path)
    assert caught.value.problems[0].code == "EML.009"
    with pytest.raises(UserError):
        read_510_totals(path)
