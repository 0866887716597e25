"""Write the JSON Schemas of the command line's JSON inputs into docs/schemas/ (``--check``: compare).

* ``allocate-input.json``: ``uitslag allocate`` (from :mod:`kieskring.allocation.schema`);
* ``pv-<model>.json``: ``uitslag pv MODEL --data`` for every model, and ``pv-blank-forms.json`` for
  ``uitslag pv blank-forms --data`` (from the dataclasses in :mod:`kieskring.protocols.data`, which
  the reader in :mod:`kieskring.protocols.serialize` follows one to one; it refuses unknown keys,
  so every object says ``additionalProperties: false``).

Generated with pydantic's ``model_json_schema``/``TypeAdapter.json_schema`` (JSON Schema 2020-12).
``tests/cli/test_json_schemas.py`` fails when a file is stale: run this script after changing a model.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "schemas"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def closed(node: Any) -> Any:
    """Every object schema with properties gets ``additionalProperties: false``."""
    if isinstance(node, dict):
        out = {key: closed(value) for key, value in node.items()}
        if out.get("type") == "object" and "properties" in out:
            out.setdefault("additionalProperties", False)
        return out
    if isinstance(node, list):
        return [closed(item) for item in node]
    return node


def with_header(schema: dict[str, Any], title: str, description: str) -> dict[str, Any]:
    """The dialect, our title and description first; the model's own description is kept."""
    rest = {k: v for k, v in schema.items() if k not in ("title", "description")}
    head = {"$schema": DIALECT, "title": title, "description": description}
    if "description" in schema:
        head["$comment"] = schema["description"]
    return {**head, **rest}


def schemas() -> dict[str, dict[str, Any]]:
    """File name → schema, in a fixed order."""
    from kieskring.allocation.schema import AllocateInput
    from kieskring.cli.pv import MODEL_TITLES, BlankFormsBatch
    from kieskring.protocols.serialize import MODELS

    out = {
        "allocate-input.json": with_header(
            AllocateInput.model_json_schema(),
            "uitslag allocate: invoer",
            "Eén verkiezing voor 'uitslag allocate' (met --jsonl: één per regel). Zie README.",
        )
    }
    for model, (cls, _) in MODELS.items():
        out[f"pv-{model}.json"] = with_header(
            closed(TypeAdapter(cls).json_schema()),
            f"uitslag pv {model}: gegevens",
            f"De gegevens voor 'uitslag pv {model} --data': {MODEL_TITLES[model]}.",
        )
    out["pv-blank-forms.json"] = with_header(
        closed(TypeAdapter(BlankFormsBatch).json_schema()),
        "uitslag pv blank-forms: gegevens",
        "De gegevens voor 'uitslag pv blank-forms --data': één leeg formulier per stembureau.",
    )
    return out


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for name, schema in schemas().items():
        path = OUT / name
        text = render(schema)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(name)
        if "--check" not in argv:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    known = set(schemas())
    extra = sorted(p.name for p in OUT.glob("*.json") if p.name not in known)
    if "--check" in argv:
        for name in stale + extra:
            print(f"{OUT / name}: verouderd of overbodig; draai python scripts/json_schemas.py")
        return 1 if stale or extra else 0
    print(f"{len(known)} schema's in {OUT} ({len(stale)} bijgewerkt)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
