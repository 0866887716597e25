"""`uitslag verify` fails closed (issue 12 A): every file is identified or a FAIL, the verdict is
GOEDGEKEURD only when something was recomputed and nothing it depends on was skipped, a `.sig` is
bound to the certificate its PV prints, V10 compares content, and a missing module or a damaged PDF
is a finding, never an internal error. The whole-set cases are in ``fixtures/hostile/sets`` (run by
``tests/test_hostile_sets.py``); these tests hold the other side: what must still be approved."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from fixtures.hostile.make_sets import (
    COUNT,
    DEFINITION,
    LISTS,
    PV,
    RESULT,
    base_set,
    installation,
)
from kieskring.cli import main
from kieskring.signing.detached import sign_bytes
from kieskring.verify.report import Finding, Status, Verdict, as_json, verdict
from kieskring.verify.run import verify


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The tiny election (one station) with its 520, a P 22-2 signed by installation A and the
    520's ``.sig`` by A, as ``uitslag result --pv --sign`` writes them."""
    return base_set(tmp_path_factory.mktemp("base"))


def folder_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def by(findings: list[Finding], check: str, status: Status | None = None) -> list[Finding]:
    return [f for f in findings if f.check == check and (status is None or f.status is status)]


@pytest.mark.usefixtures("installed_schemas")
def test_the_whole_signed_set_is_approved(base: dict[str, bytes], tmp_path: Path) -> None:
    """Everything `uitslag result` writes (PV, .sig, berekening.json/.txt) is identified; the
    .sig is by the certificate the PV prints (V14 PASS)."""
    assert {"berekening.json", "berekening.txt", f"{RESULT}.sig", PV} <= base.keys()
    findings = verify([folder_with(tmp_path, base)])
    assert verdict(findings) is Verdict.APPROVED, [f.line() for f in findings]
    assert by(findings, "V00", Status.PASS)
    assert len(by(findings, "V00", Status.SKIP)) == 2  # the two berekening files: attachments
    sig = [f for f in by(findings, "V14", Status.PASS) if f.place.endswith(RESULT)]
    assert sig and PV in sig[0].message


@pytest.mark.usefixtures("installed_schemas")
def test_a_bom_is_read_in_full_and_warned_about(base: dict[str, bytes], tmp_path: Path) -> None:
    """The decision on the UTF-8 BOM: the file is read (and recomputed) like any other; the
    report warns, and V10 sees the same content in other bytes."""
    files = {n: base[n] for n in (LISTS, DEFINITION, COUNT, RESULT)}
    files[RESULT] = b"\xef\xbb\xbf" + files[RESULT]
    files[COUNT] = b"\xef\xbb\xbf" + files[COUNT]  # the streaming reader's path too
    findings = verify([folder_with(tmp_path, files)])
    warned = {Path(f.place).name for f in by(findings, "V02", Status.WARN)}
    assert warned == {RESULT, COUNT}
    assert by(findings, "V09", Status.PASS) and by(findings, "V04", Status.PASS)
    assert [f.status for f in by(findings, "V10")] == [Status.WARN]
    assert verdict(findings) is Verdict.APPROVED


@pytest.mark.usefixtures("installed_schemas")
def test_v10_same_content_other_formatting_is_a_warning(
    base: dict[str, bytes], tmp_path: Path
) -> None:
    files = {n: base[n] for n in (LISTS, DEFINITION, COUNT)}
    root = etree.fromstring(base[RESULT])
    files[RESULT] = etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")
    findings = verify([folder_with(tmp_path, files)])
    v10 = by(findings, "V10")
    assert [f.status for f in v10] == [Status.WARN] and "inhoud gelijk" in v10[0].message
    assert verdict(findings) is Verdict.APPROVED


@pytest.mark.usefixtures("installed_schemas")
def test_a_sig_without_pv_is_checked_for_what_it_is(base: dict[str, bytes], tmp_path: Path) -> None:
    """No PV vouches for the key: the signature is valid for the certificate it carries (V13
    PASS says so), who signed is not established (V14 SKIP, harmless)."""
    files = {n: base[n] for n in (LISTS, DEFINITION, COUNT, RESULT, f"{RESULT}.sig")}
    findings = verify([folder_with(tmp_path, files)])
    assert "certificaat" in by(findings, "V13", Status.PASS)[0].message
    skipped = by(findings, "V14", Status.SKIP)
    assert len(skipped) == 1 and "VERIFY.UNANCHORED" in skipped[0].message
    assert not by(findings, "V14", Status.PASS)
    assert verdict(findings) is Verdict.APPROVED


