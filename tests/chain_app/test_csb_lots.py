"""A generated election with ties (``uitslag fixtures generate tiny --ties``) at the CSB, through the
interface object (issue 16): the calculation stops and names the options, the lot drawn in the room
is typed by two people with two accounts (never drawn by the software), the result is completed with
it, and the signed P 22-2 names every lot; ``uitslag verify`` re-runs the result with the recorded
lots. Deceased candidates are recorded before the lots, not after."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from kieskring.app.api import AppApi, open_local
from kieskring.app.api.admin import FileData
from kieskring.app.api.chain_views import UnitResolution
from kieskring.app.chain.lots import LotChoice
from kieskring.app.outputs import save_files
from kieskring.app.setup import Body
from kieskring.cli import main as uitslag
from kieskring.domain import Count
from kieskring.eml.read_230b import read_230b
from kieskring.eml.read_510 import count_from_root, read_510
from kieskring.eml.safe import parse_eml
from kieskring.errors import UserError

from .support import (
    KEY_PASSPHRASE,
    PASSWORD,
    Clock,
    cheap_hasher,
    given,
    paper_of,
    set_up_body,
    type_paper,
    typed_groups,
)
from .test_receiving import bumped


@pytest.fixture(scope="module")
def ties(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ties")
    assert (
        uitslag(["fixtures", "generate", "tiny", "--seed", "1", "--ties", "--out", str(folder)])
        == 0
    )
    return folder


@pytest.fixture
def api(tmp_path: Path) -> Iterator[AppApi]:
    clock = Clock(dt.datetime(2029, 3, 23, 10, 0, tzinfo=dt.UTC))
    found = open_local(
        tmp_path / "csb.sqlite", workstation="csb", hasher=cheap_hasher(), clock=clock
    )
    yield found
    found.close()


def code(err: pytest.ExceptionInfo[UserError]) -> str:
    return err.value.problems[0].code


def receive_everything(api: AppApi, ties: Path) -> None:
    """Set up the CSB, receive the GSB's file and type its paper; note the findings on it."""
    lists = next(ties.glob("Kandidatenlijsten_*"))
    set_up_body(api, given(next(ties.glob("Verkiezingsdefinitie_*"))), [given(lists)], Body.CSB)
    telling = given(next(ties.glob("Telling_*")))
    api.login("carla", PASSWORD)
    unit = api.import_unit_file(telling, None, typed_groups(telling))
    api.logout()
    api.login("anna", PASSWORD)
    parties = [(x.number, len(x.candidates)) for x in read_230b(lists).lists]
    type_paper(
        api, unit.number, paper_of(read_510(next(ties.glob("Telling_*"))).total, parties, False)
    )
    api.finish_unit_entry(unit.number)
    api.logout()
    api.login("carla", PASSWORD)
    for row in api.chain_overview().units:
        if row.errors or row.warnings:  # the generator writes C at GR: F.201 on the paper
            api.note_unit(row.number, "Kiezerspassen staan in het bestand; gezien.")
    assert api.chain_overview().ready


