"""Find and read the published material: EML files by message id, PDFs, detached signatures.

Every file given or found is identified (:mod:`~kieskring.verify.identify`), or that is a FAIL
naming it. Every EML file is parsed once (safely), validated against the schema when a schema folder
is available (V01) and read into the domain model with the Kiesraad's consistency rules (V02); a
file that cannot be read is a FAIL naming the file and place, and the checks that need it are
skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import Count
from kieskring.domain.election import Election, PollingStations
from kieskring.domain.result import Result
from kieskring.eml.fingerprint import fingerprint
from kieskring.eml.read_110a import election_from_root
from kieskring.eml.read_110b import stations_from_root
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.read_510 import check_count, count_from_root
from kieskring.eml.read_520 import result_from_root
from kieskring.eml.safe import UTF8_BOM, message_id_in, parse_eml, peek_head, read_bytes
from kieskring.eml.stream_510 import CountTotals, stream_510
from kieskring.eml.unit_scan import Unusual
from kieskring.eml.validate import SCHEMAS_UNAVAILABLE, schema_dir, schema_for, validate_root
from kieskring.errors import Problem, UserError
from kieskring.verify.codes import message
from kieskring.verify.identify import Kind, expand, identify, not_identified, read_file
from kieskring.verify.report import Finding, Status, blocking_skip

EML_IDS = ("110a", "110b", "230b", "510b", "510c", "510d", "520")
"""The messages verify uses; any other (a 510a, a 210, …) is refused (EML.006), never skipped."""
FINGERPRINT_ORDER = {"520": 0, "510d": 1, "510c": 2, "230b": 3, "110a": 4, "510b": 5}


@dataclass
class Material:
    """What was read, by kind, with the raw bytes kept for fingerprints."""

    definitions: list[tuple[Path, Election]] = field(default_factory=list)
    stations: list[tuple[Path, PollingStations]] = field(default_factory=list)
    candidates: list[tuple[Path, CandidateLists]] = field(default_factory=list)
    counts: list[tuple[Path, Count]] = field(default_factory=list)
    results: list[tuple[Path, Result]] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)
    signatures: list[Path] = field(default_factory=list)
    raw: dict[Path, bytes] = field(default_factory=dict)
    """Bytes kept only where a later check needs them: the 520s (V10) and the PDFs."""
    eml_files: list[tuple[str, Path]] = field(default_factory=list)
    """Every EML file read, with its message id (for the fingerprints of V11)."""
    warnings: list[tuple[Path, Problem]] = field(default_factory=list)
    pdf_texts: dict[Path, list[str]] = field(default_factory=dict)
    """The pages' text of each PDF, extracted once (V11, V12, V14)."""
    superseded: dict[Path, Path] = field(default_factory=dict)
    """510b files a later one of the same municipality replaces (a follow-up sitting, V16), each
    with the one that replaces it."""

    def fingerprints(self, printed: Iterable[Iterable[str]]) -> dict[str, Path]:
        """EML fingerprint → file, enough to place every PV: ``printed`` holds per PDF the
        fingerprints on it (the EML file's, and the signer's certificate's). Hashing every station
        count of a national set costs a full parse each, so files are hashed most-likely first
        (520, 510d, 510c, …) until each PDF has a match; a PDF matching nothing hashes all."""
        pending = [set(values) for values in printed]
        found: dict[str, Path] = {}
        for _, path in sorted(self.eml_files, key=lambda item: FINGERPRINT_ORDER.get(item[0], 9)):
            if all(values & found.keys() for values in pending):
                break
            try:
                found[fingerprint(path.read_bytes(), str(path))] = path
            except (OSError, UserError):
                continue
        return found


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
        return blocking_skip("V01", str(path), SCHEMAS_UNAVAILABLE)
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
    findings = [validate(root, path, schemas), *bom_warning(path, data)]
    kind = root.get("Id", "")
    material.eml_files.append((kind, path))
    try:
        warnings: list[Problem] = []
        if kind == "110a":
            material.definitions.append((path, election_from_root(root, file)))
        elif kind == "110b":
            material.stations.append((path, stations_from_root(root, file)))
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


def bom_warning(path: Path, head: bytes) -> list[Finding]:
    """V02 WARN for a file that starts with a UTF-8 byte-order mark (read in full all the same)."""
    if not head.startswith(UTF8_BOM):
        return []
    return [Finding("V02", Status.WARN, str(path), message("VERIFY.BOM"))]


def find_schemas(explicit: Path | None) -> Path | None:
    """The schema folder, or ``None`` when there is none."""
    try:
        return schema_dir(explicit)
    except UserError:
        return None


def order_key(kind: str) -> int:
    """Definitions and candidate lists first (the count checks need them), then the rest."""
    return 0 if kind in ("110a", "230b") else 1


