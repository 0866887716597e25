"""The HSB's and CSB's signed outputs (docs/chain-app.md §3–§4; docs/protocols.md "Signatures").

* HSB: the kieskring's 510c with a detached ``.sig``, the O 3 (Kieswet O 3) PAdES-signed with the 510c's
  fingerprint in its footer, and the publication CSV (docs/chain.md §5).
* CSB: the 510d (or the 510c of its one kieskring) with its ``.sig`` when it adds files up; the 520
  with its ``.sig``; the P 22-2 or P 22-1 (with Bijlage 1) PAdES-signed with the 520's fingerprint,
  naming every lot drawn in the session and every deceased candidate; the publication CSV of the count
  the result rests on; the calculation (``berekening.json``, ``berekening.txt``) and the recorded lots
  and deceased (``lotingen.json``, ``overleden.json``) as ``uitslag verify --lots/--deceased`` read
  them.

Made with the installation's key (:mod:`kieskring.app.signing_key`), like the GSB's outputs
(:mod:`kieskring.app.outputs`). Every byte follows from the stored inputs and the request: the EML
creation time, the PV's date and place and the signing time are inputs; the clock is never read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace

from kieskring.app.chain.files import FileRepository, read_full
from kieskring.app.chain.lots import outcome_json, recorded_lots, user_names
from kieskring.app.chain.result import Computed, report_data
from kieskring.app.chain.service import ChainService
from kieskring.app.chain.setup import ChainElection, kieskring_label
from kieskring.app.chain.tabulation import Added
from kieskring.app.outputs import OutputFile
from kieskring.app.setup import Body
from kieskring.app.text import Text
from kieskring.app.users import Action, User, Users
from kieskring.domain.candidates import CandidateLists
from kieskring.domain.counts import (
    ADMITTED,
    FEWER_COUNTED,
    MORE_COUNTED,
    POLL_CARDS,
    PROXIES,
    VOTER_PASSES,
    Count,
    VoteCounts,
)
from kieskring.eml.fingerprint import grouped, written_fingerprint
from kieskring.eml.write_510 import write_510
from kieskring.eml.write_520 import write_520
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.from_eml import party_lists
from kieskring.protocols.render_result import MODEL_VERSION, document_info
from kieskring.protocols.serialize import render_model
from kieskring.publish.csv_osv import osv_csv
from kieskring.signing.detached import sign_bytes
from kieskring.signing.installation import Installation, certificate_fingerprint
from kieskring.signing.pdf import sign_pdf
from kieskring.storage import Store
from seat_allocation.lots import LotRequest


@dataclass(frozen=True)
class ChainOutputRequest:
    """The inputs of the outputs besides the stored ones: the EML creation time, the PV's date and
    place, the signing time, and the key's passphrase."""

    created: dt.datetime
    place: str
    pv_date: str
    signing_time: dt.datetime
    passphrase: str


@dataclass(frozen=True)
class ChainOutputs:
    """The files, the fingerprint of the EML the PV belongs to and the certificate's (16 × 4 hex)."""

    files: tuple[OutputFile, ...]
    eml_fingerprint: str
    certificate_fingerprint: str


def file_part(name: str) -> str:
    """A name as the Kiesraad's file names carry it: spaces as ``_``, only letters, digits, ``_-``."""
    return re.sub(r"[^A-Za-z0-9_-]", "", name.replace(" ", "_"))


def pv_counts(counts: VoteCounts, lists: CandidateLists) -> d.Counts:
    """A–J and the votes per list and candidate of a count, in the order of the 230b's lists."""
    by_number = {x.number: x for x in counts.lists}
    votes = []
    for party in lists.lists:
        found = by_number.get(party.number)
        per = {c.id: c.votes for c in found.candidates} if found else {}
        votes.append(tuple(per.get(c.number, 0) for c in party.candidates))
    return d.Counts(
        poll_cards=counts.reason(POLL_CARDS) or 0,
        proxy_certificates=counts.reason(PROXIES) or 0,
        voter_passes=counts.reason(VOTER_PASSES) or 0,
        admitted=counts.reason(ADMITTED) or 0,
        list_votes=tuple(
            by_number[p.number].votes if p.number in by_number else 0 for p in lists.lists
        ),
        blank=counts.blank,
        invalid=counts.invalid,
        cast=counts.ballots,
        more_counted=counts.reason(MORE_COUNTED) or 0,
        fewer_counted=counts.reason(FEWER_COUNTED) or 0,
        candidate_votes=tuple(votes),
    )


