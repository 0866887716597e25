"""XSD validation against the EML_NL schemas (chain.md §3).

Each message is validated with its own XSD file (the schemas include each other by relative path).
The schema folder is an argument, else the environment variable ``UITSLAG_SCHEMAS``, else the
EML_NL 1.2.2 schemas shipped inside the package (``kieskring/eml/schemas/v1.2.2/``, copied there at
build time by ``scripts/schemas.py``; EUPL-1.2, licence beside them). Without any of these schema
validation is unavailable and says so (EML.020). Compiled schemas are cached per file; schemas are
parsed with the same no-network parser settings.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from lxml import etree

from kieskring.eml.codes import fail, problem
from kieskring.eml.safe import EML_NS, load_eml, parse_bytes
from kieskring.errors import UserError

ENV = "UITSLAG_SCHEMAS"
SCHEMA_FILES = {
    "110a": "110a-electionevent-kiesraad-strict.xsd",
    "110b": "110b-electionevent-kiesraad-strict.xsd",
    "210": "210-nomination-kiesraad-strict.xsd",
    "230b": "230-candidatelist-kiesraad-strict.xsd",
    "510a": "510-count-kiesraad-strict.xsd",
    "510b": "510-count-kiesraad-strict.xsd",
    "510c": "510-count-kiesraad-strict.xsd",
    "510d": "510-count-kiesraad-strict.xsd",
    "520": "520-result-kiesraad-strict.xsd",
}
MAX_PROBLEMS = 20
SCHEMAS_UNAVAILABLE = (
    "schemacontrole niet beschikbaar: geen EML_NL-schema's in deze installatie "
    "(installeer opnieuw met de schema's ernaast, of geef --schemas MAP; zie README)"
)
"""V01's reason when it cannot validate (``uitslag verify`` must then not approve: issue 12)."""
PACKAGED_VERSION = "v1.2.2"
PACKAGED = Path(__file__).resolve().parent / "schemas" / PACKAGED_VERSION
"""The schemas shipped inside the package (git-ignored; present in wheels and installs)."""


def packaged_schemas() -> Path | None:
    """The shipped schema folder when this installation has it (with its licence), else None."""
    complete = all((PACKAGED / name).is_file() for name in set(SCHEMA_FILES.values()))
    return PACKAGED if complete and (PACKAGED / "LICENSE").is_file() else None


def schema_dir(explicit: Path | None = None) -> Path:
    """The schema folder: ``explicit``, else ``$UITSLAG_SCHEMAS``, else the shipped schemas
    (EML.020 — schema validation unavailable, and how to get it — when there are none)."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get(ENV, "")
    if from_env:
        return Path(from_env)
    packaged = packaged_schemas()
    if packaged is None:
        raise fail("EML.020")
    return packaged


@lru_cache(maxsize=16)
def _compiled(path: Path) -> etree.XMLSchema:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.XMLSchema(etree.parse(str(path), parser))
    except (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError) as err:
        raise fail("EML.021", str(path), name=path.name, detail=str(err)[:200]) from None


def schema_for(message: str, directory: Path | None = None) -> etree.XMLSchema:
    """The compiled schema for ``message`` (e.g. ``510b``), cached."""
    name = SCHEMA_FILES.get(message)
    if name is None:
        raise fail("EML.023", message=message)
    return _compiled(schema_dir(directory).resolve() / name)


def validate_root(root: etree._Element, file: str, directory: Path | None = None) -> None:
    """Validate a parsed message; raise EML.022 with the schema's findings when invalid."""
    schema = schema_for(root.get("Id", ""), directory)
    if schema.validate(root):
        return
    entries: list[Any] = list(cast(Iterable[Any], schema.error_log))  # stubs lack _LogEntry
    found = [
        problem("EML.022", file, f"regel {entry.line}", detail=entry.message)
        for entry in entries[:MAX_PROBLEMS]
    ]
    raise UserError(tuple(found))


def validate_bytes(data: bytes, file: str = "", directory: Path | None = None) -> None:
    """Safely parse and validate ``data``."""
    root = parse_bytes(data, file).getroot()
    if root.tag != f"{{{EML_NS}}}EML":
        raise fail("EML.005", file, "/", found=root.tag)
    validate_root(root, file, directory)


def validate_file(path: Path, directory: Path | None = None) -> str:
    """Validate the EML file at ``path``; returns its message id."""
    _, root = load_eml(path, tuple(SCHEMA_FILES))
    validate_root(root, str(path), directory)
    return root.get("Id", "")
