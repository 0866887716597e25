"""The words of the interface: the enums, the form's layout types and the error types that the data
of :class:`~kieskring.app.api.AppApi` is made of, in one place, so a screen imports
``kieskring.app.api`` only and never a service (docs/app.md §2.8, issue 13 item 7;
``tests/test_architecture.py`` holds the screens to it).

Nothing is defined here; every name is the services' own.
"""

from __future__ import annotations

from kieskring.app.chain.deceased import Deceased
from kieskring.app.chain.lots import LotChoice
from kieskring.app.chain.outputs import ChainOutputRequest, ChainOutputs
from kieskring.app.chain.overview import Group, UnitStatus
from kieskring.app.chain.requests import InvestigationRequest
from kieskring.app.chain.result import LotOption, LotQuestion, StepView
from kieskring.app.entry import DifferenceResolution, ErrorResolution
from kieskring.app.entry_store import SessionState
from kieskring.app.form import Field, FieldKind, Question, Section, SectionKind
from kieskring.app.outputs import GsbOutputs, OutputFile
from kieskring.app.setup import Body, Counting, StationSetup
from kieskring.app.sitting_store import Origin
from kieskring.app.states import EntryState
from kieskring.app.text import Text
from kieskring.app.users import Role
from kieskring.app.validation import Severity
from kieskring.errors import Problem, UserError

__all__ = [
    "Body",
    "ChainOutputRequest",
    "ChainOutputs",
    "Counting",
    "Deceased",
    "DifferenceResolution",
    "EntryState",
    "ErrorResolution",
    "Field",
    "FieldKind",
    "Group",
    "GsbOutputs",
    "InvestigationRequest",
    "LotChoice",
    "LotOption",
    "LotQuestion",
    "Origin",
    "OutputFile",
    "Problem",
    "Question",
    "Role",
    "Section",
    "SectionKind",
    "SessionState",
    "Severity",
    "StationSetup",
    "StepView",
    "Text",
    "UnitStatus",
    "UserError",
]
