"""Installation keys, PAdES PV signatures and detached EML signatures: valid, reproducible,
tamper-evident."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kieskring.errors import UserError
from kieskring.protocols import samples
from kieskring.protocols.serialize import render_model
from kieskring.signing.detached import sign_bytes
from kieskring.signing.installation import create_installation, load_installation
from kieskring.signing.pdf import sign_pdf
from kieskring.signing.verify import verify_detached, verify_pdf

VALID_FROM = datetime(2026, 1, 1, tzinfo=UTC)
SIGNING_TIME = datetime(2026, 3, 20, 11, 0, tzinfo=UTC)
PASS = b"correct paard batterij niet"


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("installaties")
    create_installation(base / "csb", "CSB Voorbeeld", PASS, VALID_FROM)
    create_installation(base / "ander", "Andere installatie", PASS, VALID_FROM)
    return base / "csb", base / "ander"


@pytest.fixture(scope="module")
def signed_pdf(folders: tuple[Path, Path]) -> bytes:
    inst = load_installation(folders[0], PASS)
    return sign_pdf(render_model("p22-2", samples.result_report()), inst, SIGNING_TIME)


def test_key_is_encrypted_and_passphrase_checked(folders: tuple[Path, Path]) -> None:
    key_pem = (folders[0] / "installatie.key").read_text()
    assert "ENCRYPTED PRIVATE KEY" in key_pem
    with pytest.raises(UserError) as err:
        load_installation(folders[0], b"fout wachtwoord")
    assert err.value.problems[0].code == "SIGN.004"


def test_init_refuses_to_overwrite(folders: tuple[Path, Path]) -> None:
    with pytest.raises(UserError) as err:
        create_installation(folders[0], "Nog een", PASS, VALID_FROM)
    assert err.value.problems[0].code == "SIGN.001"


def test_pdf_signature_valid_and_reproducible(
    folders: tuple[Path, Path], signed_pdf: bytes, tmp_path: Path
) -> None:
    inst = load_installation(folders[0], PASS)
    again = sign_pdf(render_model("p22-2", samples.result_report()), inst, SIGNING_TIME)
    assert again == signed_pdf
    path = tmp_path / "p22.pdf"
    path.write_bytes(signed_pdf)
    report = verify_pdf(path, inst.certificate)
    assert report.ok, report.problems
    assert report.signer_fingerprint == inst.fingerprint
    assert report.signing_time.startswith("2026-03-20T11:00:00")


def test_pdf_signed_by_another_installation_is_rejected(
    folders: tuple[Path, Path], signed_pdf: bytes, tmp_path: Path
) -> None:
    other = load_installation(folders[1], PASS)
    path = tmp_path / "p22.pdf"
    path.write_bytes(signed_pdf)
    report = verify_pdf(path, other.certificate)
    assert [p.code for p in report.problems] == ["SIGN.103"]


def _contents_span(pdf: bytes) -> tuple[int, int]:
    match = re.search(rb"/Contents <([0-9a-fA-F]+)>", pdf)
    assert match is not None
    return match.start(1), match.end(1)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    fraction=st.floats(min_value=0, max_value=1), bit=st.sampled_from([1, 2, 4, 8, 16, 32, 64, 128])
)
def test_pdf_any_flipped_byte_is_detected(
    signed_pdf: bytes, tmp_path: Path, fraction: float, bit: int
) -> None:
    position = min(int(fraction * len(signed_pdf)), len(signed_pdf) - 1)
    damaged = bytearray(signed_pdf)
    damaged[position] ^= bit
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(damaged))
    assert not verify_pdf(path).ok


@pytest.mark.parametrize("where", ["start", "der", "padding"])
def test_pdf_flip_inside_signature_contents_is_detected(
    signed_pdf: bytes, tmp_path: Path, where: str
) -> None:
    start, end = _contents_span(signed_pdf)
    position = {"start": start, "der": start + 400, "padding": end - 3}[where]
    damaged = bytearray(signed_pdf)
    damaged[position] = ord("1") if damaged[position] != ord("1") else ord("2")
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(damaged))
    report = verify_pdf(path)
    assert [p.code for p in report.problems] == ["SIGN.102"]


def test_unsigned_pdf_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(render_model("p2a", samples.session_report()))
    assert [p.code for p in verify_pdf(path).problems] == ["SIGN.104"]


EML = b'<EML xmlns="urn:oasis:names:tc:evs:schema:eml" Id="510b"><Count></Count></EML>'


@pytest.fixture(scope="module")
def signed_eml(
    folders: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    inst = load_installation(folders[0], PASS)
    folder = tmp_path_factory.mktemp("eml")
    path = folder / "Telling.eml.xml"
    path.write_bytes(EML)
    sig = folder / "Telling.eml.xml.sig"
    sig.write_bytes(sign_bytes(EML, path.name, inst))
    return path, sig


def test_detached_signature_valid_and_reproducible(
    folders: tuple[Path, Path], signed_eml: tuple[Path, Path]
) -> None:
    inst = load_installation(folders[0], PASS)
    path, sig = signed_eml
    assert sign_bytes(EML, path.name, inst) == sig.read_bytes()
    report = verify_detached(path, sig, inst.certificate)
    assert report.ok, report.problems
    assert report.signer_fingerprint == inst.fingerprint
    text = sig.read_text()
    assert "bestand-sha256: " + __import__("hashlib").sha256(EML).hexdigest() in text


def test_detached_other_certificate_rejected(
    folders: tuple[Path, Path], signed_eml: tuple[Path, Path]
) -> None:
    other = load_installation(folders[1], PASS)
    report = verify_detached(*signed_eml, other.certificate)
    assert [p.code for p in report.problems] == ["SIGN.103"]


@settings(max_examples=40, deadline=None)
@given(
    position=st.integers(min_value=0, max_value=len(EML) - 1),
    bit=st.sampled_from([1, 2, 4, 8, 16, 32, 64]),
)
def test_detached_any_flipped_byte_in_eml_is_detected(
    signed_eml: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory, position: int, bit: int
) -> None:
    path, sig = signed_eml
    damaged = bytearray(EML)
    damaged[position] ^= bit
    copy = tmp_path_factory.mktemp("d") / path.name
    copy.write_bytes(bytes(damaged))
    report = verify_detached(copy, sig)
    assert [p.code for p in report.problems] == ["SIGN.102"]


def test_detached_swapped_key_and_signature_rejected(
    folders: tuple[Path, Path], signed_eml: tuple[Path, Path], tmp_path: Path
) -> None:
    """Someone re-signs a changed file with their own key but keeps the claimed fingerprint line."""
    path, _ = signed_eml
    other = load_installation(folders[1], PASS)
    forged = sign_bytes(EML + b" ", path.name, other).decode()
    genuine_fp = load_installation(folders[0], PASS).fingerprint
    forged = re.sub(r"certificaat-sha256: \w+", f"certificaat-sha256: {genuine_fp}", forged)
    (tmp_path / f"{path.name}.sig").write_text(forged)
    (tmp_path / path.name).write_bytes(EML + b" ")
    report = verify_detached(tmp_path / path.name, tmp_path / f"{path.name}.sig")
    assert [p.code for p in report.problems] == ["SIGN.102"]


@pytest.mark.parametrize("bit", [1, 32])
def test_every_part_of_the_signature_blob_is_covered(
    signed_pdf: bytes, tmp_path: Path, bit: int
) -> None:
    """The /Contents hex is the one part no byte range covers: flip bits across all of it (the
    spare certificate copies, the unsigned CMS header, the hex letter case) — each is damage."""
    start, end = _contents_span(signed_pdf)
    path = tmp_path / "damaged.pdf"
    undetected = []
    for position in range(start, min(end, start + 6000), 31):
        damaged = bytearray(signed_pdf)
        damaged[position] ^= bit
        path.write_bytes(bytes(damaged))
        if verify_pdf(path).ok:
            undetected.append(position - start)
    assert undetected == []
