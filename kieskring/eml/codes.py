"""The catalogue of EML problem codes: one stable code per rule, message in Dutch and English.

``EML.0xx``: the file itself (safety, well-formedness, structure, numbers); ``EML.1xx``: hard
consistency rules of chain.md §3 (vote arithmetic, numbering, cross-file identity); ``EML.2xx``:
warnings for the soft admitted-voter identities real PVs sometimes violate (chain.md §2, §3).
"""

from __future__ import annotations

from kieskring.errors import Problem, UserError

MAX_VOTES = 10**9
"""No Dutch count comes near a billion (≈ 13.5 million voters); larger numbers are refused."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "EML.001": ("geen geldige XML: {detail}", "not well-formed XML: {detail}"),
    "EML.002": (
        "DOCTYPE of ENTITY is niet toegestaan (XXE/entity-expansie)",
        "DOCTYPE or ENTITY is not allowed (XXE/entity expansion)",
    ),
    "EML.003": ("bestand is geen UTF-8: {detail}", "file is not UTF-8: {detail}"),
    "EML.004": ("bestand te groot ({size} bytes)", "file too large ({size} bytes)"),
    "EML.005": ("hoofdelement is {found}, verwacht EML", "root element is {found}, expected EML"),
    "EML.006": ("bericht {found}, verwacht {expected}", "message {found}, expected {expected}"),
    "EML.007": ("bestand niet te lezen: {detail}", "cannot read file: {detail}"),
    "EML.008": ("element {name} ontbreekt", "element {name} is missing"),
    "EML.009": ("'{value}' is geen geheel getal", "'{value}' is not an integer"),
    "EML.010": ("negatief aantal {value}", "negative number {value}"),
    "EML.011": ("onwaarschijnlijk groot aantal {value}", "implausibly large number {value}"),
    "EML.012": ("'{value}' is geen geldige datum/tijd", "'{value}' is not a valid date/time"),
    "EML.013": ("onbekende waarde '{value}' voor {name}", "unknown value '{value}' for {name}"),
    "EML.101": (
        "lijst {list}: som kandidaatstemmen {found} ≠ lijsttotaal {expected}",
        "list {list}: sum of candidate votes {found} ≠ list total {expected}",
    ),
    "EML.102": (
        "som lijsttotalen {found} ≠ TotalCounted {expected}",
        "sum of list totals {found} ≠ TotalCounted {expected}",
    ),
    "EML.103": (
        "{field}: totaal {expected} ≠ som van de eenheden {found}",
        "{field}: total {expected} ≠ sum of the reporting units {found}",
    ),
    "EML.104": ("kandidaat zonder voorafgaande lijst", "candidate without a preceding list"),
    "EML.105": (
        "lijstnummer {found} volgt niet strikt op {previous}",
        "list number {found} does not strictly follow {previous}",
    ),
    "EML.106": (
        "kandidaatnummer {found} volgt niet strikt op {previous}",
        "candidate number {found} does not strictly follow {previous}",
    ),
    "EML.107": ("lijst {list} heeft geen kandidaten", "list {list} has no candidates"),
    "EML.108": ("eenheid {unit} komt dubbel voor", "reporting unit {unit} occurs twice"),
    "EML.109": (
        "eenheid {unit} past niet bij niveau {level} / autoriteit {authority}",
        "reporting unit {unit} does not fit level {level} / authority {authority}",
    ),
    "EML.110": (
        "categorie {category}, subcategorie {subcategory} en {seats} zetels passen niet",
        "category {category}, subcategory {subcategory} and {seats} seats do not agree",
    ),
    "EML.111": (
        "voorkeurdrempel {found}% past niet bij {subcategory} (verwacht {expected}%)",
        "preference threshold {found}% does not fit {subcategory} (expected {expected}%)",
    ),
    "EML.112": (
        "{name} is {found}, verwacht {expected} (zelfde verkiezing)",
        "{name} is {found}, expected {expected} (same election)",
    ),
    "EML.113": (
        "{what} staat niet in de kandidatenlijst (230b)",
        "{what} is not in the candidate list (230b)",
    ),
    "EML.114": (
        "autoriteit {authority} staat niet in de verkiezingsboom (110a)",
        "authority {authority} is not in the election tree (110a)",
    ),
    "EML.115": (
        "autoriteit {authority} past niet bij niveau {level}",
        "authority {authority} does not fit level {level}",
    ),
    "EML.116": (
        "stembureaunummer {found} is geen nummer van 1 of hoger",
        "polling station number {found} is not a number of 1 or more",
    ),
    "EML.020": (
        "schemacontrole niet beschikbaar: deze installatie bevat de EML_NL-schema's niet; "
        "installeer opnieuw met de schema's ernaast (UITSLAG_SHARED, zie README), "
        "of geef --schemas MAP of zet UITSLAG_SCHEMAS",
        "schema validation unavailable: this installation does not include the EML_NL schemas; "
        "reinstall with the schemas beside it (UITSLAG_SHARED, see README), "
        "or pass --schemas DIR or set UITSLAG_SCHEMAS",
    ),
    "EML.021": ("schema {name} niet te laden: {detail}", "cannot load schema {name}: {detail}"),
    "EML.022": (
        "voldoet niet aan het schema: {detail}",
        "does not conform to the schema: {detail}",
    ),
    "EML.023": ("geen schema voor bericht {message}", "no schema for message {message}"),
    "EML.301": (
        "vingerafdruk komt niet overeen met het papieren PV (groep {group})",
        "fingerprint does not match the paper PV (group {group})",
    ),
    "EML.302": (
        "'{value}' is geen groep van 4 hexadecimale tekens",
        "'{value}' is not a group of 4 hexadecimal characters",
    ),
    "EML.201": (
        "toegelaten kiezers D={found} ≠ A+B+C={expected}",
        "admitted voters D={found} ≠ A+B+C={expected}",
    ),
    "EML.202": (
        "verschil H−D={found} niet verklaard door I/J ({expected})",
        "difference H−D={found} not explained by I/J ({expected})",
    ),
    "EML.203": (
        "aantal kiesgerechtigden (Cast) is 0",
        "number of eligible voters (Cast) is 0",
    ),
}


def problem(code: str, file: str = "", place: str = "", **values: object) -> Problem:
    """The :class:`Problem` for ``code`` with its Dutch and English message filled in."""
    nl, en = CATALOGUE[code]
    return Problem(code, nl.format(**values), en.format(**values), file, place)


def fail(code: str, file: str = "", place: str = "", **values: object) -> UserError:
    """A :class:`UserError` carrying one problem (raise it)."""
    return UserError((problem(code, file, place, **values),))
