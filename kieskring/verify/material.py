"""Find and read the published material: EML files by message id, PDFs, detached signatures.

Every EML file is parsed once (safely), validated against the schema when a schema folder is
available (V01) and read into the domain model with the Kiesraad's consistency rules (V02); a file
that cannot be read is a FAIL naming the file and place, and the checks that need it are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import Count
from kieskring.domain.election import Election
from kieskring.domain.result import Result
from kieskring.eml.fingerprint import fingerprint
from kieskring.eml.read_110a import election_from_root
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.read_510 import check_count, count_from_root
from kieskring.eml.read_520 import result_from_root
from kieskring.eml.safe import parse_eml
from kieskring.eml.validate import schema_dir, validate_root
from kieskring.errors import Problem, UserError
from kieskring.verify.report import Finding, Status

EML_IDS = ("110a", "230b", "510a", "510b", "510c", "510d", "520")


@dataclass
class Material:
    """What was read, by kind, with the raw bytes kept for fingerprints."""

    definitions: list[tuple[Path, Election]] = field(default_factory=list)
    candidates: list[tuple[Path, CandidateLists]] = field(default_factory=list)
    counts: list[tuple[Path, Count]] = field(default_factory=list)
    results: list[tuple[Path, Result]] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)
    signatures: list[Path] = field(default_factory=list)
    raw: dict[Path, bytes] = field(default_factory=dict)
    """Bytes kept only where a later check needs them: the 520s (V10) and the PDFs."""
    fingerprints: dict[str, Path] = field(default_factory=dict)
    """EML fingerprint → file, computed only when PDFs are given (V11)."""
    warnings: list[tuple[Path, Problem]] = field(default_factory=list)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files given, and the files inside folders given, in sorted order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file())
        else:
            out.append(path)
    return out


def is_eml(data: bytes) -> bool:
    """Looks like an EML message (XML whose root is ``EML``)."""
    head = data[:400].lstrip()
    return head.startswith(b"<") and b"EML" in head


def problem_findings(check: str, problems: Iterable[Problem]) -> list[Finding]:
    """One FAIL per problem, with file and place."""
    return [
        Finding(
            check,
            Status.FAIL,
            ":".join(x for x in (p.file, p.place) if x),
            f"{p.code} {p.message_nl}",
        )
        for p in problems
    ]


def validate(root: etree._Element, path: Path, schemas: Path | None) -> Finding:
    """V01 for one file."""
    if schemas is None:
        return Finding(
            "V01", Status.SKIP, str(path), "geen schemamap (--schemas of UITSLAG_SCHEMAS)"
        )
    try:
        validate_root(root, str(path), schemas)
    except UserError as err:
        first = err.problems[0]
        return Finding(
            "V01", Status.FAIL, f"{path}:{first.place}", f"{first.code} {first.message_nl}"
        )
    return Finding("V01", Status.PASS, str(path), f"geldig volgens EML_NL ({root.get('Id')})")


CountHook = Callable[[Material, Path, Count], list[Finding]]


def keep_light(count: Count) -> Count:
    """A 510b keeps only its total once its stations were checked: the chain above adds
    municipalities, not stations (and a national set stays within memory)."""
    return count.model_copy(update={"units": ()}) if count.level == "b" else count


def read_eml(
    material: Material, path: Path, data: bytes, schemas: Path | None, hook: CountHook | None = None
) -> list[Finding]:
    """Parse, validate and read one EML file into ``material``."""
    file = str(path)
    try:
        root = parse_eml(data, file, EML_IDS)
    except UserError as err:
        return problem_findings("V02", err.problems)
    findings = [validate(root, path, schemas)]
    kind = root.get("Id", "")
    try:
        warnings: list[Problem] = []
        if kind == "110a":
            material.definitions.append((path, election_from_root(root, file)))
        elif kind == "230b":
            material.candidates.append((path, lists_from_root(root, file)))
        elif kind.startswith("510"):
            count = count_from_root(root, file)
            check_count(count, file, warnings)
            findings += hook(material, path, count) if hook else []
            material.counts.append((path, keep_light(count)))
        elif kind == "520":
            material.results.append((path, result_from_root(root, file)))
    except UserError as err:
        return [*findings, *problem_findings("V02", err.problems)]
    if kind == "520":
        material.raw[path] = data
    material.warnings += [(path, w) for w in warnings]
    return [
        *findings,
        Finding("V02", Status.PASS, file, f"{kind} gelezen, regels van de Kiesraad gevolgd"),
    ]


def find_schemas(explicit: Path | None) -> Path | None:
    """The schema folder, or ``None`` when there is none."""
    try:
        return schema_dir(explicit)
    except UserError:
        return None


KIND = re.compile(rb'<EML[^>]*\sId="(\w+)"')


def order_key(path: Path, head: bytes) -> int:
    """Definitions and candidate lists first (the count checks need them), then the rest."""
    match = KIND.search(head)
    kind = match.group(1).decode("ascii", "replace") if match else ""
    return 0 if kind in ("110a", "230b") else 1


def fingerprint_of(material: Material, path: Path, data: bytes) -> None:
    """Remember the fingerprint of an EML file (for V11)."""
    try:
        material.fingerprints[fingerprint(data, str(path))] = path
    except UserError:
        return


def load(
    paths: Iterable[Path], schemas: Path | None, hook: CountHook | None = None
) -> tuple[Material, list[Finding]]:
    """Read everything under ``paths``; ``hook`` runs on each count while it is whole."""
    material = Material()
    findings: list[Finding] = []
    folder = find_schemas(schemas)
    files = expand(paths)
    with_pdfs = any(p.suffix.lower() == ".pdf" for p in files)
    heads = {p: head(p) for p in files}
    for path in sorted(files, key=lambda p: (order_key(p, heads[p]), str(p))):
        try:
            data = path.read_bytes()
        except OSError as err:
            findings.append(
                Finding("V02", Status.FAIL, str(path), f"niet te lezen: {err.strerror}")
            )
            continue
        if data.startswith(b"%PDF"):
            material.pdfs.append(path)
            material.raw[path] = data
        elif path.suffix == ".sig":
            material.signatures.append(path)
        elif is_eml(data):
            findings += read_eml(material, path, data, folder, hook)
            if with_pdfs:
                fingerprint_of(material, path, data)
    return material, findings


def head(path: Path) -> bytes:
    """The first bytes of a file (to order the work), or nothing when unreadable."""
    try:
        with path.open("rb") as handle:
            return handle.read(2048)
    except OSError:
        return b""
