"""Every PV model: reproducible bytes, footer (model, page x of y, fingerprint), content, layout."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from pypdf import PdfReader

from kieskring.errors import UserError
from kieskring.protocols import data as d
from kieskring.protocols import samples
from kieskring.protocols.layout import fingerprint_groups
from kieskring.protocols.serialize import MODELS, from_json, render_model, to_json
from kieskring.signing.verify import extract_fingerprints

CASES: dict[str, Any] = {
    "n10-2": samples.blank_form("N 10-2", 7),
    "na31-2-bijlage1": samples.blank_form("Na 31-2 Bijlage 1", 7),
    "na31-2": samples.gsb_report(),
    "na14-2": samples.corrigendum(),
    "na14-2-bijlage1": samples.corrigendum_form(),
    "p2a": samples.session_report(),
    "o3": samples.kieskring_report(),
    "p22-2": samples.result_report("P 22-2"),
    "p22-1": samples.result_report("P 22-1"),
}


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with all whitespace runs (table cells) folded to one space."""
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def test_every_model_has_a_case() -> None:
    assert set(CASES) == set(MODELS)


@pytest.mark.parametrize("model", sorted(CASES))
def test_byte_identical_regeneration(model: str) -> None:
    first = render_model(model, CASES[model])
    # a copy made through JSON must give the very same bytes
    again = from_json(MODELS[model][0], to_json(CASES[model]))
    assert render_model(model, again) == first


@pytest.mark.parametrize("model", sorted(CASES))
def test_footer_on_every_page(model: str) -> None:
    data = CASES[model]
    texts = pages_text(render_model(model, data))
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Model {data.info.model} (versie 2026-1)" in text
        assert f"pagina {number} van {total}" in text
        if data.info.fingerprint:
            assert "Digitale vingerafdruk van EML-bestand bij dit PV:" in text
            assert fingerprint_groups(data.info.fingerprint) in text


@pytest.mark.parametrize("model", sorted(CASES))
def test_extract_fingerprints_finds_the_eml_fingerprint(model: str) -> None:
    data = CASES[model]
    found = extract_fingerprints(render_model(model, data))
    assert found == ([data.info.fingerprint] if data.info.fingerprint else [])


def test_certificate_fingerprint_printed_and_extracted() -> None:
    cert = "ab" * 32
    base = samples.result_report()
    data = d.ResultReportData(
        **{
            **base.__dict__,
            "info": d.DocumentInfo(**{**base.info.__dict__, "certificate_fingerprint": cert}),
        }
    )
    pdf = render_model("p22-2", data)
    assert "Certificaat van deze installatie (SHA-256):" in pages_text(pdf)[0]
    assert extract_fingerprints(pdf) == [cert, base.info.fingerprint]


def test_p22_shows_seats_quota_steps_and_elected() -> None:
    text = "\n".join(pages_text(render_model("p22-2", samples.result_report())))
    # hand-computed in samples.result_report: quota 1000/9, remainders 44 4/9, 77 7/9, 100
    assert "kiesdeler 111 1/9" in text
    assert "44 4/9" in text
    assert "77 7/9" in text
    assert "Partij 1 600 5 0 5" in text
    assert "Partij 3 100 0 1 1" in text
    assert "Totaal 1.000 7 2 9" in text
    assert "27 7/9" in text  # voorkeurdrempel 1000/36
    assert "Kandidaat4, D. (Dirk) voorkeurstemmen" in text
    assert "Kieswet P 9" in text
    expected = [
        "Kandidaat1, A.", "Kandidaat1, B.", "Kandidaat1, F.", "Kandidaat2, A.", "Kandidaat2, C.",
        "Kandidaat3, A.", "Kandidaat3, E.", "Kandidaat4, D. (Dirk)", "Kandidaat5, A.",
    ]  # fmt: skip
    section = text.split("alfabetische volgorde")[1]
    positions = [section.index(f"{i} {name}") for i, name in enumerate(expected, start=1)]
    assert positions == sorted(positions)


def test_p22_1_shows_list_groups() -> None:
    text = "\n".join(pages_text(render_model("p22-1", samples.result_report("P 22-1"))))
    assert "Lijstengroep Partij 1 + Partij 2: 8 zetels, groepskiesdeler 112 1/2" in text


def test_fifty_candidates_fit_on_one_page_with_total() -> None:
    form = samples.blank_form("Na 31-2 Bijlage 1", 1, lists=2, candidates=50)
    texts = pages_text(render_model("na31-2-bijlage1", form))
    list_pages = [t for t in texts if "Lijst 1: Partij 1" in t]
    assert len(list_pages) == 1
    assert "Kandidaat50, A.B. (Anna) van Lijst1" in list_pages[0]
    assert "Totaal lijst 1" in list_pages[0]


def test_split_table_repeats_header() -> None:
    form = samples.blank_form("Na 31-2 Bijlage 1", 1, lists=1, candidates=80)
    texts = pages_text(render_model("na31-2-bijlage1", form))
    with_list = [t for t in texts if "Kandidaat" in t]
    assert len(with_list) == 2
    assert all("Naam kandidaat" in t for t in with_list)
    assert "Totaal lijst 1" in with_list[1]


def test_counts_printed_with_dutch_separators() -> None:
    data = samples.kieskring_report()
    text = "\n".join(pages_text(render_model("o3", data)))
    # candidate c of list n has (n + c) * 5 votes: list 1 total 5 * (2+3+4+5+6) = 100
    assert "Totaal lijst 1 100" in text
    big = d.Counts(10, 0, 0, 10, (1_234_567,), 0, 0, 1_234_567)
    report = d.KieskringReportData(
        data.info, data.lists[:1], (d.MunicipalityResult("X", big),), big
    )
    assert "1.234.567" in "\n".join(pages_text(render_model("o3", report)))


def test_fonts_embedded_and_metadata_set() -> None:
    pdf = render_model("p22-2", samples.result_report())
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        used = set(re.findall(rb"/(F\d+(?:\+\d+)?) [\d.]+ Tf", page.get_contents().get_data()))
        assert used, "the page shows text"
        fonts = page["/Resources"]["/Font"]
        for name in used:
            font = fonts["/" + name.decode()].get_object()
            # reportlab always lists an unused /F1 Helvetica; every font actually used is embedded
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor
            assert "BitstreamVeraSans" in font["/BaseFont"]
    meta = reader.metadata
    assert meta is not None
    assert "P 22-2" in (meta.title or "")
    assert meta.author == "Gemeente Voorbeeld"


def test_bad_json_is_a_coded_user_error() -> None:
    raw = to_json(samples.corrigendum())
    raw["corrections"][0]["old"] = "twaalf"
    with pytest.raises(UserError) as err:
        from_json(d.CorrigendumData, raw, file="x.json")
    assert err.value.lines() == ["x.json:$.corrections[0].old: PV.001 verwacht een geheel getal"]
    raw = to_json(samples.corrigendum())
    raw["extra"] = 1
    with pytest.raises(UserError, match="onbekende sleutel"):
        from_json(d.CorrigendumData, raw)