def load(
    paths: Iterable[Path],
    schemas: Path | None,
    hook: CountHook | None = None,
    streamed_hook: StreamedHook | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Material, list[Finding]]:
    """Read everything under ``paths``; ``hook`` runs on each count while it is whole. Station
    and kieskring counts (510b, 510c) are read in one streaming pass each, ``jobs`` at a time,
    and then go to ``streamed_hook``; any the streaming reader hands back is read the careful way,
    as is every other file (identified first: nothing is passed over). ``progress(done, total)``
    after each file read."""
    material = Material()
    folder = find_schemas(schemas)
    files, findings = expand(paths)
    heads = {p: peek_head(p) for p in files}
    kinds = {p: message_id_in(heads[p]) for p in files}
    stations = [p for p in files if kinds[p] in STREAMED]
    done, step = 0, progress or (lambda done, total: None)
    for path in sorted(files, key=lambda p: (order_key(kinds[p]), str(p))):
        if path not in stations:
            findings += read_one(material, path, folder, hook)
            done += 1
            step(done, len(files))
    streamed = stream_all([(p, kinds[p]) for p in stations], folder, jobs)
    for path, totals in zip(stations, streamed, strict=True):
        done += 1
        step(done, len(files))
        if totals is None:
            findings += read_one(material, path, folder, hook)
            continue
        findings += streamed_findings(material, path, totals, folder)
        findings += bom_warning(path, heads[path])
        findings += streamed_hook(material, path, totals) if streamed_hook else []
    return material, [*findings, *identified(files, findings)]


def identified(files: list[Path], findings: list[Finding]) -> list[Finding]:
    """V00 PASS when every file found was identified (else its FAIL says which was not)."""
    if any(f.check == "V00" and f.status is Status.FAIL for f in findings):
        return []
    return [Finding("V00", Status.PASS, "", f"{len(files)} bestanden gevonden, elk herkend")]


StreamedHook = Callable[[Material, Path, CountTotals], list[Finding]]


def read_one(
    material: Material, path: Path, folder: Path | None, hook: CountHook | None
) -> list[Finding]:
    """Identify and read one file of any kind into ``material``."""
    data = read_file(path)
    if isinstance(data, Finding):
        return [data]
    kind = identify(path, data)
    if kind is Kind.PDF:
        material.pdfs.append(path)
        material.raw[path] = data
    elif kind is Kind.SIGNATURE:
        material.signatures.append(path)
    elif kind is Kind.XML:
        return read_eml(material, path, data, folder, hook)
    else:
        return [not_identified(path, kind)]
    return []


STREAMED = ("510b", "510c")
"""Counts read in one streaming pass: a 510b keeps its total, a 510c also its municipalities."""


def stream_one(path: Path, kind: str, folder: Path | None) -> CountTotals | None:
    """The streaming read of one 510b/510c, validated on the way when there is a schema folder;
    ``None`` when the careful reader must decide (it then also writes the messages)."""
    try:
        schema = schema_for("510b", folder) if folder else None
        data = read_bytes(path)
        return stream_510(
            data, str(path), levels=kind[-1:], schema=schema, keep_units=kind == "510c"
        )
    except (Unusual, UserError):
        return None


def stream_all(
    paths: list[tuple[Path, str]], folder: Path | None, jobs: int
) -> Iterator[CountTotals | None]:
    """:func:`stream_one` for every (path, message id), ``jobs`` processes at a time, in order
    (each as soon as it is read)."""
    if jobs < 2 or len(paths) < 2:
        for path, kind in paths:
            yield stream_one(path, kind, folder)
        return
    if folder is not None:
        find_schema_or_none(folder)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(
            stream_one, [p for p, _ in paths], [k for _, k in paths], [folder] * len(paths)
        )


def find_schema_or_none(folder: Path) -> None:
    """Compile the 510 schema once before the workers fork (they inherit it)."""
    try:
        schema_for("510b", folder)
    except UserError:
        return


def streamed_findings(
    material: Material, path: Path, totals: CountTotals, folder: Path | None
) -> list[Finding]:
    """V01/V02 for a 510b/510c read in one streaming pass, and its place in ``material``."""
    kind = totals.count.message_id
    material.counts.append((path, totals.count))
    material.eml_files.append((kind, path))
    material.warnings += [(path, w) for w in totals.warnings]
    file = str(path)
    v01 = (
        Finding("V01", Status.PASS, file, f"geldig volgens EML_NL ({kind})")
        if folder is not None
        else blocking_skip("V01", file, SCHEMAS_UNAVAILABLE)
    )
    return [
        v01,
        Finding("V02", Status.PASS, file, f"{kind} gelezen, regels van de Kiesraad gevolgd"),
    ]
