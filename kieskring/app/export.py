"""The GSB's output when the session is finished: the 510b and the Na 31-2 (issue 5, "Totals").

The definitive results are summed (:func:`~kieskring.app.totals.gsb_totals`, Kieswet N 10/N 11),
written as the municipality's 510b with the EML writer, and the Na 31-2 is rendered with the 510b's
fingerprint in every footer (chain.md §4; Kieswet Na 31). Nothing depends on the clock: the 510b's
``kr:CreationDateTime`` and the PV's date and place are inputs; :func:`default_created` gives the
customary moment (the night after election day, 01:00) for the app to propose.

The Na 31-2 prints the head of the audit log (entry number and hash) and the result returns it, so the
coordinator's screen shows it at finish (issue 12 D). Both files are written atomically and together
(:func:`~kieskring.storage.files.write_all_atomic`): a full disk gives ``EXPORT.WRITE`` and leaves
neither file nor a half of one (issue 12 E).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kieskring.app.import_eml import count_510b
from kieskring.app.totals import gsb_totals
from kieskring.app.users import User, Users
from kieskring.domain.candidates import CandidateLists
from kieskring.domain.election import Authority, ElectionIdentity
from kieskring.eml.fingerprint import grouped, written_fingerprint
from kieskring.eml.read_230b import read_230b
from kieskring.eml.write_510 import write_510
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_app import gsb_report
from kieskring.protocols.na31_2 import render
from kieskring.storage import Store, audit_head
from kieskring.storage.files import write_all_atomic

PV_VERSION = "2024"


@dataclass(frozen=True)
class GsbExport:
    """What was written: the 510b, the Na 31-2, the 510b's fingerprint (16 × 4 hex), and the audit
    log's head printed on the PV (entry number and 64-hex hash)."""

    eml: Path
    pv: Path
    fingerprint: str
    audit_seq: int = 0
    audit_hash: str = ""


def default_created(identity: ElectionIdentity) -> dt.datetime:
    """01:00 the night after election day: what the app proposes for ``kr:CreationDateTime``."""
    return dt.datetime.combine(identity.date + dt.timedelta(days=1), dt.time(1, 0))


def municipality(lists: CandidateLists) -> Authority:
    """The GSB as the 510b's managing authority: the election domain of a municipal election
    (its CBS code), else the authority the 230b names."""
    domain = lists.identity.domain
    if domain is not None and domain.id:
        return Authority(id=domain.id, name=domain.name)
    return lists.authority


def export_gsb(
    store: Store,
    users: Users,
    user: User,
    candidates: Path,
    folder: Path,
    *,
    created: dt.datetime,
    place: str,
    pv_date: str,
) -> GsbExport:
    """Write ``Telling_<id>_<gemeente>.eml.xml`` and ``Na31-2_<id>.pdf`` into ``folder``."""
    lists = read_230b(candidates)
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
    )
    head = audit_head(store.path)
    pdf = render(gsb_report(totals, lists, info, head))
    eml_path = folder / f"Telling_{identity.id}_{gsb.name.replace(' ', '')}.eml.xml"
    pv_path = folder / f"Na31-2_{identity.id}.pdf"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UserError(
            (
                Problem(
                    "EXPORT.WRITE",
                    f"kan map {folder} niet maken: {err.strerror}",
                    f"cannot create folder {folder}: {err.strerror}",
                    str(folder),
                ),
            )
        ) from None
    write_all_atomic([(eml_path, eml), (pv_path, pdf)], code="EXPORT.WRITE")
    return GsbExport(eml_path, pv_path, grouped(digest, upper=True), *head)
