"""The fingerprint: the WMW Telling hash as printed by OSV2020, grouping, the typed-back check."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kieskring.cli import main
from kieskring.eml.fingerprint import (
    blanked_groups,
    canonical_bytes,
    check_full,
    check_typed_groups,
    fingerprint,
    grouped,
    groups,
)
from kieskring.errors import UserError

WMW_TELLING = "d6be d099 cb7e 30b9 1863 4300 407e eb8d 2624 d8c8 9029 f47b ecc4 d4a2 063f 801e"


def test_wmw_telling_fingerprint(wmw_dir: Path) -> None:
    data = (wmw_dir / "Telling_GR2022_WestMaasenWaal.eml.xml").read_bytes()
    assert grouped(fingerprint(data)) == WMW_TELLING
    assert grouped(fingerprint(data), upper=True).startswith("D6BE D099 CB7E")
    assert canonical_bytes(data) == data  # OSV2020 writes canonical files


def test_published_sums_match(shared_dir: Path) -> None:
    for sums in sorted(shared_dir.glob("data/*/SHA256SUMS")):
        for line in sums.read_text(encoding="utf-8").splitlines():
            digest, name = line.split(maxsplit=1)
            path = sums.parent / name.lstrip("*")
            if path.name.endswith(".eml.xml"):
                assert fingerprint(path.read_bytes()) == digest, path.name


def test_raw_bytes_without_canonicalization_method(shared_dir: Path) -> None:
    path = shared_dir / "data" / "definitions" / "Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml"
    data = path.read_bytes()
    assert fingerprint(data) == hashlib.sha256(data).hexdigest()
    assert canonical_bytes(data) != data  # pretty-printed with an XML declaration


def test_canonicalization_applies_when_declared() -> None:
    doc = (
        b'<?xml version="1.0"?>\n<EML xmlns="urn:oasis:names:tc:evs:schema:eml" '
        b'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="510b"><a/>'
        b"<ds:CanonicalizationMethod Algorithm='x'/><!-- c --></EML>"
    )
    canonical = canonical_bytes(doc)
    assert canonical.startswith(b"<EML")
    assert b"<a></a>" in canonical
    assert b"<!-- c -->" in canonical
    assert fingerprint(doc) == hashlib.sha256(canonical).hexdigest()


def test_blanked_groups_one_per_half_and_deterministic() -> None:
    digest = WMW_TELLING.replace(" ", "")
    first, second = blanked_groups(digest)
    assert 0 <= first < 8 <= second < 16
    # first byte 0xd6 = 214, 214 % 8 = 6; last byte 0x1e = 30, 30 % 8 = 6
    assert (first, second) == (6, 14)
    assert groups(digest)[6] == "407e"
    for sample in (hashlib.sha256(bytes([n])).hexdigest() for n in range(64)):
        a, b = blanked_groups(sample)
        assert 0 <= a < 8 <= b < 16


def test_typed_groups() -> None:
    digest = WMW_TELLING.replace(" ", "")
    check_typed_groups(digest, ("407E", " 063f "))
    with pytest.raises(UserError) as caught:
        check_typed_groups(digest, ("407e", "063e"))
    assert caught.value.problems[0].code == "EML.301"
    assert caught.value.problems[0].place == "groep 15"
    with pytest.raises(UserError) as caught:
        check_typed_groups(digest, ("40z7", "063f"))
    assert caught.value.problems[0].code == "EML.302"


def test_full_check() -> None:
    digest = WMW_TELLING.replace(" ", "")
    check_full(digest, WMW_TELLING.upper())
    with pytest.raises(UserError) as caught:
        check_full(digest, WMW_TELLING.replace("cb7e", "cb7f"))
    assert caught.value.problems[0].place == "groep 3"


def test_file_that_cannot_be_canonicalised_is_a_coded_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A relative namespace URI cannot be put in C14N (issue 12 E): EML.017, exit 1, not exit 70."""
    path = tmp_path / "relatief.xml"
    path.write_bytes(
        b'<EML xmlns="rel/ns" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="510b">'
        b'<ds:CanonicalizationMethod Algorithm="x"/></EML>'
    )
    with pytest.raises(UserError) as caught:
        fingerprint(path.read_bytes(), str(path))
    assert caught.value.problems[0].code == "EML.017"
    assert main(["hash", str(path)]) == 1
    err = capsys.readouterr().err
    assert "EML.017" in err and "interne fout" not in err
