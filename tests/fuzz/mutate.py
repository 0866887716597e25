"""Mutations for the fuzz campaign (issue 12 E): structure-aware and byte-level changes of EML files,
and of ``uitslag allocate`` JSON documents. Every mutation is drawn from a :class:`random.Random`,
so a case is reproduced from its seed alone.

Structure-aware: change, remove, duplicate, move, swap or rename an element; change or remove an
attribute (ids above all); write a number other ways (sign, spaces, exponent, other digits, huge,
shifted by a little); put a comment, processing instruction, CDATA or element inside a value;
change the message id. Byte-level: flip, insert, delete, duplicate or replace bytes and digit runs,
truncate (anywhere, or just after an end tag), prepend a BOM or junk, re-encode (UTF-16, Latin-1),
change the declared encoding or make the namespace URI relative.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

NUMBERS = [
    "0", "-1", "1", "2", "007", " 12 ", "+5", "1e3", "1.0", "", " ", "x", "NaN", "999999999",
    "1000000001", "9" * 25, "9" * 400, "\u0663", "\uff11\uff12", "\u00a012", "0x10", "-0",
    "12\n", "1 2", "\u200b1",
]  # fmt: skip
IDS = [
    "0", "-1", "", "1", "2", "3", "99999", "a", "1a", " 1", "HSB0", "HSB1", "SB0", "SB1",
    "0668::SB0", "0668::SB1", "CSB", "geen", "alle", "510a", "510c", "520", "110a", "230b",
    "0999", "9999", "x" * 300,
]  # fmt: skip
TEXTS = [
    "",
    " ",
    "GR",
    "TK",
    "EP",
    "EK",
    "XX",
    "GR1",
    "PS2",
    "2021-03-17",
    "2021-02-30",
    "ja",
    "é€",
]
JUNK = [
    b"<", b">", b"&", b"&amp;", b"&#0;", b"]]>", b"\x00", b"\xff", b"\xc3", b"\xe2\x82\xac",
    b"<!---->", b"<?x?>", b"<![CDATA[1]]>", b"<!DOCTYPE x>", b"\r\n", b"\t", b'"', b"'", b"9",
]  # fmt: skip
DIGITS = re.compile(rb"\d+")
NUMBERED = re.compile(r"(ValidVotes|Cast|TotalCounted|RejectedVotes|UncountedVotes|Ranking"
                      r"|NumberOfSeats|PreferenceThreshold|PollingStation)$")  # fmt: skip

Tree = etree._Element


def _elements(root: Tree) -> list[Tree]:
    return [el for el in root.iter() if isinstance(el.tag, str)]


def _numbered(root: Tree) -> list[Tree]:
    return [el for el in _elements(root) if NUMBERED.search(el.tag)]


def _leaf(rng: random.Random, root: Tree) -> Tree:
    numbered = _numbered(root)
    pool = numbered if numbered and rng.random() < 0.7 else _elements(root)
    return rng.choice(pool)


def _shift(rng: random.Random, root: Tree) -> None:
    """A number moved by a little: the arithmetic rules must notice (or both readers agree)."""
    el = _leaf(rng, root)
    value = (el.text or "0").strip()
    base = int(value) if value.isdigit() and len(value) < 12 else 0
    el.text = str(max(0, base + rng.choice([-2, -1, 1, 2, 10, -10, 1000])))


def _set_number(rng: random.Random, root: Tree) -> None:
    _leaf(rng, root).text = rng.choice([*NUMBERS, str(rng.randrange(10**6))])


def _set_text(rng: random.Random, root: Tree) -> None:
    rng.choice(_elements(root)).text = rng.choice(TEXTS + NUMBERS)


def _remove(rng: random.Random, root: Tree) -> None:
    el = rng.choice(_elements(root)[1:])
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def _duplicate(rng: random.Random, root: Tree) -> None:
    el = rng.choice(_elements(root)[1:])
    el.addnext(copy.deepcopy(el))


def _swap(rng: random.Random, root: Tree) -> None:
    el = rng.choice(_elements(root)[1:])
    following = el.getnext()
    if following is not None:
        following.addnext(el)


def _move(rng: random.Random, root: Tree) -> None:
    elements = _elements(root)
    el, target = rng.choice(elements[1:]), rng.choice(elements)
    if target is not el and el not in target.iterancestors():
        target.insert(rng.randrange(len(target) + 1), el)


def _rename(rng: random.Random, root: Tree) -> None:
    elements = _elements(root)
    rng.choice(elements[1:]).tag = rng.choice(elements).tag


def _attribute(rng: random.Random, root: Tree) -> None:
    with_attrs = [el for el in _elements(root) if el.attrib] or [root]
    el = rng.choice(with_attrs)
    name = rng.choice(list(el.attrib) or ["Id"])
    match rng.randrange(4):
        case 0:
            del el.attrib[name]
        case 1:
            el.set(name, rng.choice(IDS))
        case 2:
            others = [e.get(name) for e in with_attrs if e.get(name) is not None]
            el.set(name, rng.choice(others) if others else "1")
        case _:
            el.set(rng.choice(["Id", "ShortCode", "ReasonCode", "Foo"]), rng.choice(IDS))


def _inside_value(rng: random.Random, root: Tree) -> None:
    """A comment, processing instruction, element or CDATA inside a value."""
    el = _leaf(rng, root)
    text = el.text or ""
    cut = rng.randrange(len(text) + 1)
    el.text = text[:cut]
    match rng.randrange(4):
        case 0:
            node: Tree = etree.Comment("x")
        case 1:
            node = etree.ProcessingInstruction("pi", "x")
        case 2:
            node = etree.Element(el.tag if rng.random() < 0.5 else "b")
        case _:
            el.text = etree.CDATA(text)  # type: ignore[assignment]
            return
    node.tail = text[cut:]
    el.insert(0, node)


def _message_id(rng: random.Random, root: Tree) -> None:
    root.set("Id", rng.choice(["510a", "510b", "510c", "510d", "520", "230b", "110a", "110b", "x"]))


def _namespace(rng: random.Random, root: Tree) -> None:
    el = rng.choice(_elements(root))
    el.tag = "{urn:other}" + etree.QName(el).localname


STRUCTURE: list[tuple[int, Callable[[random.Random, Tree], None]]] = [
    (6, _shift), (4, _set_number), (2, _set_text), (3, _remove), (3, _duplicate), (2, _swap),
    (1, _move), (1, _rename), (4, _attribute), (3, _inside_value), (1, _message_id), (1, _namespace),
]  # fmt: skip


def _weighted(rng: random.Random, table: list[tuple[int, Any]]) -> Any:
    return rng.choices([f for _, f in table], weights=[w for w, _ in table])[0]


def structural(data: bytes, rng: random.Random) -> bytes:
    """1–3 structure-aware changes; the result serialised as UTF-8 with its declaration."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        _weighted(rng, STRUCTURE)(rng, root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _pos(rng: random.Random, data: bytes) -> int:
    return rng.randrange(len(data) + 1)


