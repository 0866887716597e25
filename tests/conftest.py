"""Shared test fixtures: where the real EML files live, and a skip when they are absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("UITSLAG_SHARED", REPO.parent / "shared")).resolve()


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or skip the calling test with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real election data not available: {path} is absent (CI has ../shared)")
    return path


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder (skips the test when absent)."""
    return shared_path()


@pytest.fixture
def wmw_dir() -> Path:
    """GR2022 West Maas en Waal: 510b, 230b, 520 and the OSV CSV."""
    return shared_path("data", "GR2022_WestMaasenWaal")


@pytest.fixture
def tk2021_dir() -> Path:
    """TK2021: 110a, 20 × 230b, 19 × 510c, 510d and 520."""
    return shared_path("data", "TK2021")


@pytest.fixture
def xsd_dir() -> Path:
    """The EML_NL 1.2.2 schemas."""
    return shared_path("eml_nl", "v1.2.2", "xsd")


@pytest.fixture
def installed_schemas() -> Path:
    """The EML_NL schemas this installation validates with (``make install`` copies them from
    ../shared; skips the test when absent): without them ``uitslag verify`` cannot approve — V01
    blocks the verdict (ONVOLLEDIG) — so a test that expects GOEDGEKEURD needs them."""
    from kieskring.eml.validate import packaged_schemas

    found = packaged_schemas()
    if found is None:
        pytest.skip(
            "EML_NL schemas not installed (make install copies them from ../shared, absent here): "
            "verify cannot approve without them"
        )
    return found
