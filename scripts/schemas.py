"""Copy the EML_NL schemas into the package, at build and install time (never into git).

The Kiesraad publishes the EML_NL XSD files under the EUPL-1.2 (the ``LICENSE`` beside them), which
allows copies to be distributed with the licence. The project owner does not want them committed, so
``setup.py`` (every ``pip install``, editable or not, and every wheel build) and ``make schemas``
copy them from ``$UITSLAG_SHARED/eml_nl/<version>/`` — by default ``../shared`` beside the checkout —
into the git-ignored ``kieskring/eml/schemas/<version>/``, with the licence. The wheel and the
bundle then carry them, so ``uitslag eml validate`` and ``uitslag verify`` need no option.

``python scripts/schemas.py`` copies; ``--check`` only says whether they are in place (exit 1 when
not). Without the source folder nothing is copied and the commands say that schema validation is
unavailable.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "v1.2.2"
TARGET = ROOT / "kieskring" / "eml" / "schemas" / VERSION


def source_dir(root: Path = ROOT) -> Path:
    """``$UITSLAG_SHARED/eml_nl/<version>`` (default ``../shared``), holding ``xsd/`` and ``LICENSE``."""
    shared = Path(os.environ.get("UITSLAG_SHARED", root.parent / "shared"))
    return shared / "eml_nl" / VERSION


def wanted(source: Path) -> list[tuple[Path, Path]]:
    """(from, to) for every schema file and the licence, relative layout kept (``external/``)."""
    xsd = source / "xsd"
    pairs = [(path, Path(path.relative_to(xsd))) for path in sorted(xsd.rglob("*.xsd"))]
    return [*pairs, (source / "LICENSE", Path("LICENSE"))]


def copy_schemas(root: Path = ROOT) -> str:
    """Copy (only what changed) and return one line saying what happened."""
    source = source_dir(root)
    target = root / "kieskring" / "eml" / "schemas" / VERSION
    if not (source / "xsd").is_dir() or not (source / "LICENSE").is_file():
        if (target / "LICENSE").is_file():
            return f"EML_NL-schema's: {source} niet gevonden; de eerder gekopieerde in {target} blijven"
        return (
            f"EML_NL-schema's: {source} niet gevonden, dus geen schemacontrole in deze installatie "
            "(zet UITSLAG_SHARED en installeer opnieuw)"
        )
    copied = 0
    for origin, relative in wanted(source):
        destination = target / relative
        if destination.is_file() and filecmp.cmp(origin, destination, shallow=False):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(origin, destination)  # content only: no read-only bits from ../shared
        copied += 1
    return f"EML_NL-schema's: {copied} bestand(en) bijgewerkt in {target}"


def present(root: Path = ROOT) -> bool:
    """True when the package folder holds the schemas and their licence."""
    target = root / "kieskring" / "eml" / "schemas" / VERSION
    return (target / "LICENSE").is_file() and (target / "510-count-kiesraad-strict.xsd").is_file()


def main(argv: list[str]) -> int:
    if "--check" in argv:
        ok = present()
        print(f"EML_NL-schema's {'aanwezig' if ok else 'ontbreken'} in {TARGET}")
        if not ok:
            print(
                f"  geen schemacontrole zonder --schemas: zet UITSLAG_SHARED (nu: {source_dir()})\n"
                "  naar de map met eml_nl/ en draai 'make install' opnieuw (README)"
            )
        return 0 if ok else 1
    print(copy_schemas())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
