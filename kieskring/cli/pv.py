"""``uitslag pv``: render a proces-verbaal from its plain data (JSON), optionally signed.

* ``uitslag pv MODEL --data DATA.json --out FILE.pdf [--sign INSTALL --signing-time T]`` for MODEL
  in n10-2, na31-2-bijlage1, na31-2, na14-2, na14-2-bijlage1, p2a, o3, p22-2, p22-1 (JSON shape: docs/protocols.md).
* ``uitslag pv blank-forms --data FORMS.json --out DIR``: one blank form per station.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import Any

from kieskring.cli.help import add_command
from kieskring.cli.progress import add_quiet_option, progress
from kieskring.cli.signing_options import add_passphrase_option, parse_time, read_passphrase
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.batch import render_blank_forms
from kieskring.protocols.serialize import MODELS, from_json, load_model_data, render_model
from kieskring.signing.installation import load_installation
from kieskring.signing.pdf import sign_pdf

BLANK_MODELS = {"N 10-2": "n10-2", "Na 31-2 Bijlage 1": "na31-2-bijlage1"}
MODEL_TITLES = {
    "n10-2": "N 10-2, leeg telformulier voor een stembureau dat alleen lijsten telt",
    "na31-2-bijlage1": "Na 31-2 Bijlage 1, centrale telling per stembureau (GSB)",
    "na31-2": "Na 31-2, proces-verbaal van het gemeentelijk stembureau",
    "na14-2": "Na 14-2, corrigendum (vervolgzitting)",
    "na14-2-bijlage1": "Na 14-2 Bijlage 1, corrigendumformulier van een onderzocht stembureau",
    "p2a": "P 2a, verslag van een vervolgzitting",
    "o3": "O 3, proces-verbaal van het hoofdstembureau (kieskring)",
    "p22-2": "P 22-2, proces-verbaal van het centraal stembureau, één kieskring",
    "p22-1": "P 22-1, proces-verbaal van het centraal stembureau, met kieskringen",
}
"""The official model behind each ``uitslag pv`` sub-command (docs/protocols.md)."""


@dataclasses.dataclass(frozen=True)
class BlankFormsBatch:
    """JSON for ``pv blank-forms``: one model, shared info and lists, and the stations."""

    model: str
    info: d.DocumentInfo
    lists: tuple[d.PartyList, ...]
    stations: tuple[d.Station, ...]


def register(subparsers: Any) -> None:
    """Add ``pv`` with one sub-command per model and ``blank-forms``."""
    parser = add_command(
        subparsers,
        "pv",
        summary="maak een proces-verbaal (PDF)",
        description="Maakt een proces-verbaal als PDF uit de gegevens in een JSON-bestand, of lege\n"
        f"telformulieren per stembureau. Modellen: {', '.join(MODELS)}.",
        examples=(
            "uitslag pv p22-2 --data p22-2.json --out P22-2.pdf",
            "uitslag pv blank-forms --candidates lijsten.eml.xml --stations telling.eml.xml --out pv",
        ),
        more="JSON Schema van de gegevens per model: docs/schemas/pv-MODEL.json\n"
        "(opnieuw maken: python scripts/json_schemas.py); voorbeelden: docs/pv-examples/.",
    )
    sub = parser.add_subparsers(dest="pv_model", metavar="MODEL", required=True, title="modellen")
    for model in MODELS:
        p = add_command(
            sub,
            model,
            summary=MODEL_TITLES[model],
            description=f"Maakt model {MODEL_TITLES[model]}, als PDF uit de gegevens\n"
            "in JSON; met --sign ook ondertekend (PAdES) met de sleutel van de installatie.",
            examples=(
                f"uitslag pv {model} --data {model}.json --out {model}.pdf",
                f"uitslag pv {model} --data {model}.json --out {model}.pdf --sign installatie "
                "--signing-time 2026-03-20T12:00:00+01:00",
            ),
            more=f"De vorm van de gegevens (JSON Schema): docs/schemas/pv-{model}.json",
        )
        p.add_argument("--data", type=Path, required=True, metavar="JSON", help="gegevens (JSON)")
        p.add_argument("--out", type=Path, required=True, metavar="PDF", help="uitvoer (PDF)")
        p.add_argument("--sign", type=Path, metavar="MAP", help="installatiemap: onderteken het PV")
        p.add_argument(
            "--signing-time", metavar="TIJD", help="tijdstip ondertekening (ISO 8601 met tijdzone)"
        )
        add_passphrase_option(p)
        p.set_defaults(func=_render_one)
    blank = add_command(
        sub,
        "blank-forms",
        summary="lege telformulieren, één per stembureau",
        description="Maakt een leeg telformulier (N 10-2 of Na 31-2 Bijlage 1) voor elk\n"
        "stembureau, uit de kandidatenlijsten (230b) en de stembureaus van een 510b, of uit\n"
        "een JSON-bestand. De formulieren worden tegelijk gemaakt, één proces per kern.",
        examples=(
            "uitslag pv blank-forms --candidates lijsten.eml.xml --stations telling.eml.xml --out pv",
            "uitslag pv blank-forms --data formulieren.json --out pv",
        ),
    )
    blank.add_argument("--data", type=Path, metavar="JSON", help="gegevens (JSON)")
    blank.add_argument(
        "--candidates",
        type=Path,
        metavar="230B",
        help="kandidatenlijsten (230b), in plaats van --data",
    )
    blank.add_argument(
        "--stations", type=Path, metavar="510B", help="stembureaus uit een 510b, met --candidates"
    )
    blank.add_argument(
        "--model",
        default="Na 31-2 Bijlage 1",
        choices=sorted(BLANK_MODELS),
        help="het formulier: 'Na 31-2 Bijlage 1' (standaard) of 'N 10-2'",
    )
    blank.add_argument("--date", default="", metavar="DATUM", help="datum op het formulier")
    blank.add_argument("--out", type=Path, required=True, metavar="MAP", help="uitvoermap")
    add_quiet_option(blank)
    blank.set_defaults(func=_blank_forms)


def _render_one(args: argparse.Namespace) -> int:
    model: str = args.pv_model
    data = load_model_data(model, args.data)
    if args.sign is None:
        _write(args.out, render_model(model, data))
        print(f"{args.out} geschreven")
        return 0
    if not args.signing_time:
        raise UserError(
            (
                Problem(
                    "SIGN.007",
                    "--signing-time is verplicht bij --sign",
                    "--signing-time is required with --sign",
                ),
            )
        )
    when = parse_time(args.signing_time)
    inst = load_installation(args.sign, read_passphrase(args))
    info = dataclasses.replace(data.info, certificate_fingerprint=inst.fingerprint)
    pdf = render_model(model, dataclasses.replace(data, info=info))
    _write(args.out, sign_pdf(pdf, inst, when, location=info.place))
    print(f"{args.out} geschreven en ondertekend door '{inst.name}'")
    return 0


def _write(path: Path, content: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    except OSError as err:
        raise UserError(
            (
                Problem(
                    "PV.005", f"kan niet schrijven ({err.strerror})", "cannot write", file=str(path)
                ),
            )
        ) from None


def _blank_forms(args: argparse.Namespace) -> int:
    if args.candidates is not None or args.stations is not None:
        return _blank_forms_from_eml(args)
    if args.data is None:
        raise UserError(
            (
                Problem(
                    "PV.005",
                    "geef --data, of --candidates met --stations",
                    "give --data, or --candidates with --stations",
                ),
            )
        )
    try:
        raw = json.loads(Path(args.data).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise UserError(
            (
                Problem(
                    "PV.004",
                    f"gegevens niet te lezen ({err})",
                    "cannot read data",
                    file=str(args.data),
                ),
            )
        ) from None
    batch: BlankFormsBatch = from_json(BlankFormsBatch, raw, file=str(args.data))
    if batch.model not in BLANK_MODELS:
        raise UserError(
            (
                Problem(
                    "PV.002",
                    f"model moet één van {sorted(BLANK_MODELS)} zijn",
                    "unknown blank-form model",
                    file=str(args.data),
                    place="$.model",
                ),
            )
        )
    key = BLANK_MODELS[batch.model]
    forms = [
        d.BlankFormData(batch.info, station, batch.lists, with_candidates=key != "n10-2")
        for station in batch.stations
    ]
    with progress("Formulieren", quiet=args.quiet, unit="formulier") as step:
        render_blank_forms(key, forms, Path(args.out), progress=step)
    print(f"{len(batch.stations)} formulieren geschreven in {args.out}")
    return 0


def _blank_forms_from_eml(args: argparse.Namespace) -> int:
    """Blank forms from the 230b and the stations of a 510b."""
    from kieskring.protocols.from_eml import blank_forms

    if args.candidates is None or args.stations is None:
        raise UserError(
            (
                Problem(
                    "PV.006",
                    "--candidates en --stations horen bij elkaar",
                    "--candidates and --stations go together",
                ),
            )
        )
    forms = blank_forms(args.model, args.candidates, args.stations, args.date)
    with progress("Formulieren", quiet=args.quiet, unit="formulier") as step:
        render_blank_forms(BLANK_MODELS[args.model], forms, Path(args.out), progress=step)
    print(f"{len(forms)} formulieren geschreven in {args.out}")
    return 0