def _eml_files(name: str, content: bytes, what: Text, inst: Installation) -> tuple[OutputFile, ...]:
    digest = grouped(written_fingerprint(content), upper=True)
    return (
        OutputFile(name, content, what, digest),
        OutputFile(
            name + ".sig",
            sign_bytes(content, name, inst),
            Text(f"Handtekening ({what.nl})", f"Signature ({what.en})"),
        ),
    )


def _csv(count: Count, lists: list[CandidateLists], name: str) -> OutputFile:
    return OutputFile(
        name,
        osv_csv(count, lists),
        Text("Publicatie-CSV (osv4-3)", "Publication CSV (osv4-3)"),
    )


def hsb_outputs(
    chain: ChainElection, added: Added, installation: Installation, request: ChainOutputRequest
) -> ChainOutputs:
    """The HSB's 510c with its ``.sig``, the signed O 3 and the CSV."""
    count = added.count
    eml = write_510(count, request.created)
    digest = written_fingerprint(eml)
    lists = chain.all_lists()[0]
    identity = count.identity
    kieskring = count.authority.name
    cert = certificate_fingerprint(installation.certificate)
    info = d.DocumentInfo(
        model="O 3",
        version=MODEL_VERSION,
        election_name=identity.name,
        election_id=identity.id,
        authority=f"Hoofdstembureau {kieskring_label(kieskring)}",
        date=request.pv_date,
        place=request.place,
        fingerprint=digest,
        certificate_fingerprint=cert,
    )
    municipalities = tuple(
        d.MunicipalityResult(unit.name, pv_counts(unit.counts, lists)) for unit in count.units
    )
    report = d.KieskringReportData(
        info, party_lists(lists), municipalities, pv_counts(count.total, lists)
    )
    pdf = sign_pdf(
        render_model("o3", report), installation, request.signing_time, location=request.place
    )
    stem = f"{identity.id}_kieskring_{file_part(kieskring)}"
    files = (
        *_eml_files(
            f"Telling_{stem}.eml.xml",
            eml,
            Text("Telling (EML 510c)", "Count (EML 510c)"),
            installation,
        ),
        OutputFile(
            f"O3_{stem}.pdf", pdf, Text("Proces-verbaal O 3 (ondertekend)", "Report O 3 (signed)")
        ),
        _csv(count, [lists], f"osv4-3_telling_{stem.lower()}.csv"),
    )
    return ChainOutputs(files, grouped(digest, upper=True), grouped(cert, upper=True))


def lot_notes(store: Store) -> tuple[str, ...]:
    """Every lot drawn in the session, as the PV names it: the question, the outcome, who typed it."""
    names = user_names(store)
    notes = []
    for lot in recorded_lots(store):
        if lot.outcome is None:
            continue
        asked = json.loads(lot.request)
        options = ", ".join(_describe(o) for o in asked["options"])
        notes.append(
            f"Loting {lot.number} (Kieswet {asked['article']}): gelijke stand tussen {options}. "
            f"In de zitting is geloot; uitkomst: {_describe(outcome_json(lot.outcome))}. "
            f"Ingevoerd door {names.get(lot.first_user, '?')} en gecontroleerd door "
            f"{names.get(lot.second_user or 0, '?')}."
        )
    return tuple(notes)


def _describe(raw: object) -> str:
    if isinstance(raw, dict) and "person" in raw:
        return f"kandidaat {raw['person']} van lijst {raw['list']}"
    if isinstance(raw, dict):
        return f"kandidaat {raw['candidate']} van lijst {raw['list']}"
    return f"lijst {raw}"


def _problem(code: str, nl: str, en: str) -> UserError:
    return UserError((Problem(code, nl, en),))


def _completed(computed: Computed) -> None:
    request: LotRequest | None = computed.lot_request
    if request is not None:
        raise _problem(
            "CHAIN.LOT_NEEDED",
            f"de berekening vraagt eerst om een loting ({request.article})",
            f"the calculation first asks for a drawing of lots ({request.article})",
        )


