"""Numbered findings, the verdict, and their rendering (text, one line per finding; or JSON).

The verdict (docs/VERIFY.md "Verdict"): AFGEKEURD when any check fails; ONVOLLEDIG when none fails
but a check the verdict depends on was skipped (a *blocking* SKIP: a 520 that could not be
recomputed, nothing recomputed at all, a module missing); GOEDGEKEURD only otherwise. Exit 0 only
for GOEDGEKEURD.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kieskring.verify.codes import BLOCKING


class Status(StrEnum):
    """What a check found."""

    PASS = "PASS"
    FAIL = "FAIL"
    WARN = "WARN"
    SKIP = "SKIP"


class Verdict(StrEnum):
    """The outcome of a whole run."""

    APPROVED = "GOEDGEKEURD"
    INCOMPLETE = "ONVOLLEDIG"
    REJECTED = "AFGEKEURD"

    @property
    def english(self) -> str:
        """The English name, shown alongside."""
        return {"GOEDGEKEURD": "APPROVED", "ONVOLLEDIG": "INCOMPLETE"}.get(self.value, "REJECTED")


CHECKS: dict[str, str] = {
    "V00": "elk bestand herkend en leesbaar, en er is iets herberekend",
    "V01": "EML-bestand voldoet aan het EML_NL-schema",
    "V02": "EML-bestand is leesbaar en volgt de regels van de Kiesraad",
    "V03": "alle bestanden horen bij dezelfde verkiezing",
    "V04": "stemmen tellen op: kandidaten → lijst → totaal → eenheden",
    "V05": "toegelaten kiezers en verklaarde verschillen (waarschuwing)",
    "V06": "tellingen tellen op naar het volgende niveau",
    "V07": "lijsten en kandidaten in de tellingen staan in de kandidatenlijsten",
    "V08": "zetels per lijst opnieuw berekend gelijk aan de 520",
    "V09": "gekozen kandidaten opnieuw bepaald gelijk aan de 520 (volgorde en rangschikking)",
    "V10": "de 520 opnieuw geschreven is gelijk: inhoud en bytes",
    "V11": "vingerafdruk op het proces-verbaal hoort bij een EML-bestand",
    "V12": "cijfers op het proces-verbaal gelijk aan de EML",
    "V13": "digitale handtekeningen zijn geldig",
    "V14": "certificaat van de ondertekenaar staat op het proces-verbaal",
    "V15": "de landelijke telling noemt iedere persoon één keer (ShortCodes volgens de 230b)",
    "V16": "de laatste telling van een nieuwe zitting telt; het corrigendum klopt met beide tellingen",
}


@dataclass(frozen=True)
class Finding:
    """One line of the report; ``blocking`` marks a SKIP the verdict depends on."""

    check: str
    status: Status
    place: str
    message: str
    blocking: bool = False

    def line(self) -> str:
        """``V07 FAIL place: message``."""
        where = f"{self.place}: " if self.place else ""
        note = f" {BLOCKING}" if self.blocking else ""
        return f"{self.check} {self.status.value} {where}{self.message}{note}"


def blocking_skip(check: str, place: str, message: str) -> Finding:
    """A SKIP of a check the verdict depends on: the run cannot be approved."""
    return Finding(check, Status.SKIP, place, message, blocking=True)


def verdict(findings: list[Finding]) -> Verdict:
    """AFGEKEURD on any FAIL, else ONVOLLEDIG on any blocking SKIP, else GOEDGEKEURD."""
    if any(f.status is Status.FAIL for f in findings):
        return Verdict.REJECTED
    if any(f.blocking for f in findings):
        return Verdict.INCOMPLETE
    return Verdict.APPROVED


def summary(findings: list[Finding]) -> str:
    """The verdict (Dutch, then English) and the counts per status."""
    counts = Counter(f.status for f in findings)
    parts = ", ".join(f"{counts.get(s, 0)} {s.value}" for s in Status)
    blocking = sum(1 for f in findings if f.blocking)
    found = verdict(findings)
    extra = f" (waarvan {blocking} blokkerend)" if blocking else ""
    return f"{found.value} ({found.english}): {parts}{extra}"


def as_json(findings: list[Finding]) -> dict[str, Any]:
    """The machine form of the report."""
    counts = Counter(f.status.value for f in findings)
    found = verdict(findings)
    return {
        "verdict": found.value,
        "ok": found is Verdict.APPROVED,
        "counts": {s.value: counts.get(s.value, 0) for s in Status},
        "blocking": sum(1 for f in findings if f.blocking),
        "checks": CHECKS,
        "findings": [
            {
                "check": f.check,
                "status": f.status.value,
                "place": f.place,
                "message": f.message,
                "blocking": f.blocking,
            }
            for f in findings
        ],
    }
