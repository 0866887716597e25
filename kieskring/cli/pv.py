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

from kieskring.cli.signing_options import add_passphrase_option, parse_time, read_passphrase
from kieskring.errors import Problem, UserError
from kieskring.protocols import data as d
from kieskring.protocols.batch import render_blank_forms
from kieskring.protocols.serialize import MODELS, from_json, load_model_data, render_model
from kieskring.signing.installation import load_installation
from kieskring.signing.pdf import sign_pdf

BLANK_MODELS = {"N 10-2": "n10-2", "Na 31-2 Bijlage 1": "na31-2-bijlage1"}


@dataclasses.dataclass(frozen=True)
class BlankFormsBatch:
    """JSON for ``pv blank-forms``: one model, shared info and lists, and the stations."""

    model: str
    info: d.DocumentInfo
    lists: tuple[d.PartyList, ...]
    stations: tuple[d.Station, ...]


def register(subparsers: Any) -> None:
    """Add ``pv`` with one sub-command per model and ``blank-forms``."""
    parser = subparsers.add_parser("pv", help="maak een proces-verbaal (PDF)")
    sub = parser.add_subparsers(dest="pv_model", metavar="MODEL", required=True)
    for model in MODELS:
        p = sub.add_parser(model, help=f"model {model}")
        p.add_argument("--data", type=Path, required=True, help="gegevens (JSON)")
        p.add_argument("--out", type=Path, required=True, help="uitvoer (PDF)")
        p.add_argument("--sign", type=Path, help="installatiemap: onderteken het PV")
        p.add_argument("--signing-time", help="tijdstip ondertekening (ISO 8601 met tijdzone)")
        add_passphrase_option(p)
        p.set_defaults(func=_render_one)
    blank = sub.add_parser("blank-forms", help="lege telformulieren, één per stembureau")
    blank.add_argument("--data", type=Path, help="gegevens (JSON)")
    blank.add_argument(
        "--candidates", type=Path, help="kandidatenlijsten (230b), in plaats van --data"
    )
    blank.add_argument("--stations", type=Path, help="stembureaus uit een 510b, met --candidates")
    blank.add_argument("--model", default="Na 31-2 Bijlage 1", choices=sorted(BLANK_MODELS))
    blank.add_argument("--date", default="", help="datum op het formulier")
    blank.add_argument("--out", type=Path, required=True, help="uitvoermap")
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
    render_blank_forms(key, forms, Path(args.out))
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
    render_blank_forms(BLANK_MODELS[args.model], forms, Path(args.out))
    print(f"{len(forms)} formulieren geschreven in {args.out}")
    return 0
