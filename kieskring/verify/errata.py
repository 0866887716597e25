"""The Kiesraad's documented errata in real published sets, so the verifier can name them.

Source: ``Opmerking bestanden TK2021.txt`` (the Kiesraad's note with the TK2021 files): the number
of eligible voters (``Cast``) is 0 or wrong for these municipalities. Such findings stay warnings
(V05/V06) and say that they are a known erratum; they never turn a FAIL into a PASS.
"""

from __future__ import annotations

KNOWN_ZERO_CAST: dict[str, frozenset[str]] = {
    "TK2021": frozenset(
        {
            "Berg en Dal",
            "Bloemendaal",
            "Haarlem",
            "Leidschendam-Voorburg",
            "Weststellingwerf",
            "Zandvoort",
        }
    ),
}
NOTE = "bekend erratum van de Kiesraad (Opmerking bestanden TK2021)"


def is_known(election_id: str, unit_name: str) -> bool:
    """Whether the Kiesraad documented a wrong eligible-voter count for this unit."""
    return unit_name in KNOWN_ZERO_CAST.get(election_id, frozenset())


def has_errata(election_id: str) -> bool:
    """Whether the Kiesraad documented eligible-voter errata for this election."""
    return election_id in KNOWN_ZERO_CAST
