"""What is each file given to ``uitslag verify``? Every file is identified, or that is a FAIL.

docs/VERIFY.md "Input and identification": a file is, by its content first, an EML message (XML;
read and checked in full by the careful reader, which names whatever is wrong: not UTF-8, not
well-formed, a root that is not ``EML``, a message id verify does not use), a PV (``%PDF``), a
detached signature (``.sig``), or — by its name — an attachment verify recognises but does not check
(a CSV export, a text or JSON file, ``SHA256SUMS``). An empty file, a file that cannot be read, and
a file of any other kind are FAILs naming the file: nothing is ever passed over in silence.

A UTF-8 byte-order mark is an encoding signature, not content (XML 1.0 §4.3.3, appendix F): such a
file is read as UTF-8 by the same careful reader as any other, and verify warns that the Kiesraad
writes none. Other byte-order marks (UTF-16, UTF-32) make the file XML in another encoding, which
EML_NL does not allow: refused as not UTF-8 (EML.003).
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from kieskring.eml.safe import MAX_BYTES, UTF8_BOM
from kieskring.verify.codes import message
from kieskring.verify.report import Finding, Status

CHECK = "V00"

OTHER_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
"""UTF-16 (both orders) and UTF-32 big-endian; UTF-32 little-endian starts like UTF-16 LE."""

ATTACHMENT_SUFFIXES = {".csv": "CSV", ".txt": "tekst", ".md": "tekst", ".json": "JSON"}
ATTACHMENT_NAMES = {"SHA256SUMS": "controlesommen"}


class Kind(StrEnum):
    """What a file is, to verify."""

    EMPTY = "empty"
    PDF = "pdf"
    SIGNATURE = "sig"
    XML = "xml"
    ATTACHMENT = "attachment"
    UNKNOWN = "unknown"


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[Finding]]:
    """Files given, and the files inside folders given (recursively, sorted), each once; and a
    FAIL for every entry that is neither a folder to search nor a regular file to read (a broken
    link, a device, a folder reached through a link)."""
    files: list[Path] = []
    findings: list[Finding] = []
    seen: set[Path] = set()
    for path in paths:
        entries = sorted(path.rglob("*")) if path.is_dir() else [path]
        for entry in entries:
            if entry.is_dir() and not entry.is_symlink():
                continue
            problem = not_a_file(entry)
            if problem is not None:
                findings.append(problem)
                continue
            key = entry.resolve()
            if key not in seen:
                seen.add(key)
                files.append(entry)
    return files, findings


def not_a_file(path: Path) -> Finding | None:
    """A FAIL unless ``path`` is a regular file (following a link to a file)."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return unreadable(path, err.strerror or str(err))
    if stat.S_ISDIR(mode):
        return unreadable(path, "map via een koppeling; geef de map zelf op")
    if not stat.S_ISREG(mode):
        return unreadable(path, "geen gewoon bestand")
    return None


def unreadable(path: Path, detail: str) -> Finding:
    """V00 FAIL: verify cannot read ``path``."""
    return Finding(CHECK, Status.FAIL, str(path), message("VERIFY.UNREADABLE", detail=detail))


def read_file(path: Path) -> bytes | Finding:
    """The bytes of ``path``, or a FAIL naming why they cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return unreadable(path, f"te groot ({size} bytes)")
        return path.read_bytes()
    except OSError as err:
        return unreadable(path, err.strerror or str(err))


def looks_like_xml(path: Path, head: bytes) -> bool:
    """XML, perhaps damaged or in another encoding: the careful reader must decide what it is."""
    text = head.removeprefix(UTF8_BOM).lstrip(b" \t\r\n")
    return (
        text.startswith(b"<")
        or head.startswith(OTHER_BOMS)
        or head[:4] in (b"<\x00?\x00", b"\x00<\x00?", b"<\x00\x00\x00", b"\x00\x00\x00<")
        or path.suffix.lower() == ".xml"
        or b"<EML" in head
        or b"<?xml" in head
    )


def identify(path: Path, data: bytes) -> Kind:
    """The kind of a file, by its content first and then by its name."""
    if not data:
        return Kind.EMPTY
    if data.startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        return Kind.PDF
    if path.suffix == ".sig":
        return Kind.SIGNATURE
    if looks_like_xml(path, data[:1024]):
        return Kind.XML
    if path.suffix.lower() in ATTACHMENT_SUFFIXES or path.name in ATTACHMENT_NAMES:
        return Kind.ATTACHMENT
    return Kind.UNKNOWN


def attachment_kind(path: Path) -> str:
    """``CSV``, ``tekst`` … for the message of an attachment."""
    return ATTACHMENT_NAMES.get(path.name) or ATTACHMENT_SUFFIXES[path.suffix.lower()]


def not_identified(path: Path, kind: Kind) -> Finding:
    """The finding for a file that is no material: FAIL when empty or unknown, else a SKIP
    saying the attachment was recognised and not checked (harmless to the verdict)."""
    if kind is Kind.EMPTY:
        return Finding(CHECK, Status.FAIL, str(path), message("VERIFY.EMPTY"))
    if kind is Kind.ATTACHMENT:
        text = message("VERIFY.ATTACHMENT", kind=attachment_kind(path))
        return Finding(CHECK, Status.SKIP, str(path), text)
    return Finding(CHECK, Status.FAIL, str(path), message("VERIFY.UNKNOWN"))
