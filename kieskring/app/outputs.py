"""The GSB's outputs as bytes, after the session is finished (docs/app.md §3.4 "Outputs"): the 510b and
the Na 31-2 (with the 510b's fingerprint and the audit log's head), each signed with the installation's
key — the PV with a PAdES signature, the EML with a detached ``.sig`` — so the next stage and ``uitslag
verify`` can check who made them (Kieswet N 11, Na 31; docs/chain.md §4); and the publication CSV
(osv4-3, docs/chain.md §5). Every file comes with its fingerprint to copy onto paper.

Made on the serving side and handed to the screen as bytes: the coordinator chooses the folder on their
own workstation (:func:`save_files` writes there). Nothing depends on the clock but the signing time:
the 510b's ``kr:CreationDateTime`` and the PV's date and place are inputs.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kieskring.app.blob import Blob
from kieskring.app.election_files import load_file
from kieskring.app.entry_store import EntryRepository, SessionState
from kieskring.app.export import PV_VERSION, municipality
from kieskring.app.import_eml import count_510b
from kieskring.app.setup import Body, load_setup
from kieskring.app.text import Text
from kieskring.app.totals import gsb_totals
from kieskring.app.users import Action, User, Users
from kieskring.eml.fingerprint import grouped, sha256_hex, written_fingerprint
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.read_510 import count_from_root
from kieskring.eml.safe import parse_eml
from kieskring.eml.write_510 import write_510
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_app import gsb_report
from kieskring.protocols.na31_2 import render
from kieskring.publish.csv_osv import osv_csv
from kieskring.signing.detached import sign_bytes
from kieskring.signing.installation import Installation, certificate_fingerprint
from kieskring.signing.pdf import sign_pdf
from kieskring.storage import Store, audit_head


@dataclass(frozen=True)
class OutputFile:
    """One file to save: its name, bytes, what it is, and the fingerprint to copy onto paper."""

    name: str
    content: Blob
    what: Text
    fingerprint: str = ""


@dataclass(frozen=True)
class GsbOutputs:
    """The files, the 510b's fingerprint and the signing certificate's (16 × 4 hex, as on paper),
    and the head of the audit log printed on the Na 31-2 (its last entry's number and hash)."""

    files: tuple[OutputFile, ...]
    eml_fingerprint: str
    certificate_fingerprint: str
    audit_seq: int = 0
    audit_hash: str = ""


def _problem(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


def gsb_outputs(
    store: Store,
    users: Users,
    user: User,
    installation: Installation,
    *,
    created: dt.datetime,
    place: str,
    pv_date: str,
    signing_time: dt.datetime,
) -> GsbOutputs:
    """The 510b, its ``.sig`` and the signed Na 31-2 of a finished session."""
    users.require(user, Action.VIEW_TOTALS)
    if load_setup(store).body is not Body.GSB:
        raise _problem(
            "EXPORT.BODY",
            "een HSB of CSB maakt geen 510b en Na 31-2; maak de uitvoer van dit stembureau",
            "an HSB or CSB makes no 510b and Na 31-2; make this committee's outputs",
        )
    if EntryRepository(store).session_state() is not SessionState.COMPLETED:
        raise _problem(
            "EXPORT.NOT_FINISHED",
            "rond eerst de zitting af; daarna maakt u de uitvoer",
            "finish the session first; then make the outputs",
        )
    name, content = load_file(store, "230b")
    lists = lists_from_root(parse_eml(content, name, ("230b",)), name)
    totals = gsb_totals(store, users, user)
    gsb = municipality(lists)
    identity = lists.identity.model_copy(update={"nomination_date": None})
    eml = write_510(count_510b(totals, identity, gsb), created)
    digest = written_fingerprint(eml)
    info = d.DocumentInfo(
        model="Na 31-2",
        version=PV_VERSION,
        election_name=identity.name,
        election_id=identity.id,
        authority=f"Gemeentelijk stembureau {gsb.name}".strip(),
        date=pv_date,
        place=place,
        fingerprint=digest,
        certificate_fingerprint=certificate_fingerprint(installation.certificate),
    )
    head = audit_head(store.path)
    pdf = sign_pdf(
        render(gsb_report(totals, lists, info, head)), installation, signing_time, location=place
    )
    eml_name = f"Telling_{identity.id}_{gsb.name.replace(' ', '')}.eml.xml"
    signature = sign_bytes(eml, eml_name, installation)
    publication = osv_csv(count_from_root(parse_eml(eml, eml_name, ("510b",)), eml_name), [lists])
    files = (
        OutputFile(
            eml_name,
            eml,
            Text("Telling (EML 510b)", "Count (EML 510b)"),
            grouped(digest, upper=True),
        ),
        _file(
            eml_name + ".sig",
            signature,
            Text("Handtekening bij de telling", "Signature of the count"),
        ),
        _file(
            f"Na31-2_{identity.id}.pdf",
            pdf,
            Text("Proces-verbaal Na 31-2 (ondertekend)", "Report Na 31-2 (signed)"),
        ),
        _file(
            f"osv4-3_Telling_{identity.id}_{gsb.name.replace(' ', '')}.csv",
            publication,
            Text("Uitslag voor publicatie (CSV)", "Result for publication (CSV)"),
        ),
    )
    cert = grouped(certificate_fingerprint(installation.certificate), upper=True)
    return GsbOutputs(files, grouped(digest, upper=True), cert, *head)


def _file(name: str, content: bytes, what: Text) -> OutputFile:
    """An output file with its SHA-256 in 16 groups (the fingerprint of a file that is not EML)."""
    return OutputFile(name, content, what, grouped(sha256_hex(content), upper=True))


def save_files(folder: Path, files: Iterable[OutputFile]) -> tuple[Path, ...]:
    """Write the files into ``folder`` on this workstation, each atomically (a temporary file in the
    folder, flushed to disk, then renamed): a full disk leaves no half file (EXPORT.WRITE)."""
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for item in files:
            target = folder / item.name
            fd, temp = tempfile.mkstemp(prefix=".uitslag-", suffix=".part", dir=folder)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(item.content)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
            written.append(target)
    except OSError as err:
        raise UserError(
            (
                Problem(
                    "EXPORT.WRITE",
                    f"kan niet schrijven in {folder}: {err.strerror}",
                    f"cannot write to {folder}: {err.strerror}",
                    str(folder),
                ),
            )
        ) from None
    return tuple(written)
