"""The rules for usernames and passwords, and the back-off after failed logins (issue 12 D).

Pure functions, no storage: :class:`kieskring.app.users.Users` applies them.

* **Usernames** are normalised (Unicode NFKC, then case folded, spaces around removed) and limited to a
  clear set: ``a–z``, ``0–9``, ``.``, ``_`` and ``-``, 1–64 characters, starting and ending with a
  letter or digit. A new name whose *skeleton* equals that of an existing account is refused as a
  look-alike (``anna`` / ``аnna`` with a Cyrillic а, ``bill`` / ``bi1l`` / ``biIl``, ``otto`` /
  ``0tto``, ``mark`` / ``rnark``), naming the existing account — in the audit log and on a screen two
  accounts must never be mistaken for each other (after Unicode TS #39, "confusable detection").
* **Passwords**: at least :data:`MIN_PASSWORD_LENGTH` characters, not only white space and not one
  character repeated.
* **Back-off**: from the :data:`FREE_FAILURES`-th failed login in a row an account waits
  :data:`FIRST_WAIT` seconds, doubling with every further failure up to :data:`MAX_WAIT`.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

from kieskring.errors import Problem

MIN_PASSWORD_LENGTH = 12
MAX_USERNAME_LENGTH = 64
FREE_FAILURES = 4
"""Failed logins in a row without a wait; the next one starts the back-off."""
FIRST_WAIT = 30
MAX_WAIT = 15 * 60

_USERNAME = re.compile(r"[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?")
_CONFUSABLE = str.maketrans(
    {
        # digits and ASCII letters that look alike in the fonts of a screen or a print-out
        "0": "o", "1": "l", "i": "l", "|": "l",
        # Cyrillic letters that look like Latin ones
        "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "l", "ї": "l", "ј": "j",
        "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ь": "b",
        # Greek letters that look like Latin ones
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "l", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "ϲ": "c", "ϳ": "j",
    }
)  # fmt: skip
_CONFUSABLE_PAIRS = (("rn", "m"), ("vv", "w"))
_TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
"""For temporary passwords: no 0/o, 1/l/i, so they can be read aloud or copied from paper."""


def normalise_username(raw: str) -> str:
    """NFKC, case folded, white space around removed (what is stored and what a login looks up)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", raw).casefold())
    return folded.strip()


def username_problem(name: str) -> Problem | None:
    """Why a normalised ``name`` cannot be a new username (``None``: it can)."""
    if _USERNAME.fullmatch(name):
        return None
    return Problem(
        "USERS.USERNAME_INVALID",
        f"gebruikersnaam: 1 tot {MAX_USERNAME_LENGTH} tekens, alleen a–z, 0–9, punt, liggend "
        "streepje en koppelteken, beginnend en eindigend met een letter of cijfer",
        f"username: 1 to {MAX_USERNAME_LENGTH} characters, only a–z, 0–9, dot, underscore and "
        "hyphen, starting and ending with a letter or digit",
    )


def skeleton(name: str) -> str:
    """The form two names share when they look alike (compare skeletons, never show them)."""
    shape = normalise_username(name).translate(_CONFUSABLE)
    for pair, single in _CONFUSABLE_PAIRS:  # "m" → "rn", "w" → "vv": expanding is unambiguous
        shape = shape.replace(single, pair)  # ("vvv" reads as "wv" and as "vw"; both give "vvv")
    return shape


def look_alike(name: str, existing: list[str]) -> str | None:
    """The existing username ``name`` could be mistaken for (not an exact match), if any."""
    shape = skeleton(name)
    return next((other for other in existing if other != name and skeleton(other) == shape), None)


def look_alike_problem(name: str, other: str) -> Problem:
    """The refusal of a look-alike username, naming the account it looks like."""
    return Problem(
        "USERS.USERNAME_LOOKALIKE",
        f"gebruikersnaam '{name}' lijkt te veel op het bestaande account '{other}'; kies een "
        "naam die niet met een ander te verwarren is",
        f"username '{name}' looks too much like the existing account '{other}'; choose a name "
        "that cannot be mistaken for another",
    )


def password_problem(password: str) -> Problem | None:
    """Why ``password`` is refused (``None``: acceptable)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Problem(
            "USERS.PASSWORD_TOO_SHORT",
            f"wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben",
            f"password must have at least {MIN_PASSWORD_LENGTH} characters",
        )
    if not password.strip() or len(set(password)) == 1:
        return Problem(
            "USERS.PASSWORD_WEAK",
            "wachtwoord mag niet alleen uit spaties of uit één herhaald teken bestaan",
            "password may not consist of spaces only or of one repeated character",
        )
    return None


def temporary_password() -> str:
    """A random password to hand over once (about 79 bits): four groups of four, e.g. ``k7mp-x3qd-…``."""
    groups = ("".join(secrets.choice(_TEMPORARY_ALPHABET) for _ in range(4)) for _ in range(4))
    return "-".join(groups)


def back_off_seconds(failures: int) -> int:
    """How long an account waits after ``failures`` failed logins in a row (0: no wait)."""
    if failures <= FREE_FAILURES:
        return 0
    return min(FIRST_WAIT << min(failures - FREE_FAILURES - 1, 16), MAX_WAIT)


def wait_text(seconds: int) -> tuple[str, str]:
    """A wait in Dutch and English words: seconds below two minutes, else whole minutes (rounded up)."""
    if seconds < 120:
        return (
            f"{seconds} seconde{'' if seconds == 1 else 'n'}",
            f"{seconds} second{'' if seconds == 1 else 's'}",
        )
    minutes = -(-seconds // 60)
    return f"{minutes} minuten", f"{minutes} minutes"


def locked_problem(seconds: int) -> Problem:
    """The account waits: say how long."""
    nl, en = wait_text(seconds)
    return Problem(
        "USERS.LOCKED",
        f"te vaak een verkeerd wachtwoord voor dit account: wacht nog {nl} en probeer het opnieuw",
        f"too many wrong passwords for this account: wait {en} and try again",
    )
