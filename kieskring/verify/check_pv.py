"""PVs against their EML files and signatures (V11–V14).

The fingerprints printed on a PV (16 × 4 hex) must include the fingerprint of an EML file in the
material (chain.md §4); a result PV must name every elected candidate of that 520; every signature
must be valid; and the signer's certificate fingerprint must be printed on the PV it signs.
"""

from __future__ import annotations

from pathlib import Path

from kieskring.domain.result import Result
from kieskring.eml.fingerprint import grouped
from kieskring.signing.verify import (
    extract_fingerprints,
    page_texts,
    verify_detached,
    verify_pdf,
)
from kieskring.verify.material import Material
from kieskring.verify.report import Finding, Status


def texts_of(material: Material, path: Path) -> list[str]:
    """The pages' text of a PDF in the material, extracted once."""
    if path not in material.pdf_texts:
        material.pdf_texts[path] = page_texts(material.raw[path])
    return material.pdf_texts[path]


def printed_on(material: Material, path: Path) -> list[str]:
    """The fingerprints printed on a PDF in the material."""
    return extract_fingerprints(material.raw[path], texts_of(material, path))


def pv_text(texts: list[str]) -> str:
    """All text of a PDF, whitespace collapsed."""
    return " ".join(" ".join(page.split()) for page in texts)


def figures(path: Path, texts: list[str], result: Result) -> Finding:
    """V12: a result PV names every elected candidate of its 520."""
    text = pv_text(texts)
    missing = [
        c.candidate.last_name
        for x in result.lists
        for c in x.candidates
        if c.candidate.last_name not in text
    ]
    if missing:
        return Finding(
            "V12",
            Status.FAIL,
            str(path),
            f"gekozenen ontbreken op het PV: {', '.join(missing[:5])}",
        )
    return Finding("V12", Status.PASS, str(path), f"alle {result.seats} gekozenen staan op het PV")


def pv_matches(material: Material, path: Path, known: dict[str, Path]) -> list[Finding]:
    """V11/V12 for one PDF."""
    printed = printed_on(material, path)
    matched = [known[f] for f in printed if f in known]
    if not printed:
        return [Finding("V11", Status.SKIP, str(path), "geen vingerafdruk op dit PV")]
    if not matched:
        return [
            Finding(
                "V11",
                Status.FAIL,
                str(path),
                f"vingerafdruk {grouped(printed[0])} hoort bij geen enkel EML-bestand",
            )
        ]
    out = [Finding("V11", Status.PASS, str(path), f"vingerafdruk van {matched[0].name}")]
    results = dict(material.results)
    if matched[0] in results:
        out.append(figures(path, texts_of(material, path), results[matched[0]]))
    return out


def pdf_signature(material: Material, path: Path) -> list[Finding]:
    """V13/V14 for one PDF."""
    report = verify_pdf(path)
    codes = [p.code for p in report.problems]
    if codes == ["SIGN.104"]:
        return [Finding("V13", Status.SKIP, str(path), "niet digitaal ondertekend")]
    if not report.ok:
        return [
            Finding("V13", Status.FAIL, str(path), "; ".join(p.message_nl for p in report.problems))
        ]
    out = [Finding("V13", Status.PASS, str(path), f"geldig ondertekend door {report.signer_name}")]
    printed = printed_on(material, path)
    if report.signer_fingerprint in printed:
        out.append(Finding("V14", Status.PASS, str(path), "certificaat staat op het PV"))
    else:
        out.append(
            Finding(
                "V14",
                Status.FAIL,
                str(path),
                f"certificaat {grouped(report.signer_fingerprint)} staat niet op het PV",
            )
        )
    return out


def detached(path: Path) -> Finding:
    """V13 for an EML file's ``.sig``."""
    target = path.with_suffix("")
    report = verify_detached(target, path)
    if report.ok:
        return Finding("V13", Status.PASS, str(target), f"geldig ondertekend ({path.name})")
    return Finding(
        "V13", Status.FAIL, str(target), "; ".join(p.message_nl for p in report.problems)
    )


def pvs(material: Material) -> list[Finding]:
    """V11–V14 for every PDF and signature."""
    printed = [printed_on(material, path) for path in material.pdfs]
    known = material.fingerprints(p for p in printed if p)
    out: list[Finding] = []
    for path in material.pdfs:
        out += pv_matches(material, path, known)
        out += pdf_signature(material, path)
    out += [detached(p) for p in material.signatures]
    return out or [
        Finding("V11", Status.SKIP, "", "geen processen-verbaal of handtekeningen gegeven")
    ]
