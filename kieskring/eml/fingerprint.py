"""The digital fingerprint that binds a paper PV to its EML file (chain.md §4).

The fingerprint is the SHA-256 of the file; a PV prints it as 16 groups of 4 hex digits. Files that
declare ``ds:CanonicalizationMethod`` are hashed after C14N 1.0 *with comments* (the OSV2020
convention; for its files that equals the raw bytes); others (real 110a files) over their raw bytes.
At import the operator either confirms the whole value or types back two groups the software blanks
out: one in the first half and one in the second, chosen deterministically from the digest.
"""

from __future__ import annotations

import hashlib
import re

from lxml import etree

from kieskring.eml.codes import fail
from kieskring.eml.safe import DS_NS, parse_bytes

GROUPS = 16
GROUP_WIDTH = 4
_CANONICAL_MARK = re.compile(rb"<(\w+:)?CanonicalizationMethod\b")
_GROUP = re.compile(r"[0-9a-fA-F]{4}")


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


def canonical_bytes(data: bytes, file: str = "") -> bytes:
    """``data`` in C14N 1.0 with comments (lxml ``method="c14n"``; not C14N 2.0)."""
    return _c14n(parse_bytes(data, file), file)


def _c14n(tree: etree._ElementTree, file: str) -> bytes:
    """C14N 1.0 with comments; a document C14N refuses (a relative namespace URI) is EML.017."""
    try:
        return etree.tostring(tree, method="c14n", with_comments=True)
    except etree.C14NError as err:
        raise fail("EML.017", file, detail=str(err) or type(err).__name__) from None


def _declaring_tree(data: bytes, file: str) -> etree._ElementTree | None:
    """The parsed file when it carries a ``ds:CanonicalizationMethod`` element, else ``None``."""
    if not _CANONICAL_MARK.search(data):
        return None
    tree = parse_bytes(data, file)
    found = tree.getroot().find(f".//{{{DS_NS}}}CanonicalizationMethod")
    return None if found is None else tree


def declares_canonicalization(data: bytes, file: str = "") -> bool:
    """Whether the file carries a ``ds:CanonicalizationMethod`` element."""
    return _declaring_tree(data, file) is not None


def fingerprint(data: bytes, file: str = "") -> str:
    """The fingerprint of a file's bytes: hashed canonically when it declares C14N, else raw
    (one parse serves both the question and the canonical form)."""
    tree = _declaring_tree(data, file)
    if tree is None:
        return sha256_hex(data)
    return sha256_hex(_c14n(tree, file))


def written_fingerprint(data: bytes) -> str:
    """The fingerprint of bytes this software has just written with ``build.canonical``: they are
    C14N already and C14N is idempotent, so hashing them is the same as :func:`fingerprint`
    (a test holds the two equal) without parsing a large file again."""
    return sha256_hex(data)


def grouped(digest: str, *, upper: bool = False) -> str:
    """``d6be d099 … 801e``: 16 space-separated groups of 4 (``upper`` as printed on a PV)."""
    text = digest.upper() if upper else digest.lower()
    return " ".join(text[i : i + GROUP_WIDTH] for i in range(0, len(text), GROUP_WIDTH))


def groups(digest: str) -> list[str]:
    """The 16 groups of ``digest`` (lowercase)."""
    return grouped(digest).split(" ")


def blanked_groups(digest: str) -> tuple[int, int]:
    """The two group indexes (0-based) the operator must type back: one per half.

    Chosen from the digest itself, so every installation blanks the same groups: the first byte
    modulo 8 selects a group in 0–7, the last byte modulo 8 one in 8–15.
    """
    raw = bytes.fromhex(digest)
    half = GROUPS // 2
    return raw[0] % half, half + raw[-1] % half


def _normalise(value: str) -> str:
    return re.sub(r"[\s:-]", "", value).lower()


def check_typed_groups(digest: str, typed: tuple[str, str], file: str = "") -> None:
    """Raise EML.301 unless ``typed`` equals the two blanked groups (case and spaces ignored)."""
    expected = groups(digest)
    for index, value in zip(blanked_groups(digest), typed, strict=True):
        clean = _normalise(value)
        if not _GROUP.fullmatch(clean):
            raise fail("EML.302", file, f"groep {index + 1}", value=value[:20])
        if clean != expected[index]:
            raise fail("EML.301", file, f"groep {index + 1}", group=index + 1)


def check_full(digest: str, typed: str, file: str = "") -> None:
    """Raise EML.301 unless ``typed`` is the whole fingerprint (any grouping, any case)."""
    clean = _normalise(typed)
    if clean != digest.lower():
        mismatch = next(
            (i for i, group in enumerate(groups(digest)) if clean[i * 4 : i * 4 + 4] != group), 0
        )
        raise fail("EML.301", file, f"groep {mismatch + 1}", group=mismatch + 1)
