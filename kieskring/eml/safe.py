"""Safe parsing of EML files: no DTD, no entities, no network, bounded size (chain.md §3).

XXE and "billion laughs" need a DOCTYPE; we refuse any DOCTYPE or ENTITY declaration before lxml sees
the bytes, and parse with ``resolve_entities=False``, ``no_network=True``, ``load_dtd=False`` and
``huge_tree=False`` as a second line of defence. Every failure is a :class:`UserError` with a code.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from kieskring.eml.codes import fail

EML_NS = "urn:oasis:names:tc:evs:schema:eml"
KR_NS = "http://www.kiesraad.nl/extensions"
XNL_NS = "urn:oasis:names:tc:ciq:xsdschema:xNL:2.0"
XAL_NS = "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
NAMESPACES = {"eml": EML_NS, "kr": KR_NS, "xnl": XNL_NS, "xal": XAL_NS, "ds": DS_NS}

MAX_BYTES = 256 * 1024 * 1024
"""Real files are up to ~10 MB; anything above 256 MB is refused unread."""

_FORBIDDEN = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARED = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']"
)
UTF8_BOM = b"\xef\xbb\xbf"
"""The UTF-8 byte-order mark: an encoding signature a conformant reader accepts (XML 1.0 §4.3.3);
the Kiesraad's files carry none. Every reader here reads such a file in full, as UTF-8."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
    )


def read_bytes(path: Path) -> bytes:
    """The file's bytes; unreadable or oversized files are a UserError (EML.007, EML.004)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise fail("EML.004", str(path), size=size)
        return path.read_bytes()
    except OSError as err:
        raise fail("EML.007", str(path), detail=err.strerror or str(err)) from None


def _check_encoding(data: bytes, file: str) -> None:
    """EML_NL files are UTF-8 (the schemas' and OSV2020's encoding); anything else is refused,
    also UTF-16 without a byte-order mark (its NUL bytes are valid UTF-8, but no XML character:
    XML 1.0 §2.2), which a parser would otherwise recognise and read."""
    declared = _DECLARED.match(data)
    if declared and declared.group(1).decode("ascii").lower().replace("_", "-") not in {
        "utf-8",
        "utf8",
    }:
        raise fail("EML.003", file, detail=f"encoding={declared.group(1).decode('ascii')}")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise fail("EML.003", file, f"byte {err.start}", detail=err.reason) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise fail("EML.003", file, f"byte {nul}", detail="NUL-byte (UTF-16 of UTF-32?)")


def check_source_bytes(data: bytes, file: str = "") -> None:
    """Refuse oversized data (EML.004), any DOCTYPE/ENTITY (EML.002) and non-UTF-8 (EML.003)
    before a parser sees the bytes."""
    if len(data) > MAX_BYTES:
        raise fail("EML.004", file, size=len(data))
    if _FORBIDDEN.search(data):
        raise fail("EML.002", file)
    _check_encoding(data, file)


def parse_bytes(data: bytes, file: str = "") -> etree._ElementTree:
    """Parse ``data`` safely into a tree (refusing DOCTYPE/ENTITY, non-UTF-8 and bad XML)."""
    check_source_bytes(data, file)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as err:
        line = f"regel {err.lineno}" if err.lineno else ""
        raise fail("EML.001", file, line, detail=err.msg) from None
    tree = root.getroottree()
    if getattr(tree.docinfo, "doctype", ""):
        raise fail("EML.002", file)
    return tree


def parse_eml(data: bytes, file: str, expected: tuple[str, ...]) -> etree._Element:
    """The ``EML`` root of ``data``; its ``Id`` must be one of ``expected`` (EML.005, EML.006)."""
    return check_root(parse_bytes(data, file).getroot(), file, expected)


def check_root(root: etree._Element, file: str, expected: tuple[str, ...]) -> etree._Element:
    """``root`` is an ``EML`` element whose ``Id`` is one of ``expected`` (EML.005, EML.006)."""
    if root.tag != f"{{{EML_NS}}}EML":
        raise fail("EML.005", file, "/", found=root.tag)
    message = root.get("Id", "")
    if message not in expected:
        raise fail("EML.006", file, "/EML/@Id", found=message, expected="/".join(expected))
    return root


def load_eml(path: Path, expected: tuple[str, ...]) -> tuple[bytes, etree._Element]:
    """Read and safely parse ``path``; returns the bytes and the root."""
    data = read_bytes(path)
    return data, parse_eml(data, str(path), expected)


_MESSAGE_ID = re.compile(rb'<(?:\w+:)?EML[^>]*\sId="(\w+)"')
HEAD = 4096


def message_id_in(head: bytes) -> str:
    """The message id (``510b``, ``230b`` …) in a file's first bytes, ``""`` when there is none: a
    guess to choose a reader, which then checks the real root (and everything else)."""
    found = _MESSAGE_ID.search(head)
    return found.group(1).decode("ascii") if found else ""


def peek_head(path: Path) -> bytes:
    """A file's first :data:`HEAD` bytes; ``b""`` when it cannot be read (its reader says why)."""
    try:
        with path.open("rb") as handle:
            return handle.read(HEAD)
    except OSError:
        return b""


def peek_message_id(path: Path) -> str:
    """:func:`message_id_in` the first bytes of ``path``, to choose a reader; ``""`` when there is
    none or the file cannot be read (the reader chosen still checks everything)."""
    return message_id_in(peek_head(path))
