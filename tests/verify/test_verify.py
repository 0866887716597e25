"""`uitslag verify` on the real published sets, and on tampered copies: every tamper is a FAIL
with its own check number and place, and a non-zero exit."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kieskring.cli import main
from kieskring.verify.report import Finding, Status
from kieskring.verify.run import verify

WMW_FILES = (
    "Telling_GR2022_WestMaasenWaal.eml.xml",
    "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml",
    "Resultaat_GR2022_WestMaasenWaal.eml.xml",
)
PASS = "geheim wachtwoord 123"


def fails(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.status is Status.FAIL]


def copy_wmw(wmw_dir: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in WMW_FILES:
        shutil.copy(wmw_dir / name, target / name)
    return target


def test_wmw_verifies_clean(wmw_dir: Path, xsd_dir: Path) -> None:
    findings = verify([wmw_dir], schemas=xsd_dir)
    assert not fails(findings)
    passed = {f.check for f in findings if f.status is Status.PASS}
    assert {"V01", "V02", "V03", "V04", "V07", "V08", "V09", "V10"} <= passed


def test_tk2021_verifies_clean_with_errata_named(tk2021_dir: Path, xsd_dir: Path) -> None:
    findings = verify([tk2021_dir], schemas=xsd_dir)
    assert not fails(findings)
    warnings = [f for f in findings if f.status is Status.WARN]
    assert warnings and all("erratum van de Kiesraad" in f.message for f in warnings)
    units = [f for f in findings if f.check == "V06" and f.status in (Status.PASS, Status.WARN)]
    assert len({f.place for f in units}) == 19  # HSB1–HSB19; Bonaire (HSB20) has no 510c here
    # where a unit differs at all, it is only in the eligible voters (Cast), as the errata say
    assert all(f.message.startswith("Cast:") for f in units if f.status is Status.WARN)
    assert any(f.check == "V09" and f.status is Status.PASS for f in findings)


def test_seat_moved_between_lists_in_the_520_fails_v08(wmw_dir: Path, tmp_path: Path) -> None:
    """Drop the last elected candidate of list 1 and elect list 2's next one instead."""
    folder = copy_wmw(wmw_dir, tmp_path / "set")
    path = folder / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    text = path.read_text(encoding="utf-8")
    selections = re.findall(r"<Selection>.*?</Selection>", text)
    list1_last = selections[3]  # list 1 has 3 elected: selections 1..3 after its affiliation
    text = text.replace(list1_last, "", 1)
    text = text.replace(
        '<Selection><AffiliationIdentifier Id="3"',
        list1_last + '<Selection><AffiliationIdentifier Id="3"',
        1,
    )
    path.write_text(text, encoding="utf-8")
    findings = verify([folder])
    failed = {(f.check, f.place.rsplit(":", 1)[-1]) for f in fails(findings)}
    assert ("V08", "lijst 1") in failed and ("V08", "lijst 2") in failed


def test_elected_candidate_swapped_fails_v09(wmw_dir: Path, tmp_path: Path) -> None:
    folder = copy_wmw(wmw_dir, tmp_path / "set")
    path = folder / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    text = path.read_text(encoding="utf-8")
    assert "<xnl:LastName>Orlemans</xnl:LastName>" in text
    path.write_text(
        text.replace(
            "<xnl:LastName>Orlemans</xnl:LastName>", "<xnl:LastName>Jansen</xnl:LastName>", 1
        ),
        encoding="utf-8",
    )
    findings = fails(verify([folder]))
    # V09 by name and initials; V10 no longer calls the rewritten 520 "inhoud gelijk"
    assert [f.check for f in findings] == ["V09", "V10"]
    assert "lijst 1, zetel 2" in findings[0].place
    assert "Jansen" in findings[0].message and "Orlemans" in findings[0].message
    assert "LastName" in findings[1].message and "'Jansen'" in findings[1].message


def test_candidate_vote_changed_in_tk2021_510c_fails(tk2021_dir: Path, tmp_path: Path) -> None:
    """One candidate vote in a reporting unit of the Groningen 510c: the file's own arithmetic
    no longer holds (V02, naming the unit)."""
    source = tk2021_dir / "Telling_TK2021_kieskring_Groningen.eml.xml"
    text = source.read_text(encoding="utf-8")
    unit = text.index("<ReportingUnitVotes>")
    vote = re.compile(
        r"(<CandidateIdentifier Id=\"1\"></CandidateIdentifier></Candidate><ValidVotes>)(\d+)"
    )
    match = vote.search(text, unit)
    assert match is not None
    changed = text[: match.start(2)] + str(int(match.group(2)) + 1) + text[match.end(2) :]
    target = tmp_path / source.name
    target.write_text(changed, encoding="utf-8")
    shutil.copy(tk2021_dir / "Totaaltelling_TK2021.eml.xml", tmp_path)
    findings = fails(verify([tmp_path]))
    assert findings and findings[0].check == "V02"
    assert source.name in findings[0].place and "HSB1::" in findings[0].place


