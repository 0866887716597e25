"""The dress rehearsal and load test: ``uitslag rehearse DIR --clients N --size wmw|amsterdam`` (issue 14).

A municipality runs it on its own room before election day; the bench runs it at Amsterdam size. In a
fresh folder: a generated election (:mod:`fixtures.generate`), ``uitslag serve`` on 127.0.0.1 with TLS,
its certificate pinned by typing two groups of the fingerprint it prints, the set-up through the
administrator's calls, N typists in separate processes entering every station twice over the network
(:mod:`.typist`; a planted difference every ``differences_every`` stations), the coordinator sending
the differing fields back and the typist correcting them, finishing, and the GSB's 510b compared with
the generator's. Nothing is sent to any address but 127.0.0.1.

It passes only when nothing was lost (every station definitive, the 510b equal to the generator's) nor
duplicated (the audit log holds exactly the section saves the typists saw confirmed) and the audit log
verifies. The last line printed is the count of saves and the p50/p99 latency of a section save.
"""

from __future__ import annotations

import json
import math
import secrets
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from kieskring.app.api import AppApi, connect_server
from kieskring.app.api.admin import FileData, SetupRequest
from kieskring.app.api.coordinator import StationQuery
from kieskring.app.entry import SessionState
from kieskring.app.import_eml import DefinitionFiles, paper_from_counts, setup_from_definition
from kieskring.app.outputs import save_files
from kieskring.app.setup import Counting
from kieskring.app.states import EntryState
from kieskring.app.users import Role
from kieskring.eml.fingerprint import fingerprint
from kieskring.eml.read_510 import read_510
from kieskring.errors import Problem, UserError
from kieskring.storage import Store, verify_audit

from .compare import compare_counts, known_differences
from .process import ServerProcess, pinned, typed_groups
from .typist import Job, Paper, Tally, write_job

KEY_PASSPHRASE = "generale repetitie 2029"


@dataclass(frozen=True)
class RehearsalOptions:
    """What to rehearse."""

    folder: Path
    clients: int
    size: str
    seed: int = 1
    differences_every: int = 20
    pace: float = 0.0
    """Seconds a typist waits after each section (0: as fast as the server answers)."""
    timeout: float = 4 * 3600.0


# -- the election ---------------------------------------------------------------------------------


def file_data(folder: Path, prefix: str) -> FileData:
    """A generated file as chosen on a workstation."""
    path = next(folder.glob(f"{prefix}_*.eml.xml"))
    return FileData(path.name, path.read_bytes())


def papers(election: Path) -> dict[int, Paper]:
    """What each station's paper says: the generated count as the form's sections."""
    files = DefinitionFiles(
        next(election.glob("Verkiezingsdefinitie_*")),
        next(election.glob("Kandidatenlijsten_*")),
        next(election.glob("Stembureaus_*")),
    )
    setup = setup_from_definition(files)
    count = read_510(next(election.glob("Telling_*.eml.xml")))
    return {int(u.id.rsplit("SB", 1)[1]): paper_from_counts(setup, u.counts) for u in count.units}


def with_difference(paper: Paper) -> Paper:
    """The paper as a typist mistypes it: one vote moved between two candidates of list 1 (the list
    total stays right, so only the comparison with the first entry finds it)."""
    page = dict(paper["list_1"])
    keys = [k for k in page if not k.endswith(".total")]
    giver = max(keys, key=lambda k: page[k] or 0)
    taker = next(k for k in keys if k != giver)
    page[giver], page[taker] = (page[giver] or 0) - 1, (page[taker] or 0) + 1
    return {**paper, "list_1": page}


def set_up(
    api: AppApi, election: Path, typists: int, *, signing_key: bool = True
) -> dict[str, str]:
    """The administrator's evening before: first account, election, signing key, the accounts.
    Returns every account's password by name."""
    password = {"beheer": secrets.token_urlsafe(12)}
    api.create_administrator("beheer", "Beheerder", password["beheer"], password["beheer"])
    api.login("beheer", password["beheer"])
    definition, candidates = (
        file_data(election, "Verkiezingsdefinitie"),
        file_data(election, "Kandidatenlijsten"),
    )
    stations = file_data(election, "Stembureaus")
    preview = api.inspect_definition(definition)
    code = preview.municipalities[0].code
    request = SetupRequest(
        definition=definition,
        candidates=candidates,
        stations=stations,
        typed_stations="",
        municipality=code,
        counting=Counting.CSO,
        definition_groups=typed_groups(fingerprint(definition.content)),
        candidates_groups=typed_groups(fingerprint(candidates.content)),
    )
    api.save_setup(request)
    if signing_key:
        api.create_signing_key(KEY_PASSPHRASE, KEY_PASSPHRASE)
    names = [(f"invoerder{n:02d}", Role.INVOERDER) for n in range(1, typists + 1)]
    for name, role in [*names, ("coordinator", Role.COORDINATOR)]:
        password[name] = secrets.token_urlsafe(12)
        api.add_user(name, name.title(), role, password[name], password[name])
    api.logout()
    return password