def csb_outputs(
    store: Store,
    chain: ChainElection,
    computed: Computed,
    installation: Installation,
    request: ChainOutputRequest,
) -> ChainOutputs:
    """The CSB's 510d/510c (when it adds up), the 520, the signed P 22, the CSV and the
    calculation."""
    _completed(computed)
    run, count = computed.run, computed.added.count
    assert run.result is not None
    election_id = count.identity.id
    files: list[OutputFile] = []
    if computed.added.written:
        eml = write_510(count, request.created)
        name = f"Totaaltelling_{election_id}.eml.xml"
        files += _eml_files(
            name, eml, Text("Totaaltelling (EML 510d)", "Total count (EML 510d)"), installation
        )
        csv_name = f"osv4-3_totaaltelling_{election_id.lower()}.csv"
        csv_count = count
    else:
        source = computed.added.sources[0]
        csv_name = f"osv4-3_{source.file.removesuffix('.eml.xml').lower()}.csv"
        stored = FileRepository(store).current(source.unit)
        assert stored is not None
        csv_count = read_full(stored.name, stored.content, "510b")
    result = write_520(run.result, request.created)
    digest = written_fingerprint(result)
    files += _eml_files(
        f"Resultaat_{election_id}.eml.xml",
        result,
        Text("Resultaat (EML 520)", "Result (EML 520)"),
        installation,
    )
    files.append(_pv(store, computed, chain, installation, request, digest))
    files.append(_csv(csv_count, chain.all_lists(), csv_name))
    files += _calculation(computed)
    cert = grouped(certificate_fingerprint(installation.certificate), upper=True)
    return ChainOutputs(tuple(files), grouped(digest, upper=True), cert)


def _pv(
    store: Store,
    computed: Computed,
    chain: ChainElection,
    installation: Installation,
    request: ChainOutputRequest,
    digest: str,
) -> OutputFile:
    national = computed.run.national is not None
    model = "P 22-1" if national else "P 22-2"
    cert = certificate_fingerprint(installation.certificate)
    info = document_info(model, chain.all_lists()[0], digest, cert, request.pv_date, request.place)
    info = replace(info, authority=f"Centraal stembureau {chain.setup.municipality_name}")
    data = report_data(computed, chain, info)
    deceased = tuple(
        f"Overleden kandidaat (Kieswet P 19a): lijst {x.list_number}, {x.name}; hij of zij is "
        "overgeslagen."
        for x in computed.deceased
    )
    data = replace(data, footnotes=(*data.footnotes, *lot_notes(store), *deceased))
    pdf = render_model("p22-1" if national else "p22-2", data)
    signed = sign_pdf(pdf, installation, request.signing_time, location=request.place)
    stem = model.replace(" ", "")
    return OutputFile(
        f"{stem}_{computed.added.count.identity.id}.pdf",
        signed,
        Text(f"Proces-verbaal {model} (ondertekend)", f"Report {model} (signed)"),
    )


def _calculation(computed: Computed) -> list[OutputFile]:
    run = computed.run
    found = [
        OutputFile(
            "berekening.json",
            (json.dumps(run.trace, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
            Text("De berekening (JSON)", "The calculation (JSON)"),
        )
    ]
    if run.explanation:
        found.append(
            OutputFile(
                "berekening.txt",
                run.explanation.encode("utf-8"),
                Text("De berekening in woorden", "The calculation in words"),
            )
        )
    if computed.lots:
        lots = json.dumps({"lots": [outcome_json(o) for o in computed.lots]}, indent=1) + "\n"
        found.append(
            OutputFile("lotingen.json", lots.encode(), Text("De lotingen", "The drawings of lots"))
        )
    if computed.deceased:
        people = [
            {"list": x.list_number, "candidate": int(x.candidate)}
            if x.candidate.isdigit()
            else {"short_code": x.candidate}
            for x in computed.deceased
        ]
        text = json.dumps({"deceased": people}, indent=1) + "\n"
        found.append(
            OutputFile(
                "overleden.json", text.encode(), Text("Overleden kandidaten", "Deceased candidates")
            )
        )
    return found


def body_outputs(
    service: ChainService,
    users: Users,
    user: User,
    installation: Installation,
    request: ChainOutputRequest,
) -> ChainOutputs:
    """The outputs of this body (HSB or CSB), for its coordinator."""
    users.require(user, Action.VIEW_TOTALS)
    chain = service.chain()
    if chain.setup.body is Body.HSB:
        return hsb_outputs(chain, service.added(), installation, request)
    return csb_outputs(service.store, chain, service.computed(), installation, request)
