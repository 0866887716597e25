"""Blank per-station forms in bulk, rendered in parallel (one process per core).

Each form is independent and reproducible, so the processes need no coordination; the files are
the same bytes whatever the number of processes."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from kieskring.protocols import data as d
from kieskring.protocols.serialize import render_model


def _render_one(job: tuple[str, d.BlankFormData, Path]) -> Path:
    key, form, path = job
    path.write_bytes(render_model(key, form))
    return path


def render_blank_forms(
    key: str,
    forms: list[d.BlankFormData],
    out: Path,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write ``<key>_stembureau_<nnnn>.pdf`` for every form into ``out``;
    ``progress(done, total)`` after each form."""
    out.mkdir(parents=True, exist_ok=True)
    work = [(key, form, out / f"{key}_stembureau_{form.station.number:04d}.pdf") for form in forms]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(work)))
    step = progress or (lambda done, total: None)
    written: list[Path] = []
    step(0, len(work))
    if workers == 1:
        for job in work:
            written.append(_render_one(job))
            step(len(written), len(work))
        return written
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunks = max(1, len(work) // (workers * 4))
        for path in pool.map(_render_one, work, chunksize=chunks):
            written.append(path)
            step(len(written), len(work))
    return written
