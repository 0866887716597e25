"""Safe parsing refuses DOCTYPE/ENTITY (XXE, billion laughs), non-UTF-8, bad XML and wrong roots."""

from __future__ import annotations

from pathlib import Path

import pytest

from kieskring.eml.safe import load_eml, parse_bytes, parse_eml
from kieskring.errors import UserError

EML = b'<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="510b" SchemaVersion="5"/>'


def code_of(data: bytes, expected: tuple[str, ...] = ("510b",)) -> str:
    with pytest.raises(UserError) as caught:
        parse_eml(data, "x.xml", expected)
    return caught.value.problems[0].code


def test_a_minimal_eml_root_parses() -> None:
    assert parse_eml(EML, "x.xml", ("510b",)).get("Id") == "510b"


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        b'<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>',
        b'<!doctype x SYSTEM "http://example.org/x.dtd"><x/>',
    ],
)
def test_doctype_and_entities_are_refused(data: bytes) -> None:
    assert code_of(data) == "EML.002"


def test_non_utf8_is_refused() -> None:
    assert code_of("<x>café</x>".encode("latin-1")) == "EML.003"
    assert code_of(b'<?xml version="1.0" encoding="ISO-8859-1"?><x/>') == "EML.003"


def test_truncated_xml_is_not_well_formed() -> None:
    assert code_of(EML[:-5]) == "EML.001"


def test_wrong_root_and_wrong_message() -> None:
    assert code_of(b"<html/>") == "EML.005"
    assert code_of(EML, ("520",)) == "EML.006"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        load_eml(tmp_path / "absent.xml", ("510b",))
    assert caught.value.problems[0].code == "EML.007"


def test_problems_name_the_file_and_render_in_both_languages() -> None:
    with pytest.raises(UserError) as caught:
        parse_bytes(b"<x>", "telling.xml")
    problem = caught.value.problems[0]
    assert problem.file == "telling.xml"
    assert problem.render().startswith("telling.xml:")
    assert "not well-formed" in problem.render(english=True)
