"""Pinning the serving laptop's certificate (issue 14): no certificate authority is trusted; a client
accepts exactly one certificate, the one whose fingerprint the user confirmed in the room.

At first connection the client reads the server's certificate (a TLS handshake only — nothing else is
sent, no password, no token) and shows its SHA-256 fingerprint as 16 groups with two blanked; the user
types those two groups from the serving laptop's screen — the same challenge as the EML fingerprints
(:mod:`kieskring.eml.fingerprint`, docs/chain.md §4). From then on the full fingerprint is compared on
every connection, before a single byte of a request is sent.

The two groups catch a wrong address or a swapped laptop; the full comparison afterwards catches any
other certificate. (A determined attacker inside the closed LAN could grind 32 bits; the room's LAN is
closed and watched.)
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from kieskring.eml.fingerprint import blanked_groups, check_typed_groups, groups
from kieskring.errors import Problem, UserError

from .admin import FingerprintChallenge


def _problem(code: str, nl: str, en: str, place: str = "") -> UserError:
    return UserError((Problem(code, nl, en, place=place),))


@dataclass(frozen=True)
class ServerAddress:
    """Where the serving laptop listens, from ``https://HOST:PORT``."""

    scheme: str
    host: str
    port: int

    @property
    def url(self) -> str:
        """The address as typed (IPv6 in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def parse_url(url: str) -> ServerAddress:
    """``https://HOST:PORT`` (``http`` only for the insecure loopback test mode)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        port = None
        parts = urlsplit("")
    if parts.scheme not in {"https", "http"} or not parts.hostname or port is None:
        raise _problem(
            "NET.BAD_ADDRESS",
            f"'{url[:80]}' is geen serveradres; typ het als https://ADRES:POORT",
            f"'{url[:80]}' is not a server address; type it as https://ADDRESS:PORT",
        )
    return ServerAddress(parts.scheme, parts.hostname, port)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address (or ``localhost``): the only place plain HTTP is
    allowed, for tests."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def fingerprint_of(der: bytes) -> str:
    """The certificate's fingerprint: SHA-256 over its DER bytes, lowercase hex (as
    :func:`kieskring.signing.installation.certificate_fingerprint`)."""
    return hashlib.sha256(der).hexdigest()


def client_context() -> ssl.SSLContext:
    """TLS 1.2 or newer without a certificate authority: the pin decides, not a CA."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def check_pin(der: bytes | None, pinned: str, where: str) -> None:
    """Refuse a server whose certificate is not the pinned one (``NET.CERT_MISMATCH``)."""
    if der is None or not hmac.compare_digest(fingerprint_of(der), pinned.lower()):
        raise _problem(
            "NET.CERT_MISMATCH",
            "de server laat een ander certificaat zien dan het vastgelegde; er wordt niets "
            "verstuurd. Controleer het adres, of leg de vingerafdruk opnieuw vast met de beheerder",
            "the server shows a different certificate than the pinned one; nothing is sent. "
            "Check the address, or pin the fingerprint again with the administrator",
            where,
        )


def peer_certificate(address: ServerAddress, timeout: float = 10.0) -> bytes:
    """The server's certificate (DER), from a TLS handshake only: no request is sent."""
    try:
        with (
            socket.create_connection((address.host, address.port), timeout=timeout) as raw,
            client_context().wrap_socket(raw) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except OSError as err:
        raise _problem(
            "NET.UNREACHABLE",
            f"de server op {address.url} is niet bereikbaar ({err.strerror or err})",
            f"the server at {address.url} cannot be reached ({err.strerror or err})",
            address.url,
        ) from None
    if not der:
        raise _problem("NET.NO_CERTIFICATE", "de server stuurt geen certificaat", "no certificate")
    return der


@dataclass(frozen=True)
class ServerChallenge:
    """A server's certificate fingerprint with two groups blanked, to be typed from the serving
    laptop's screen."""

    url: str
    fingerprint: str
    challenge: FingerprintChallenge


def server_challenge(url: str, timeout: float = 10.0) -> ServerChallenge:
    """Read the server's certificate and make its challenge (step 1 of pinning)."""
    address = parse_url(url)
    if address.scheme != "https":
        raise _problem("NET.NOT_TLS", "gebruik https://", "use https://", url)
    return challenge_of(address.url, fingerprint_of(peer_certificate(address, timeout)))


def challenge_of(url: str, digest: str) -> ServerChallenge:
    """The challenge of a certificate with fingerprint ``digest`` at ``url``: two groups blanked, named
    by their real positions (1–16)."""
    hidden = blanked_groups(digest)
    shown = tuple(None if i in hidden else g for i, g in enumerate(groups(digest)))
    return ServerChallenge(url, digest, FingerprintChallenge(shown, (hidden[0] + 1, hidden[1] + 1)))


def pin_server(challenge: ServerChallenge, typed: tuple[str, str]) -> str:
    """The fingerprint to pin when ``typed`` equals the two blanked groups (step 2); else
    ``NET.PIN_TYPED``, naming the group that differs."""
    try:
        check_typed_groups(challenge.fingerprint, typed, challenge.url)
    except UserError as err:
        place = err.problems[0].place
        raise _problem(
            "NET.PIN_TYPED",
            f"de getypte groepen horen niet bij het certificaat van deze server ({place}); "
            "controleer het adres en typ de groepen over van het scherm van de server",
            f"the typed groups do not belong to this server's certificate ({place}); check the "
            "address and type the groups from the server's screen",
            challenge.url,
        ) from None
    return challenge.fingerprint
