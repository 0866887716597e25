"""A document is complete only when its root element has ended, in every reader path (issue 12
A.5), and a count's total is always compared with its units.

lxml's pull parser, validating against a schema with ``resolve_entities=False``, returns a root
from ``close()`` on a premature end of data instead of raising; the streaming 510 reader then
approved a 510b cut off after its totals ("0 eenheden, totalen kloppen"). Any schema triggers it,
so a permissive one written here stands in for the EML_NL XSDs (the real ones are used by
``tests/test_hostile_sets.py`` when ``../shared`` is present)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from fixtures.generate.chain import generate
from kieskring.eml.read_510 import read_510
from kieskring.eml.safe import EML_NS, parse_bytes
from kieskring.eml.stream_510 import stream_510
from kieskring.eml.unit_scan import Unusual
from kieskring.errors import UserError

LAX = etree.XMLSchema(
    etree.fromstring(
        f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{EML_NS}"
              elementFormDefault="qualified">
          <xs:element name="EML"><xs:complexType>
            <xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
            </xs:sequence><xs:anyAttribute processContents="skip"/>
          </xs:complexType></xs:element>
        </xs:schema>""".encode()
    )
)


@pytest.fixture(scope="module")
def count_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The tiny election's 510b (three polling stations)."""
    folder = tmp_path_factory.mktemp("tiny")
    files = generate("tiny", 1, folder)
    return next(p for p in files if p.name.startswith("Telling_")).read_bytes()


def refused_by_stream(data: bytes, schema: etree.XMLSchema | None) -> bool:
    try:
        stream_510(data, "f.eml.xml", levels="b", schema=schema)
    except (Unusual, UserError):
        return True
    return False


def refused_by_careful(data: bytes, tmp_path: Path) -> bool:
    path = tmp_path / "f.eml.xml"
    path.write_bytes(data)
    try:
        read_510(path)
    except UserError:
        return True
    return False


def test_the_whole_file_is_accepted_by_both(count_file: bytes, tmp_path: Path) -> None:
    assert not refused_by_stream(count_file, LAX) and not refused_by_stream(count_file, None)
    assert not refused_by_careful(count_file, tmp_path)


def test_cut_after_the_totals_is_refused(count_file: bytes, tmp_path: Path) -> None:
    cut = count_file[: count_file.index(b"</TotalVotes>") + len(b"</TotalVotes>")]
    assert refused_by_stream(cut, LAX) and refused_by_stream(cut, None)
    assert refused_by_careful(cut, tmp_path)


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_no_prefix_of_a_document_is_accepted(count_file: bytes, data: st.DataObject) -> None:
    """Whatever byte the file is cut at, no reader (careful, streaming, streaming with a schema)
    takes the prefix for a whole document."""
    cut = data.draw(st.integers(min_value=1, max_value=len(count_file) - 1))
    prefix = count_file[:cut]
    assert refused_by_stream(prefix, LAX)
    assert refused_by_stream(prefix, None)
    with pytest.raises(UserError):
        parse_bytes(prefix, "f.eml.xml")


def test_trailing_garbage_after_the_root_is_not_accepted_by_the_stream(count_file: bytes) -> None:
    """What follows the root's end tag is for the careful reader to judge (it refuses these)."""
    for tail in (b"<!-- open", b"<", b"<x/>"):
        assert refused_by_stream(count_file + tail, LAX)


def test_a_total_with_votes_and_no_units_is_refused(count_file: bytes, tmp_path: Path) -> None:
    start = count_file.index(b"<ReportingUnitVotes>")
    end = count_file.rindex(b"</ReportingUnitVotes>") + len(b"</ReportingUnitVotes>")
    emptied = count_file[:start] + count_file[end:]
    assert refused_by_stream(emptied, LAX) and refused_by_stream(emptied, None)
    path = tmp_path / "f.eml.xml"
    path.write_bytes(emptied)
    with pytest.raises(UserError) as err:
        read_510(path)
    assert {p.code for p in err.value.problems} == {"EML.103"}
