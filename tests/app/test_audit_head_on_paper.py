"""The audit log's head on paper: the Na 31-2 prints it and the export returns it (issue 12 D).

A head hash printed on a signed PV cannot be re-chained by anyone holding the database file later:
``uitslag audit verify DB --head SEQ:HASH`` then proves the log up to that entry without the key.
"""

from __future__ import annotations

import dataclasses
import io
import sqlite3
from pathlib import Path

from pypdf import PdfReader

from kieskring.app.entry import DataEntry
from kieskring.app.export import default_created
from kieskring.app.outputs import gsb_outputs
from kieskring.app.users import User, Users
from kieskring.cli import main
from kieskring.protocols import samples
from kieskring.protocols.na31_2 import render
from kieskring.storage import Store

from .support import (
    SIGNING_TIME,
    all_definitive,
    candidate_lists,
    prepare_outputs,
)


def text_of(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


def test_outputs_print_and_return_the_audit_head(
    entry: DataEntry,
    store: Store,
    users: Users,
    admin: User,
    typist1: User,
    typist2: User,
    coordinator: User,
    tmp_path: Path,
) -> None:
    all_definitive(entry, typist1, typist2)
    key = prepare_outputs(store, users, admin, coordinator, tmp_path / "sleutel")
    conn = sqlite3.connect(store.path)
    seq, digest = conn.execute(
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    conn.close()
    done = gsb_outputs(store, users, coordinator, key,
                       created=default_created(candidate_lists().identity), place="Testdorp",
                       pv_date="19 maart 2026", signing_time=SIGNING_TIME)  # fmt: skip
    assert (done.audit_seq, done.audit_hash) == (seq, digest)
    pv = next(f for f in done.files if f.kind == "na31-2")
    text = text_of(pv.content)
    grouped = " ".join(digest[i : i + 4].upper() for i in range(0, 64, 4))
    assert "Auditlog" in text
    assert f"regel {seq}" in text
    assert grouped in text, text[-800:]
    assert f'--head "{seq}:HASH"' in text
    assert main(["audit", "verify", str(store.path), "--head", f"{seq}:{grouped}"]) == 0


def test_na31_2_without_a_head_prints_no_audit_section() -> None:
    data = samples.gsb_report()
    assert data.audit_seq == 0 and data.audit_hash == ""
    assert "Auditlog" not in text_of(render(data))
    with_head = dataclasses.replace(data, audit_seq=7, audit_hash="ab" * 32)
    text = text_of(render(with_head))
    assert "regel 7" in text and "ABAB ABAB" in text
