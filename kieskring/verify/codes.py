"""The verifier's own problem codes (``VERIFY.*``): one table, Dutch and English.

The codes of the readers (``EML.*``) and of the signatures (``SIGN.*``) keep their own catalogues;
these name what only ``uitslag verify`` decides: which files it recognised, whether anything was
recomputed, whether a signature is anchored to a PV (docs/VERIFY.md).
"""

from __future__ import annotations

CATALOGUE: dict[str, tuple[str, str]] = {
    "VERIFY.EMPTY": ("leeg bestand: niets te controleren", "empty file: nothing to check"),
    "VERIFY.UNREADABLE": ("bestand niet te lezen: {detail}", "cannot read file: {detail}"),
    "VERIFY.UNKNOWN": (
        "onbekend soort bestand: geen EML, PV (PDF), handtekening (.sig) of bekende bijlage",
        "unknown kind of file: no EML, PV (PDF), signature (.sig) or known attachment",
    ),
    "VERIFY.ATTACHMENT": (
        "bijlage ({kind}): herkend, niet gecontroleerd",
        "attachment ({kind}): recognised, not checked",
    ),
    "VERIFY.BOM": (
        "begint met een UTF-8-BOM; volledig gelezen als UTF-8 (de Kiesraad schrijft geen BOM)",
        "starts with a UTF-8 BOM; read in full as UTF-8 (the Kiesraad writes no BOM)",
    ),
    "VERIFY.NOTHING": (
        "niets herberekend: geen telling (510) of uitslag (520) gelezen",
        "nothing recomputed: no count (510) or result (520) was read",
    ),
    "VERIFY.NO_COUNT": (
        "520 niet herberekend: {detail}",
        "520 not recomputed: {detail}",
    ),
    "VERIFY.LOTS": (
        "520 niet herberekend: loting nodig ({detail}); geef de uitkomsten met --lots",
        "520 not recomputed: lots needed ({detail}); give the outcomes with --lots",
    ),
    "VERIFY.CONTENT": (
        "inhoud verschilt van de herberekende 520: {detail}",
        "content differs from the recomputed 520: {detail}",
    ),
    "VERIFY.SIGNER": (
        "ondertekend met certificaat {found}, maar {pv} vermeldt {expected}",
        "signed with certificate {found}, but {pv} shows {expected}",
    ),
    "VERIFY.UNANCHORED": (
        "geen PV vermeldt dit bestand en een certificaat: wie ondertekende (certificaat {found}) "
        "is niet vastgesteld",
        "no PV shows this file and a certificate: who signed (certificate {found}) is not "
        "established",
    ),
    "VERIFY.MODULE": (
        "{what} niet gecontroleerd: module {module} ontbreekt (installeer Uitslag opnieuw)",
        "{what} not checked: module {module} is missing (reinstall Uitslag)",
    ),
}

BLOCKING = "(blokkeert goedkeuring)"
"""Appended to the message of a SKIP the verdict depends on."""


def message(code: str, **values: object) -> str:
    """``CODE Dutch message`` for a finding (the English text is in :data:`CATALOGUE`)."""
    return f"{code} {CATALOGUE[code][0].format(**values)}"
