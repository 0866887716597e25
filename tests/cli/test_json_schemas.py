"""The published JSON Schemas (docs/schemas/) are current and say what the readers accept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from kieskring.allocation.contract_in import (
    CANDIDATE_FIELDS,
    ELECTION_FIELDS,
    LIST_FIELDS,
    ContractError,
    read_election,
)
from kieskring.allocation.schema import (
    AllocateInput,
    CandidateIn,
    CandidateRefIn,
    ListWithCandidates,
    ListWithVotes,
)
from kieskring.cli import main
from kieskring.protocols.serialize import MODELS

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO / "docs" / "schemas"


def test_schemas_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "json_schemas.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_one_schema_per_pv_model_and_for_allocate() -> None:
    names = {p.name for p in SCHEMAS.glob("*.json")}
    expected = {f"pv-{m}.json" for m in MODELS} | {"allocate-input.json", "pv-blank-forms.json"}
    assert names == expected
    for name in names:
        schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        assert schema["$schema"].endswith("2020-12/schema")


def test_help_points_to_the_schemas(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["allocate", "-h"], ["pv", "p22-2", "-h"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert "docs/schemas/" in out
        assert "scripts/json_schemas.py" in out or "docs/schemas/pv-p22-2.json" in out


def aliases(model: Any) -> set[str]:
    return {field.alias or name for name, field in model.model_fields.items()}


def test_models_have_the_fields_the_reader_knows() -> None:
    assert aliases(AllocateInput) == ELECTION_FIELDS
    assert aliases(ListWithCandidates) | aliases(ListWithVotes) == LIST_FIELDS
    assert aliases(CandidateIn) == CANDIDATE_FIELDS
    assert aliases(CandidateRefIn) == {"list", "candidate"}


def test_pv_schemas_refuse_unknown_keys_like_the_reader() -> None:
    schema = json.loads((SCHEMAS / "pv-p22-2.json").read_text(encoding="utf-8"))
    objects = [d for d in schema["$defs"].values() if d.get("type") == "object"]
    assert objects
    assert all(d["additionalProperties"] is False for d in objects)


def test_demo_input_fits_the_schema() -> None:
    raw = json.loads((REPO / "fixtures" / "demo" / "gemeenteraad.json").read_text("utf-8"))
    AllocateInput.model_validate_json(json.dumps(raw))
    read_election(raw)


counts = st.integers(min_value=0, max_value=40)
positive = st.integers(min_value=1, max_value=40)
BAD_VALUES = (-1, 0, 10**15, 1.0, True, "3", None, [], {})


@st.composite
def candidate(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {"number": draw(positive), "votes": draw(counts)}
    if draw(st.booleans()):
        out["name"] = draw(st.text(max_size=5))
    return out


@st.composite
def party(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {"number": draw(positive)}
    if draw(st.booleans()):
        out["candidates"] = draw(st.lists(candidate(), max_size=3))
    else:
        out["votes"] = draw(counts)
        out["candidate_count"] = draw(counts)
    return out


refs = st.fixed_dictionaries({"list": positive, "candidate": positive})
persons = st.fixed_dictionaries({"list": positive, "person": st.sampled_from(["K1", "P2"])})


@st.composite
def valid_election(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {"seats": draw(positive), "lists": draw(st.lists(party(), min_size=1))}
    if draw(st.booleans()):
        out["category"] = draw(st.sampled_from(["GR", "AB", "ER", "PS", "TK", "EP"]))
    if draw(st.booleans()):
        out["deceased"] = draw(st.lists(refs, max_size=2))
    if draw(st.booleans()):
        out["lots"] = draw(st.lists(st.one_of(positive, refs, persons), max_size=2))
    if draw(st.booleans()):
        out["law_36641"] = draw(st.booleans())
    return out


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path in a JSON tree."""
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += places(value, (*path, i))
    return found


@st.composite
def election(draw: st.DrawFn) -> dict[str, Any]:
    """A valid election, half of the time with one thing wrong: a bad value, an unknown key, a
    missing key, or a list that gives both candidates and votes."""
    raw = draw(valid_election())
    if draw(st.booleans()):
        return raw
    # "name" is information only: the reader ignores its value, the schema documents a string
    path = draw(st.sampled_from([p for p in places(raw) if p[-1] != "name"]))
    *parents, last = path
    holder: Any = raw
    for key in parents:
        holder = holder[key]
    change = draw(st.sampled_from(["value", "unknown", "drop", "both", "category"]))
    if change == "value":
        holder[last] = draw(st.sampled_from(BAD_VALUES))
    elif change == "unknown" and isinstance(holder, dict):
        holder["onbekend"] = 1
    elif change == "drop" and isinstance(holder, dict):
        del holder[last]
    elif change == "both":
        raw["lists"][0].update(votes=1, candidate_count=1, candidates=[])
    else:
        raw["category"] = "XX"
    return raw


@settings(max_examples=400, deadline=None)
@given(election())
def test_schema_and_reader_agree(raw: dict[str, Any]) -> None:
    """What the published schema accepts, the contract reader accepts, and the other way round."""
    try:
        AllocateInput.model_validate_json(json.dumps(raw))
        schema_ok = True
    except ValidationError:
        schema_ok = False
    try:
        read_election(raw)
        reader_ok = True
    except ContractError:
        reader_ok = False
    assert schema_ok == reader_ok, raw
