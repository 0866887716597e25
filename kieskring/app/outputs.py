"""The GSB's outputs as bytes, after the session is finished (docs/app.md §3.4 "Outputs"): the 510b, the
Na 31-2 with the 510b's fingerprint, each signed with the installation's key — the PV with a PAdES
signature, the EML with a detached ``.sig`` — so the next stage and ``uitslag verify`` can check who
made them (Kieswet N 11, Na 31; docs/chain.md §4); the publication CSV (docs/chain.md §5). In a
follow-up sitting the PVs are the P 2a and, when numbers changed, the Na 14-2 (docs/sittings.md §4).
Every file handed out is also kept in the database, per sitting, exactly as handed out.

Made on the serving side and handed to the screen as bytes: the coordinator chooses the folder on their
own workstation (:func:`save_files` writes there). Nothing depends on the clock but the signing time:
the 510b's ``kr:CreationDateTime`` and the PV's date and place are inputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kieskring.app.blob import Blob
from kieskring.app.election_files import load_file
from kieskring.app.entry_store import EntryRepository, SessionState
from kieskring.app.export import PV_VERSION, municipality
from kieskring.app.followup_outputs import (
    corrections,
    previous_values,
    session_report,
    with_investigations,
)
from kieskring.app.import_eml import count_510b
from kieskring.app.plausibility import Plausibility, plausibility, pv_notes
from kieskring.app.setup import Body, ElectionSetup, load_setup
from kieskring.app.sitting_store import KeptFile, SittingRepository
from kieskring.app.text import Text
from kieskring.app.totals import gsb_totals
from kieskring.app.users import Action, User, Users
from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import Count
from kieskring.eml.common import read_created
from kieskring.eml.fingerprint import grouped, written_fingerprint
from kieskring.eml.read_230b import lists_from_root
from kieskring.eml.read_510 import count_from_root
from kieskring.eml.safe import parse_eml
from kieskring.eml.stream_510 import stream_510
from kieskring.eml.unit_scan import Unusual
from kieskring.eml.write_510 import write_510
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_app import gsb_report
from kieskring.protocols.na14_2 import render as render_na14_2
from kieskring.protocols.na31_2 import render
from kieskring.protocols.p2a import render as render_p2a
from kieskring.publish.csv_osv import osv_csv
from kieskring.signing.detached import sign_bytes
from kieskring.signing.installation import Installation, certificate_fingerprint
from kieskring.signing.pdf import sign_pdf
from kieskring.storage import Store, audit_head
from kieskring.storage.files import write_all_atomic, write_error


@dataclass(frozen=True)
class OutputFile:
    """One file to save: its name, bytes, what it is, and the fingerprint to copy onto paper;
    ``kind`` says which output it is (``510b``, ``510b.sig``, ``na31-2``, ``p2a``, ``na14-2``,
    ``csv``)."""

    name: str
    content: Blob
    what: Text
    fingerprint: str = ""
    kind: str = ""


@dataclass(frozen=True)
class GsbOutputs:
    """The files, the 510b's fingerprint and the signing certificate's (16 × 4 hex, as on paper),
    the sitting they belong to (docs/sittings.md §4), and the head of the audit log as the PVs were
    made (its last entry's number and hash; printed on the Na 31-2)."""

    files: tuple[OutputFile, ...]
    eml_fingerprint: str
    certificate_fingerprint: str
    sitting: int = 1
    audit_seq: int = 0
    audit_hash: str = ""


def _problem(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


@dataclass(frozen=True)
class _Made:
    """What every sitting's outputs share: the count's bytes and fingerprint, the publication CSV
    made from those bytes, the PV header. (The count's model is not kept: at 600 stations × 1,500
    candidates it takes some 300 MiB, which the PVs and the database's copy need no more.)"""

    setup: ElectionSetup
    lists: CandidateLists
    lists_name: str
    csv: bytes
    eml: bytes
    eml_name: str
    info: d.DocumentInfo
    key: Installation
    signing_time: dt.datetime


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
    """The signed outputs of the finished sitting, kept in the database as handed out: the 510b,
    its ``.sig``, the publication CSV and the signed PVs — the Na 31-2 in the first sitting, the
    P 2a and (when numbers changed) the Na 14-2 in a follow-up sitting (docs/sittings.md §4)."""
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
    repo = SittingRepository(store)
    sitting = repo.current()
    if sitting > 1:
        _check_later(repo, sitting, created)
    made = _count(
        store, users, user, sitting, (created, place, pv_date), installation, signing_time
    )
    found = plausibility(store, made.setup)
    head = audit_head(store.path)
    pvs = (
        _first_pvs(store, users, user, made, found, head)
        if sitting == 1
        else _followup_pvs(store, made, found, sitting)
    )
    files = (*_count_files(made), *pvs, _csv(made, sitting))
    keep_outputs(store, user, sitting, files)
    digest = grouped(made.info.fingerprint, upper=True)
    cert = grouped(certificate_fingerprint(installation.certificate), upper=True)
    return GsbOutputs(files, digest, cert, sitting, *head)


def _count(
    store: Store,
    users: Users,
    user: User,
    sitting: int,
    when: tuple[dt.datetime, str, str],
    key: Installation,
    signing_time: dt.datetime,
) -> _Made:
    """The 510b of the definitive results and the PV header; ``when``: the 510b's creation time,
    the PV's place and date."""
    created, place, pv_date = when
    name, content = load_file(store, "230b")
    lists = lists_from_root(parse_eml(content, name, ("230b",)), name)
    totals = gsb_totals(store, users, user)
    gsb = municipality(lists)
    identity = lists.identity.model_copy(update={"nomination_date": None})
    eml = write_510(count_510b(totals, identity, gsb), created)
    suffix = "" if sitting == 1 else f"_zitting{sitting}"
    eml_name = f"Telling_{identity.id}_{gsb.name.replace(' ', '')}{suffix}.eml.xml"
    csv = osv_csv(read_back(eml, eml_name), [lists], count_file=eml_name, list_files=[name])
    info = d.DocumentInfo(
        model="Na 31-2",
        version=PV_VERSION,
        election_name=identity.name,
        election_id=identity.id,
        authority=f"Gemeentelijk stembureau {gsb.name}".strip(),
        date=pv_date,
        place=place,
        fingerprint=written_fingerprint(eml),
    )
    return _Made(load_setup(store), lists, name, csv, eml, eml_name, info, key, signing_time)


def read_back(eml: bytes, name: str) -> Count:
    """The count as the written 510b says it (the CSV is made from the file, not from the
    database), read in one streaming pass that frees each station's tree once it is added (at
    600 stations × 1,500 candidates the whole tree alone takes some 500 MiB); the careful
    reader decides whenever the pass finds anything unusual."""
    try:
        return stream_510(eml, name, levels="b", keep_units=True).count
    except Unusual:
        return count_from_root(parse_eml(eml, name, ("510b",)), name)


def previous_created(repo: SittingRepository, sitting: int) -> dt.datetime | None:
    """``kr:CreationDateTime`` of the 510b the previous sitting handed out (``None``: none)."""
    for kept in repo.kept_files(sitting - 1):
        if kept.kind == "510b":
            return read_created(parse_eml(kept.content, kept.name, ("510b",)), kept.name)
    return None


def proposed_created(store: Store, first: dt.datetime, now: dt.datetime) -> dt.datetime:
    """What the outputs form proposes for the 510b's creation time: ``first`` (the customary
    moment) in the first sitting; in a follow-up sitting now, and at least a minute after the
    previous sitting's count."""
    repo = SittingRepository(store)
    sitting = repo.current()
    if sitting == 1:
        return first
    proposal = _aware(now).replace(microsecond=0)
    before = previous_created(repo, sitting)
    if before is not None and proposal <= _aware(before):
        proposal = _aware(before) + dt.timedelta(minutes=1)
    return proposal


def _check_later(repo: SittingRepository, sitting: int, created: dt.datetime) -> None:
    """A follow-up sitting's 510b is created after the previous sitting's: ``uitslag verify`` takes
    the latest ``kr:CreationDateTime`` as the count that holds (docs/sittings.md §4)."""
    before = previous_created(repo, sitting)
    if before is not None and _aware(created) <= _aware(before):
        raise _problem(
            "EXPORT.NOT_LATER",
            f"het tijdstip van de telling moet na dat van zitting {sitting - 1} liggen "
            f"({before.isoformat()})",
            f"the count's creation time must be after that of sitting {sitting - 1} "
            f"({before.isoformat()})",
        )


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _signed(made: _Made, pdf: bytes) -> bytes:
    return sign_pdf(pdf, made.key, made.signing_time, location=made.info.place)


def _with_certificate(made: _Made, model: str) -> d.DocumentInfo:
    cert = certificate_fingerprint(made.key.certificate)
    return replace(made.info, model=model, certificate_fingerprint=cert)


def _file(name: str, content: bytes, what: Text, kind: str) -> OutputFile:
    """An output file with its fingerprint: the SHA-256 of its bytes, in 16 groups as on paper
    (for the 510b that is the EML fingerprint of docs/chain.md §4: it is written canonical)."""
    return OutputFile(
        name, content, what, grouped(hashlib.sha256(content).hexdigest(), upper=True), kind
    )


def _count_files(made: _Made) -> tuple[OutputFile, ...]:
    signature = sign_bytes(made.eml, made.eml_name, made.key)
    return (
        _file(made.eml_name, made.eml, Text("Telling (EML 510b)", "Count (EML 510b)"), "510b"),
        _file(
            made.eml_name + ".sig",
            signature,
            Text("Handtekening bij de telling", "Signature of the count"),
            "510b.sig",
        ),
    )


def _first_pvs(
    store: Store,
    users: Users,
    user: User,
    made: _Made,
    found: Plausibility,
    head: tuple[int, str],
) -> tuple[OutputFile, ...]:
    totals = gsb_totals(store, users, user)
    info = _with_certificate(made, "Na 31-2")
    report = replace(gsb_report(totals, made.lists, info, head), signals=pv_notes(found))
    report = with_investigations(store, made.setup, report, 1)
    return (
        _file(
            f"Na31-2_{made.info.election_id}.pdf",
            _signed(made, render(report)),
            Text("Proces-verbaal Na 31-2 (ondertekend)", "Report Na 31-2 (signed)"),
            "na31-2",
        ),
    )


def _followup_pvs(
    store: Store, made: _Made, found: Plausibility, sitting: int
) -> tuple[OutputFile, ...]:
    report = session_report(store, made.setup, _with_certificate(made, "P 2a"), found)
    p2a = _file(
        f"P2a_{made.info.election_id}_zitting{sitting}.pdf",
        _signed(made, render_p2a(report)),
        Text(
            f"Verslag P 2a, zitting {sitting} (ondertekend)",
            f"Report P 2a, sitting {sitting} (signed)",
        ),
        "p2a",
    )
    corrigendum = _corrigendum_file(store, made, sitting)
    return (p2a,) if corrigendum is None else (p2a, corrigendum)


def _corrigendum_file(store: Store, made: _Made, sitting: int) -> OutputFile | None:
    """The Na 14-2 when a number changed since the previous sitting; it names the count it
    corrects by that count's fingerprint (docs/sittings.md §4)."""
    now = {n: v for n, (v, _, _) in EntryRepository(store).all_results().items()}
    changes = corrections(made.setup, previous_values(store, sitting - 1), now)
    if not changes:
        return None
    kept = SittingRepository(store).kept_files(sitting - 1)
    before = next((k.fingerprint for k in kept if k.kind == "510b"), "")
    data = d.CorrigendumData(
        _with_certificate(made, "Na 14-2"), changes, before.replace(" ", "").lower(), sitting
    )
    return _file(
        f"Na14-2_{made.info.election_id}_zitting{sitting}.pdf",
        _signed(made, render_na14_2(data)),
        Text(
            f"Corrigendum Na 14-2, zitting {sitting} (ondertekend)",
            f"Corrigendum Na 14-2, sitting {sitting} (signed)",
        ),
        "na14-2",
    )


def _csv(made: _Made, sitting: int) -> OutputFile:
    """The publication CSV in the Kiesraad's osv4-3 layout (docs/chain.md §5)."""
    suffix = "" if sitting == 1 else f"_zitting{sitting}"
    return _file(
        f"osv4-3_telling_{made.info.election_id.lower()}{suffix}.csv",
        made.csv,
        Text("Publicatie-CSV (osv4-3)", "Publication CSV (osv4-3)"),
        "csv",
    )


def keep_outputs(store: Store, user: User, sitting: int, files: Iterable[OutputFile]) -> None:
    """Keep the files exactly as handed out, as issue n of ``sitting`` (one confirmed action)."""
    repo = SittingRepository(store)
    items = tuple(files)
    with store.confirm("outputs.keep", user.id, {"sitting": sitting}) as tx:
        issue = repo.next_issue(sitting)
        at = store.clock().isoformat()
        for item in items:
            repo.put_file(
                tx,
                KeptFile(
                    sitting, issue, item.name, item.kind, item.what.nl, item.what.en,
                    item.fingerprint, item.content, at, user.id,
                ),
            )  # fmt: skip
        tx.details.update(
            issue=issue,
            files={item.name: hashlib.sha256(item.content).hexdigest() for item in items},
        )


def kept_outputs(store: Store, sitting: int) -> tuple[OutputFile, ...]:
    """The files of ``sitting`` as they were last handed out (empty when none were made)."""
    return tuple(
        OutputFile(k.name, k.content, Text(k.what_nl, k.what_en), k.fingerprint, k.kind)
        for k in SittingRepository(store).kept_files(sitting)
    )


def save_files(folder: Path, files: Iterable[OutputFile]) -> tuple[Path, ...]:
    """Write the files into ``folder`` on this workstation, all of them or none
    (:func:`~kieskring.storage.files.write_all_atomic`: temporary names, flushed to the device, then
    renamed): a full disk or stick gives EXPORT.WRITE naming the file and leaves no half file."""
    items = [(folder / item.name, bytes(item.content)) for item in files]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise write_error("EXPORT.WRITE", folder, err) from None
    write_all_atomic(items, code="EXPORT.WRITE")
    return tuple(path for path, _ in items)