def test_consistent_tamper_in_510c_is_caught_by_retabulation(
    tk2021_dir: Path, tmp_path: Path
) -> None:
    """Add one vote to a candidate, its list and the total counted, everywhere in the 510c so the
    file itself still adds up: the 510d no longer equals it (V06, naming unit, list, candidate)."""
    source = tk2021_dir / "Telling_TK2021_kieskring_Groningen.eml.xml"
    text = source.read_text(encoding="utf-8")

    def bump(pattern: str, body: str, count: int = 0) -> str:
        return re.sub(pattern, lambda m: m.group(1) + str(int(m.group(2)) + 1), body, count=count)

    total_start, total_end = text.index("<TotalVotes>"), text.index("</TotalVotes>")
    unit_start = text.index("<ReportingUnitVotes>")
    unit_end = text.index("</ReportingUnitVotes>", unit_start)
    parts = []
    for start, end in ((total_start, total_end), (unit_start, unit_end)):
        block = text[start:end]
        block = bump(
            r"(<CandidateIdentifier Id=\"2\"></CandidateIdentifier></Candidate><ValidVotes>)(\d+)",
            block,
            1,
        )
        block = bump(
            r"(<AffiliationIdentifier Id=\"1\">.*?</AffiliationIdentifier><ValidVotes>)(\d+)",
            block,
            1,
        )
        block = bump(r"(<TotalCounted>)(\d+)", block, 1)
        parts.append((start, end, block))
    for start, end, block in reversed(parts):
        text = text[:start] + block + text[end:]
    (tmp_path / source.name).write_text(text, encoding="utf-8")
    shutil.copy(tk2021_dir / "Totaaltelling_TK2021.eml.xml", tmp_path)
    findings = fails(verify([tmp_path]))
    assert {f.check for f in findings} == {"V06"}
    messages = " ".join(f.message for f in findings)
    assert "lijst 1 kandidaat 2" in messages and "TotalCounted" in messages
    assert all(f.place.endswith(":HSB1") for f in findings)


@pytest.fixture
def signed_set(wmw_dir: Path, tmp_path: Path) -> Path:
    """The WMW result with a signed P 22-2 and a signed 520, as `uitslag result` writes them."""
    secret = tmp_path / "wachtwoord"
    secret.write_text(PASS + "\n", encoding="utf-8")
    inst = tmp_path / "installatie"
    assert (
        main(
            [
                "sign",
                "init",
                "--dir",
                str(inst),
                "--name",
                "CSB West Maas en Waal",
                "--valid-from",
                "2022-01-01T00:00:00+00:00",
                "--passphrase-file",
                str(secret),
            ]
        )
        == 0
    )
    out = copy_wmw(wmw_dir, tmp_path / "set")
    (out / "Resultaat_GR2022_WestMaasenWaal.eml.xml").unlink()
    code = main(
        [
            "result",
            "--seats",
            "17",
            "--candidates",
            str(out / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml"),
            "--counts",
            str(out / "Telling_GR2022_WestMaasenWaal.eml.xml"),
            "--created",
            "2022-03-18T11:07:06.451",
            "--out",
            str(out),
            "--pv",
            "--place",
            "Beneden-Leeuwen",
            "--sign",
            str(inst),
            "--signing-time",
            "2022-03-18T12:00:00+01:00",
            "--passphrase-file",
            str(secret),
        ]
    )
    assert code == 0
    return out


def test_signed_result_set_verifies_clean(signed_set: Path) -> None:
    findings = verify([signed_set])
    assert not fails(findings)
    passed = {f.check for f in findings if f.status is Status.PASS}
    assert {"V11", "V12", "V13", "V14"} <= passed


def test_flipped_byte_in_signed_pv_fails_v13(signed_set: Path) -> None:
    pdf = signed_set / "P22-2_GR2022_WestMaasenWaal.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    pdf.write_bytes(bytes(data))
    failed = fails(verify([signed_set]))
    assert any(f.check == "V13" and f.place == str(pdf) for f in failed)


def test_pv_whose_fingerprint_no_longer_matches_fails_v11(signed_set: Path) -> None:
    """Change the 520 after the PV was printed (and re-sign nothing): the PV's fingerprint
    matches no file any more, and the 520's detached signature breaks too."""
    path = signed_set / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    path.write_bytes(path.read_bytes().replace(b"Reuvers", b"Reuverz", 1))
    failed = fails(verify([signed_set]))
    checks = {f.check for f in failed}
    assert "V11" in checks and "V13" in checks
    assert any(f.check == "V11" and "hoort bij geen enkel EML-bestand" in f.message for f in failed)


def test_cli_exit_codes_and_json(
    wmw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", "--quiet", str(wmw_dir)]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].startswith("GOEDGEKEURD")
    folder = copy_wmw(wmw_dir, tmp_path / "set")
    path = folder / "Resultaat_GR2022_WestMaasenWaal.eml.xml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Orlemans", "Jansen", 1), encoding="utf-8"
    )
    assert main(["verify", "--json", str(folder)]) == 1
    import json

    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["counts"]["FAIL"] >= 1


def test_one_unit_is_spoken_of_in_the_singular() -> None:
    """Issue 12 E: "1 eenheid", never "1 eenheden"."""
    from kieskring.verify.check_counts import units_text

    assert (units_text(0), units_text(1), units_text(2)) == (
        "0 eenheden",
        "1 eenheid",
        "2 eenheden",
    )
