"""Blank per-station forms in bulk, rendered in parallel (one process per core).

Each form is independent and reproducible, so the processes need no coordination; the files are
the same bytes whatever the number of processes."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from kieskring.protocols import data as d
from kieskring.protocols.serialize import render_model


def _render_one(job: tuple[str, d.BlankFormData, Path]) -> Path:
    key, form, path = job
    path.write_bytes(render_model(key, form))
    return path


def render_blank_forms(
    key: str, forms: list[d.BlankFormData], out: Path, jobs: int | None = None
) -> list[Path]:
    """Write ``<key>_stembureau_<nnnn>.pdf`` for every form into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    work = [(key, form, out / f"{key}_stembureau_{form.station.number:04d}.pdf") for form in forms]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(work)))
    if workers == 1:
        return [_render_one(job) for job in work]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_render_one, work, chunksize=max(1, len(work) // (workers * 4))))