def byte_level(data: bytes, rng: random.Random) -> bytes:
    """One byte-level change."""
    at = _pos(rng, data)
    match rng.randrange(10):
        case 0:
            return data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
        case 1:
            return data[:at] + rng.choice(JUNK) + data[at:]
        case 2:
            return data[:at] + data[at + rng.randrange(1, 200) :]
        case 3:
            end = min(len(data), at + rng.randrange(1, 2000))
            return data[:end] + data[at:end] + data[end:]
        case 4:
            return data[:at] if rng.random() < 0.5 else _cut_after_element(data, at)
        case 5:
            runs = list(DIGITS.finditer(data))
            if not runs:
                return data
            run = rng.choice(runs)
            new = str(int(run.group()) + rng.choice([-1, 1, 7, 100])).encode()
            return data[: run.start()] + new + data[run.end() :]
        case 6:
            return rng.choice([b"\xef\xbb\xbf", b" \n", b"\x00", b"junk", b"\xff\xfe"]) + data
        case 7:
            return _reencoded(data, rng)
        case 8:
            if rng.random() < 0.5:
                return data.replace(b"UTF-8", rng.choice([b"UTF-16", b"ISO-8859-1", b"ascii"]), 1)
            return data.replace(b'xmlns="urn:oasis:names:tc:evs:schema:eml"', b'xmlns="rel/ns"', 1)
        case _:
            return data + rng.choice([b"<EML/>", b"<!---->", b"\x00", b"x"])


