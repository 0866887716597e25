"""``uitslag result``: determine the result of an election from its counts and candidate lists.

Given the candidate lists (230b; all kieskringen for TK/EP/PS with several) and the top-level count
(510b or 510d; or the 510c files of all kieskringen, tabulated first), it runs chapter P and writes
the 520 (``Resultaat_<id>.eml.xml``), the JSON trace (``berekening.json``) and
the Dutch explanation (``berekening.txt``) to ``--out``. Lots and deceased candidates are
inputs (``--lots``/``--deceased`` JSON files). Exit 0 done, 1 bad input, 3 lots required.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kieskring.allocation.contract_in import (
    ContractError,
    loads,
    read_lots,
    read_ref,
    unknown_fields,
)
from kieskring.cli.help import add_command
from kieskring.cli.signing_options import add_passphrase_option, parse_time, read_passphrase
from kieskring.domain.counts import Count
from kieskring.domain.election import Authority
from kieskring.eml.read_110a import read_110a
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import read_510
from kieskring.eml.safe import peek_message_id
from kieskring.eml.stream_510 import read_510_totals
from kieskring.eml.tabulate import tabulate
from kieskring.eml.write_520 import write_520
from kieskring.errors import Problem, UserError
from kieskring.result.run import ResultRun, parse_created, run_result
from seat_allocation.allocate import Status
from seat_allocation.election import CandidateRef, LotOutcome

EXIT_LOTS = 3


def register(subparsers: Any) -> None:
    """Add ``result`` to the command line."""
    parser = add_command(
        subparsers,
        "result",
        summary="uitslag vaststellen: zetels, gekozen kandidaten, 520",
        description="Stelt de uitslag vast uit de kandidatenlijsten (230b; bij kieskringen die van\n"
        "alle kieskringen) en de telling van het hoogste niveau (één 510b of 510d, of de 510c's\n"
        "van alle kieskringen). Schrijft in --out: Resultaat_<id>.eml.xml (520), berekening.json\n"
        "(elke stap met zijn wetsartikel) en, bij één kieskring, berekening.txt (de uitleg).\n"
        "Met --pv ook het proces-verbaal (P 22-2 of P 22-1); met --sign ondertekend.\n"
        "Lotingen en overleden kandidaten zijn invoer (--lots, --deceased): Uitslag loot nooit\n"
        "zelf; is een loting nodig, dan stopt het met code 3 en noemt de opties.",
        examples=(
            "uitslag result --candidates Kandidatenlijsten.eml.xml --counts Telling.eml.xml "
            "--seats 17 --out uitslag",
            "uitslag result --definition Verkiezingsdefinitie.eml.xml --candidates K_*.eml.xml "
            "--counts Totaaltelling.eml.xml --out uitslag --pv --place 'Den Haag'",
        ),
    )
    parser.add_argument(
        "--definition", type=Path, metavar="110A", help="verkiezingsdefinitie (110a)"
    )
    parser.add_argument("--seats", type=int, metavar="N", help="aantal zetels (zonder 110a)")
    parser.add_argument(
        "--candidates",
        type=Path,
        nargs="+",
        required=True,
        metavar="230B",
        help="230b-bestanden (kandidatenlijsten)",
    )
    parser.add_argument(
        "--counts",
        type=Path,
        nargs="+",
        required=True,
        metavar="510",
        help="één 510b of 510d, of de 510c's van alle kieskringen",
    )
    parser.add_argument(
        "--lots", type=Path, metavar="JSON", help='JSON met lotingen: [3, {"list":1,...}]'
    )
    parser.add_argument(
        "--deceased", type=Path, metavar="JSON", help="JSON met overleden kandidaten"
    )
    parser.add_argument(
        "--created",
        metavar="TIJD",
        help="aanmaaktijdstip van de 520 (ISO 8601); standaard dat van de telling",
    )
    parser.add_argument("--law-36641", action="store_true", help="wetsvoorstel 36 641 toepassen")
    parser.add_argument(
        "--out", type=Path, required=True, metavar="MAP", help="map voor de uitvoer"
    )
    parser.add_argument(
        "--pv", action="store_true", help="schrijf ook het proces-verbaal (P 22-2 of P 22-1)"
    )
    parser.add_argument(
        "--date", metavar="DATUM", help="datum van de zitting op het PV (standaard: die van de 520)"
    )
    parser.add_argument(
        "--place", default="", metavar="PLAATS", help="plaats van de zitting op het PV"
    )
    parser.add_argument(
        "--sign", type=Path, metavar="MAP", help="installatiemap: onderteken PV en EML"
    )
    parser.add_argument(
        "--signing-time", metavar="TIJD", help="tijdstip ondertekening (ISO 8601 met tijdzone)"
    )
    add_passphrase_option(parser)
    parser.set_defaults(func=run)


def load_json(path: Path) -> Any:
    """A small JSON input file, with a clear problem when it is unreadable."""
    try:
        return loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise UserError(
            (Problem("RES.050", f"niet te lezen als JSON: {err}", "not JSON", str(path)),)
        ) from err


def lots_from(path: Path | None) -> tuple[LotOutcome, ...]:
    """Recorded lots: a JSON array, or an object with ``lots``."""
    if path is None:
        return ()
    raw = load_json(path)
    problems: list[str] = (
        unknown_fields(raw, frozenset({"lots"}), "") if isinstance(raw, dict) else []
    )
    lots = read_lots(raw.get("lots", []) if isinstance(raw, dict) else raw, problems)
    if problems:
        raise UserError(tuple(Problem("RES.051", p, p, str(path)) for p in problems))
    return lots


def deceased_from(path: Path | None) -> tuple[tuple[CandidateRef, ...], frozenset[str]]:
    """Deceased candidates: ``{"list", "candidate"}`` (one district) or ``{"short_code"}``."""
    if path is None:
        return (), frozenset()
    raw = load_json(path)
    items = raw.get("deceased", []) if isinstance(raw, dict) else raw
    problems: list[str] = []
    refs: list[CandidateRef] = []
    keys: set[str] = set()
    for i, item in enumerate(items if isinstance(items, list) else [None]):
        if isinstance(item, dict) and isinstance(item.get("short_code"), str):
            keys.add(item["short_code"])
        else:
            ref = read_ref(item, f"deceased[{i}]", problems)
            if ref is not None:
                refs.append(ref)
    if problems:
        raise UserError(tuple(Problem("RES.052", p, p, str(path)) for p in problems))
    return tuple(refs), frozenset(keys)


def top_count(paths: list[Path]) -> Count:
    """One 510b/510d, or the 510c files of all kieskringen tabulated into a 510d. A 510b is read
    in one streaming pass (its stations checked, only its total kept: the result needs no more)."""
    counts = [
        read_510_totals(p).count if peek_message_id(p) == "510b" else read_510(p) for p in paths
    ]
    if len(counts) == 1:
        return counts[0]
    if any(c.level != "c" for c in counts):
        raise UserError(
            (
                Problem(
                    "RES.060",
                    "geef één 510b/510d, of alleen 510c-bestanden",
                    "give one 510b/510d or only 510c files",
                ),
            )
        )
    return tabulate(
        counts,
        Authority(id="CSB", name="Nederland"),
        contest_id="alle",
        labels=[str(p) for p in paths],
    ).count


def seats_of(args: argparse.Namespace) -> int:
    """The number of seats from the 110a or ``--seats`` (and both must agree)."""
    from_definition = read_110a(args.definition).seats if args.definition else None
    if from_definition is None and args.seats is None:
        raise UserError(
            (
                Problem(
                    "RES.061", "geef --definition (110a) of --seats", "give --definition or --seats"
                ),
            )
        )
    if from_definition is not None and args.seats is not None and args.seats != from_definition:
        raise UserError(
            (
                Problem(
                    "RES.062",
                    f"--seats {args.seats} verschilt van de 110a ({from_definition})",
                    "--seats differs from the 110a",
                    str(args.definition),
                ),
            )
        )
    return int(from_definition if from_definition is not None else args.seats)


def write_outputs(
    outcome: ResultRun, count: Count, created_text: str | None, out: Path, file: str
) -> Path | None:
    """The 520, the trace and the explanation, each written whole; returns the 520's path."""
    out.mkdir(parents=True, exist_ok=True)
    trace = json.dumps(outcome.trace, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    (out / "berekening.json").write_text(trace, encoding="utf-8")
    if outcome.explanation:
        (out / "berekening.txt").write_text(outcome.explanation, encoding="utf-8")
    if outcome.result is not None:
        created = parse_created(created_text, count, file)
        data = write_520(outcome.result, created)
        path = out / f"Resultaat_{count.identity.id}.eml.xml"
        path.write_bytes(data)
        return path
    return None


def run(args: argparse.Namespace) -> int:
    """Entry point of ``uitslag result``."""
    seats = seats_of(args)
    lists = [read_230b(p) for p in args.candidates]
    count = top_count(list(args.counts))
    file = str(args.counts[0])
    refs, keys = deceased_from(args.deceased)
    try:
        lots = lots_from(args.lots)
    except ContractError as err:
        raise UserError(tuple(Problem("RES.051", p) for p in err.problems)) from err
    outcome = run_result(
        count,
        lists,
        seats,
        file=file,
        law_36641=args.law_36641,
        lots=lots,
        deceased=refs,
        deceased_keys=keys,
    )
    written = write_outputs(outcome, count, args.created, args.out, file)
    if written is not None and (args.pv or args.sign):
        created = parse_created(args.created, count, file)
        write_pv_and_signatures(args, outcome, lists, written, created.date().isoformat())
    if outcome.status is Status.LOTS_REQUIRED:
        request = outcome.trace.get("lots_required") or {}
        print(
            f"LOTING NODIG ({request.get('article')}): opties {request.get('options')}; "
            f"zie {args.out / 'berekening.json'}"
        )
        return EXIT_LOTS
    print(f"520 geschreven naar {args.out}")
    return 0


def write_pv_and_signatures(
    args: argparse.Namespace, outcome: ResultRun, lists: list[Any], eml: Path, created: str
) -> None:
    """The P 22-2 (single district) with the 520's fingerprint, and the signatures."""
    from kieskring.eml.fingerprint import fingerprint
    from kieskring.protocols.render_result import render_p22_1, render_p22_2
    from kieskring.signing.detached import sign_bytes
    from kieskring.signing.installation import certificate_fingerprint, load_installation
    from kieskring.signing.pdf import sign_pdf

    installation = None
    if args.sign is not None:
        if not args.signing_time:
            raise UserError(
                (
                    Problem(
                        "RES.070",
                        "--signing-time is verplicht bij --sign",
                        "--signing-time is required with --sign",
                    ),
                )
            )
        installation = load_installation(args.sign, read_passphrase(args))
        eml.with_name(eml.name + ".sig").write_bytes(
            sign_bytes(eml.read_bytes(), eml.name, installation)
        )
    if not args.pv:
        return
    cert = certificate_fingerprint(installation.certificate) if installation else ""
    digest = fingerprint(eml.read_bytes(), str(eml))
    date = args.date or created
    if outcome.allocation is not None:
        model, pdf = (
            "P22-2",
            render_p22_2(outcome.allocation, lists[0], digest, cert, date, args.place),
        )
    elif outcome.national is not None:
        model, pdf = "P22-1", render_p22_1(outcome.national, lists, digest, cert, date, args.place)
    else:
        return
    if installation is not None:
        pdf = sign_pdf(pdf, installation, parse_time(args.signing_time), location=args.place)
    (
        args.out / f"{model}_{eml.name.removesuffix('.eml.xml').removeprefix('Resultaat_')}.pdf"
    ).write_bytes(pdf)