def plan(stations: list[int], clients: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Per typist: its first entries (every ``clients``-th station) and the second entries of its
    neighbour's stations (never its own: four eyes)."""
    firsts = [tuple(stations[k::clients]) for k in range(clients)]
    return [(firsts[k], firsts[(k - 1) % clients]) for k in range(clients)]


# -- the rehearsal ----------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0–1]; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


@contextmanager
def serving(database: Path) -> Iterator[ServerProcess]:
    """The server for the rehearsal (stopped at the end, also on failure)."""
    server = ServerProcess(database, "--allow-network")
    try:
        yield server
    finally:
        if server.process.poll() is None:
            server.stop()


def run_typists(folder: Path, jobs: list[Job], timeout: float) -> list[Tally]:
    """Every job in its own process, all at once; their tallies."""
    running = []
    for n, job in enumerate(jobs, 1):
        path = folder / f"typist{n:02d}.json"
        write_job(job, path)
        command = [sys.executable, "-m", "kieskring.server.typist", str(path)]
        running.append(subprocess.Popen(command))
    deadline = time.monotonic() + timeout
    for process in running:
        try:
            process.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
    tallies = []
    for job in jobs:
        out = Path(job.out)
        raw = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
        tallies.append(Tally(**raw) if raw else Tally(failures=[f"{job.username}: no result"]))
    return tallies


def correct(
    connect: Callable[[str], AppApi],
    passwords: Mapping[str, str],
    wanted: Mapping[int, Paper],
    second_typist: Mapping[int, str],
) -> tuple[int, Tally]:
    """The coordinator sends the differing fields back to the second typist, who types them again
    on another workstation. Returns how many stations and the corrections' tally."""
    tally = Tally()
    coordinator = connect("werkplek-coordinator")
    coordinator.login("coordinator", passwords["coordinator"])
    different = coordinator.stations(StationQuery(states=(EntryState.ENTRIES_DIFFERENT,)))
    for row in different:
        coordinator.send_back_differences(row.number, 2)
    coordinator.logout()
    coordinator.close()
    for row in different:
        name = second_typist[row.number]
        api = connect("werkplek-herstel")
        api.login(name, passwords[name])
        opened = api.open_entry(row.number)
        for section, values in wanted[row.number].items():
            again = {k: v for k, v in values.items() if k in opened.to_retype}
            if again:
                start = time.perf_counter()
                assert api.save_section(row.number, section, again, True).saved
                tally.latencies_ms.append((time.perf_counter() - start) * 1000)
                tally.saves += 1
                tally.requests += 1
        api.finish_entry(row.number)
        api.logout()
        api.close()
    return len(different), tally


def finish(api: AppApi, passwords: Mapping[str, str], out: Path) -> Path:
    """The coordinator finishes the session and saves the signed outputs; the 510b's path."""
    api.login("coordinator", passwords["coordinator"])
    board = api.dashboard()
    if board.progress.percent != 100:
        raise UserError(
            (
                Problem(
                    "REHEARSE.NOT_DEFINITIVE",
                    f"niet alle stembureaus zijn definitief ({board.progress.definitive} van "
                    f"{board.progress.total})",
                    f"not every station is definitive ({board.progress.definitive} of "
                    f"{board.progress.total})",
                ),
            )
        )
    api.set_session_state(SessionState.COMPLETED)
    outputs = api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    saved = save_files(out, outputs.files)
    api.logout()
    return next(p for p in saved if p.name.endswith(".eml.xml"))


def make_jobs(
    options: RehearsalOptions,
    server: ServerProcess,
    pin: str,
    passwords: Mapping[str, str],
    wanted: Mapping[int, Paper],
    work: list[tuple[tuple[int, ...], tuple[int, ...]]],
) -> list[Job]:
    """One job per typist: its stations' papers, a planted difference every
    ``differences_every`` stations in the second entry."""
    stations = sorted(wanted)
    planted = set(stations[options.differences_every - 1 :: options.differences_every])
    jobs = []
    for k, (first, second) in enumerate(work, 1):
        name = f"invoerder{k:02d}"
        jobs.append(
            Job(
                url=server.url,
                fingerprint=pin,
                workstation=f"werkplek-{k:02d}",
                username=name,
                password=passwords[name],
                first=first,
                second=second,
                papers={str(n): wanted[n] for n in (*first, *second)},
                second_papers={str(n): with_difference(wanted[n]) for n in second if n in planted},
                pace=options.pace,
                out=str(options.folder / f"{name}.out.json"),
            )
        )
    return jobs


def saves_in_log(database: Path) -> int:
    """How many section saves the audit log holds."""
    with Store(database) as store:
        rows = store.query(
            "SELECT count(*) AS n FROM audit_log WHERE action = 'entry.save_section'"
        )
    return int(rows[0]["n"])


def rehearse(options: RehearsalOptions, say: Callable[[str], None] = print) -> int:
    """Run the rehearsal; the exit code (0 only when nothing was lost or duplicated and the 510b is
    equal to the generator's)."""
    from fixtures.generate import generate

    folder = options.folder
    election, database = folder / "verkiezing", folder / "gsb.sqlite"
    generate(options.size, options.seed, election)
    wanted = papers(election)
    stations = sorted(wanted)
    work = plan(stations, options.clients)
    say(
        f"Generale repetitie / dress rehearsal: {options.size}, {len(stations)} stembureaus / "
        f"stations, {options.clients} werkplekken / workstations"
    )
    with serving(database) as server:
        fingerprint_ = pinned(server)
        say(f"Server {server.url}; certificaat vastgelegd / certificate pinned")

        def connect(workstation: str) -> AppApi:
            return connect_server(server.url, fingerprint_, workstation, allow_network=True)

        admin = connect("werkplek-beheer")
        passwords = set_up(admin, election, options.clients)
        admin.close()
        jobs = make_jobs(options, server, fingerprint_, passwords, wanted, work)
        second_typist = {n: job.username for job in jobs for n in job.second}
        server.memory_mib()
        start = time.monotonic()
        tallies = run_typists(folder, jobs, options.timeout)
        elapsed, entry_memory = time.monotonic() - start, server.memory_mib()
        corrected, fixes = correct(connect, passwords, wanted, second_typist)
        coordinator = connect("werkplek-coordinator")
        eml = finish(coordinator, passwords, folder / "uitvoer")
        coordinator.close()
        server.stop()
    figures = Figures([*tallies, fixes], elapsed, corrected, entry_memory, server.peak_rss_mb)
    return report(database, election, eml, figures, say)


@dataclass(frozen=True)
class Figures:
    """What the rehearsal measured."""

    tallies: list[Tally]
    elapsed: float
    """Seconds of the typing phase."""
    corrected: int
    entry_memory_mib: float
    """The server's highest resident memory while the typists worked."""
    peak_memory_mib: float
    """The server's peak over its whole run (with the outputs at the end)."""


def report(
    database: Path, election: Path, eml: Path, figures: Figures, say: Callable[[str], None]
) -> int:
    """Print the figures and decide."""
    tallies = figures.tallies
    latencies = [ms for t in tallies for ms in t.latencies_ms]
    confirmed = sum(t.saves for t in tallies)
    logged = saves_in_log(database)
    failures = [f for t in tallies for f in t.failures]
    ours, generated = read_510(eml), read_510(next(election.glob("Telling_*.eml.xml")))
    differences, known = compare_counts(ours, generated), known_differences(ours, generated)
    audit = verify_audit(database)
    say(
        f"Invoer / entry: {sum(len(t.finished) for t in tallies)} invoeren in "
        f"{figures.elapsed:.0f} s; {confirmed} opslagen bevestigd, {logged} in de auditlog; "
        f"{sum(t.already_applied for t in tallies)} herhaalde verzoeken al uitgevoerd"
    )
    say(
        f"Coördinator: {figures.corrected} verschillen teruggestuurd en verbeterd; zitting afgerond"
    )
    say(
        "510b: gelijk aan die van de generator / equal to the generator's"
        if not differences
        else f"510b: VERSCHILT / DIFFERS: {'; '.join(differences[:10])}"
    )
    if known:
        say(
            f"Bekend verschil / known difference: de 510b van de app schrijft de verklaringen van "
            f"een telverschil (geen verklaring …) niet; {len(known)} stembureaus / stations "
            f"({', '.join(known[:5])}{' …' if len(known) > 5 else ''})"
        )
    say(f"Auditlog: {'in orde / intact' if not audit else audit[0].render()}")
    say(
        f"Server: geheugen tijdens de invoer / memory during entry {figures.entry_memory_mib:.0f} "
        f"MiB; piek met de uitvoer / peak with the outputs {figures.peak_memory_mib:.0f} MiB"
    )
    for failure in failures[:10]:
        say(f"FOUT / FAILURE: {failure}")
    ok = not failures and not differences and not audit and confirmed == logged
    say(
        f"saves {confirmed} · section save p50 {percentile(latencies, 0.5):.1f} ms · "
        f"p99 {percentile(latencies, 0.99):.1f} ms"
    )
    return 0 if ok else 1
