"""Small helpers shared by the readers: required children, numbers, dates, the election header.

Numbers are parsed as exact ``int``; negative numbers (EML.010) and implausible magnitudes such as
10^99 (EML.011, above :data:`~kieskring.eml.codes.MAX_VOTES`) are refused before conversion.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast, get_args

from lxml import etree
from pydantic import ValidationError

from kieskring.domain import Authority, Category, Domain, ElectionIdentity
from kieskring.eml.codes import MAX_VOTES, fail, problem
from kieskring.eml.safe import DS_NS, EML_NS, KR_NS
from kieskring.errors import UserError

XSD_SPACE = " \t\r\n"
"""The whitespace an XSD value may have around it (whitespace collapse); no other."""
_DIGITS = re.compile(r"[ \t\r\n]*(-?)([0-9]+)[ \t\r\n]*")
"""An integer as the XSD reads one: only space, tab, CR and LF around it (whitespace collapse)."""
CATEGORIES: frozenset[str] = frozenset(get_args(Category))


def tag(name: str, ns: str = EML_NS) -> str:
    """Clark notation ``{ns}name``."""
    return f"{{{ns}}}{name}"


def local(el: etree._Element) -> str:
    """The local name of ``el`` (``#comment`` for comments)."""
    return etree.QName(el).localname if isinstance(el.tag, str) else "#comment"


def place(el: etree._Element) -> str:
    """``regel N Name``: where ``el`` is, for messages."""
    return f"regel {el.sourceline} {local(el)}"


def child(el: etree._Element, name: str, file: str, ns: str = EML_NS) -> etree._Element:
    """The required child ``name`` of ``el`` (EML.008 when absent)."""
    found = el.find(tag(name, ns))
    if found is None:
        raise fail("EML.008", file, place(el), name=name)
    return found


def text(el: etree._Element | None, file: str) -> str:
    """The value of ``el`` (``""`` for none or empty): its text and nothing else; an element inside
    a value is EML.014 (see :func:`check_plain`)."""
    if el is None:
        return ""
    if len(el):
        raise fail("EML.014", file, place(el))
    return el.text or ""


_INSIDE = etree.XPath(".//comment() | .//processing-instruction()")


def check_plain(root: etree._Element, file: str) -> None:
    """EML.014 for a comment or processing instruction inside the message.

    ``<ValidVotes>2<!---->0</ValidVotes>`` is 20 to the XSD and to XPath (which join the text
    around a comment) and 2 to a reader that takes the first text node: the same bytes would carry
    two elections. The Kiesraad's files hold no comments or processing instructions, so Uitslag
    refuses any inside the root element — the careful reader here, the streaming reader by handing
    such a file to the careful one — and refuses an element inside a value (:func:`text`,
    :func:`int_of`); before or after the root element they are harmless, and CDATA is plain text.
    """
    found = cast(list[etree._Element], _INSIDE(root))
    if found:
        raise fail("EML.014", file, f"regel {found[0].sourceline}")


def opt_text(el: etree._Element, name: str, file: str, ns: str = EML_NS) -> str | None:
    """The text of optional child ``name``; ``None`` when absent."""
    found = el.find(tag(name, ns))
    return None if found is None else text(found, file)


FAST_DIGITS = 10
"""Up to 9 plain digits is always a valid count (below MAX_VOTES); longer goes the slow way."""


def parse_int(value: str, file: str, where: str) -> int:
    """An exact non-negative count (EML.009 not a number, EML.010 negative, EML.011 absurd)."""
    match = _DIGITS.fullmatch(value)
    if match is None:
        raise fail("EML.009", file, where, value=value[:40])
    if match.group(1):
        raise fail("EML.010", file, where, value=value.strip()[:40])
    digits = match.group(2).lstrip("0") or "0"
    if len(digits) > len(str(MAX_VOTES)) or int(digits) > MAX_VOTES:
        shown = digits if len(digits) <= 20 else f"{digits[:6]}…({len(digits)} cijfers)"
        raise fail("EML.011", file, where, value=shown)
    return int(digits)


def int_of(el: etree._Element, file: str) -> int:
    """The count in element ``el`` (plain digits take the fast path; anything else gets the full
    check with its place, so every message still names the line)."""
    value = el.text
    if len(el):
        raise fail("EML.014", file, place(el))
    if value is not None and value.isascii() and value.isdigit() and len(value) < FAST_DIGITS:
        return int(value)
    return parse_int(text(el, file), file, place(el))


def positive(value: int, file: str, el: etree._Element, name: str) -> int:
    """A number (list, candidate, ranking) that must be 1 or more (EML.015), as the domain model
    demands."""
    if value < 1:
        raise fail("EML.015", file, place(el), name=name, value=value)
    return value


@contextmanager
def model_problems(file: str, where: str = "") -> Iterator[None]:
    """A value a domain model refuses becomes EML.016 naming the file, the place and the field:
    the readers check every rule with its own code first, so this is the net under them."""
    try:
        yield
    except ValidationError as err:
        found = tuple(
            problem(
                "EML.016",
                file,
                where,
                name=".".join(str(part) for part in error["loc"]) or err.title,
                detail=error["msg"],
            )
            for error in err.errors()
        )
        raise UserError(found) from None


def parse_date(el: etree._Element, file: str) -> dt.date:
    """An ``xs:date`` (EML.012 when invalid)."""
    try:
        return dt.date.fromisoformat(text(el, file).strip(XSD_SPACE))
    except ValueError:
        raise fail("EML.012", file, place(el), value=text(el, file)[:40]) from None


def parse_datetime(el: etree._Element, file: str) -> dt.datetime:
    """An ``xs:dateTime`` such as ``2022-03-17T01:32:49.834`` (EML.012 when invalid)."""
    try:
        return dt.datetime.fromisoformat(text(el, file).strip(XSD_SPACE))
    except ValueError:
        raise fail("EML.012", file, place(el), value=text(el, file)[:40]) from None


def read_identity(el: etree._Element, file: str) -> ElectionIdentity:
    """``ElectionIdentifier``: id, name, category, subcategory, domain and dates."""
    category = text(child(el, "ElectionCategory", file), file)
    if category not in CATEGORIES:
        raise fail("EML.013", file, place(el), value=category, name="ElectionCategory")
    domain_el = el.find(tag("ElectionDomain", KR_NS))
    nomination = el.find(tag("NominationDate", KR_NS))
    with model_problems(file, place(el)):
        return ElectionIdentity(
            id=el.get("Id", ""),
            name=text(child(el, "ElectionName", file), file),
            category=category,  # checked against Category above
            subcategory=text(child(el, "ElectionSubcategory", file, KR_NS), file),
            domain=None
            if domain_el is None
            else Domain(id=domain_el.get("Id"), name=text(domain_el, file)),
            date=parse_date(child(el, "ElectionDate", file, KR_NS), file),
            nomination_date=None if nomination is None else parse_date(nomination, file),
        )


def read_authority(root: etree._Element, file: str) -> Authority:
    """``ManagingAuthority/AuthorityIdentifier`` of the message."""
    ident = child(child(root, "ManagingAuthority", file), "AuthorityIdentifier", file)
    return Authority(id=ident.get("Id", ""), name=text(ident, file))


def read_created(root: etree._Element, file: str) -> dt.datetime | None:
    """``kr:CreationDateTime``, when present."""
    found = root.find(tag("CreationDateTime", KR_NS))
    return None if found is None else parse_datetime(found, file)


def is_canonical(root: etree._Element) -> bool:
    """Whether the message declares ``ds:CanonicalizationMethod`` (chain.md §4)."""
    return root.find(tag("CanonicalizationMethod", DS_NS)) is not None
