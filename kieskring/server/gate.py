"""Data entry only while the room is air-gapped (issue 14).

The serving laptop checks itself periodically (:func:`kieskring.app.airgap.check_machine`); every client
sends its own check with each request. While the server or the calling workstation looks connected —
or a workstation does not check at all — the typists' calls are refused with ``AIRGAP.CONNECTED`` (or
``AIRGAP.UNCHECKED``) naming what was found; the coordinator's and administrator's calls go on (they
can pause, back up, look). Every change of what a machine shows is an audit entry. ``--allow-network``
(tests, the rehearsal) turns the gate off, and that too is an audit entry at start.
"""

from __future__ import annotations

from collections.abc import Iterable

from kieskring.app.airgap import AirgapReport
from kieskring.app.api.dispatch import Endpoint
from kieskring.app.users import Role
from kieskring.errors import Problem, UserError
from kieskring.storage import Store

SERVER = "server"


def data_entry_calls(endpoints: Iterable[Endpoint]) -> frozenset[str]:
    """The typists' calls: every endpoint only a typist may call."""
    return frozenset(e.name for e in endpoints if e.rule.roles == frozenset({Role.INVOERDER}))


def _state(report: AirgapReport | None) -> str:
    if report is None:
        return "unchecked"
    return "connected" if report.connected else "clear"


class Gate:
    """Decides, per request, whether data entry may go on; logs every change it sees."""

    def __init__(self, calls: frozenset[str], *, allow_network: bool, server_name: str) -> None:
        self.calls = calls
        self.allow_network = allow_network
        self.server_name = server_name
        self.server: AirgapReport | None = None
        self._seen: dict[str, str] = {}

    def start(self, store: Store) -> None:
        """At start: note that the check is off (``--allow-network``), in the audit log."""
        if self.allow_network:
            with store.confirm(
                "airgap.check_off",
                None,
                {"workstation": self.server_name, "reason": "--allow-network"},
            ):
                pass

    def note(self, store: Store, workstation: str, report: AirgapReport | None) -> None:
        """Remember what ``workstation`` (or :data:`SERVER`) shows; a change is an audit entry."""
        if workstation == SERVER:
            self.server = report
        state = _state(report)
        if self.allow_network or self._seen.get(workstation) == state:
            return
        self._seen[workstation] = state
        details: dict[str, object] = {
            "workstation": self.server_name if workstation == SERVER else workstation,
            "role": "server" if workstation == SERVER else "client",
        }
        if report is not None and report.connected:
            details["signs"] = [f"{s.kind}: {s.detail}" for s in report.signs]
        with store.confirm(f"airgap.{state}", None, details):
            pass

    def refusal(
        self, store: Store, method: str, workstation: str, client: AirgapReport | None
    ) -> UserError | None:
        """Why ``method`` from ``workstation`` may not run now (``None``: it may)."""
        if self.allow_network:
            return None
        self.note(store, workstation, client)
        if method not in self.calls:
            return None
        for where, report in ((self.server_name, self.server), (workstation, client)):
            if report is None:
                return _unchecked(where)
            if report.connected:
                return _connected(where, report)
        return None


def _connected(where: str, report: AirgapReport) -> UserError:
    text = report.text()
    return UserError(
        (
            Problem(
                "AIRGAP.CONNECTED",
                f"invoer is geblokkeerd: '{where}' lijkt verbonden met een netwerk buiten de zaal "
                f"({text.nl}). Haal de netwerkkabel naar buiten los en zet wifi uit; "
                "daarna gaat de invoer vanzelf verder",
                f"data entry is blocked: '{where}' looks connected to a network beyond the room "
                f"({text.en}). Unplug the outside network cable and switch off Wi-Fi; "
                "data entry then continues by itself",
                place=where,
            ),
        )
    )


def _unchecked(where: str) -> UserError:
    return UserError(
        (
            Problem(
                "AIRGAP.UNCHECKED",
                f"invoer is geblokkeerd: van '{where}' is niet gecontroleerd of het los van "
                "andere netwerken is",
                f"data entry is blocked: '{where}' has not been checked for a connection to "
                "other networks",
                place=where,
            ),
        )
    )