def test_a_sig_naming_another_file_fails(base: dict[str, bytes], tmp_path: Path) -> None:
    files = {n: base[n] for n in (LISTS, DEFINITION, COUNT, RESULT, PV)}
    files[f"{RESULT}.sig"] = sign_bytes(base[RESULT], "Ander.eml.xml", installation("A", "CSB"))
    findings = verify([folder_with(tmp_path, files)])
    assert any("SIGN.105" in f.message for f in by(findings, "V13", Status.FAIL))


def test_links_devices_and_missing_paths_are_named(base: dict[str, bytes], tmp_path: Path) -> None:
    folder = folder_with(tmp_path, {COUNT: base[COUNT]})
    (folder / "weg.eml.xml").symlink_to(folder / "bestaat-niet.eml.xml")
    os.mkfifo(folder / "pijp.eml.xml")  # reading it would hang: it is never opened
    findings = verify([folder, tmp_path / "ontbreekt.eml.xml"])
    failed = {Path(f.place).name for f in by(findings, "V00", Status.FAIL)}
    assert failed == {"weg.eml.xml", "pijp.eml.xml", "ontbreekt.eml.xml"}
    assert all("VERIFY.UNREADABLE" in f.message for f in by(findings, "V00", Status.FAIL))


def test_utf16_without_a_byte_order_mark_is_refused(base: dict[str, bytes], tmp_path: Path) -> None:
    """lxml would recognise and read UTF-16 LE without a BOM; EML_NL is UTF-8 (EML.003)."""
    files = {COUNT: base[COUNT], DEFINITION: base[DEFINITION].decode().encode("utf-16-le")}
    findings = verify([folder_with(tmp_path, files)])
    failed = by(findings, "V02", Status.FAIL)
    assert len(failed) == 1 and "EML.003" in failed[0].message


def test_verdict_and_json() -> None:
    passed = Finding("V04", Status.PASS, "a", "ok")
    blocking = Finding("V08", Status.SKIP, "b", "x", blocking=True)
    harmless = Finding("V11", Status.SKIP, "", "geen PV")
    failed = Finding("V09", Status.FAIL, "c", "y")
    assert verdict([passed, harmless]) is Verdict.APPROVED
    assert verdict([passed, blocking]) is Verdict.INCOMPLETE
    assert verdict([passed, blocking, failed]) is Verdict.REJECTED
    report = as_json([passed, blocking])
    assert report["verdict"] == "ONVOLLEDIG" and report["ok"] is False
    assert report["blocking"] == 1 and report["findings"][1]["blocking"] is True


@pytest.fixture
def without_module() -> Iterator[list[str]]:
    """Names put in ``sys.modules`` as ``None`` (importing them raises ImportError)."""
    names: list[str] = []
    saved = dict(sys.modules)
    yield names
    for name in names:
        sys.modules.pop(name, None)
        if name in saved:
            sys.modules[name] = saved[name]


@pytest.mark.parametrize("module", ["pypdf", "pyhanko.pdf_utils.reader", "asn1crypto"])
def test_a_missing_module_blocks_the_verdict_not_exit_70(
    module: str,
    without_module: list[str],
    base: dict[str, bytes],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = folder_with(tmp_path, base)
    without_module.append(module)
    sys.modules[module] = None  # type: ignore[assignment]
    assert main(["verify", "--quiet", "--jobs", "1", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "VERIFY.MODULE" in out and module in out
    assert out.strip().splitlines()[-1].startswith("ONVOLLEDIG")


@pytest.mark.usefixtures("installed_schemas")
def test_folder_link_given_by_name_is_searched(base: dict[str, bytes], tmp_path: Path) -> None:
    """A link to a folder given on the command line is followed (the user named it); inside a
    folder a link to a folder is named, not silently followed or passed over."""
    real = folder_with(tmp_path, {COUNT: base[COUNT]})
    given = tmp_path / "koppeling"
    given.symlink_to(real, target_is_directory=True)
    assert verdict(verify([given])) is Verdict.APPROVED
    nested = tmp_path / "boven"
    nested.mkdir()
    shutil.copy(real / COUNT, nested / COUNT)
    (nested / "binnen").symlink_to(real, target_is_directory=True)
    findings = verify([nested])
    assert [Path(f.place).name for f in by(findings, "V00", Status.FAIL)] == ["binnen"]
