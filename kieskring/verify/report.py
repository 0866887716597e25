"""Numbered findings and their rendering (text, one line per finding; or JSON)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """What a check found."""

    PASS = "PASS"
    FAIL = "FAIL"
    WARN = "WARN"
    SKIP = "SKIP"


CHECKS: dict[str, str] = {
    "V01": "EML-bestand voldoet aan het EML_NL-schema",
    "V02": "EML-bestand is leesbaar en volgt de regels van de Kiesraad",
    "V03": "alle bestanden horen bij dezelfde verkiezing",
    "V04": "stemmen tellen op: kandidaten → lijst → totaal → eenheden",
    "V05": "toegelaten kiezers en verklaarde verschillen (waarschuwing)",
    "V06": "tellingen tellen op naar het volgende niveau",
    "V07": "lijsten en kandidaten in de tellingen staan in de kandidatenlijsten",
    "V08": "zetels per lijst opnieuw berekend gelijk aan de 520",
    "V09": "gekozen kandidaten opnieuw bepaald gelijk aan de 520 (volgorde en rangschikking)",
    "V10": "de 520 opnieuw geschreven is byte voor byte gelijk",
    "V11": "vingerafdruk op het proces-verbaal hoort bij een EML-bestand",
    "V12": "cijfers op het proces-verbaal gelijk aan de EML",
    "V13": "digitale handtekeningen zijn geldig",
    "V14": "certificaat van de ondertekenaar staat op het proces-verbaal",
    "V15": "de laatste telling van een nieuwe zitting telt; het corrigendum klopt met beide tellingen",
}


@dataclass(frozen=True)
class Finding:
    """One line of the report."""

    check: str
    status: Status
    place: str
    message: str

    def line(self) -> str:
        """``V07 FAIL place: message``."""
        where = f"{self.place}: " if self.place else ""
        return f"{self.check} {self.status.value} {where}{self.message}"


def summary(findings: list[Finding]) -> str:
    """Counts per status, and the verdict."""
    counts = Counter(f.status for f in findings)
    parts = ", ".join(f"{counts.get(s, 0)} {s.value}" for s in Status)
    verdict = "AFGEKEURD" if counts.get(Status.FAIL) else "GOEDGEKEURD"
    return f"{verdict}: {parts}"


def as_json(findings: list[Finding]) -> dict[str, Any]:
    """The machine form of the report."""
    counts = Counter(f.status.value for f in findings)
    return {
        "ok": not counts.get("FAIL"),
        "counts": {s.value: counts.get(s.value, 0) for s in Status},
        "checks": CHECKS,
        "findings": [
            {"check": f.check, "status": f.status.value, "place": f.place, "message": f.message}
            for f in findings
        ],
    }