def _cut_after_element(data: bytes, at: int) -> bytes:
    """``data`` cut just after the first end tag from ``at`` on: a document that stops at an
    element boundary (after its total, say) without its root having ended."""
    start = data.find(b"</", at)
    end = data.find(b">", start)
    return data if start < 0 or end < 0 else data[: end + 1]


def _reencoded(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    match rng.randrange(3):
        case 0:
            return text.encode("utf-16")
        case 1:
            return text.encode("utf-16-le")
        case _:
            return text.replace("UTF-8", "ISO-8859-1").encode("latin-1", errors="replace")


def mutate_eml(data: bytes, rng: random.Random) -> bytes:
    """One mutant of ``data``: mostly structure-aware, else byte-level (or both)."""
    roll = rng.random()
    if roll < 0.65:
        return structural(data, rng)
    if roll < 0.9:
        return byte_level(data, rng)
    return byte_level(structural(data, rng), rng)


JSON_VALUES: list[Any] = [
    0, -1, 1, 2, 17, 150, 10**15, 10**15 + 1, 1.5, 0.0, True, False, None, "", "17", "GR", "EP",
    "EK", [], {}, [1], {"number": 1}, 2**63, -(2**63),
]  # fmt: skip


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            found += _paths(value, (*prefix, index))
    return found


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _json_structural(doc: Any, rng: random.Random) -> Any:
    path = rng.choice(_paths(doc)[1:])
    parent, key = _at(doc, path[:-1]), path[-1]
    match rng.randrange(6):
        case 0:
            parent[key] = rng.choice(JSON_VALUES)
        case 1:
            del parent[key]
        case 2:
            value = parent[key]
            if isinstance(value, list) and value:
                value.append(copy.deepcopy(rng.choice(value)))
            elif isinstance(value, int) and not isinstance(value, bool):
                parent[key] = max(0, value + rng.choice([-1, 1, 2, -2]))
        case 3:
            if isinstance(parent, dict):
                parent[rng.choice(["extra", "votes", "candidates", "lots", "name"])] = 1
        case 4:
            value = parent[key]
            if isinstance(value, list):
                rng.shuffle(value)
                parent[key] = value[: rng.randrange(len(value) + 1)]
        case _:
            parent[key] = copy.deepcopy(_at(doc, rng.choice(_paths(doc))))
    return doc


def mutate_json(text: str, rng: random.Random) -> str:
    """One mutant of an allocate document: structure-aware (a value, key or list changed),
    duplicate keys, deep nesting, or byte-level changes of the text."""
    roll = rng.random()
    if roll < 0.7:
        doc = json.loads(text)
        for _ in range(rng.choice([1, 1, 2, 3])):
            if not _paths(doc)[1:]:
                break
            doc = _json_structural(doc, rng)
        return json.dumps(doc)
    if roll < 0.8:
        return text.replace('{"seats"', '{"seats": 3, "seats"', 1)
    if roll < 0.85:
        depth = rng.choice([10, 100, 400])
        return text.replace('"lots": []', '"lots": ' + "[" * depth + "]" * depth, 1)
    data = text.encode()
    return byte_level(data, rng).decode("utf-8", errors="replace")
