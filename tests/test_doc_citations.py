"""Citations of the project's own specification cannot rot.

Docstrings and documents cite ``chain.md §3``, ``seat-allocation.md §2.8``, ``pv-models.md §4–§5``
and the like. Every cited document must exist in ``docs/`` (or at the top of the repository), and
every cited section must be a numbered heading of that document (``## 3. …``, ``### 2.8 …``).
Nothing may point at the brief outside the repository (``../shared/docs``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
CODE = ("seat_allocation", "kieskring", "gui", "fixtures", "scripts", "tests")
NUMBER = r"\d+(?:\.\d+)*"
CITATION = re.compile(
    r"(?<![\w.-])(?:docs/)?(?P<doc>[A-Za-z][\w-]*)\.md"
    r"(?:`{1,2}|\]\([^)\s]*\))?"
    rf"(?P<sections>\s*§{NUMBER}(?:\s*(?:[–-]|,)\s*§?{NUMBER})*)?"
)
HEADING = re.compile(rf"^#{{1,6}}\s+({NUMBER})\.?\s", re.MULTILINE)
SPECIFICATION = ("chain", "pv-models", "seat-allocation", "seat-allocation-multi", "app")


def cited(text: str) -> set[tuple[str, str | None]]:
    """(document, section or ``None``) for every citation in ``text``; a range ``§2–§4`` of whole
    sections cites each section in it."""
    found: set[tuple[str, str | None]] = set()
    for match in CITATION.finditer(text):
        doc, sections = match.group("doc"), match.group("sections")
        if not sections:
            found.add((doc, None))
            continue
        for part in re.split(r"\s*,\s*", sections.strip()):
            ends = [e.lstrip("§") for e in re.split(r"\s*[–-]\s*", part)]
            if len(ends) == 2 and all(e.isdigit() for e in ends):
                found |= {(doc, str(n)) for n in range(int(ends[0]), int(ends[1]) + 1)}
            else:
                found |= {(doc, end) for end in ends}
    return found


def test_the_parser_reads_every_form_used() -> None:
    assert cited("see chain.md §2–§4 and") == {("chain", "2"), ("chain", "3"), ("chain", "4")}
    assert cited("(chain.md §2–3)") == {("chain", "2"), ("chain", "3")}
    assert cited("(chain.md §2, §3)") == {("chain", "2"), ("chain", "3")}
    assert cited("(seat-allocation.md\n§2.9, §3).") == {
        ("seat-allocation", "2.9"),
        ("seat-allocation", "3"),
    }
    assert cited("``pv-models.md`` §1: the") == {("pv-models", "1")}
    assert cited("[chain.md](chain.md) §4.") == {("chain", "4")}
    assert cited("docs/VERIFY.md and multi.md §2") == {("VERIFY", None), ("multi", "2")}
    assert cited("chain.md §3, the real 110a") == {("chain", "3")}


def sources() -> list[Path]:
    """Every file that may cite the specification (this file only shows the forms)."""
    here = Path(__file__).resolve()
    files = [p for top in CODE for p in sorted((REPO / top).rglob("*.py")) if p != here]
    return [*files, *sorted(DOCS.glob("*.md")), REPO / "README.md"]


def headings(doc: str) -> set[str]:
    return set(HEADING.findall((DOCS / f"{doc}.md").read_text(encoding="utf-8")))


def all_citations() -> list[tuple[str, str, str | None]]:
    return [
        (str(path.relative_to(REPO)), doc, section)
        for path in sources()
        for doc, section in sorted(cited(path.read_text(encoding="utf-8")), key=str)
    ]


def test_the_scan_finds_the_citations() -> None:
    found = all_citations()
    assert len(found) > 80
    assert {doc for _, doc, _ in found} >= set(SPECIFICATION) - {"app"}


@pytest.mark.parametrize(("source", "doc", "section"), all_citations(), ids=str)
def test_cited_section_exists(source: str, doc: str, section: str | None) -> None:
    path = DOCS / f"{doc}.md"
    assert path.exists() or (REPO / f"{doc}.md").exists(), f"{source} cites {doc}.md: not found"
    if section is not None:
        assert path.exists(), f"{source} cites {doc}.md §{section}: not in docs/"
        assert section in headings(doc), f"{source} cites {doc}.md §{section}: no such heading"


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(REPO)))
def test_nothing_points_outside_the_repository_for_the_specification(path: Path) -> None:
    assert "shared/docs" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("doc", SPECIFICATION)
def test_specification_is_in_docs_and_linked_from_the_readme(doc: str) -> None:
    assert headings(doc), f"docs/{doc}.md has no numbered sections"
    assert f"](docs/{doc}.md)" in (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_relative_links_in_docs_resolve(path: Path) -> None:
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", path.read_text(encoding="utf-8")):
        if "://" not in target:
            assert (path.parent / target).exists(), f"{path.name}: link to {target}"
