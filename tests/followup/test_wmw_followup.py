"""A follow-up sitting on the real West Maas en Waal 2022 count, through the one interface object
(docs/sittings.md): the first sitting typed twice from the Kiesraad's published counts and its
outputs made; a second sitting with two investigations — station 3 concluded without new results,
station 5 with a recount that moves three invalid ballots to list 2 — the corrected results typed
twice with only the changed numbers; P 2a, Na 14-2 and a new 510b; ``uitslag verify`` on all of
it passes and recomputes from the new 510b; the first sitting's 510b is unchanged byte for byte."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from kieskring.app.api import AppApi, open_local
from kieskring.app.api.followup_views import Conclusion, InvestigationRequest
from kieskring.app.entry import SessionState
from kieskring.app.outputs import OutputFile, save_files
from kieskring.app.sitting_store import Origin
from kieskring.app.states import EntryState
from kieskring.cli import main as uitslag
from kieskring.domain.counts import Count
from kieskring.eml.read_510 import count_from_root, read_510
from kieskring.eml.safe import parse_eml
from kieskring.errors import UserError
from kieskring.storage import verify_audit
from kieskring.verify.report import Status
from kieskring.verify.run import verify
from tests.app.support import PASSWORD, cheap_hasher

from .support import KEY_PASSPHRASE, LISTS, TELLING, Clock, set_up_wmw, type_paper, wmw_papers

pytestmark = pytest.mark.shared


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2022, 3, 16, 21, 0, tzinfo=dt.UTC))


@pytest.fixture
def api(tmp_path: Path, clock: Clock) -> Iterator[AppApi]:
    found = open_local(
        tmp_path / "gsb.sqlite", workstation="tafel-1", hasher=cheap_hasher(), clock=clock
    )
    yield found
    found.close()


def pdf_text(content: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(content)).pages
    )


def first_sitting(api: AppApi, wmw_dir: Path, usb: Path) -> dict[str, bytes]:
    """Both typists type all 21 stations; the coordinator notes the one signal, finishes, and
    makes the outputs (saved on the USB stick); returns the files as handed out."""
    set_up_wmw(api, wmw_dir)
    papers = wmw_papers(wmw_dir)
    for typist in ("anna", "ben"):
        api.login(typist, PASSWORD)
        for station, paper in papers.items():
            type_paper(api, station, paper)
        api.logout()
    api.login("carla", PASSWORD)
    assert api.dashboard().progress.percent == 100
    signals = api.signals()
    assert [s.key for s in signals.signals] == ["candidate_swap/SB10/L4/4-24"]
    assert signals.open == 1 and len(signals.local_lists) == 5
    note = "Twee kandidaten Van Lent; papier nagekeken, de stemmen staan bij Jack van Lent."
    assert api.note_signal("candidate_swap/SB10/L4/4-24", note).open == 0
    api.set_session_state(SessionState.COMPLETED)
    outputs = api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    assert outputs.sitting == 1
    assert [f.kind for f in outputs.files] == ["510b", "510b.sig", "na31-2", "csv"]
    na31 = pdf_text(next(f.content for f in outputs.files if f.kind == "na31-2"))
    assert "Signalen van aannemelijkheid" in na31 and "papier nagekeken" in na31
    save_files(usb, outputs.files)
    return {f.name: bytes(f.content) for f in outputs.files}


def test_follow_up_sitting_on_west_maas_en_waal(
    api: AppApi, wmw_dir: Path, xsd_dir: Path, tmp_path: Path, clock: Clock
) -> None:
    first = first_sitting(api, wmw_dir, tmp_path / "zitting1")
    first_eml = next(v for k, v in first.items() if k.endswith(".eml.xml"))
    # the CSB asks for two investigations; the GSB holds its second sitting four days later
    clock.now = dt.datetime(2022, 3, 21, 10, 0, tzinfo=dt.UTC)
    api.login("carla", PASSWORD)
    with pytest.raises(UserError) as refused:
        api.open_investigation(InvestigationRequest(3, Origin.CSB, "later"))
    assert refused.value.problems[0].code == "SITTING.OUTPUTS_MADE"
    overview = api.start_sitting()
    assert overview.current == 2 and [s.closed_at is not None for s in overview.sittings] == [
        True,
        False,
    ]
    api.open_investigation(
        InvestigationRequest(
            3, Origin.CSB, "Verschil per lijst met de telling van het stembureau", "Tel lijst 6 na"
        )
    )
    api.open_investigation(
        InvestigationRequest(
            5, Origin.CSB, "Drie ongeldige stembiljetten", "Hertel de ongeldige stembiljetten"
        )
    )
    finish = {a.key: a for a in api.dashboard().actions}["finish"]
    assert not finish.enabled and finish.reason is not None and "onderzoek" in finish.reason.nl
    form = api.corrigendum_form(5)
    text = pdf_text(form.content)
    assert "Drie ongeldige stembiljetten" in text and "G Ongeldige stembiljetten 3" in text
    concluded = api.conclude_investigation(
        Conclusion(3, "Lijst 6 nageteld; de aantallen kloppen.", False)
    )
    assert concluded.new_results is False and concluded.entry_state.key is EntryState.DEFINITIVE
    api.conclude_investigation(
        Conclusion(
            5,
            "Drie stembiljetten met een stem op lijst 2 kandidaat 1 waren ongeldig verklaard.",
            True,
        )
    )
    assert api.station_detail(5).state.key is EntryState.EMPTY
    corrected = corrected_entries(api, wmw_dir)
    api.logout()
    api.login("carla", PASSWORD)
    api.set_session_state(SessionState.COMPLETED)
    second = api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    assert second.sitting == 2
    assert [f.kind for f in second.files] == ["510b", "510b.sig", "p2a", "na14-2", "csv"]
    assert all(len(f.fingerprint.split()) == 16 for f in second.files), "each with its fingerprint"
    assert next(f for f in second.files if f.kind == "510b").fingerprint == second.eml_fingerprint
    check_second_outputs(second.files, corrected)
    usb = tmp_path / "zitting2"
    save_files(usb, second.files)
    check_verify(tmp_path, wmw_dir, usb, corrected, xsd_dir)
    kept = api.sitting_outputs(1)
    assert {f.name: bytes(f.content) for f in kept.files} == first, "sitting 1 kept as handed out"
    assert (
        tmp_path / "zitting1" / next(k for k in first if k.endswith(".eml.xml"))
    ).read_bytes() == first_eml
    check_history(api)
    api.close()
    assert verify_audit(tmp_path / "gsb.sqlite") == []


def corrected_entries(api: AppApi, wmw_dir: Path) -> dict[str, tuple[int, int]]:
    """Both typists type the corrigendum of station 5: only the changed numbers."""
    original = read_510(wmw_dir / TELLING)
    sb5 = next(u for u in original.units if u.id.endswith("::SB5")).counts
    vvd = next(x for x in sb5.lists if x.number == 2)
    old = {
        "G": sb5.invalid,
        "E": sb5.total_counted,
        "E.2": vvd.votes,
        "L2.1": vvd.candidates[0].votes,
    }
    new = {"G": 0, "E": old["E"] + 3, "E.2": old["E.2"] + 3, "L2.1": old["L2.1"] + 3}
    changed = {
        "voters_votes": {"G": new["G"], "E": new["E"], "E.2": new["E.2"]},
        "list_2": {"L2.1": new["L2.1"], "L2.total": new["E.2"]},
    }
    for typist in ("anna", "ben"):
        api.logout()
        api.login(typist, PASSWORD)
        form = api.station_form(5)
        assert [s.key for s in form][:2] == ["voters_votes", "differences"]
        opened = api.open_entry(5)
        assert opened.previous is not None and opened.previous["G"] == 3 and opened.values == {}
        for section in form:
            result = api.save_section(
                5, section.key, changed.get(section.key, {}), acknowledged=True
            )
            assert result.saved, section.key
        again = api.open_entry(5)
        assert again.values == {**changed["voters_votes"], **changed["list_2"]}
        done = api.finish_entry(5)
    assert done.state.key is EntryState.DEFINITIVE
    return {code: (old[code], new[code]) for code in old}


def check_second_outputs(
    files: tuple[OutputFile, ...], corrected: dict[str, tuple[int, int]]
) -> None:
    by_kind = {f.kind: f for f in files}
    na14 = pdf_text(by_kind["na14-2"].content)
    assert "Stembureau 5:" in na14 and "Stembureau 3:" not in na14
    for code, (old, new) in corrected.items():
        assert f"{code} {old:,} {new:,}".replace(",", ".") in na14, code
    p2a = pdf_text(by_kind["p2a"].content)
    for words in ("Lijst 6 nageteld", "Drie stembiljetten", "Hertel de ongeldige", "Zitting 2"):
        assert words in p2a, words
    new_count = read_510_bytes(by_kind["510b"].content)
    sb5 = next(u for u in new_count.units if u.id.endswith("::SB5")).counts
    assert (
        sb5.invalid == 0
        and next(x.votes for x in sb5.lists if x.number == 2) == corrected["E.2"][1]
    )


def read_510_bytes(content: bytes) -> Count:
    return count_from_root(parse_eml(content, "510b", ("510b",)), "510b")


def check_verify(
    tmp_path: Path, wmw_dir: Path, usb: Path, corrected: dict[str, tuple[int, int]], xsd: Path
) -> None:
    """Everything published, and a result computed from the new 510b: verify passes (V16 names
    the first sitting's count as replaced and holds the Na 14-2 to the two counts)."""
    folder = tmp_path / "publicatie"
    shutil.copytree(tmp_path / "zitting1", folder / "zitting1")
    shutil.copytree(usb, folder / "zitting2")
    shutil.copy(wmw_dir / LISTS, folder)
    new_eml = next(usb.glob("Telling_*_zitting2.eml.xml"))
    assert uitslag(
        ["result", "--candidates", str(wmw_dir / LISTS), "--counts", str(new_eml), "--seats", "17",
         "--created", "2022-03-21T12:00:00", "--out", str(folder / "uitslag")]
    ) == 0  # fmt: skip
    assert uitslag(["verify", str(folder), "--quiet", "--schemas", str(xsd)]) == 0
    findings = verify([folder], schemas=xsd)
    assert not [f for f in findings if f.status is Status.FAIL]
    v16 = [(Path(f.place).name, f.message) for f in findings if f.check == "V16"]
    assert len(v16) == 2 and all(f.status is Status.PASS for f in findings if f.check == "V16")
    replaced = next(m for name, m in v16 if name.startswith("Telling_"))
    assert replaced.startswith(f"vervangen door {new_eml.name}")
    figures = next(m for name, m in v16 if name.startswith("Na14-2_"))
    assert figures.startswith(f"{len(corrected)} gewijzigde getallen gelijk aan {new_eml.name}")
    seats = [f for f in findings if f.check in ("V08", "V09", "V10")]
    assert seats and all(f.status is Status.PASS for f in seats)


def check_history(api: AppApi) -> None:
    history = api.station_history(5)
    assert [s.sitting for s in history.sittings] == [1, 2]
    before, after = ({f.key: f.value for f in s.result} for s in history.sittings)
    assert (before["G"], after["G"]) == (3, 0)
    assert history.sittings[0].investigation is None
    investigation = history.sittings[1].investigation
    assert investigation is not None and investigation.new_results
    assert len(history.sittings[0].typists) == 2 and len(history.sittings[1].typists) == 2
    actions = [e.action.nl for e in history.sittings[1].events]
    assert actions[:2] == ["Onderzoek vastgelegd", "Onderzoek afgerond"]