def test_lots_are_typed_by_two_people_and_named_on_the_pv(
    api: AppApi, ties: Path, tmp_path: Path, xsd_dir: Path
) -> None:
    receive_everything(api, ties)
    result = api.result_view()
    assert not result.completed and result.lot is not None
    first = result.lot
    assert first.number == 1 and first.article.startswith("Kieswet P 8")
    assert [o.choice for o in first.options] == [LotChoice(1), LotChoice(2)]
    assert first.options[0].label.nl.startswith("Lijst 1: ")
    with pytest.raises(UserError) as err:  # the outputs wait for the lot
        api.chain_outputs(replace(api.chain_output_defaults(), passphrase=KEY_PASSPHRASE))
    assert code(err) == "CHAIN.LOT_NEEDED"
    with pytest.raises(UserError) as err:  # only what the core names
        api.type_lot(LotChoice(3))
    assert code(err) == "CHAIN.LOT_OPTION"

    assert not api.type_lot(LotChoice(2)).recorded
    waiting = api.result_view()
    assert waiting.lot_waiting is not None and "Carla" in waiting.lot_waiting.nl
    with pytest.raises(UserError) as err:  # the same account cannot confirm itself
        api.type_lot(LotChoice(2))
    assert code(err) == "CHAIN.LOT_SAME_PERSON"
    api.logout()
    api.login("anna", PASSWORD)
    assert api.lot_question() == first  # the typist sees the question, not the first outcome
    typed = api.type_lot(LotChoice(1))
    assert typed.different and not typed.recorded  # both type again
    assert api.type_lot(LotChoice(2)).recorded is False  # anna is now the first
    api.logout()
    api.login("carla", PASSWORD)
    assert api.type_lot(LotChoice(2)).recorded
    second = api.result_view().lot
    assert second is not None and second.number == 2 and second.article == "Kieswet P 15"
    assert all(o.choice.candidate is not None for o in second.options)
    with pytest.raises(UserError) as err:  # deceased after a lot: withdraw the lots first
        api.record_deceased(1, 1, None)
    assert code(err) == "CHAIN.LOTS_RECORDED"
    api.type_lot(second.options[1].choice)
    api.logout()
    api.login("ben", PASSWORD)
    assert api.type_lot(second.options[1].choice).recorded
    api.logout()

    api.login("carla", PASSWORD)
    done = api.result_view()
    assert done.completed and done.lot is None
    assert [(x.number, x.typed_by) for x in done.lots] == [
        (1, ("Anna Invoerder", "Carla Coördinator")),
        (2, ("Carla Coördinator", "Ben Invoerder")),
    ]
    assert any(s.by_lot for s in done.steps)
    request = replace(api.chain_output_defaults(), passphrase=KEY_PASSPHRASE)
    outputs = api.chain_outputs(request)
    folder = tmp_path / "uitvoer"
    saved = {p.name: p for p in save_files(folder, outputs.files)}
    pv = next(p for name, p in saved.items() if name.startswith("P22-2_"))
    text = " ".join(page.extract_text() for page in PdfReader(pv).pages)
    assert "Loting 1" in text and "Loting 2" in text and "lijst 2" in text
    assert "Ben Invoerder" in text
    for source in (*ties.glob("Telling_*"), *ties.glob("Kandidatenlijsten_*"), *ties.glob("Verk*")):
        shutil.copy(source, folder)
    lots = str(folder / "lotingen.json")
    assert (
        uitslag(["verify", "--quiet", "--schemas", str(xsd_dir), "--lots", lots, str(folder)]) == 0
    )


def test_only_the_committees_staff_types_a_lot(api: AppApi, ties: Path) -> None:
    receive_everything(api, ties)
    api.logout()
    api.login("beheer", PASSWORD)
    with pytest.raises(UserError) as err:  # the administrator has no part in the counting
        api.type_lot(LotChoice(1))
    assert code(err) == "USERS.NOT_PERMITTED"
    api.logout()
    api.login("anna", PASSWORD)
    with pytest.raises(UserError) as err:  # a typist does not withdraw lots or see the result
        api.result_view()
    assert code(err) == "USERS.NOT_PERMITTED"


def test_a_lot_drawn_for_other_inputs_is_never_reused(api: AppApi, ties: Path) -> None:
    """After a lot, the unit is reopened and a corrected count comes (one more vote for list 1):
    the recorded lot no longer answers the question the calculation asks, and is refused until the
    coordinator withdraws it (with a reason)."""
    receive_everything(api, ties)
    api.type_lot(LotChoice(2))
    api.logout()
    api.login("anna", PASSWORD)
    assert api.type_lot(LotChoice(2)).recorded
    api.logout()
    api.login("carla", PASSWORD)
    unit = api.chain_overview().units[0].number
    api.resolve_unit(unit, UnitResolution.REOPEN, "Hertelling: één stem meer voor lijst 1")
    telling = next(ties.glob("Telling_*"))
    corrected = FileData(telling.name, bumped(telling))
    api.import_unit_file(corrected, None, typed_groups(corrected))
    api.logout()
    api.login("ben", PASSWORD)
    lists = next(ties.glob("Kandidatenlijsten_*"))
    parties = [(x.number, len(x.candidates)) for x in read_230b(lists).lists]
    count = read_510_bytes(corrected)
    type_paper(api, unit, paper_of(count.total, parties, False))
    api.finish_unit_entry(unit)
    api.logout()
    api.login("carla", PASSWORD)
    for row in api.chain_overview().units:
        if row.errors or row.warnings:
            api.note_unit(row.number, "Gezien.")
    with pytest.raises(UserError) as err:
        api.result_view()
    assert code(err) == "CHAIN.LOT_STALE"
    with pytest.raises(UserError) as err:
        api.withdraw_lots("")
    assert code(err) == "ENTRY.REASON_REQUIRED"
    api.withdraw_lots("Nieuwe telling van de GSB")
    after = api.result_view()
    assert after.lots == ()
    assert (
        after.lot is not None and after.lot.article == "Kieswet P 15"
    )  # lists 1 and 2 no longer tie


def read_510_bytes(data: FileData) -> Count:
    """A count from bytes (the corrected file exists only in memory)."""
    return count_from_root(parse_eml(data.content, data.name, ("510b",)), data.name)
