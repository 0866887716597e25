"""The follow-up area of the one interface object on a generated election (docs/sittings.md §5):
who may call it, what the sitting overview offers and why not, a missing station added in the second
sitting (0 → n) through to its corrigendum, the outputs and ``uitslag verify``."""

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
from kieskring.app.api.followup_views import Conclusion, InvestigationRequest, NewStation
from kieskring.app.entry import SessionState
from kieskring.app.import_eml import Paper
from kieskring.app.outputs import save_files
from kieskring.app.sitting_store import Origin
from kieskring.app.states import EntryState
from kieskring.cli import main as uitslag
from kieskring.errors import UserError
from tests.app.support import PASSWORD, cheap_hasher

from .support import KEY_PASSPHRASE, Clock, generated_papers, set_up_generated


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny")
    assert uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--out", str(folder)]) == 0
    return folder


@pytest.fixture
def api(tmp_path: Path) -> Iterator[AppApi]:
    start = dt.datetime(2029, 3, 21, 21, 0, tzinfo=dt.UTC)
    found = open_local(
        tmp_path / "gsb.sqlite", workstation="tafel-1", hasher=cheap_hasher(), clock=Clock(start)
    )
    yield found
    found.close()


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def type_all(api: AppApi, station: int, paper: Paper) -> None:
    """Type every section, acknowledging what the findings box asks for (not finished)."""
    api.open_entry(station)
    for key, values in paper.items():
        result = api.save_section(station, key, values, acknowledged=True)
        assert result.saved, key


def enter_everything(api: AppApi, election: Path) -> None:
    for typist in ("anna", "ben"):
        api.login(typist, PASSWORD)
        for station, paper in generated_papers(election).items():
            type_all(api, station, paper)
            api.finish_entry(station)
        api.logout()


def test_only_the_coordinator_calls_the_follow_up_area(api: AppApi, election: Path) -> None:
    set_up_generated(api, election)
    for who in ("anna", "beheer"):
        api.login(who, PASSWORD)
        for call in (api.sittings, api.signals, api.start_sitting, lambda: api.station_history(1)):
            with pytest.raises(UserError) as err:
                call()
            assert code(err) == "USERS.NOT_PERMITTED"
        api.logout()


@pytest.mark.usefixtures("installed_schemas")
def test_a_missing_station_added_in_the_second_sitting(
    api: AppApi, election: Path, tmp_path: Path
) -> None:
    set_up_generated(api, election)
    api.login("anna", PASSWORD)
    assert [s.key for s in api.station_form(1)] == [s.key for s in api.form_sections()]
    api.logout()
    enter_everything(api, election)
    api.login("carla", PASSWORD)
    actions = {a.key: a for a in api.sittings().actions}
    assert not actions["start_sitting"].enabled and actions["start_sitting"].reason is not None
    assert not actions["add_station"].enabled and actions["add_station"].reason is not None
    assert actions["open_investigation"].enabled
    api.set_session_state(SessionState.COMPLETED)
    first = api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    save_files(tmp_path / "zitting1", first.files)
    overview = api.sittings()
    assert {a.key: a.enabled for a in overview.actions} == {
        "start_sitting": True,
        "open_investigation": False,
        "add_station": False,
    }
    assert api.start_sitting().current == 2
    added = api.add_station(
        NewStation(99, "Stembureau Zorgcentrum", 120, Origin.CSB, "Ontbrak in de telling")
    )
    assert added.added and added.entry_state.key is EntryState.EMPTY
    assert [a.key for a in added.actions if a.enabled] == ["conclude_with", "corrigendum_form"]
    form = api.corrigendum_form(99)
    text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(form.content)).pages)
    assert "Ontbrak in de telling" in text and "Stembureau 99" in text
    api.conclude_investigation(Conclusion(99, "Alsnog geteld", True))
    api.logout()
    paper = generated_papers(election)[1]
    typed = {
        k: v for k, v in paper.items() if k not in ("extra_investigation", "station_differences")
    }
    for typist in ("anna", "ben"):
        api.login(typist, PASSWORD)
        assert [s.key for s in api.station_form(99)] == list(typed)
        opened = api.open_entry(99)
        assert opened.previous is not None and set(opened.previous.values()) == {0}
        assert opened.sitting == 2
        for section, values in typed.items():
            assert api.save_section(99, section, values, acknowledged=True).saved
        api.finish_entry(99)
        api.logout()
    api.login("carla", PASSWORD)
    api.set_session_state(SessionState.COMPLETED)
    second = api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    assert [f.kind for f in second.files] == ["510b", "510b.sig", "p2a", "na14-2", "csv"]
    save_files(tmp_path / "zitting2", second.files)
    history = api.station_history(99)
    assert [(s.sitting, bool(s.result)) for s in history.sittings] == [(1, False), (2, True)]
    assert {f.name: f.content for f in api.sitting_outputs(1).files} == {
        f.name: f.content for f in first.files
    }
    with pytest.raises(UserError) as err:
        api.sitting_outputs(3)
    assert code(err) == "SITTING.NO_OUTPUTS"
    shutil.copy(next(election.glob("Kandidatenlijsten_*")), tmp_path / "zitting2")
    assert (
        uitslag(["verify", str(tmp_path / "zitting1"), str(tmp_path / "zitting2"), "--quiet"]) == 0
    )


def test_an_investigation_in_the_first_sitting(api: AppApi, election: Path) -> None:
    """Before the outputs, the GSB may investigate a station itself (e.g. from a signal): with new
    results it is entered again with the first sitting's form, and the Na 31-2 names it."""
    set_up_generated(api, election)
    enter_everything(api, election)
    api.login("carla", PASSWORD)
    request = InvestigationRequest(2, Origin.GSB, "Stemmen lijken verwisseld", "Tel lijst 1 na")
    api.open_investigation(request)
    done = api.conclude_investigation(Conclusion(2, "Nageteld; opnieuw ingevoerd", True))
    assert done.entry_state.key is EntryState.EMPTY
    assert [a.key for a in done.actions if a.enabled] == []
    api.logout()
    for typist in ("anna", "ben"):
        api.login(typist, PASSWORD)
        assert [s.key for s in api.station_form(2)] == [s.key for s in api.form_sections()]
        opened = api.open_entry(2)
        assert opened.previous is None and opened.sitting == 1
        type_all(api, 2, generated_papers(election)[2])
        api.finish_entry(2)
        api.logout()
    api.login("carla", PASSWORD)
    api.set_session_state(SessionState.COMPLETED)
    outputs = api.gsb_outputs(replace(api.output_defaults(), passphrase=KEY_PASSPHRASE))
    na31 = next(f for f in outputs.files if f.kind == "na31-2")
    text = " ".join(
        " ".join((p.extract_text() or "").split())
        for p in PdfReader(io.BytesIO(na31.content)).pages
    )
    assert "onderzoek (eigen initiatief: Stemmen lijken verwisseld" in text
    assert "Nageteld; opnieuw ingevoerd" in text
