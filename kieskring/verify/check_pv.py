"""PVs against their EML files and signatures (V11–V14).

The fingerprints printed on a PV (16 × 4 hex) must include the fingerprint of an EML file in the
material (chain.md §4); a result PV must name every elected candidate of that 520; every signature
must be valid; and the signer's certificate fingerprint must be printed on the PV it signs — for a
signed PDF the PV itself, for an EML file's detached ``.sig`` every PV that prints the file's
fingerprint (the hand-signed paper vouches for the file and for the key). A PV that cannot be read
is a FAIL naming it; a module missing to read it blocks the verdict (never an internal error).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable
from pathlib import Path

from kieskring.domain.result import Result
from kieskring.eml.fingerprint import fingerprint, grouped
from kieskring.errors import Problem, UserError
from kieskring.signing.verify import (
    extract_fingerprints,
    page_texts,
    verify_detached,
    verify_pdf,
)
from kieskring.verify.codes import message
from kieskring.verify.material import Material
from kieskring.verify.report import Finding, Status, blocking_skip


def read_texts(material: Material, path: Path) -> Finding | None:
    """Extract the pages' text of a PDF once (into ``material``); a finding when it cannot be."""
    try:
        material.pdf_texts[path] = page_texts(material.raw[path])
    except ImportError as err:
        what = message("VERIFY.MODULE", what="PV", module=err.name or "pypdf")
        return blocking_skip("V11", str(path), what)
    except Exception as err:  # pypdf raises many kinds on damaged input: each is a finding
        detail = f"geen leesbare PDF ({type(err).__name__})"
        return Finding("V11", Status.FAIL, str(path), message("VERIFY.UNREADABLE", detail=detail))
    return None


def texts_of(material: Material, path: Path) -> list[str]:
    """The pages' text of a PDF read by :func:`read_texts`."""
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
    try:
        report = verify_pdf(path)
    except ImportError as err:
        what = message("VERIFY.MODULE", what="handtekening", module=err.name or "pyhanko")
        return [blocking_skip("V13", str(path), what)]
    codes = [p.code for p in report.problems]
    if codes == ["SIGN.104"]:
        return [Finding("V13", Status.SKIP, str(path), "niet digitaal ondertekend")]
    if not report.ok:
        return [Finding("V13", Status.FAIL, str(path), problems_text(report.problems))]
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


def problems_text(problems: Iterable[Problem]) -> str:
    """``CODE message; …`` of a signature report."""
    return "; ".join(f"{p.code} {p.message_nl}" for p in problems)


def identities(path: Path) -> set[str]:
    """What a PV may print for ``path``: its fingerprint (chain.md §4) and its plain SHA-256."""
    try:
        data = path.read_bytes()
    except OSError:
        return set()
    found = {hashlib.sha256(data).hexdigest()}
    with contextlib.suppress(UserError):  # not XML: the plain SHA-256 is all a PV can print
        found.add(fingerprint(data, str(path)))
    return found


def anchored(target: Path, signer: str, prints: dict[Path, list[str]]) -> Finding:
    """V14 for a ``.sig``: every PV that prints the signed file's fingerprint and a certificate
    must print the signer's certificate; without such a PV the signer is not established (SKIP,
    harmless: the file itself was checked by the other checks)."""
    own = identities(target)
    named = {
        pv: [v for v in values if v not in own]
        for pv, values in prints.items()
        if own & set(values) and set(values) - own
    }
    if not named:
        return Finding(
            "V14", Status.SKIP, str(target), message("VERIFY.UNANCHORED", found=grouped(signer))
        )
    for pv, certificates in sorted(named.items()):
        if signer not in certificates:
            expected = ", ".join(grouped(c) for c in certificates)
            text = message("VERIFY.SIGNER", found=grouped(signer), pv=pv.name, expected=expected)
            return Finding("V14", Status.FAIL, str(target), text)
    where = ", ".join(sorted(pv.name for pv in named))
    return Finding(
        "V14", Status.PASS, str(target), f"certificaat {grouped(signer)} staat op {where}"
    )


def detached(path: Path, prints: dict[Path, list[str]]) -> list[Finding]:
    """V13 and V14 for an EML file's ``.sig``: the signature over the file's exact bytes is valid
    for the certificate it carries (V13), and that certificate is the one the PV vouches for
    (V14)."""
    target = path.with_suffix("")
    report = verify_detached(target, path)
    if not report.ok:
        return [Finding("V13", Status.FAIL, str(target), problems_text(report.problems))]
    signer = report.signer_fingerprint
    text = (
        f"handtekening {path.name} klopt: bestand ongewijzigd sinds het ondertekenen met "
        f"certificaat {grouped(signer)}"
    )
    return [Finding("V13", Status.PASS, str(target), text), anchored(target, signer, prints)]


def pvs(material: Material) -> list[Finding]:
    """V11–V14 for every PDF and signature."""
    out: list[Finding] = []
    readable: list[Path] = []
    for path in material.pdfs:
        problem = read_texts(material, path)
        if problem is None:
            readable.append(path)
        else:
            out.append(problem)
    prints = {path: printed_on(material, path) for path in readable}
    known = material.fingerprints(p for p in prints.values() if p)
    for path in readable:
        out += pv_matches(material, path, known)
        out += pdf_signature(material, path)
    for path in material.signatures:
        out += detached(path, prints)
    return out or [
        Finding("V11", Status.SKIP, "", "geen processen-verbaal of handtekeningen gegeven")
    ]
