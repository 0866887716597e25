"""The GSB's outputs as bytes, after the session is finished (docs/app.md §3.4 "Outputs"): the 510b, the
Na 31-2 with the 510b's fingerprint, each signed with the installation's key — the PV with a PAdES
signature, the EML with a detached ``.sig`` — so the next stage and ``uitslag verify`` can check who
made them (Kieswet N 11, Na 31; docs/chain.md §4).

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
from kieskring.app.text import Text
from kieskring.app.totals import gsb_totals
from kieskring.app.users import Action, User, Users
from kieskring.eml.fingerprint import grouped, written_fingerprint
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.safe import parse_eml
from kieskring.eml.write_510 import write_510
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_app import gsb_report
from kieskring.protocols.na31_2 import render
from kieskring.signing.detached import sign_bytes
from kieskring.signing.installation import Installation, certificate_fingerprint
from kieskring.signing.pdf import sign_pdf
from kieskring.storage import Store


@dataclass(frozen=True)
class OutputFile:
    """One file to save: its name, bytes, what it is, and the fingerprint to copy onto paper."""

    name: str
    content: Blob
    what: Text
    fingerprint: str = ""


@dataclass(frozen=True)
class GsbOutputs:
    """The files, the 510b's fingerprint and the signing certificate's (16 × 4 hex, as on paper)."""

    files: tuple[OutputFile, ...]
    eml_fingerprint: str
    certificate_fingerprint: str


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
    pdf = sign_pdf(
        render(gsb_report(totals, lists, info)), installation, signing_time, location=place
    )
    eml_name = f"Telling_{identity.id}_{gsb.name.replace(' ', '')}.eml.xml"
    files = (
        OutputFile(
            eml_name,
            eml,
            Text("Telling (EML 510b)", "Count (EML 510b)"),
            grouped(digest, upper=True),
        ),
        OutputFile(
            eml_name + ".sig",
            sign_bytes(eml, eml_name, installation),
            Text("Handtekening bij de telling", "Signature of the count"),
        ),
        OutputFile(
            f"Na31-2_{identity.id}.pdf",
            pdf,
            Text("Proces-verbaal Na 31-2 (ondertekend)", "Report Na 31-2 (signed)"),
        ),
    )
    cert = grouped(certificate_fingerprint(installation.certificate), upper=True)
    return GsbOutputs(files, grouped(digest, upper=True), cert)


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
