"""The fuzz properties on a bounded, fixed set of mutants in ``make test`` (``make fuzz`` runs
many more, :mod:`tests.fuzz.campaign`): structure-aware and byte-level mutants of the real West
Maas en Waal and Tweede Kamer 2021 files through every reader and the commands ``eml check``,
``eml validate``, ``result``, ``tabulate`` and ``hash``, and mutated ``allocate`` documents —
never an exception other than :class:`UserError`, never exit 70, never past the time limit, and
the streaming 510 reader agreeing with the careful one on every accept/refuse and total."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures.generate.chain import generate
from tests.conftest import shared_path
from tests.fuzz.targets import (
    ALLOCATE_DOCS,
    Base,
    Finding,
    Timeout,
    allocate_case,
    corpus,
    eml_case,
    one_case,
    time_limit,
)

FIXED = settings(
    max_examples=120,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CASE_SECONDS = 60.0


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Base]:
    shared_path("data", "TK2021")
    folder = tmp_path_factory.mktemp("tiny")
    tiny = next(p for p in generate("tiny", 1, folder) if p.name.startswith("Stembureaus"))
    return {base.name: base for base in corpus(tiny)}


def no_findings(findings: list[Finding]) -> None:
    """None at all: every item of issue 12 is fixed (nothing is counted apart)."""
    assert not findings, "\n".join(f"{f.kind} {f.case}: {f.detail}" for f in findings)


@FIXED
@given(name=st.integers(0, 7), seed=st.integers(0, 2**32))
def test_eml_mutants_are_read_or_refused_with_a_code(
    bases: dict[str, Base], tmp_path: Path, name: int, seed: int
) -> None:
    base = sorted(bases.values(), key=lambda b: b.name)[name % len(bases)]
    try:
        with time_limit(CASE_SECONDS):
            no_findings(eml_case(base, f"test:{seed}", tmp_path))
    except Timeout:
        pytest.fail(f"hang: {base.name} test:{seed} took longer than {CASE_SECONDS} s")


@settings(FIXED, max_examples=80)
@given(name=st.sampled_from(sorted(ALLOCATE_DOCS)), seed=st.integers(0, 2**32))
def test_allocate_mutants_exit_0_1_or_3(tmp_path: Path, name: str, seed: int) -> None:
    try:
        with time_limit(CASE_SECONDS):
            findings, _ = allocate_case(name, f"test:{seed}", tmp_path)
    except Timeout:
        pytest.fail(f"hang: allocate-{name} test:{seed} took longer than {CASE_SECONDS} s")
    no_findings(findings)


def test_a_seeded_loop_of_the_campaign(bases: dict[str, Base]) -> None:
    """The first cases of ``make fuzz``'s default campaign, as that loop runs them."""
    for index in range(20):
        findings, _ = one_case(list(bases.values()), 1, index, CASE_SECONDS)
        no_findings(findings)
